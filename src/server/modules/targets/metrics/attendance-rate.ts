import { sql } from 'kysely';
import type { MetricEvaluator } from './types.ts';
import { subjectRows, subjectsCte, vietnamDayEnd, vietnamDayStart } from './types.ts';

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
      FROM (
        WITH ${subjectsCte(query, { withMembers: true })}
        SELECT s.id, s.row_label, coalesce(sum(m.invited_count), 0)::float8 AS invited, coalesce(sum(m.attended_count), 0)::float8 AS attended
        FROM subjects s
        LEFT JOIN meetings m ON m.unit_id = s.id AND m.tenant_id = ${query.tenantId} AND m.kind = ${query.params.meetingKind ?? ''} AND m.status = 'held'
          AND m.starts_at >= ${vietnamDayStart(query.window.start)} AND m.starts_at < ${vietnamDayEnd(query.window.cutoff)}
        GROUP BY s.id, s.row_label
      ) held`,
  );
