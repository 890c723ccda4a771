import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, vietnamToday } from '../../../domain/task-status.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { countOverdue } from './queries.ts';
import { sendDueReminders } from './service.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
let member: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.signIn('chuyenvien');
  leader = await t.signIn('lanhdao');
  secretary = await t.signIn('bithu');
  member = await t.signIn('dangvien');
  admin = await t.signIn('quantri');
});
afterAll(() => t.close());

const run = { daysBefore: 3, publicUrl: 'https://congtac.example' };

/** A ĐUK plan with one task for `unitCode` due on `deadline`, issued; returns the plan and its assignment. */
async function issuedTask(title: string, unitCode: string, deadline: string) {
  const duk = await t.unitId('DUK');
  const doc = (await staff.post('/api/v1/documents', { issuerUnitIds: [duk], typeCode: 'KH', title: `Kế hoạch ${title}`, year: 2026 })).json();
  const task = await staff.post(`/api/v1/documents/${doc.id}/tasks`, {
    code: '1',
    title,
    timeframe: { text: `chậm nhất ngày ${deadline}`, deadline },
    units: [{ unitId: await t.unitId(unitCode), role: 'lead' }],
  });
  expect(task.statusCode).toBe(201);
  const issued = await leader.post(`/api/v1/documents/${doc.id}/issue`, { issuedOn: '2026-01-05' });
  expect(issued.statusCode).toBe(200);
  const assignment = await t.db.selectFrom('assignments').select(['id', 'due_on']).where('task_id', '=', task.json().id).executeTakeFirstOrThrow();
  return { documentId: doc.id as string, symbol: `${String(issued.json().number).padStart(2, '0')}-KH/ĐUK`, assignmentId: assignment.id };
}

const userId = async (login: string) => (await t.db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;

async function sentFor(assignmentId: string) {
  const reminders = await t.db.selectFrom('reminders').selectAll().where('assignment_id', '=', assignmentId).orderBy('day').execute();
  const notifications = await t.db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['users.login', 'notifications.kind', 'notifications.title', 'notifications.body', 'notifications.reminder_id'])
    .where('assignment_id', '=', assignmentId)
    .execute();
  const emails = await t.db
    .selectFrom('email_outbox')
    .innerJoin('reminders', 'reminders.id', 'email_outbox.reminder_id')
    .selectAll('email_outbox')
    .where('reminders.assignment_id', '=', assignmentId)
    .execute();
  return { reminders, notifications, emails };
}

