import { sql } from 'kysely';
import type { MeetingKind } from '../../../../domain/meeting-kinds.ts';
import type { Executor } from '../../reports/queries.ts';
import { heldMeetingFigures, type MetricQuery, type SubjectRow, subjectRows, vietnamDayStart } from './types.ts';

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
  const counts = {
    aggregate: sql`ARRAY[${sql.join(periods.map((_, index) => countOfPeriod(index)))}]::int[]`,
    empty: sql`array_fill(0, ARRAY[${periods.length}::int])`,
  };
  return subjectRows(
    db,
    query,
    sql`
      SELECT id, row_label, 0::float8 AS numerator, 0::float8 AS denominator, 0::float8 AS people_short, counts
      FROM (${heldMeetingFigures(query, kind, { counts })}) held`,
  );
}
