import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDayMonthYear } from '../../../domain/periods.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { docxToText } from '../../../importer/docx.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
let member: Client;
let base: string;
let cell: string;
let otherCell: string;
let outsideBase: string;
let memberPersonId: string;
const nextYear = Number(vietnamToday().slice(0, 4)) + 1;

beforeAll(async () => {
  t = await createTestApp();
  [staff, leader, secretary, member] = await Promise.all([t.signIn('chuyenvien'), t.signIn('lanhdao'), t.signIn('bithu'), t.signIn('dangvien')]);
  [base, cell, otherCell] = await Promise.all([t.unitId('SGDDT'), t.unitId('SGDDT-CB1'), t.unitId('SGDDT-CB2')]);
  // Another base organization of the bloc: outside the subtree of SGDDT.
  const sibling = await t.db.selectFrom('org_units').select('id').where('kind', '=', 'base_committee').where('code', '<>', 'SGDDT').where('is_active', '=', true).orderBy('code').executeTakeFirstOrThrow();
  outsideBase = sibling.id;
  memberPersonId = (await t.db.selectFrom('users').select('person_id').where('login', '=', 'dangvien').executeTakeFirstOrThrow()).person_id!;
});
afterAll(() => t.close());

/** The harness client has no PUT; the minutes are saved with one. */
const put = (client: Client, url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url, payload, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const countRows = async (table: 'minutes_follow_ups' | 'documents' | 'audit_entries' | 'assignments') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** A meeting of the base organization SGDDT (which has cells under it), organized by the bloc's staff. */
async function baseMeeting(title: string) {
  const created = await staff.post('/api/v1/meetings', { unitId: base, kind: 'committee', title, startsAt: inMinutes(60), invite: 'none', personIds: [memberPersonId] });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().meeting as { id: string; startsAt: string };
}

const followUps = () => [
  { text: 'Hoàn thiện kế hoạch kiểm tra, giám sát năm', unitId: base, dueOn: `${nextYear}-01-15` },
  { text: 'Rà soát hồ sơ đảng viên của chi bộ', unitId: cell, personId: memberPersonId, dueOn: `${nextYear}-02-01` },
];

describe('follow-up actions become tasks', () => {
  it('are saved with their units and, on approval, become tasks of an issued TB notice that reach the units’ inboxes', async () => {
    const meeting = await baseMeeting('Hội nghị Ban Thường vụ Đảng ủy tháng 3');
    const saved = await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Đảng ủy thống nhất chương trình kiểm tra.</p>', conclusions: 'Tăng cường kiểm tra, giám sát.', followUps: followUps() });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      unit: { id: base },
      notice: null,
      followUps: [
        { text: 'Hoàn thiện kế hoạch kiểm tra, giám sát năm', unit: { id: base }, person: null, dueOn: `${nextYear}-01-15`, task: null },
        { text: 'Rà soát hồ sơ đảng viên của chi bộ', unit: { id: cell, name: 'Chi bộ Văn phòng Sở' }, person: { id: memberPersonId }, dueOn: `${nextYear}-02-01`, task: null },
      ],
    });
    const year = Number(vietnamToday().slice(0, 4));
    const taken = await t.db.selectFrom('documents').select('number').where('issuer_unit_id', '=', base).where('type_code', '=', 'TB').where('year', '=', year).where('status', '=', 'issued').execute();
    const expectedNumber = Math.max(0, ...taken.map((row) => row.number ?? 0)) + 1;

    const approved = await leader.post(`/api/v1/meetings/${meeting.id}/minutes/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const view = approved.json();
    expect(view.status).toBe('approved');
    const day = formatDayMonthYear(vietnamToday(new Date(meeting.startsAt)));
    expect(view.notice).toMatchObject({ title: `Kết luận cuộc họp Hội nghị Ban Thường vụ Đảng ủy tháng 3 ngày ${day}` });
    expect(view.notice.numberLine).toMatch(new RegExp(`^Số ${String(expectedNumber).padStart(2, '0')}-TB/`));
    expect(view.followUps.map((item: { task: { code: string; assignment: { status: string; dueOn: string } } }) => [item.task.code, item.task.assignment.status, item.task.assignment.dueOn])).toEqual([
      ['II.1', 'not_started', `${nextYear}-01-15`],
      ['II.2', 'not_started', `${nextYear}-02-01`],
    ]);

    const notice = await t.db.selectFrom('documents').selectAll().where('id', '=', view.notice.id).executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ type_code: 'TB', kind: 'plan', status: 'issued', number: expectedNumber, issuer_unit_id: base, issued_on: vietnamToday() });
    expect(notice.sections.map((section) => [section.code, section.title])).toEqual([
      ['I', 'Nội dung kết luận'],
      ['II', 'Phân công thực hiện'],
    ]);
    expect(notice.signature).toMatchObject({ capacity: 'T/M', onBehalfOf: 'Đảng ủy' });
    const tasks = await t.db.selectFrom('tasks').selectAll().where('document_id', '=', notice.id).orderBy('position').execute();
    expect(tasks.map((task) => [task.code, task.title, task.deadline, task.responsible_person_id])).toEqual([
      ['II.1', 'Hoàn thiện kế hoạch kiểm tra, giám sát năm', `${nextYear}-01-15`, null],
      ['II.2', 'Rà soát hồ sơ đảng viên của chi bộ', `${nextYear}-02-01`, memberPersonId],
    ]);

    // The cell's secretary finds the task in the cell's inbox, and its detail opens.
    const inbox = await secretary.get(`/api/v1/assignments?unitId=${cell}`);
    expect(inbox.statusCode).toBe(200);
    const item = inbox.json().items.find((row: { document: { id: string } }) => row.document.id === notice.id);
    expect(item).toMatchObject({ id: view.followUps[1].task.assignment.id, task: { code: 'II.2', title: 'Rà soát hồ sơ đảng viên của chi bộ' }, dueOn: `${nextYear}-02-01`, allowed: { acknowledge: true, report: true } });
    expect((await secretary.get(`/api/v1/assignments/${item.id}`)).statusCode).toBe(200);

    // Progress reported on the task shows on the minutes.
    expect((await secretary.post(`/api/v1/assignments/${item.id}/progress`, { status: 'in_progress', percent: 40, note: 'Đã rà soát 10 hồ sơ.' })).statusCode).toBe(201);
    const after = (await member.get(`/api/v1/meetings/${meeting.id}/minutes`)).json();
    expect(after.followUps[1].task.assignment).toMatchObject({ status: 'in_progress', percent: 40 });

    // Every write of the approval is in the audit log.
    const audit = await t.db.selectFrom('audit_entries').select(['entity_type', 'action']).where('entity_id', 'in', [notice.id, meeting.id, ...tasks.map((task) => task.id)]).execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { entity_type: 'document', action: 'create' },
        { entity_type: 'task', action: 'create' },
        { entity_type: 'document', action: 'issue' },
        { entity_type: 'minutes', action: 'approve' },
      ]),
    );

    // The next approval takes the next number of the register.
    const second = await baseMeeting('Hội nghị Ban Thường vụ Đảng ủy tháng 4');
    await put(staff, `/api/v1/meetings/${second.id}/minutes`, { bodyHtml: '<p>Nội dung.</p>', followUps: [followUps()[0]] });
    const next = (await leader.post(`/api/v1/meetings/${second.id}/minutes/approve`)).json();
    expect(next.notice.numberLine).toMatch(new RegExp(`^Số ${String(expectedNumber + 1).padStart(2, '0')}-TB/`));
    // Without conclusions, the tasks are the notice's first part.
    expect(next.followUps[0].task.code).toBe('I.1');
  });

  it('follow a correction of the notice: links and statuses move to the issued new version', async () => {
    const meeting = await baseMeeting('Hội nghị có thông báo đính chính');
    await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Nội dung.</p>', followUps: followUps() });
    const approved = (await leader.post(`/api/v1/meetings/${meeting.id}/minutes/approve`)).json();
    const correction = await staff.post(`/api/v1/documents/${approved.notice.id}/versions`);
    expect(correction.statusCode).toBe(201);
    const tasks = await t.db.selectFrom('tasks').select(['id', 'code']).where('document_id', '=', correction.json().id).execute();
    const moved = tasks.find((task) => task.code === 'I.2')!;
    expect((await staff.patch(`/api/v1/tasks/${moved.id}`, { timeframe: { deadline: `${nextYear}-03-01` } })).statusCode).toBe(200);
    // A draft correction changes nothing yet.
    expect((await staff.get(`/api/v1/meetings/${meeting.id}/minutes`)).json().notice.id).toBe(approved.notice.id);
    expect((await leader.post(`/api/v1/documents/${correction.json().id}/issue`, {})).statusCode).toBe(200);
    const after = (await staff.get(`/api/v1/meetings/${meeting.id}/minutes`)).json();
    expect(after.notice).toMatchObject({ id: correction.json().id, numberLine: approved.notice.numberLine });
    expect(after.followUps[1].task).toMatchObject({ id: moved.id, code: 'I.2', assignment: { dueOn: `${nextYear}-03-01` } });
  });

  it('approves minutes without follow-ups without issuing anything', async () => {
    const meeting = await baseMeeting('Họp không giao việc');
    await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Thông tin thời sự.</p>' });
    const documents = await countRows('documents');
    const approved = await leader.post(`/api/v1/meetings/${meeting.id}/minutes/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', notice: null, followUps: [] });
    expect(await countRows('documents')).toBe(documents);
  });
});

