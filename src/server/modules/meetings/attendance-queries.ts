import { sql } from 'kysely';
import type { Executor } from './queries.ts';

export interface YearWindow {
  from: Date;
  to: Date;
}

/** Members' attendance at a unit's meetings that have begun in the window (cancelled ones left out). */
export async function selectMemberAttendance(db: Executor, unitId: string, window: YearWindow) {
  const result = await sql<{ person_id: string; full_name: string; invited: number; present: number; late: number; absent_excused: number; absent_unexcused: number }>`
    SELECT p.id AS person_id, p.full_name,
           count(*)::int AS invited,
           count(*) FILTER (WHERE a.status = 'present')::int AS present,
           count(*) FILTER (WHERE a.status = 'late')::int AS late,
           count(*) FILTER (WHERE a.status = 'absent_excused')::int AS absent_excused,
           count(*) FILTER (WHERE a.status = 'absent_unexcused')::int AS absent_unexcused
    FROM meetings m
    JOIN meeting_invitees i ON i.meeting_id = m.id AND NOT i.is_guest
    JOIN people p ON p.id = i.person_id
    LEFT JOIN attendance a ON a.invitee_id = i.id
    WHERE m.unit_id = ${unitId} AND m.status <> 'cancelled' AND m.starts_at >= ${window.from} AND m.starts_at < ${window.to}
    GROUP BY p.id, p.full_name
    ORDER BY p.full_name, p.id`.execute(db);
  return result.rows;
}

/** The unit's totals from the per-meeting counts. */
export async function selectUnitAttendance(db: Executor, unitId: string, window: YearWindow) {
  const result = await sql<{ meetings: number; invited: number; attended: number }>`
    SELECT count(*)::int AS meetings, coalesce(sum(invited_count), 0)::int AS invited, coalesce(sum(attended_count), 0)::int AS attended
    FROM meetings
    WHERE unit_id = ${unitId} AND status <> 'cancelled' AND starts_at >= ${window.from} AND starts_at < ${window.to}`.execute(db);
  return result.rows[0]!;
}

/** One person's invitations in the window, with their mark. */
export async function selectPersonAttendance(db: Executor, tenantId: string, personId: string, window: YearWindow) {
  const result = await sql<{ meeting_id: string; title: string; kind: string; starts_at: Date; unit_name: string; status: string | null; reason: string | null }>`
    SELECT m.id AS meeting_id, m.title, m.kind, m.starts_at, u.name AS unit_name, a.status, a.reason
    FROM meeting_invitees i
    JOIN meetings m ON m.id = i.meeting_id
    JOIN org_units u ON u.id = m.unit_id
    LEFT JOIN attendance a ON a.invitee_id = i.id
    WHERE i.person_id = ${personId} AND i.tenant_id = ${tenantId} AND m.status <> 'cancelled' AND m.starts_at >= ${window.from} AND m.starts_at < ${window.to}
    ORDER BY m.starts_at`.execute(db);
  return result.rows;
}
