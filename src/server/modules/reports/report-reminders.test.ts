import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsTemplateInput } from '../../../domain/reports/test-fixtures.ts';
import { createTestApp, type TestApp } from '../../testing/harness.ts';
import { sendDueReportReminders } from './notices-service.ts';

let t: TestApp;
let base: string;
let cell1: string;
let templateId: string;
const run = (today: string) => sendDueReportReminders(t.db, { today, daysBefore: 3, publicUrl: 'http://congtac.test' });
const notificationsOf = async (login: string) =>
  t.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['n.title', 'n.body', 'n.link']).where('u.login', '=', login).where('n.kind', '=', 'report.reminder').orderBy('n.id').execute();

beforeAll(async () => {
  t = await createTestApp();
  const staff = await t.signIn('chuyenvien');
  base = await t.unitId('SGDDT');
  cell1 = await t.unitId('SGDDT-CB1');
  const cells = await t.db.selectFrom('org_units').select('id').where('parent_id', '=', base).where('kind', '=', 'cell').execute();
  const definition = { ...meetingsTemplateInput, reporters: { by: 'units', unitIds: cells.map((cell) => cell.id) } };
  templateId = (await staff.post('/api/v1/report-templates', { unitId: await t.unitId('DUK'), definition })).json().id;
  // One cell has sent its report for 2026-Q3.
  const cell2 = await t.unitId('SGDDT-CB2');
  const report = (await staff.post('/api/v1/reports', { templateId, unitId: cell2, period: '2026-Q3' })).json();
  expect((await staff.post(`/api/v1/reports/${report.id}/submit`, { values: { members: 5, attended: 5, thematic_held: true } })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('report reminders', () => {
  it('reminds the units that have not sent before the deadline, once', async () => {
    const first = await run('2026-10-03');
    expect(first.reminders).toBeGreaterThan(0);
    const mine = await notificationsOf('bithu');
    expect(mine).toEqual([{ title: 'Sắp đến hạn nộp Báo cáo sinh hoạt chi bộ hằng quý Quý III/2026', body: expect.stringContaining('hạn nộp là ngày 05/10/2026'), link: '/reports' }]);
    expect((await run('2026-10-03')).reminders).toBe(0);
    expect((await run('2026-10-04')).reminders).toBe(0);
    const sent = await t.db.selectFrom('report_notices').select(['unit_id']).where('template_id', '=', templateId).where('kind', '=', 'due_soon').execute();
    expect(sent.map((row) => row.unit_id)).toContain(cell1);
    expect(sent.map((row) => row.unit_id)).not.toContain(await t.unitId('SGDDT-CB2'));
  });

  it('reminds once when late and sends the receiving unit one summary of who is missing', async () => {
    const late = await run('2026-10-06');
    expect(late.reminders).toBeGreaterThan(0);
    expect((await notificationsOf('bithu')).at(-1)!.title).toBe('Quá hạn nộp Báo cáo sinh hoạt chi bộ hằng quý Quý III/2026');
    const summary = await t.db.selectFrom('report_notices').select(['unit_id']).where('template_id', '=', templateId).where('kind', '=', 'summary').execute();
    expect(summary.map((row) => row.unit_id)).toEqual([base]);
    expect((await run('2026-10-07')).reminders).toBe(0);
    // Far past the deadline the job leaves it to people.
    expect((await run('2026-12-31')).reminders).toBe(0);
  });
});