describe('the responsible unit picker', () => {
  it('searches the meeting unit and the units under it only', async () => {
    const found = (await staff.get(`/api/v1/units?underId=${base}&search=chi bo&limit=200`)).json() as { id: string }[];
    expect(found.map((unit) => unit.id)).toEqual(expect.arrayContaining([cell, otherCell]));
    const paths = await t.db.selectFrom('org_units').select(['id', 'path']).where('id', 'in', [base, ...found.map((unit) => unit.id)]).execute();
    const basePath = paths.find((row) => row.id === base)!.path;
    expect(paths.every((row) => row.path === basePath || row.path.startsWith(`${basePath}.`))).toBe(true);
    // A unit the caller may not read cannot root the search.
    expect((await secretary.get(`/api/v1/units?underId=${base}`)).statusCode).toBe(403);
  });
});

describe('permissions', () => {
  it('lets only those running the meeting save, refuses locked minutes and approval by others', async () => {
    const meeting = await baseMeeting('Họp kiểm tra quyền');
    expect((await put(member, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Sửa</p>' })).statusCode).toBe(403);
    // A cell's secretary cannot write the minutes of the base organization above the cell.
    expect((await put(secretary, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Sửa</p>' })).statusCode).toBe(403);
    expect((await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Biên bản.</p>', followUps: [followUps()[0]] })).statusCode).toBe(200);
    // Staff organize but do not approve; a member does neither.
    expect((await staff.post(`/api/v1/meetings/${meeting.id}/minutes/approve`)).statusCode).toBe(403);
    expect((await member.post(`/api/v1/meetings/${meeting.id}/minutes/approve`)).statusCode).toBe(403);
    expect((await leader.post(`/api/v1/meetings/${meeting.id}/minutes/approve`)).statusCode).toBe(200);
    const locked = await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Sửa sau khi duyệt</p>', followUps: [] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().detail).toBe('Biên bản đã được duyệt và khóa; không thể sửa.');
    expect((await leader.post(`/api/v1/meetings/${meeting.id}/minutes/approve`)).statusCode).toBe(409);
  });
});

describe('bad follow-ups', () => {
  it('are refused with 422, each at its field, and nothing is written', async () => {
    const meeting = await baseMeeting('Họp kiểm tra dữ liệu');
    expect((await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Bản đầu.</p>', followUps: [followUps()[0]] })).statusCode).toBe(200);
    const [rows, audit] = [await countRows('minutes_follow_ups'), await countRows('audit_entries')];
    const meetingDay = vietnamToday(new Date(meeting.startsAt));
    const before = (Number(meetingDay.slice(0, 4)) - 1).toString() + meetingDay.slice(4);
    const bad = await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, {
      bodyHtml: '<p>Bản sửa không được lưu.</p>',
      followUps: [
        { text: '   ', unitId: base, dueOn: `${nextYear}-01-15` },
        { text: 'Việc của đơn vị ngoài', unitId: outsideBase, dueOn: `${nextYear}-01-15` },
        { text: 'Việc quá hạn từ trước', unitId: cell, dueOn: before },
        { text: 'Người không sinh hoạt ở đó', unitId: otherCell, personId: memberPersonId, dueOn: `${nextYear}-01-15` },
        { text: 'Việc hợp lệ', unitId: cell, dueOn: `${nextYear}-01-15` },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toBe('Có 4 việc cần thực hiện chưa hợp lệ; chưa ghi nhận thay đổi nào.');
    const errors = bad.json().errors as { path: string; message: string }[];
    expect(errors.map((error) => error.path)).toEqual(['body.followUps.0.text', 'body.followUps.1.unitId', 'body.followUps.2.dueOn', 'body.followUps.3.personId']);
    expect(errors[1]!.message).toMatch(/không thuộc Đảng ủy Sở Giáo dục và Đào tạo/);
    expect(errors[2]!.message).toBe(`Hạn hoàn thành (${formatDayMonthYear(before)}) không được trước ngày họp (${formatDayMonthYear(meetingDay)}).`);
    const kept = (await staff.get(`/api/v1/meetings/${meeting.id}/minutes`)).json();
    expect(kept.bodyHtml).toBe('<p>Bản đầu.</p>');
    expect(kept.followUps.map((item: { text: string }) => item.text)).toEqual(['Hoàn thiện kế hoạch kiểm tra, giám sát năm']);
    expect(await countRows('minutes_follow_ups')).toBe(rows);
    expect(await countRows('audit_entries')).toBe(audit);
    // A malformed request (no unit) is refused by the schema.
    expect((await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>x</p>', followUps: [{ text: 'Thiếu đơn vị', dueOn: `${nextYear}-01-15` }] })).statusCode).toBe(400);
  });

  it('are checked again on approval: an action gone invalid refuses the approval and nothing is issued', async () => {
    const meeting = await baseMeeting('Họp có việc không còn hợp lệ');
    expect((await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, { bodyHtml: '<p>Biên bản.</p>', followUps: followUps() })).statusCode).toBe(200);
    // Minutes written before actions named units may lack a due date (migration 0008).
    await t.db.updateTable('minutes_follow_ups').set({ due_on: null }).where('meeting_id', '=', meeting.id).where('position', '=', 1).execute();
    const [documents, assignments] = [await countRows('documents'), await countRows('assignments')];
    const refused = await leader.post(`/api/v1/meetings/${meeting.id}/minutes/approve`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([{ path: 'body.followUps.1.dueOn', message: 'Cần hạn hoàn thành.' }]);
    expect((await staff.get(`/api/v1/meetings/${meeting.id}/minutes`)).json()).toMatchObject({ status: 'draft', notice: null });
    expect([await countRows('documents'), await countRows('assignments')]).toEqual([documents, assignments]);
  });
});

describe('GET /meetings/:id/minutes.docx', () => {
  it('writes the minutes in the official layout for whoever may read the meeting', async () => {
    const meeting = await baseMeeting('Hội nghị Ban Chấp hành Đảng bộ quý I');
    expect((await staff.get(`/api/v1/meetings/${meeting.id}/minutes.docx`)).statusCode).toBe(404);
    await put(staff, `/api/v1/meetings/${meeting.id}/minutes`, {
      bodyHtml: '<h3>1. Tình hình</h3><p>Đảng bộ đánh giá <strong>kết quả quý I</strong>.</p><ul><li>Ưu điểm</li><li>Hạn chế</li></ul><table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Kết nạp</td><td>3</td></tr></table>',
      conclusions: 'Thống nhất các nhiệm vụ quý II.',
      followUps: followUps(),
    });
    const draft = await staff.get(`/api/v1/meetings/${meeting.id}/minutes.docx`);
    expect(draft.statusCode).toBe(200);
    expect(draft.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const day = formatDayMonthYear(vietnamToday(new Date(meeting.startsAt))).replace(/\//g, '-');
    expect(draft.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(`Biên bản Hội nghị Ban Chấp hành Đảng bộ quý I ${day}.docx`)}`);
    const draftText = await docxToText(draft.rawPayload);
    expect(draftText).toContain('(Dự thảo)');

    await leader.post(`/api/v1/meetings/${meeting.id}/minutes/approve`);
    const minutes = (await staff.get(`/api/v1/meetings/${meeting.id}/minutes`)).json();
    // An invited member reads the meeting, so the file too.
    const file = await member.get(`/api/v1/meetings/${meeting.id}/minutes.docx`);
    expect(file.statusCode).toBe(200);
    const text = await docxToText(file.rawPayload);
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'BIÊN BẢN',
      'Hội nghị Ban Chấp hành Đảng bộ quý I',
      'Thành phần: tổng số được triệu tập 01 đồng chí',
      'Đảng bộ đánh giá kết quả quý I.',
      'Ưu điểm',
      'Kết nạp',
      'II. KẾT LUẬN',
      'Thống nhất các nhiệm vụ quý II.',
      'III. VIỆC CẦN THỰC HIỆN',
      'Hoàn thiện kế hoạch kiểm tra, giám sát năm',
      'Rà soát hồ sơ đảng viên của chi bộ',
      `${formatDayMonthYear(`${nextYear}-02-01`)}`,
      `Các việc trên được giao thực hiện tại Thông báo ${minutes.notice.numberLine.replace(/^Số/, 'số')}`,
      'THƯ KÝ',
      'CHỦ TRÌ',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('(Dự thảo)');
    // The cell's secretary, neither reaching the base organization nor invited, may not.
    expect((await secretary.get(`/api/v1/meetings/${meeting.id}/minutes.docx`)).statusCode).toBe(403);
  });
});