describe('the daily reminder job', () => {
  it('reminds an overdue assignment once however often it runs, to the cell secretary by notification and e-mail', async () => {
    const { assignmentId, symbol } = await issuedTask('Tổng kết công tác quý I', 'SGDDT-CB1', '2026-03-15');
    await sendDueReminders(t.db, { ...run, today: '2026-03-16' });
    await sendDueReminders(t.db, { ...run, today: '2026-03-16' });
    const sent = await sentFor(assignmentId);
    expect(sent.reminders.map((r) => [r.kind, r.day])).toEqual([['overdue', '2026-03-16']]);
    // Only the cell's own secretary: the staff and administrators above it hold task.report too,
    // but the nearest level that has anyone is the cell itself.
    expect(sent.notifications.map((n) => n.login)).toEqual(['bithu']);
    expect(sent.notifications[0]).toMatchObject({ kind: 'reminder.overdue', title: 'Quá hạn: “Tổng kết công tác quý I”' });
    expect(sent.notifications[0]!.body).toBe(
      `Nhắc việc: nhiệm vụ “Tổng kết công tác quý I” (Kế hoạch số ${symbol}) đã quá hạn 1 ngày (hạn ngày 15/03/2026). Đơn vị thực hiện: Chi bộ Văn phòng Sở.`,
    );
    expect(sent.emails).toHaveLength(1);
    expect(sent.emails[0]).toMatchObject({ to_address: 'bithu@congtac.local', status: 'queued', subject: 'Quá hạn: “Tổng kết công tác quý I”' });
    expect(sent.emails[0]!.body).toContain(`https://congtac.example/tasks/${assignmentId}`);

    // A week later the next overdue reminder, not before.
    await sendDueReminders(t.db, { ...run, today: '2026-03-22' });
    expect((await sentFor(assignmentId)).reminders).toHaveLength(1);
    await sendDueReminders(t.db, { ...run, today: '2026-03-23' });
    await sendDueReminders(t.db, { ...run, today: '2026-03-23' });
    const later = await sentFor(assignmentId);
    expect(later.reminders.map((r) => r.day)).toEqual(['2026-03-16', '2026-03-23']);
    expect(later.notifications).toHaveLength(2);
    expect(later.emails).toHaveLength(2);
  });

  it('sends the due-soon reminder once inside the window and stays silent for done work', async () => {
    const { assignmentId } = await issuedTask('Báo cáo sơ kết 6 tháng', 'SGDDT-CB1', '2026-06-20');
    await sendDueReminders(t.db, { ...run, today: '2026-06-16' });
    expect((await sentFor(assignmentId)).reminders).toHaveLength(0);
    await sendDueReminders(t.db, { ...run, today: '2026-06-17' });
    await sendDueReminders(t.db, { ...run, today: '2026-06-18' });
    const sent = await sentFor(assignmentId);
    expect(sent.reminders.map((r) => [r.kind, r.day])).toEqual([['due_soon', '2026-06-17']]);
    expect(sent.notifications[0]!.body).toContain('đến hạn ngày 20/06/2026');

    await t.db.updateTable('assignments').set({ status: 'done', percent: 100 }).where('id', '=', assignmentId).execute();
    await sendDueReminders(t.db, { ...run, today: '2026-06-21' });
    expect((await sentFor(assignmentId)).reminders).toHaveLength(1);
  });

  it('tells the staff of the unit above when the assigned unit has no accounts of its own', async () => {
    const { assignmentId } = await issuedTask('Kiểm tra công tác tuyên truyền', 'SGDDT', '2026-05-10');
    await sendDueReminders(t.db, { ...run, today: '2026-05-11' });
    const sent = await sentFor(assignmentId);
    // ĐUK's staff (and the administrator's grant at the top is not the nearest level).
    expect(sent.notifications.map((n) => n.login).sort()).toEqual(['chuyenvien']);
  });
});

