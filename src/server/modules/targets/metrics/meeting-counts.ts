import { sql } from 'kysely';
import type { MeetingKind } from '../../../../domain/meeting-kinds.ts';
import type { Executor } from '../../reports/queries.ts';
import { type MetricQuery, type SubjectRow, subjectRows, subjectsCte, vietnamDayEnd, vietnamDayStart } from './types.ts';

/**
 * Held cell meetings of one kind per cell and per judged period, up to the cut-off, one row per
 * cell with a count for each period. A meeting belongs to the period of its Vietnam day.
 * Cancelled and merely scheduled meetings do not count.
 */
export async function meetingCounts(db: Executor, query: MetricQuery, kind: MeetingKind): Promise<SubjectRow[]> {
  const periods = query.window.periods;
  const countOfPeriod = (index: number) => {
    const next = periods[index + 1];
    const before = next ? sql`AND m.starts_at < ${vietnamDayStart(next.start)}` : sql``;
    return sql`count(m.unit_id) FILTER (WHERE m.starts_at >= ${vietnamDayStart(periods[index]!.start)} ${before})`;
  };
  return subjectRows(
    db,
    query,
    sql`
      WITH ${subjectsCte(query, { withMembers: true })}
      SELECT s.id, s.row_label, 0::float8 AS numerator, 0::float8 AS denominator, 0::float8 AS people_short,
             ARRAY[${sql.join(periods.map((_, index) => countOfPeriod(index)))}]::int[] AS counts
      FROM subjects s
      LEFT JOIN meetings m ON m.unit_id = s.id AND m.tenant_id = ${query.tenantId} AND m.kind = ${kind} AND m.status = 'held'
        AND m.starts_at >= ${vietnamDayStart(query.window.start)} AND m.starts_at < ${vietnamDayEnd(query.window.cutoff)}
      GROUP BY s.id, s.row_label`,
  );
}
