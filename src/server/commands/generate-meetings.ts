import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { demoPassword } from '../demo/seed.ts';

/**
 * A year of meetings for every cell of a generated tenant, set-based in SQL: 12 regular
 * meetings (the 5th of each month) and 4 thematic ones (the 20th of the middle month of each
 * quarter), every member invited, attendance marked for those already held (about 85 % present,
 * 5 % late, 6 % excused, 4 % unexcused), a thematic topic per thematic meeting (one in ten
 * sent late), and the account `scale-member-…` of one member with a calendar feed token.
 */
export async function generateMeetings(db: Db, tenantId: string, year: number): Promise<{ meetings: number; invitees: number; login: string; feedToken: string }> {
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction().execute(async (tx) => {
    const slots = sql.raw(
      [
        ...Array.from({ length: 12 }, (_, index) => `('regular_cell', ${index + 1}, 5)`),
        ...[2, 5, 8, 11].map((month) => `('thematic_cell', ${month}, 20)`),
      ].join(', '),
    );
    await sql`
      INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, agenda, check_in_code)
      SELECT gen_random_uuid(), c.tenant_id, c.id, s.kind,
             CASE WHEN s.kind = 'regular_cell' THEN 'Sinh hoạt chi bộ thường kỳ tháng ' || s.month ELSE 'Sinh hoạt chi bộ chuyên đề quý ' || ((s.month + 2) / 3) END,
             t.starts_at, t.starts_at + interval '2 hours',
             CASE WHEN t.starts_at < now() THEN 'held' ELSE 'scheduled' END,
             '[]', lpad((floor(random() * 1000000))::int::text, 6, '0')
      FROM org_units c
      CROSS JOIN (VALUES ${slots}) AS s(kind, month, day)
      CROSS JOIN LATERAL (SELECT make_timestamptz(${year}, s.month, s.day, 19, 30, 0, 'Asia/Ho_Chi_Minh') AS starts_at) t
      WHERE c.tenant_id = ${tenantId} AND c.kind = 'cell'`.execute(tx);
    await sql`
      INSERT INTO meeting_invitees (id, tenant_id, meeting_id, person_id, is_guest)
      SELECT gen_random_uuid(), m.tenant_id, m.id, ms.person_id, false
      FROM meetings m
      JOIN memberships ms ON ms.unit_id = m.unit_id AND ms.ended_on IS NULL
      WHERE m.tenant_id = ${tenantId}`.execute(tx);
    await sql`
      INSERT INTO attendance (invitee_id, meeting_id, tenant_id, status, reason, marked_at)
      SELECT i.id, i.meeting_id, i.tenant_id, r.status, CASE WHEN r.status = 'absent_excused' THEN 'Đi công tác' END, m.starts_at
      FROM meeting_invitees i
      JOIN meetings m ON m.id = i.meeting_id AND m.status = 'held'
      CROSS JOIN LATERAL (
        SELECT CASE WHEN x < 0.85 THEN 'present' WHEN x < 0.90 THEN 'late' WHEN x < 0.96 THEN 'absent_excused' ELSE 'absent_unexcused' END AS status
        FROM (SELECT random() + 0 * length(i.id::text) AS x) v
      ) r
      WHERE i.tenant_id = ${tenantId}`.execute(tx);
    await sql`
      UPDATE meetings m SET invited_count = c.invited, attended_count = c.attended, marked_count = c.marked
      FROM (
        SELECT i.meeting_id, count(*) AS invited, count(*) FILTER (WHERE a.status IN ('present', 'late')) AS attended, count(a.invitee_id) AS marked
        FROM meeting_invitees i LEFT JOIN attendance a ON a.invitee_id = i.id
        WHERE i.tenant_id = ${tenantId}
        GROUP BY i.meeting_id
      ) c
      WHERE m.id = c.meeting_id`.execute(tx);
    await sql`
      WITH thematic AS (
        SELECT m.id, m.tenant_id, m.unit_id, m.starts_at, m.status, (m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
               random() < 0.1 AS late
        FROM meetings m WHERE m.tenant_id = ${tenantId} AND m.kind = 'thematic_cell'
      ), topics AS (
        INSERT INTO thematic_topics (id, tenant_id, unit_id, year, quarter, title, state, planned_on, meeting_id, sent_on, sent_late, reported_at)
        SELECT gen_random_uuid(), tenant_id, unit_id, ${year}, extract(quarter FROM day)::int, 'Chuyên đề quý ' || extract(quarter FROM day),
               CASE WHEN status = 'held' THEN 'reported' ELSE 'decided' END, day, id,
               CASE WHEN status = 'held' THEN day - CASE WHEN late THEN 1 ELSE 5 END END,
               CASE WHEN status = 'held' THEN late END,
               CASE WHEN status = 'held' THEN starts_at + interval '7 days' END
        FROM thematic
        RETURNING id, meeting_id
      )
      UPDATE meetings m SET topic_id = topics.id FROM topics WHERE m.id = topics.meeting_id`.execute(tx);

    const member = await tx
      .selectFrom('memberships as ms')
      .innerJoin('org_units as u', 'u.id', 'ms.unit_id')
      .select(['ms.person_id', 'ms.unit_id'])
      .where('u.tenant_id', '=', tenantId)
      .where('u.kind', '=', 'cell')
      .where('ms.ended_on', 'is', null)
      .orderBy('ms.id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const userId = newId();
    const login = `scale-member-${tenantId.slice(-6)}`;
    const feedToken = randomBytes(24).toString('base64url');
    await tx
      .insertInto('users')
      .values({ id: userId, tenant_id: tenantId, login, display_name: 'Đảng viên mô phỏng', email: null, person_id: member.person_id, home_unit_id: member.unit_id, password_hash: passwordHash })
      .execute();
    await tx.insertInto('role_grants').values({ id: newId(), tenant_id: tenantId, user_id: userId, unit_id: member.unit_id, role: 'member' }).execute();
    await tx.insertInto('calendar_tokens').values({ user_id: userId, tenant_id: tenantId, token: feedToken }).execute();
    const counts = await sql<{ meetings: number; invitees: number }>`
      SELECT (SELECT count(*) FROM meetings WHERE tenant_id = ${tenantId})::int AS meetings,
             (SELECT count(*) FROM meeting_invitees WHERE tenant_id = ${tenantId})::int AS invitees`.execute(tx);
    await sql`ANALYZE meetings, meeting_invitees, attendance, thematic_topics`.execute(tx);
    return { ...counts.rows[0]!, login, feedToken };
  });
}
