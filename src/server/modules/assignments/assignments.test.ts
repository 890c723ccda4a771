import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPeriod, periodOf } from '../../../domain/periods.ts';
import { addDays, vietnamToday } from '../../../domain/task-status.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { assignmentIds, issuedPlan, type Plan, signInCast } from './test-fixtures.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
let member: Client;
let outsider: Client;
let plan: Plan;
const today = vietnamToday();
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

beforeAll(async () => {
  t = await createTestApp();
  ({ staff, leader, secretary, member, outsider } = await signInCast(t));
  plan = await issuedPlan(t, staff, leader, {
    issuer: 'DUK',
    title: 'Kế hoạch kiểm tra hộp thư nhiệm vụ',
    tasks: [
      { code: '1', title: 'Việc đã quá hạn', timeframe: { start: addDays(today, -40), end: addDays(today, -5) }, units: [['SGDDT-CB1', 'lead']] },
      { code: '2', title: 'Việc sắp đến hạn', timeframe: { start: addDays(today, -10), end: addDays(today, 3) }, units: [['SGDDT-CB1', 'lead'], ['SGDDT', 'partner']] },
      { code: '3', title: 'Việc còn xa', timeframe: { start: today, end: addDays(today, 60) }, units: [['SGDDT-CB1', 'partner']] },
      { code: '4', title: 'Việc không ghi thời hạn', units: [['SGDDT-CB1', 'lead']] },
    ],
  });
});
afterAll(() => t.close());

const cell = async (code: string) => (await assignmentIds(t, plan.tasks[code]!))['SGDDT-CB1']!;
const reportsOf = async (assignmentId: string) =>
  Number((await t.db.selectFrom('progress_reports').select((eb) => eb.fn.countAll().as('n')).where('assignment_id', '=', assignmentId).executeTakeFirstOrThrow()).n);
const stateOf = (assignmentId: string) => t.db.selectFrom('assignments').select(['status', 'percent', 'acknowledged_at', 'last_reported_at']).where('id', '=', assignmentId).executeTakeFirstOrThrow();
const auditSize = async () => Number((await t.db.selectFrom('audit_entries').select((eb) => eb.fn.countAll().as('n')).where('action', '!=', 'sign_in').executeTakeFirstOrThrow()).n);

describe('inbox', () => {
  it('shows a cell secretary the issued plan, soonest due first, with counts per due state', async () => {
    const inbox = await secretary.get(`/api/v1/assignments?documentId=${plan.id}`);
    expect(inbox.statusCode, inbox.body).toBe(200);
    const body = inbox.json();
    expect(body.items.map((item: { task: { code: string }; dueState: string }) => [item.task.code, item.dueState])).toEqual([
      ['1', 'overdue'],
      ['2', 'due_soon'],
      ['3', 'upcoming'],
      ['4', 'undated'],
    ]);
    expect(body.counts).toEqual({ overdue: 1, due_soon: 1, upcoming: 1, undated: 1, done: 0, unacknowledged: 4 });
    expect(body.items[0]).toMatchObject({
      role: 'lead',
      dueOn: addDays(today, -5),
      status: 'not_started',
      acknowledgedAt: null,
      task: { title: 'Việc đã quá hạn' },
      document: { title: 'Kế hoạch kiểm tra hộp thư nhiệm vụ', issuerName: 'Đảng ủy Khối Dân - Chính - Đảng Thành phố' },
      unit: { name: 'Chi bộ Văn phòng Sở' },
      allowed: { acknowledge: true, report: true, remind: false },
    });
    expect(body.items[0].document.numberLine).toMatch(/^Số \d+-KH\/ĐUK$/);

    // The whole inbox (no plan chosen) holds the same rows among whatever else the cell has.
    const all = (await secretary.get('/api/v1/assignments?limit=200')).json();
    expect(all.items.filter((item: { document: { id: string } }) => item.document.id === plan.id)).toHaveLength(4);
  });

  it('filters by due state, period and acknowledgement while the counts stay those of the tabs', async () => {
    const overdue = (await secretary.get(`/api/v1/assignments?documentId=${plan.id}&dueState=overdue`)).json();
    expect(overdue.items.map((item: { task: { code: string } }) => item.task.code)).toEqual(['1']);
    expect(overdue.counts.upcoming).toBe(1);
    const month = formatPeriod(periodOf('month', addDays(today, 60)));
    const inMonth = (await secretary.get(`/api/v1/assignments?documentId=${plan.id}&period=${month}`)).json();
    expect(inMonth.items.map((item: { task: { code: string } }) => item.task.code)).toEqual(['3']);
    expect((await secretary.get(`/api/v1/assignments?documentId=${plan.id}&period=2026-Q5`)).statusCode).toBe(400);
    const paged = (await secretary.get(`/api/v1/assignments?documentId=${plan.id}&limit=3`)).json();
    expect(paged).toMatchObject({ hasMore: true });
    expect(paged.items).toHaveLength(3);
  });

  it("shows staff a unit's own rows or its whole subtree, with the right to remind", async () => {
    const sgddt = await t.unitId('SGDDT');
    const own = (await staff.get(`/api/v1/assignments?unitId=${sgddt}&documentId=${plan.id}`)).json();
    expect(own.items.map((item: { task: { code: string }; unit: { name: string } }) => [item.task.code, item.unit.name])).toEqual([['2', 'Đảng ủy Sở Giáo dục và Đào tạo']]);
    expect(own.items[0].allowed).toEqual({ acknowledge: true, report: true, remind: true });
    const subtree = (await staff.get(`/api/v1/assignments?unitId=${sgddt}&scope=subtree&documentId=${plan.id}`)).json();
    expect(subtree.items).toHaveLength(5);
    expect(subtree.counts.due_soon).toBe(2);
  });

  it('refuses the inbox of a unit out of reach', async () => {
    const response = await secretary.get(`/api/v1/assignments?unitId=${await t.unitId('STP')}`);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('out_of_scope');
  });
});

