import { sql } from 'kysely';
import { vietnamToday } from '../../domain/task-status.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { adoptPlanTargets, createTarget, type TargetInput } from '../modules/targets/service.ts';
import { seedingActor } from './seed-plans.ts';

/**
 * The year's cell meetings under the bloc committee so far, in a mix the matrix can show: most
 * cells hold every monthly and quarterly meeting (green); every fifth is late — last month's
 * regular meeting and this quarter's thematic one not yet held (amber); every fifth is behind —
 * three monthly meetings and the second quarter's thematic one missed, and half its members
 * absent (red). Meetings later this month and next month are scheduled. Every member of the
 * cell is invited; attendance is marked for held meetings (the counts as the meetings module
 * keeps them).
 */
async function seedCellMeetings(db: Db, today: string) {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarter = Math.ceil(month / 3);
  return db.transaction().execute(async (tx) => {
    const inserted = await sql<{ id: string }>`
      WITH cells AS (
        SELECT c.id, c.tenant_id, (row_number() OVER (ORDER BY c.code)) % 5 AS pattern
        FROM org_units c JOIN org_units duk ON duk.code = 'DUK' AND c.path <@ duk.path
        WHERE c.kind = 'cell' AND c.is_active AND c.direct_party_members > 0
      ), slots AS (
        SELECT 'regular_cell' AS kind, m AS month, 5 AS day FROM generate_series(1, least(${month} + 1, 12)) AS m
        UNION ALL SELECT 'thematic_cell', q * 3 - 1, 20 FROM generate_series(1, ${quarter}) AS q
      )
      INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, agenda, check_in_code)
      SELECT gen_random_uuid(), c.tenant_id, c.id, s.kind,
             CASE WHEN s.kind = 'regular_cell' THEN 'Sinh hoạt chi bộ thường kỳ tháng ' || s.month || '/' || ${year}
                  ELSE 'Sinh hoạt chi bộ chuyên đề quý ' || ((s.month + 2) / 3) || '/' || ${year} END,
             t.starts_at, t.starts_at + interval '2 hours',
             CASE WHEN t.starts_at < now() THEN 'held' ELSE 'scheduled' END,
             '[]', lpad(((abs(hashtext(c.id::text || s.kind || s.month)) % 1000000))::text, 6, '0')
      FROM cells c
      CROSS JOIN slots s
      CROSS JOIN LATERAL (SELECT make_timestamptz(${year}, s.month, s.day, 19, 30, 0, 'Asia/Ho_Chi_Minh') AS starts_at) t
      WHERE NOT (c.pattern = 3 AND ((s.kind = 'regular_cell' AND s.month = ${month - 1}) OR (s.kind = 'thematic_cell' AND s.month = ${quarter * 3 - 1})))
        AND NOT (c.pattern = 4 AND ((s.kind = 'regular_cell' AND s.month IN (${month - 1}, ${month - 2}, ${month - 4})) OR (s.kind = 'thematic_cell' AND s.month IN (5, ${quarter * 3 - 1}))))
      RETURNING id`.execute(tx);
    await sql`
      INSERT INTO meeting_invitees (id, tenant_id, meeting_id, person_id, is_guest)
      SELECT gen_random_uuid(), m.tenant_id, m.id, ms.person_id, false
      FROM meetings m JOIN memberships ms ON ms.unit_id = m.unit_id AND ms.ended_on IS NULL
      WHERE m.id = ANY(${inserted.rows.map((row) => row.id)}::uuid[])`.execute(tx);
    // Every eighth member misses a meeting; in the cells that are behind, every other one.
    await sql`
      INSERT INTO attendance (invitee_id, meeting_id, tenant_id, status, reason, marked_at)
      SELECT i.id, i.meeting_id, i.tenant_id,
             CASE WHEN abs(hashtext(i.id::text)) % (CASE WHEN c.pattern = 4 THEN 2 ELSE 8 END) = 0 THEN 'absent_excused' ELSE 'present' END,
             CASE WHEN abs(hashtext(i.id::text)) % (CASE WHEN c.pattern = 4 THEN 2 ELSE 8 END) = 0 THEN 'Đi công tác' END,
             m.starts_at
      FROM meeting_invitees i
      JOIN meetings m ON m.id = i.meeting_id AND m.status = 'held'
      JOIN (SELECT c.id, (row_number() OVER (ORDER BY c.code)) % 5 AS pattern FROM org_units c WHERE c.kind = 'cell') c ON c.id = m.unit_id
      WHERE m.id = ANY(${inserted.rows.map((row) => row.id)}::uuid[])`.execute(tx);
    await sql`
      UPDATE meetings m SET invited_count = c.invited, attended_count = c.attended, marked_count = c.marked
      FROM (
        SELECT i.meeting_id, count(*) AS invited, count(*) FILTER (WHERE a.status IN ('present', 'late')) AS attended, count(a.invitee_id) AS marked
        FROM meeting_invitees i LEFT JOIN attendance a ON a.invitee_id = i.id
        WHERE i.meeting_id = ANY(${inserted.rows.map((row) => row.id)}::uuid[])
        GROUP BY i.meeting_id
      ) c
      WHERE m.id = c.meeting_id`.execute(tx);
    return inserted.rows.length;
  });
}

