import { sql } from 'kysely';
import type { MetricEvaluator } from './types.ts';
import { subjectsCte, toNumber, vietnamDayEnd, vietnamDayStart } from './types.ts';

/**
 * People present over people invited at the held meetings of one kind that each unit itself
 * organized in the window, from the per-meeting counts the meetings module keeps (members
 * only, guests left out). People are counted, never named: the shortfall is invited − present.
 */
export const attendanceRate: MetricEvaluator = async (db, query) => {
  const result = await sql<{ id: string; row_label: string | null; invited: string | null; attended: string | null }>`
    WITH ${subjectsCte(query, { withMembers: true })}
    SELECT s.id, s.row_label, sum(m.invited_count) AS invited, sum(m.attended_count) AS attended
    FROM subjects s
    LEFT JOIN meetings m ON m.unit_id = s.id AND m.tenant_id = ${query.tenantId} AND m.kind = ${query.params.meetingKind ?? ''} AND m.status = 'held'
      AND m.starts_at >= ${vietnamDayStart(query.window.start)} AND m.starts_at < ${vietnamDayEnd(query.window.cutoff)}
    GROUP BY s.id, s.row_label`.execute(db);
  return result.rows.map((row) => {
    const invited = toNumber(row.invited);
    const attended = toNumber(row.attended);
    return { unitId: row.id, rowLabel: row.row_label, numerator: attended, denominator: invited, peopleShort: Math.max(0, invited - attended) };
  });
};
