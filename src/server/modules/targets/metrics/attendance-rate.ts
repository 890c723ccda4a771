import { sql } from 'kysely';
import type { MetricEvaluator } from './types.ts';
import { heldMeetingFigures, subjectRows } from './types.ts';

/**
 * People present over people invited at the held meetings of one kind that each unit itself
 * organized in the window, from the per-meeting counts the meetings module keeps (members
 * only, guests left out). People are counted, never named: the shortfall is invited − present.
 */
export const attendanceRate: MetricEvaluator = (db, query) =>
  subjectRows(
    db,
    query,
    sql`
      SELECT id, row_label, attended AS numerator, invited AS denominator, greatest(0, invited - attended) AS people_short, NULL::int[] AS counts
      FROM (${heldMeetingFigures(query, query.params.meetingKind ?? '', {
        invited: { aggregate: sql`sum(m.invited_count)::float8`, empty: sql`0::float8` },
        attended: { aggregate: sql`sum(m.attended_count)::float8`, empty: sql`0::float8` },
      })}) held`,
  );
