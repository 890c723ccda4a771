import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { sendTargetAlerts } from './alerts-service.ts';

let t: TestApp;
let staff: Client;
let cell1: string;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.signIn('chuyenvien');
  cell1 = await t.unitId('SGDDT-CB1');
  const created = await staff.post('/api/v1/targets', {
    unitId: await t.unitId('SGDDT'),
    year: 2026,
    text: 'Ít nhất 04 chuyên đề sinh hoạt trong năm',
    subjectKind: 'cell',
    metricKey: 'thematic_meetings_per_cell',
    comparator: 'gte',
    value: 4,
    periodType: 'year',
  });
  expect(created.statusCode).toBe(201);
  // SGDDT-CB1 held two thematic meetings by the end of Q3; the other cells none.
  for (const day of ['2026-02-20', '2026-05-20']) {
    await sql`INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, check_in_code)
      SELECT gen_random_uuid(), tenant_id, id, 'thematic_cell', 'Chuyên đề', ${`${day}T19:30:00+07:00`}::timestamptz, ${`${day}T21:00:00+07:00`}::timestamptz, 'held', '111111'
      FROM org_units WHERE id = ${cell1}`.execute(t.db);
  }
});
afterAll(() => t.close());

describe('pace alerts', () => {
  it('tells a cell that will miss the yearly target at this pace, once', async () => {
    const first = await sendTargetAlerts(t.db, { today: '2026-10-05' });
    expect(first.alerts).toBe(5);
    const alert = await t.db.selectFrom('target_alerts').selectAll().where('unit_id', '=', cell1).executeTakeFirstOrThrow();
    expect(alert).toMatchObject({ period: '2026', status: 'red', day: '2026-10-05' });
    const bithu = await t.db.selectFrom('users').select('id').where('login', '=', 'bithu').executeTakeFirstOrThrow();
    const notices = await t.db.selectFrom('notifications').select(['title', 'body', 'kind', 'link']).where('user_id', '=', bithu.id).where('kind', '=', 'target.alert').execute();
    expect(notices).toEqual([{ kind: 'target.alert', link: '/home', title: 'Không đạt chỉ tiêu — Năm 2026', body: expect.stringContaining('đạt 2, chỉ tiêu ≥ 4') }]);

    const again = await sendTargetAlerts(t.db, { today: '2026-10-06' });
    expect(again).toEqual({ alerts: 0, notifications: 0 });
  });
});
