import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../domain/task-status.ts';
import { newId } from '../../db/ids.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { sendDueMeetingReminders } from './notices-service.ts';

let t: TestApp;
let secretary: Client;
let member: Client;
let viewer: Client;
let outsider: Client;
let admin: Client;
let cell: string;
let memberPersonId: string;
const nextYear = Number(vietnamToday().slice(0, 4)) + 1;
const publicUrl = 'https://congtac.example';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('quantri');
  // Staff of Sở Tư pháp: another subtree, never invited to the cell's meetings.
  await admin.post('/api/v1/accounts', { login: 'ngoai.stp', displayName: 'Chuyên viên Sở Tư pháp', homeUnitId: await t.unitId('STP'), password: 'Mat-khau-2026', grants: [{ unitId: await t.unitId('STP'), role: 'staff' }] });
  [secretary, member, viewer, outsider] = await Promise.all([t.signIn('bithu'), t.signIn('dangvien'), t.signIn('kiemtra'), t.signIn('ngoai.stp', 'Mat-khau-2026')]);
  cell = await t.unitId('SGDDT-CB1');
  memberPersonId = (await t.db.selectFrom('users').select('person_id').where('login', '=', 'dangvien').executeTakeFirstOrThrow()).person_id!;
});
afterAll(() => t.close());

/** What reached people about a meeting: notifications (by login) and e-mails. */
async function sentAbout(meetingId: string) {
  const notifications = await t.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['u.login', 'n.kind', 'n.title', 'n.body'])
    .where('n.meeting_id', '=', meetingId)
    .orderBy('n.id')
    .execute();
  const emails = await t.db.selectFrom('email_outbox').select(['to_address', 'subject', 'body']).where('meeting_id', '=', meetingId).orderBy('id').execute();
  return { notifications, emails };
}

const kindsFor = (sent: Awaited<ReturnType<typeof sentAbout>>, login: string) => sent.notifications.filter((n) => n.login === login).map((n) => n.kind);

async function schedule(body: Record<string, unknown>) {
  const response = await secretary.post('/api/v1/meetings', { unitId: cell, kind: 'regular_cell', ...body });
  expect(response.statusCode).toBe(201);
  return response.json().meeting as { id: string; invitees: { personId: string | null }[] };
}

const count = async (table: 'meeting_documents' | 'stored_files' | 'audit_entries', column: string, value: string) =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(column as never, '=', value as never).executeTakeFirstOrThrow()).n);