describe('acknowledging', () => {
  it('records the receipt once; a second time is refused', async () => {
    const id = await cell('1');
    const first = await secretary.post(`/api/v1/assignments/${id}/acknowledge`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().acknowledgedAt).not.toBeNull();
    expect(first.json().allowed.acknowledge).toBe(false);
    const second = await secretary.post(`/api/v1/assignments/${id}/acknowledge`);
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe(`Nhiệm vụ này đã được tiếp nhận ngày ${ddmmyyyy(today)}.`);
    const counts = (await secretary.get(`/api/v1/assignments?documentId=${plan.id}`)).json().counts;
    expect(counts.unacknowledged).toBe(3);
  });

  it('is refused to a member of the cell and to an account elsewhere', async () => {
    const id = await cell('2');
    const before = await auditSize();
    expect((await member.post(`/api/v1/assignments/${id}/acknowledge`)).json().code).toBe('forbidden');
    const outside = await outsider.post(`/api/v1/assignments/${id}/acknowledge`);
    expect(outside.statusCode).toBe(403);
    expect((await stateOf(id)).acknowledged_at).toBeNull();
    expect(await auditSize()).toBe(before);
  });
});

describe('progress reports', () => {
  it('refuses a status and percent that contradict each other, storing nothing', async () => {
    const id = await cell('2');
    const before = await stateOf(id);
    const done50 = await secretary.post(`/api/v1/assignments/${id}/progress`, { status: 'done', percent: 50 });
    expect(done50.statusCode).toBe(422);
    expect(done50.json().detail).toBe('Nhiệm vụ đã hoàn thành thì tỷ lệ phải là 100%.');
    const noPercent = await secretary.post(`/api/v1/assignments/${id}/progress`, { status: 'in_progress' });
    expect(noPercent.statusCode).toBe(422);
    expect(noPercent.json().detail).toBe('Cần nhập tỷ lệ hoàn thành.');
    const future = await secretary.post(`/api/v1/assignments/${id}/progress`, { status: 'in_progress', percent: 10, reportedOn: addDays(today, 2) });
    expect(future.statusCode).toBe(422);
    expect(future.json().detail).toBe(`Ngày báo cáo không được sau ngày hôm nay (${ddmmyyyy(today)}).`);
    const badLink = await secretary.post(`/api/v1/assignments/${id}/progress`, { status: 'in_progress', percent: 10, evidenceLinks: ['javascript:alert(1)'] });
    expect(badLink.statusCode).toBe(400);
    expect(await reportsOf(id)).toBe(0);
    expect(await stateOf(id)).toEqual(before);
  });

  it('refuses an account not assigned, and a member without the right to report', async () => {
    const id = await cell('2');
    const before = await auditSize();
    const outside = await outsider.post(`/api/v1/assignments/${id}/progress`, { status: 'in_progress', percent: 30 });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('out_of_scope');
    const inside = await member.post(`/api/v1/assignments/${id}/progress`, { status: 'in_progress', percent: 30 });
    expect(inside.statusCode).toBe(403);
    expect(await reportsOf(id)).toBe(0);
    expect((await stateOf(id)).status).toBe('not_started');
    expect(await auditSize()).toBe(before);
  });

  it('stores a report as the current state (acknowledging on the way) and keeps the history', async () => {
    const id = await cell('2');
    const first = await secretary.post(`/api/v1/assignments/${id}/progress`, {
      status: 'in_progress',
      percent: 40,
      note: 'Đã tổ chức 2 buổi sinh hoạt chuyên đề.',
      evidenceLinks: ['https://example.vn/tin-tuc/sinh-hoat'],
      reportedOn: addDays(today, -1),
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'in_progress', percent: 40, reportedOn: addDays(today, -1), reportedBy: 'Bí thư Chi bộ Văn phòng Sở', evidenceLinks: ['https://example.vn/tin-tuc/sinh-hoat'], files: [] });
    const done = await secretary.post(`/api/v1/assignments/${id}/progress`, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', percent: 100, reportedOn: today });
    const state = await stateOf(id);
    expect(state).toMatchObject({ status: 'done', percent: 100 });
    expect(state.acknowledged_at).not.toBeNull();
    expect(state.last_reported_at).not.toBeNull();

    const detail = (await secretary.get(`/api/v1/assignments/${id}`)).json();
    expect(detail.reports.map((r: { percent: number }) => r.percent)).toEqual([100, 40]);
    expect(detail).toMatchObject({ dueState: 'done', task: { code: '2', timeframe: { end: addDays(today, 3) } }, implementedBy: [], implementedByHidden: 0 });
    const counts = (await secretary.get(`/api/v1/assignments?documentId=${plan.id}`)).json().counts;
    expect(counts).toMatchObject({ done: 1, due_soon: 0, unacknowledged: 2 });
  });

  it('takes evidence files recognized by their content, from the assigned unit only', async () => {
    const id = await cell('3');
    const reportId = (await secretary.post(`/api/v1/assignments/${id}/progress`, { status: 'in_progress', percent: 20 })).json().id;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR anh chup bien ban')]);
    const photo = await secretary.upload(`/api/v1/progress-reports/${reportId}/files`, 'bien-ban.png', png);
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({ filename: 'bien-ban.png', contentType: 'image/png', sizeBytes: png.length });
    const disguised = await secretary.upload(`/api/v1/progress-reports/${reportId}/files`, 'bao-cao.pdf', 'MZ not a pdf at all');
    expect(disguised.statusCode).toBe(422);
    expect(disguised.json().detail).toBe('Chỉ nhận tệp .pdf, .docx, .xlsx, .jpg, .jpeg, .png.');
    const foreign = await outsider.upload(`/api/v1/progress-reports/${reportId}/files`, 'bao-cao.pdf', '%PDF-1.4 tu don vi khac');
    expect(foreign.statusCode).toBe(403);

    const detail = (await secretary.get(`/api/v1/assignments/${id}`)).json();
    expect(detail.reports[0].files.map((file: { filename: string }) => file.filename)).toEqual(['bien-ban.png']);
    const download = await staff.get(`/api/v1/files/${photo.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(Buffer.from(download.rawPayload).equals(png)).toBe(true);
  });

  it('refuses progress on a superseded version; the new version carries the state over', async () => {
    const id = await cell('2');
    const version = (await staff.post(`/api/v1/documents/${plan.id}/versions`)).json();
    expect((await leader.post(`/api/v1/documents/${version.id}/issue`, {})).statusCode).toBe(200);
    const stale = await secretary.post(`/api/v1/assignments/${id}/progress`, { status: 'in_progress', percent: 60 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toBe('Kế hoạch này đã được thay thế bằng phiên bản mới.');
    expect((await secretary.post(`/api/v1/assignments/${await cell('4')}/acknowledge`)).statusCode).toBe(409);
    expect((await secretary.get(`/api/v1/assignments?documentId=${plan.id}`)).json().items).toEqual([]);
    const current = (await secretary.get(`/api/v1/assignments?documentId=${version.id}`)).json();
    expect(current.items.find((item: { task: { code: string } }) => item.task.code === '2')).toMatchObject({ status: 'done', percent: 100 });
    const detail = (await secretary.get(`/api/v1/assignments/${id}`)).json();
    expect(detail.allowed).toEqual({ acknowledge: false, report: false, remind: false });
  });
});
