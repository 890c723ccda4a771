import { sql } from 'kysely';
import type { ReportTemplate } from '../../../../domain/reports/template.ts';
import type { Executor } from '../../reports/queries.ts';
import { reporterFilter } from '../../reports/report-queries.ts';
import { duePeriods } from './reports-on-time.ts';
import type { MetricQuery, SubjectRow } from './types.ts';
import { subjectRows, subjectsCte } from './types.ts';

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
  // A count adds up over the periods, a percent is averaged: the value is numerator / denominator.
  const denominator = field.type === 'percent' ? sql`count(v.value)` : sql`1`;
  return subjectRows(
    db,
    query,
    sql`
      WITH ${subjectsCte(query)}
      SELECT s.id, s.row_label, coalesce(sum(v.value), 0)::float8 AS numerator,
             (CASE WHEN count(v.value) = 0 THEN 0 ELSE ${denominator} END)::float8 AS denominator, 0::float8 AS people_short, NULL::int[] AS counts
      FROM subjects s
      JOIN org_units u ON u.id = s.id
      LEFT JOIN reports r ON r.unit_id = s.id AND r.template_id = ${query.params.templateId ?? ''} AND r.period = ANY(${periods}::text[]) AND r.state IN ('submitted', 'approved')
      LEFT JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(r.values -> ${key}) = 'number' THEN (r.values ->> ${key})::float8 END AS value) v ON true
      WHERE ${reporterFilter(template.reporters)}
      GROUP BY s.id, s.row_label`,
  );
}