describe('invitations', () => {
  it('invites each invitee with an account once, in the app and by e-mail, but not the organizer', async () => {
    const meeting = await schedule({ title: 'Sinh hoạt chi bộ tháng 3', startsAt: `${nextYear}-03-05T19:30:00+07:00`, place: 'Phòng họp tầng 3' });
    const sent = await sentAbout(meeting.id);
    expect(sent.notifications).toEqual([
      {
        login: 'dangvien',
        kind: 'meeting.invitation',
        title: `Thư mời: Sinh hoạt chi bộ tháng 3 — 19:30 ngày 05/03/${nextYear} tại Phòng họp tầng 3`,
        body: `Chi bộ Văn phòng Sở trân trọng kính mời đồng chí dự Sinh hoạt chi bộ tháng 3, từ 19:30 đến 21:30 ngày 05/03/${nextYear} tại Phòng họp tầng 3.`,
      },
    ]);
    expect(sent.emails).toHaveLength(1);
    expect(sent.emails[0]).toMatchObject({ to_address: 'dangvien@congtac.local', subject: sent.notifications[0]!.title });
    expect(sent.emails[0]!.body).toMatch(new RegExp(`Xem cuộc họp, chương trình và tài liệu: http\\S+/meetings/${meeting.id}\n`));

    // The bell links to the meeting; the outbox shows the e-mail to administrators of the unit.
    const bell = (await member.get('/api/v1/notifications')).json();
    expect(bell.items.find((item: { meetingId: string | null }) => item.meetingId === meeting.id)).toMatchObject({ link: `/meetings/${meeting.id}`, assignmentId: null });
    const outbox = (await admin.get('/api/v1/outbox?limit=200')).json();
    expect(outbox.items.map((item: { subject: string }) => item.subject)).toContain(sent.notifications[0]!.title);
  });

  it('invites to a series once, describing the series, linked to its first meeting', async () => {
    const created = await secretary.post('/api/v1/meeting-series', { unitId: cell, rule: { kind: 'day_of_month', day: 5 }, timeOfDay: '19:30', place: 'Hội trường', fromOn: `${nextYear}-01-01`, untilOn: `${nextYear}-12-31` });
    expect(created.statusCode).toBe(201);
    const meetings = created.json().meetings as { id: string }[];
    expect(meetings).toHaveLength(12);
    const notices = await t.db.selectFrom('meeting_notices').selectAll().where('series_id', '=', created.json().series.id).execute();
    expect(notices.map((n) => [n.kind, n.meeting_id])).toEqual([['series', meetings[0]!.id]]);
    const sent = await sentAbout(meetings[0]!.id);
    expect(sent.notifications.map((n) => [n.login, n.kind])).toEqual([['dangvien', 'meeting.series']]);
    expect(sent.notifications[0]!.title).toBe('Lịch sinh hoạt định kỳ: Sinh hoạt chi bộ thường kỳ — Chi bộ Văn phòng Sở — ngày 5 hàng tháng, 19:30 tại Hội trường');
    expect(sent.notifications[0]!.body).toContain(`(12 buổi từ ngày 05/01/${nextYear} đến ngày 05/12/${nextYear})`);
    for (const other of meetings.slice(1)) expect((await sentAbout(other.id)).notifications).toEqual([]);

    // A new hour for the series: one notice; stopping it: one more.
    expect((await secretary.patch(`/api/v1/meeting-series/${created.json().series.id}`, { timeOfDay: '20:00' })).statusCode).toBe(200);
    expect((await secretary.delete(`/api/v1/meeting-series/${created.json().series.id}`)).statusCode).toBe(200);
    const after = await sentAbout(meetings[0]!.id);
    expect(kindsFor(after, 'dangvien')).toEqual(['meeting.series', 'meeting.changed', 'meeting.cancelled']);
    expect(after.notifications[1]!.body).toContain('giờ họp: ngày 5 hàng tháng, từ 19:30 đến 21:30 → ngày 5 hàng tháng, từ 20:00 đến 22:00');
    expect(after.notifications[2]!.title).toBe('Dừng lịch sinh hoạt định kỳ: Sinh hoạt chi bộ thường kỳ — Chi bộ Văn phòng Sở');
  });

  it('tells the invitees when a meeting moves or is cancelled, not when only its title changes', async () => {
    const meeting = await schedule({ title: 'Họp chi bộ bàn công tác quý II', startsAt: `${nextYear}-04-10T08:00:00+07:00`, place: 'Phòng 201' });
    expect((await secretary.patch(`/api/v1/meetings/${meeting.id}`, { title: 'Họp chi bộ bàn công tác quý II (mở rộng)' })).statusCode).toBe(200);
    expect(kindsFor(await sentAbout(meeting.id), 'dangvien')).toEqual(['meeting.invitation']);

    expect((await secretary.patch(`/api/v1/meetings/${meeting.id}`, { startsAt: `${nextYear}-04-11T14:00:00+07:00`, place: 'Hội trường lớn' })).statusCode).toBe(200);
    let sent = await sentAbout(meeting.id);
    expect(kindsFor(sent, 'dangvien')).toEqual(['meeting.invitation', 'meeting.changed']);
    expect(sent.notifications[1]).toMatchObject({ title: `Thay đổi lịch họp: Họp chi bộ bàn công tác quý II (mở rộng) — 14:00 ngày 11/04/${nextYear} tại Hội trường lớn` });
    expect(sent.notifications[1]!.body).toContain(`thời gian: từ 08:00 đến 10:00 ngày 10/04/${nextYear} → từ 14:00 đến 16:00 ngày 11/04/${nextYear}; địa điểm: Phòng 201 → Hội trường lớn`);

    expect((await secretary.post(`/api/v1/meetings/${meeting.id}/cancel`, { reason: 'Trùng lịch hội nghị của Đảng ủy Khối' })).statusCode).toBe(200);
    sent = await sentAbout(meeting.id);
    expect(kindsFor(sent, 'dangvien')).toEqual(['meeting.invitation', 'meeting.changed', 'meeting.cancelled']);
    expect(sent.notifications[2]!.body).toBe(`Họp chi bộ bàn công tác quý II (mở rộng) (Chi bộ Văn phòng Sở) dự kiến 14:00 ngày 11/04/${nextYear} không diễn ra. Lý do: Trùng lịch hội nghị của Đảng ủy Khối.`);
    expect(sent.emails).toHaveLength(3);
  });

  it('invites people added later, once however often they are added', async () => {
    const meeting = await schedule({ title: 'Họp tổ công tác', startsAt: `${nextYear}-05-06T08:00:00+07:00`, invite: 'none' });
    expect((await sentAbout(meeting.id)).notifications).toEqual([]);
    expect((await secretary.post(`/api/v1/meetings/${meeting.id}/invitees`, { personIds: [memberPersonId] })).statusCode).toBe(200);
    expect((await secretary.post(`/api/v1/meetings/${meeting.id}/invitees`, { personIds: [memberPersonId], guests: [{ name: 'Trần Văn Khách' }] })).statusCode).toBe(200);
    expect(kindsFor(await sentAbout(meeting.id), 'dangvien')).toEqual(['meeting.invited']);
  });
});