/**
 * Targets on first start: what the seed documents set that a metric can measure (adopted from
 * the demo plans: thematic meetings at least once a quarter and four a year (seed 004), study
 * participation of association members (seed 000), the cascade of a task where the plan says
 * "100% … có chương trình"), and the bloc committee's standing obligations — a regular meeting
 * every month, attendance, reports on time, tasks done on time.
 */
export async function seedDemoTargets(db: Db, today = vietnamToday()): Promise<{ targets: number; meetings: number }> {
  const meetings = await seedCellMeetings(db, today);
  const ctx: ServiceContext = { db, actor: await seedingActor(db) };
  const year = Number(today.slice(0, 4));
  const plans = await db
    .selectFrom('documents')
    .select('id')
    .where('status', '=', 'issued')
    .where('year', '=', year)
    .where(sql<boolean>`jsonb_array_length(targets) > 0`)
    .orderBy('issued_on')
    .execute();
  let targets = 0;
  for (const plan of plans) targets += (await adoptPlanTargets(ctx, plan.id)).created.length;

  const duk = await db.selectFrom('org_units').select('id').where('code', '=', 'DUK').executeTakeFirstOrThrow();
  const template = await db.selectFrom('report_templates').select('id').where('unit_id', '=', duk.id).where('code', 'is', null).orderBy('created_at').executeTakeFirst();
  const standing: Omit<TargetInput, 'unitId' | 'documentId' | 'year'>[] = [
    { text: '100% chi bộ sinh hoạt thường kỳ hằng tháng', metricKey: 'regular_meetings_per_month', params: {}, subjectKind: 'cell', subjectAssociationType: null, comparator: 'gte', value: 1, periodType: 'month' },
    { text: 'Tỷ lệ đảng viên dự sinh hoạt chi bộ đạt từ 90% trở lên', metricKey: 'meeting_attendance_rate', params: { meetingKind: 'regular_cell' }, subjectKind: 'cell', subjectAssociationType: null, comparator: 'gte', value: 90, periodType: 'quarter' },
    { text: 'Ít nhất 80% nhiệm vụ được giao hoàn thành đúng hạn', metricKey: 'tasks_done_on_time_share', params: {}, subjectKind: 'base_committee', subjectAssociationType: null, comparator: 'gte', value: 80, periodType: 'quarter' },
    ...(template
      ? [{ text: '100% chi bộ gửi báo cáo quý đúng hạn', metricKey: 'reports_on_time_share', params: { templateId: template.id }, subjectKind: 'cell' as const, subjectAssociationType: null, comparator: 'gte' as const, value: 100, periodType: 'quarter' as const }]
      : []),
  ];
  for (const definition of standing) {
    await createTarget(ctx, { ...definition, unitId: duk.id, documentId: null, year });
    targets++;
  }
  return { targets, meetings };
}