describe('reminding by hand', () => {
  it('lets ĐUK staff remind a cell once a day, audited, and the secretary sees it', async () => {
    const { assignmentId } = await issuedTask('Nộp báo cáo chuyên đề', 'SGDDT-CB1', '2026-02-10');
    const first = await staff.post(`/api/v1/assignments/${assignmentId}/remind`);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ sent: true, recipients: 1 });
    const again = await staff.post(`/api/v1/assignments/${assignmentId}/remind`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Nhiệm vụ này đã được nhắc hôm nay; mỗi ngày chỉ nhắc một lần.');
    // The leader of the same committee is refused too: once per assignment a day, whoever asks.
    expect((await leader.post(`/api/v1/assignments/${assignmentId}/remind`)).statusCode).toBe(409);

    const sent = await sentFor(assignmentId);
    expect(sent.reminders.map((r) => [r.kind, r.day])).toEqual([['manual', vietnamToday()]]);
    expect(sent.reminders[0]!.sent_by).toBe(await userId('chuyenvien'));
    expect(sent.notifications.map((n) => [n.login, n.kind])).toEqual([['bithu', 'reminder.manual']]);
    expect(sent.notifications[0]!.body).toMatch(/^Chuyên viên Ban Tuyên giáo \(Đảng ủy Khối .*\) đôn đốc thực hiện nhiệm vụ “Nộp báo cáo chuyên đề”/);
    expect(sent.emails.map((e) => e.to_address)).toEqual(['bithu@congtac.local']);

    const audit = await t.db.selectFrom('audit_entries').selectAll().where('entity_id', '=', assignmentId).where('action', '=', 'remind').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ reminder: 'manual', recipients: 1 });

    const bell = (await secretary.get('/api/v1/notifications')).json();
    const mine = bell.items.find((n: { assignmentId: string }) => n.assignmentId === assignmentId);
    expect(mine).toMatchObject({ kind: 'reminder.manual', link: `/tasks/${assignmentId}`, readAt: null });
  });

  it('refuses members, the cell itself and other cells, and leaves nothing written', async () => {
    const { assignmentId } = await issuedTask('Rà soát hồ sơ đảng viên', 'SGDDT-CB1', '2026-02-11');
    const sibling = await issuedTask('Cập nhật sổ đảng viên', 'SGDDT-CB2', '2026-02-11');
    expect((await member.post(`/api/v1/assignments/${assignmentId}/remind`)).statusCode).toBe(403);
    // The secretary runs the cell but does not chase work, neither its own nor a sibling's.
    expect((await secretary.post(`/api/v1/assignments/${assignmentId}/remind`)).statusCode).toBe(403);
    const otherCell = await secretary.post(`/api/v1/assignments/${sibling.assignmentId}/remind`);
    expect(otherCell.statusCode).toBe(403);
    expect(otherCell.json().code).toBe('out_of_scope');
    expect((await sentFor(assignmentId)).reminders).toHaveLength(0);
    expect((await sentFor(sibling.assignmentId)).reminders).toHaveLength(0);
    expect((await staff.post('/api/v1/assignments/00000000-0000-7000-8000-000000000000/remind')).statusCode).toBe(404);
  });

  it('refuses a reminder for finished work', async () => {
    const { assignmentId } = await issuedTask('Việc đã xong', 'SGDDT-CB1', '2026-02-12');
    await t.db.updateTable('assignments').set({ status: 'done', percent: 100 }).where('id', '=', assignmentId).execute();
    const response = await leader.post(`/api/v1/assignments/${assignmentId}/remind`);
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe('Nhiệm vụ đã hoàn thành, không cần nhắc.');
  });
});

