import { sql } from 'kysely';
import { scheduleOfYear } from '../../../../domain/reports/schedule.ts';
import type { ReportTemplate } from '../../../../domain/reports/template.ts';
import type { Executor } from '../../reports/queries.ts';
import { reporterFilter } from '../../reports/report-queries.ts';
import type { MetricQuery, SubjectRow } from './types.ts';
import { subjectRows, subjectsCte } from './types.ts';

/** The template's periods inside the window whose report was due by the cut-off, with their deadlines. */
export function duePeriods(template: ReportTemplate, window: MetricQuery['window']) {
  const years = new Set([Number(window.start.slice(0, 4)), Number(window.end.slice(0, 4))]);
  return [...years]
    .flatMap((year) => scheduleOfYear(template, year))
    .filter((scheduled) => scheduled.start >= window.start && scheduled.end <= window.end && scheduled.start <= window.cutoff);
}

/**
 * Each reporting unit is on time when every report of the window that was due by the day of
 * reading (deadlines fall after their period) was first sent by its deadline (a return and resubmission never make it late, as in the
 * roll-up). A report not yet sent whose deadline is still ahead does not count either way.
 * Units that are not the template's reporters are not measured.
 */
export async function reportsOnTime(db: Executor, query: MetricQuery, template: ReportTemplate): Promise<SubjectRow[]> {
  const due = duePeriods(template, query.window);
  if (due.length === 0) return [];
  // Named again beside the join so that only the window's reports are read, not the template's every period.
  const periods = due.map((p) => p.period);
  return subjectRows(
    db,
    query,
    sql`
      SELECT id, row_label, CASE WHEN owed > 0 AND on_time = owed THEN 1 ELSE 0 END::float8 AS numerator, CASE WHEN owed > 0 THEN 1 ELSE 0 END::float8 AS denominator,
             0::float8 AS people_short, NULL::int[] AS counts
      FROM (
        WITH ${subjectsCte(query)},
        expected AS (
          SELECT s.id, s.row_label, p.period, p.deadline
          FROM subjects s
          JOIN org_units u ON u.id = s.id
          CROSS JOIN unnest(${periods}::text[], ${due.map((p) => p.deadline)}::date[]) AS p(period, deadline)
          WHERE ${reporterFilter(template.reporters)}
        )
        SELECT e.id, e.row_label,
               count(*) FILTER (WHERE e.deadline <= ${query.window.asOf}::date OR r.first_submitted_at IS NOT NULL) AS owed,
               count(*) FILTER (WHERE (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= e.deadline) AS on_time
        FROM expected e
        LEFT JOIN reports r ON r.template_id = ${query.params.templateId ?? ''} AND r.period = e.period AND r.unit_id = e.id AND r.period = ANY(${periods}::text[])
          AND r.first_submitted_at < (${query.window.asOf}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
        GROUP BY e.id, e.row_label
      ) owed`,
  );
}