describe('the meeting reminder job', () => {
  const at = (local: string) => new Date(`${local}+07:00`);

  it('reminds every invitee the day before, once however often it runs', async () => {
    const meeting = await schedule({ title: 'Sinh hoạt chi bộ tháng 6', startsAt: `${nextYear}-06-05T19:30:00+07:00`, place: 'Phòng họp tầng 3' });
    const now = at(`${nextYear}-06-04T07:00:00`);
    const first = await sendDueMeetingReminders(t.db, { now, publicUrl });
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    await sendDueMeetingReminders(t.db, { now: at(`${nextYear}-06-04T08:00:00`), publicUrl });
    const notices = await t.db.selectFrom('meeting_notices').select(['kind', 'about_on', 'day']).where('meeting_id', '=', meeting.id).where('kind', '=', 'day_before').execute();
    expect(notices).toEqual([{ kind: 'day_before', about_on: `${nextYear}-06-05`, day: `${nextYear}-06-04` }]);
    const sent = await sentAbout(meeting.id);
    const reminders = sent.notifications.filter((n) => n.kind === 'meeting.day_before');
    // The organizer is reminded too; nobody twice.
    expect(reminders.map((n) => n.login).sort()).toEqual(['bithu', 'dangvien']);
    expect(reminders[0]!.title).toBe(`Nhắc lịch họp: Sinh hoạt chi bộ tháng 6 — 19:30 ngày mai (05/06/${nextYear}) tại Phòng họp tầng 3`);
    expect(sent.emails.filter((e) => e.subject.startsWith('Nhắc lịch họp')).map((e) => e.to_address).sort()).toEqual(['bithu@congtac.local', 'dangvien@congtac.local']);
    expect(sent.emails.find((e) => e.subject.startsWith('Nhắc lịch họp'))!.body).toContain(`${publicUrl}/meetings/${meeting.id}`);

    // Moved to another day: reminded again for that day.
    await secretary.patch(`/api/v1/meetings/${meeting.id}`, { startsAt: `${nextYear}-06-12T19:30:00+07:00` });
    await sendDueMeetingReminders(t.db, { now: at(`${nextYear}-06-11T07:00:00`), publicUrl });
    const days = await t.db.selectFrom('meeting_notices').select('about_on').where('meeting_id', '=', meeting.id).where('kind', '=', 'day_before').orderBy('about_on').execute();
    expect(days.map((d) => d.about_on)).toEqual([`${nextYear}-06-05`, `${nextYear}-06-12`]);
  });

  it('reminds the drafter of a thematic paper not yet sent, once', async () => {
    const topicId = newId();
    const tenant = (await t.db.selectFrom('org_units').select('tenant_id').where('id', '=', cell).executeTakeFirstOrThrow()).tenant_id;
    await t.db
      .insertInto('thematic_topics')
      .values({ id: topicId, tenant_id: tenant, unit_id: cell, year: nextYear, quarter: 3, title: 'Nâng cao chất lượng sinh hoạt chi bộ', state: 'drafting', planned_on: null, meeting_id: null, catalogue_item_id: null, evaluation: null, conclusion: null, sent_on: null, sent_late: null, reported_to_unit_id: null, reported_at: null, created_by: null })
      .execute();
    await t.db.insertInto('topic_drafters').values({ topic_id: topicId, person_id: memberPersonId, tenant_id: tenant }).execute();
    const meeting = await schedule({ kind: 'thematic_cell', title: 'Sinh hoạt chuyên đề quý III', startsAt: `${nextYear}-08-20T19:30:00+07:00`, topicId, sendDaysBefore: 3 });
    // Last day to send: 17/08; the reminder from 15/08.
    await sendDueMeetingReminders(t.db, { now: at(`${nextYear}-08-14T07:00:00`), publicUrl });
    expect((await sentAbout(meeting.id)).notifications.filter((n) => n.kind === 'meeting.paper_due')).toEqual([]);
    await sendDueMeetingReminders(t.db, { now: at(`${nextYear}-08-15T07:00:00`), publicUrl });
    await sendDueMeetingReminders(t.db, { now: at(`${nextYear}-08-16T07:00:00`), publicUrl });
    const paper = (await sentAbout(meeting.id)).notifications.filter((n) => n.kind === 'meeting.paper_due');
    expect(paper.map((n) => n.login)).toEqual(['dangvien']);
    expect(paper[0]!.body).toBe(
      `Dự thảo chuyên đề “Nâng cao chất lượng sinh hoạt chi bộ” chưa được gửi đảng viên (hiện: đang xây dựng dự thảo); cần gửi chậm nhất ngày 17/08/${nextYear}, 3 ngày trước buổi sinh hoạt chuyên đề 19:30 ngày 20/08/${nextYear} của Chi bộ Văn phòng Sở.`,
    );
  });
});