describe('the đôn đốc list', () => {
  it('shows the higher unit its late work with the last reminder, and whom it may remind', async () => {
    const { assignmentId } = await issuedTask('Tổ chức hội nghị học tập', 'SGDDT-CB1', '2026-01-31');
    const duk = await t.unitId('DUK');
    const before = (await staff.get(`/api/v1/overdue?unitId=${duk}&state=overdue&limit=200`)).json();
    const row = before.items.find((item: { id: string }) => item.id === assignmentId);
    expect(row).toMatchObject({ dueState: 'overdue', dueOn: '2026-01-31', lastReminderAt: null, remindedToday: false, allowed: { remind: true, report: true } });
    expect(row.unit.name).toBe('Chi bộ Văn phòng Sở');
    expect(row.document.numberLine).toMatch(/^Số \d+-KH\/ĐUK$/);
    expect(before.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(before.items.every((item: { dueState: string }) => item.dueState === 'overdue')).toBe(true);

    expect((await staff.post(`/api/v1/assignments/${assignmentId}/remind`)).statusCode).toBe(201);
    const after = (await staff.get(`/api/v1/overdue?unitId=${duk}&limit=200`)).json();
    const reminded = after.items.find((item: { id: string }) => item.id === assignmentId);
    expect(reminded.remindedToday).toBe(true);
    expect(reminded.lastReminderAt).not.toBeNull();

    const cell = await t.unitId('SGDDT-CB1');
    const own = (await secretary.get(`/api/v1/overdue?unitId=${cell}&limit=200`)).json();
    expect(own.items.find((item: { id: string }) => item.id === assignmentId).allowed).toEqual({ acknowledge: true, report: true, remind: false });
    expect((await secretary.get(`/api/v1/overdue?unitId=${duk}`)).statusCode).toBe(403);
  });

  it('counts each tab only up to its cap', async () => {
    await issuedTask('Báo cáo thứ nhất', 'SGDDT-CB3', '2026-02-01');
    await issuedTask('Báo cáo thứ hai', 'SGDDT-CB3', '2026-02-02');
    const cell = await t.db.selectFrom('org_units').select(['path', 'tenant_id']).where('code', '=', 'SGDDT-CB3').executeTakeFirstOrThrow();
    const filter = { tenantId: cell.tenant_id, unitPath: cell.path, today: vietnamToday(), soon: addDays(vietnamToday(), 7) };
    expect(await countOverdue(t.db, filter, 1000)).toEqual({ overdue: 2, dueSoon: 0 });
    // Past the cap the count stops at cap + 1, which the page shows as "1+".
    expect(await countOverdue(t.db, filter, 1)).toEqual({ overdue: 2, dueSoon: 0 });
    expect((await countOverdue(t.db, filter, 0)).overdue).toBe(1);
  });
});

describe('notifications', () => {
  it('are read one by one or all at once, each account only its own', async () => {
    const { assignmentId } = await issuedTask('Báo cáo kết quả kiểm điểm', 'SGDDT-CB1', '2026-03-01');
    await sendDueReminders(t.db, { ...run, today: '2026-03-02' });
    const list = (await secretary.get('/api/v1/notifications?unread=true&limit=100')).json();
    expect(list.unreadCount).toBeGreaterThanOrEqual(1);
    const note = list.items.find((n: { assignmentId: string }) => n.assignmentId === assignmentId);
    expect(note.kind).toBe('reminder.overdue');

    expect((await staff.post(`/api/v1/notifications/${note.id}/read`)).statusCode).toBe(404);
    const read = await secretary.post(`/api/v1/notifications/${note.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    const after = (await secretary.get('/api/v1/notifications?unread=true&limit=100')).json();
    expect(after.unreadCount).toBe(list.unreadCount - 1);
    expect(after.items.some((n: { id: string }) => n.id === note.id)).toBe(false);

    const all = await secretary.post('/api/v1/notifications/read-all');
    expect(all.json().updated).toBe(after.unreadCount);
    expect((await secretary.get('/api/v1/notifications')).json().unreadCount).toBe(0);
  });

  it('page by the last id seen', async () => {
    const first = (await secretary.get('/api/v1/notifications?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (await secretary.get(`/api/v1/notifications?limit=1&before=${first.items[0].id}`)).json();
    expect(second.items[0].id < first.items[0].id).toBe(true);
  });
});

describe('the outbox', () => {
  it('shows administrators the queued e-mails and nobody else', async () => {
    const { assignmentId } = await issuedTask('Gửi danh sách đề nghị khen thưởng', 'SGDDT-CB1', '2026-04-01');
    await sendDueReminders(t.db, { ...run, today: '2026-04-02' });
    const outbox = (await admin.get('/api/v1/outbox?limit=200')).json();
    const mail = outbox.items.find((item: { body: string }) => item.body.includes(`/tasks/${assignmentId}`));
    expect(mail).toMatchObject({ toAddress: 'bithu@congtac.local', status: 'queued', sentAt: null, subject: 'Quá hạn: “Gửi danh sách đề nghị khen thưởng”' });
    expect(mail.body.startsWith('Kính gửi Bí thư Chi bộ Văn phòng Sở,')).toBe(true);
    expect((await staff.get('/api/v1/outbox')).statusCode).toBe(403);
    expect((await secretary.get('/api/v1/outbox')).statusCode).toBe(403);

    // An administrator of another subtree does not read mail about this one's work.
    await admin.post('/api/v1/accounts', { login: 'quantri.stp', displayName: 'Quản trị Sở Tư pháp', homeUnitId: await t.unitId('STP'), password: 'Mat-khau-2026', grants: [{ unitId: await t.unitId('STP'), role: 'admin' }] });
    const otherAdmin = await t.signIn('quantri.stp', 'Mat-khau-2026');
    const theirs = (await otherAdmin.get('/api/v1/outbox?limit=200')).json();
    expect(theirs.items.some((item: { body: string }) => item.body.includes(`/tasks/${assignmentId}`))).toBe(false);
  });
});
