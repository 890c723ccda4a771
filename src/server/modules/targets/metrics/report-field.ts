import { sql } from 'kysely';
import type { ReportTemplate } from '../../../../domain/reports/template.ts';
import type { Executor } from '../../reports/queries.ts';
import { reporterFilter } from '../../reports/report-queries.ts';
import { duePeriods } from './reports-on-time.ts';
import type { MetricQuery, SubjectRow } from './types.ts';
import { subjectsCte, toNumber } from './types.ts';

/**
 * A numeric field of a template, as the units reported it in their sent reports of the window
 * (drafts and returned reports do not count). A unit's figure over several periods is the sum
 * of a count and the average of a percent. A unit that sent nothing is not measured.
 */
export async function reportField(db: Executor, query: MetricQuery, template: ReportTemplate): Promise<SubjectRow[]> {
  const key = query.params.field ?? '';
  const field = template.fields.find((candidate) => candidate.key === key);
  const periods = duePeriods(template, query.window).map((p) => p.period);
  if (!field || periods.length === 0) return [];
  const result = await sql<{ id: string; row_label: string | null; total: number | null; reported: string }>`
    WITH ${subjectsCte(query)}
    SELECT s.id, s.row_label, sum(v.value) AS total, count(v.value) AS reported
    FROM subjects s
    JOIN org_units u ON u.id = s.id
    LEFT JOIN reports r ON r.unit_id = s.id AND r.template_id = ${query.params.templateId ?? ''} AND r.period = ANY(${periods}::text[]) AND r.state IN ('submitted', 'approved')
    LEFT JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(r.values -> ${key}) = 'number' THEN (r.values ->> ${key})::float8 END AS value) v ON true
    WHERE ${reporterFilter(template.reporters)}
    GROUP BY s.id, s.row_label`.execute(db);
  const averaged = field.type === 'percent';
  return result.rows.map((row) => {
    const reported = toNumber(row.reported);
    const total = toNumber(row.total);
    if (reported === 0) return { unitId: row.id, rowLabel: row.row_label, numerator: 0, denominator: 0 };
    return { unitId: row.id, rowLabel: row.row_label, numerator: total, denominator: averaged ? reported : 1 };
  });
}