describe('a meeting’s documents', () => {
  let meetingId: string;
  let documentId: string;
  beforeAll(async () => {
    meetingId = (await schedule({ kind: 'regular_cell', title: 'Học tập nghị quyết', startsAt: `${nextYear}-07-07T08:00:00+07:00` })).id;
    // An issued plan of the bloc committee giving the cell a task, with its signed original.
    const staff = await t.signIn('chuyenvien');
    const plan = (await staff.post('/api/v1/documents', { issuerUnitIds: [await t.unitId('DUK')], typeCode: 'KH', title: 'Kế hoạch học tập, quán triệt nghị quyết' })).json();
    await staff.post(`/api/v1/documents/${plan.id}/tasks`, { code: '1', title: 'Tổ chức học tập nghị quyết', units: [{ unitId: cell, role: 'lead' }] });
    expect((await (await t.signIn('lanhdao')).post(`/api/v1/documents/${plan.id}/issue`, {})).statusCode).toBe(200);
    documentId = plan.id;
    expect((await staff.upload(`/api/v1/documents/${documentId}/files`, 'ban-ky.pdf', '%PDF-1.4 bản ký')).statusCode).toBe(201);
  });

  it('lets the organizer upload files checked by content and link registry documents; members download them', async () => {
    const bad = await secretary.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'tai-lieu.pdf', 'MZ không phải pdf');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toBe('Chỉ nhận tệp .pdf, .docx, .xlsx, .pptx, .jpg, .jpeg, .png, .txt.');
    expect((await secretary.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'chuong-trinh.exe', 'MZ')).statusCode).toBe(422);
    expect(await count('meeting_documents', 'meeting_id', meetingId)).toBe(0);

    const uploaded = await secretary.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'Đề cương báo cáo.pdf', '%PDF-1.7 đề cương');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ kind: 'file', addedBy: 'Bí thư Chi bộ Văn phòng Sở', file: { filename: 'Đề cương báo cáo.pdf', contentType: 'application/pdf' }, document: null });
    const linked = await secretary.post(`/api/v1/meetings/${meetingId}/documents`, { documentId });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().document).toMatchObject({ id: documentId, status: 'issued', opensInRegistry: true, files: [{ filename: 'ban-ky.pdf' }] });
    expect(linked.json().document.numberLine).toMatch(/^Số \d+-/);
    expect((await secretary.post(`/api/v1/meetings/${meetingId}/documents`, { documentId })).statusCode).toBe(409);

    // The invited member and a reader of the unit see and download them; only organizers manage.
    const seen = (await member.get(`/api/v1/meetings/${meetingId}/documents`)).json();
    expect(seen.items.map((item: { kind: string }) => item.kind)).toEqual(['file', 'document']);
    expect(seen.allowed).toEqual({ manage: false });
    const download = await member.get(`/api/v1/meetings/${meetingId}/files/${uploaded.json().file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.7 đề cương');
    expect(download.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Đề cương báo cáo.pdf')}`);
    const original = linked.json().document.files[0].id;
    expect((await viewer.get(`/api/v1/meetings/${meetingId}/files/${original}`)).statusCode).toBe(200);
    expect((await secretary.get(`/api/v1/meetings/${meetingId}/documents`)).json().allowed).toEqual({ manage: true });

    // A file reaches readers through the meeting it belongs to, not through another.
    const other = await schedule({ title: 'Cuộc họp khác', startsAt: `${nextYear}-07-08T08:00:00+07:00` });
    expect((await member.get(`/api/v1/meetings/${other.id}/files/${uploaded.json().file.id}`)).statusCode).toBe(404);

    expect((await member.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'cua-toi.pdf', '%PDF-1.4')).statusCode).toBe(403);
    expect((await member.delete(`/api/v1/meetings/${meetingId}/documents/${uploaded.json().id}`)).statusCode).toBe(403);
    const removed = await secretary.delete(`/api/v1/meetings/${meetingId}/documents/${uploaded.json().id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().items.map((item: { kind: string }) => item.kind)).toEqual(['document']);
    expect(await count('stored_files', 'meeting_id', meetingId)).toBe(0);
  });

  it('refuses an outsider everything and writes nothing', async () => {
    const file = await secretary.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'phu-luc.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(file.statusCode).toBe(201);
    const [items, files, audit] = await Promise.all([count('meeting_documents', 'meeting_id', meetingId), count('stored_files', 'meeting_id', meetingId), count('audit_entries', 'entity_id', meetingId)]);
    const refused = [
      await outsider.get(`/api/v1/meetings/${meetingId}/documents`),
      await outsider.get(`/api/v1/meetings/${meetingId}/files/${file.json().file.id}`),
      await outsider.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'xam-nhap.pdf', '%PDF-1.4'),
      await outsider.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'xam-nhap.exe', 'MZ'),
      await outsider.post(`/api/v1/meetings/${meetingId}/documents`, { documentId }),
      await outsider.delete(`/api/v1/meetings/${meetingId}/documents/${file.json().id}`),
    ];
    for (const response of refused) expect([403, 404]).toContain(response.statusCode);
    expect(await Promise.all([count('meeting_documents', 'meeting_id', meetingId), count('stored_files', 'meeting_id', meetingId), count('audit_entries', 'entity_id', meetingId)])).toEqual([items, files, audit]);
  });

  it('keeps the documents as they are once the minutes are approved', async () => {
    const tenant = (await t.db.selectFrom('meetings').select('tenant_id').where('id', '=', meetingId).executeTakeFirstOrThrow()).tenant_id;
    await t.db.insertInto('minutes').values({ meeting_id: meetingId, tenant_id: tenant, body_html: '<p>Biên bản</p>', status: 'approved', approved_at: new Date() } as never).execute();
    const locked = await secretary.upload(`/api/v1/meetings/${meetingId}/documents/files`, 'muon.pdf', '%PDF-1.4');
    expect(locked.statusCode).toBe(409);
    expect(locked.json().detail).toBe('Biên bản cuộc họp đã được duyệt; tài liệu của cuộc họp không thể thêm hoặc gỡ nữa.');
    expect((await secretary.get(`/api/v1/meetings/${meetingId}/documents`)).json().allowed).toEqual({ manage: false });
    // Reading stays open.
    expect((await member.get(`/api/v1/meetings/${meetingId}/documents`)).statusCode).toBe(200);
  });
});
