import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsTemplateInput } from '../../../domain/reports/test-fixtures.ts';
import { docxToText } from '../../../importer/docx.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import * as rq from './report-queries.ts';
import { keepRollupSummaries } from './rollup-keeping.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
let member: Client;
let viewer: Client;
let bloc: string;
let base: string;
let cell1: string;
let cell2: string;
let templateId: string;

const period = '2026-Q3';
const withPrefill = {
  ...meetingsTemplateInput,
  fields: meetingsTemplateInput.fields.map((field) => (field.key === 'members' ? { ...field, prefill: 'members' as const } : field)),
};
const valid = { members: 10, attended: 8, thematic_held: true, highlights: 'Học tập Nghị quyết.' };

beforeAll(async () => {
  t = await createTestApp();
  [staff, leader, secretary, member, viewer] = await Promise.all([t.signIn('chuyenvien'), t.signIn('lanhdao'), t.signIn('bithu'), t.signIn('dangvien'), t.signIn('kiemtra')]);
  [bloc, base, cell1, cell2] = await Promise.all([t.unitId('DUK'), t.unitId('SGDDT'), t.unitId('SGDDT-CB1'), t.unitId('SGDDT-CB2')]);
  const created = await staff.post('/api/v1/report-templates', { unitId: bloc, definition: withPrefill });
  expect(created.statusCode).toBe(201);
  templateId = created.json().id;
});
afterAll(() => t.close());

const open = (client: Client, unitId: string, at = period) => client.post('/api/v1/reports', { templateId, unitId, period: at });
const auditActions = async (id: string) => (await t.db.selectFrom('audit_entries').select(['action']).where('entity_id', '=', id).orderBy('occurred_at').execute()).map((row) => row.action);
const countWhere = async (table: 'report_events' | 'audit_entries', column: 'report_id' | 'entity_id', id: string) =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}`.execute(t.db)).rows[0]!.n);
/** Moves a first submission into the past: the clock cannot be turned back in a test. */
const submittedOn = (id: string, day: string) =>
  sql`UPDATE reports SET first_submitted_at = ${`${day}T09:00:00+07:00`}::timestamptz, submitted_at = ${`${day}T09:00:00+07:00`}::timestamptz WHERE id = ${id}`.execute(t.db);

describe('a report from opening to approval', () => {
  let reportId: string;

  it('opens a prefilled draft once, for the reporting unit only', async () => {
    const opened = await open(secretary, cell1);
    expect(opened.statusCode).toBe(200);
    const report = opened.json();
    reportId = report.id;
    const members = await t.db.selectFrom('org_units').select(['direct_party_members']).where('id', '=', cell1).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ state: 'draft', period, periodLabel: 'Quý III/2026', deadline: '2026-10-05', receiverUnitId: base, status: 'overdue', version: 1 });
    expect(report.values).toEqual({ members: members.direct_party_members });
    expect(report.prefilled).toEqual(['members']);
    expect(report.actions).toEqual(['save_draft', 'submit']);
    expect(report.errors.map((error: { path: string[] }) => error.path[0])).toContain('attended');

    expect((await open(secretary, cell1)).json().id).toBe(reportId);
    expect(await t.db.selectFrom('reports').select('id').where('unit_id', '=', cell1).execute()).toHaveLength(1);
  });

  it('refuses a unit or a period that is not the reporter’s', async () => {
    expect((await open(secretary, cell2)).statusCode).toBe(403);
    expect((await open(member, cell1)).statusCode).toBe(403);
    const future = await open(secretary, cell1, '2027-Q2');
    expect(future.statusCode).toBe(422);
    expect(future.json().detail).toContain('chưa bắt đầu');
    expect((await open(secretary, cell1, '2026-10')).statusCode).toBe(422);
    const notReporter = await open(staff, base);
    expect(notReporter.statusCode).toBe(422);
    expect(notReporter.json().detail).toContain('không thuộc diện báo cáo');
  });

  it('keeps an invalid draft and refuses to submit it, naming each field', async () => {
    const saved = await secretary.put(`/api/v1/reports/${reportId}`, { values: { members: -1, attended: 'nhiều', unknown: 1 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().values).toEqual({ members: -1, attended: 'nhiều' });
    expect(saved.json().errors.length).toBeGreaterThanOrEqual(2);

    const refused = await secretary.post(`/api/v1/reports/${reportId}/submit`, { values: { members: 5, attended: 9, thematic_held: true } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((error: { path: string }) => error.path)).toContain('attended');
    const kept = (await secretary.get(`/api/v1/reports/${reportId}`)).json();
    expect(kept).toMatchObject({ state: 'draft', values: { members: 5, attended: 9, thematic_held: true } });
  });

  it('submits, returns with a comment, resubmits keeping the first submission, approves and locks', async () => {
    const submitted = await secretary.post(`/api/v1/reports/${reportId}/submit`, { values: valid });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ state: 'submitted', status: 'late', values: valid, errors: [] });
    const first = submitted.json().firstSubmittedAt;
    expect((await secretary.put(`/api/v1/reports/${reportId}`, { values: { members: 1 } })).statusCode).toBe(409);

    expect((await staff.post(`/api/v1/reports/${reportId}/return`, { comment: '' })).statusCode).toBe(400);
    const returned = await staff.post(`/api/v1/reports/${reportId}/return`, { comment: 'Bổ sung số liệu tham dự.' });
    expect(returned.json()).toMatchObject({ state: 'returned', comment: 'Bổ sung số liệu tham dự.' });

    const again = await secretary.post(`/api/v1/reports/${reportId}/submit`, {});
    expect(again.json()).toMatchObject({ state: 'submitted', firstSubmittedAt: first, comment: null });

    expect((await staff.post(`/api/v1/reports/${reportId}/approve`, {})).statusCode).toBe(403);
    expect((await secretary.post(`/api/v1/reports/${reportId}/approve`, {})).statusCode).toBe(403);
    const approved = await leader.post(`/api/v1/reports/${reportId}/approve`, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', actions: ['reopen'] });
    expect((await secretary.post(`/api/v1/reports/${reportId}/submit`, { values: valid })).statusCode).toBe(409);
    expect((await secretary.upload(`/api/v1/reports/${reportId}/files`, 'a.pdf', '%PDF-1.4\n%%EOF')).statusCode).toBe(409);
  });

  it('reopens only with a reason, recorded in the history and the audit log', async () => {
    expect((await leader.post(`/api/v1/reports/${reportId}/reopen`, { reason: ' ' })).statusCode).toBe(400);
    const reopened = await leader.post(`/api/v1/reports/${reportId}/reopen`, { reason: 'Sai số đảng viên.' });
    expect(reopened.json()).toMatchObject({ state: 'returned', comment: 'Sai số đảng viên.' });
    expect(reopened.json().history.map((entry: { action: string }) => entry.action)).toEqual(['open', 'submit', 'return', 'submit', 'approve', 'reopen']);
    expect(await auditActions(reportId)).toEqual(['open', 'save_draft', 'save_draft', 'submit', 'return', 'submit', 'approve', 'reopen']);
    const audit = await t.db.selectFrom('audit_entries').select(['after']).where('entity_id', '=', reportId).where('action', '=', 'reopen').executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('Sai số đảng viên.');
    await secretary.post(`/api/v1/reports/${reportId}/submit`, {});
    expect((await leader.post(`/api/v1/reports/${reportId}/approve`, {})).json().state).toBe('approved');
  });

  it('lets viewers read, members not', async () => {
    expect((await viewer.get(`/api/v1/reports/${reportId}`)).json().actions).toEqual([]);
    expect((await member.get(`/api/v1/reports/${reportId}`)).statusCode).toBe(403);
  });

  it('attaches, lists and removes a file while the report is being written', async () => {
    const draft = (await open(staff, cell2)).json();
    const attached = await staff.upload(`/api/v1/reports/${draft.id}/files`, 'bien-ban.pdf', '%PDF-1.4\n1 0 obj\n%%EOF');
    expect(attached.statusCode).toBe(201);
    const file = attached.json().files[0];
    expect(file).toMatchObject({ filename: 'bien-ban.pdf', contentType: 'application/pdf' });
    expect((await staff.upload(`/api/v1/reports/${draft.id}/files`, 'fake.pdf', 'not a pdf')).statusCode).toBe(422);
    expect((await viewer.get(`/api/v1/reports/${draft.id}/files/${file.id}`)).statusCode).toBe(200);
    expect((await staff.delete(`/api/v1/reports/${draft.id}/files/${file.id}`)).json().files).toEqual([]);
  });
});

describe('roll-up, completeness and timeliness', () => {
  it('aggregates the sent reports of a node, with its children for drill-down', async () => {
    const second = (await open(staff, cell2)).json();
    await staff.post(`/api/v1/reports/${second.id}/submit`, { values: { members: 20, attended: 12, thematic_held: false } });
    await submittedOn(second.id, '2026-10-02');
    const third = (await open(staff, await t.unitId('SGDDT-CB3'))).json();
    await staff.put(`/api/v1/reports/${third.id}`, { values: { members: 100, attended: 100 } });

    const response = await staff.get(`/api/v1/reports/rollup?templateId=${templateId}&unitId=${base}&period=${period}`);
    expect(response.statusCode).toBe(200);
    const view = response.json();
    const figure = (key: string) => view.aggregate.fields.find((field: { key: string }) => field.key === key);
    // The draft of CB3 is not counted.
    expect(view.aggregate.reports).toBe(2);
    expect(view.approved).toBe(1);
    expect(figure('members')).toMatchObject({ value: 30, contributors: 2 });
    expect(figure('attendance_rate')).toMatchObject({ value: 66.7, numerator: 20, denominator: 30 });
    expect(figure('thematic_held')).toMatchObject({ value: 1, contributors: 2 });
    expect(figure('score')).toMatchObject({ value: null, contributors: 0 });

    const cells = await t.db.selectFrom('org_units').select('id').where('parent_id', '=', base).where('kind', '=', 'cell').where('is_active', '=', true).execute();
    expect(view.completeness.overall).toMatchObject({ expected: cells.length, submitted: 2, onTime: 1, late: 1, missing: cells.length - 2 });
    expect(view.completeness.late.map((item: { unitId: string }) => item.unitId)).toEqual([cell1]);
    expect(view.completeness.missing).toHaveLength(cells.length - 2);
    expect(view.own).toBeNull();
    const child = view.children.find((item: { unitId: string }) => item.unitId === cell2);
    expect(child).toMatchObject({ state: 'submitted', tally: { expected: 1, onTime: 1 } });
    expect(child.fields.find((field: { key: string }) => field.key === 'members').value).toBe(20);

    const above = (await leader.get(`/api/v1/reports/rollup?templateId=${templateId}&unitId=${bloc}&period=${period}`)).json();
    const branch = above.children.find((item: { unitId: string }) => item.unitId === base);
    expect(branch.tally).toMatchObject({ expected: cells.length, submitted: 2, completeness: Math.round((2 / cells.length) * 1000) / 10 });
    expect(above.aggregate.fields.find((field: { key: string }) => field.key === 'members').value).toBe(30);
  });

  it('keeps each subtree’s summary, and drops it when a report under it or the tree changes', async () => {
    const rollupOfBloc = async () => (await leader.get(`/api/v1/reports/rollup?templateId=${templateId}&unitId=${bloc}&period=${period}`)).json();
    const members = (view: { aggregate: { fields: { key: string; value: number }[] } }) => view.aggregate.fields.find((field) => field.key === 'members')!.value;
    // A change in the last minutes keeps a summary from being kept: these reports were sent, and the tree set up, long ago.
    const longAgo = async () => {
      await sql`UPDATE reports SET updated_at = now() - interval '1 hour' WHERE template_id = ${templateId}`.execute(t.db);
      await sql`UPDATE org_units SET updated_at = now() - interval '1 hour'`.execute(t.db);
    };
    /** Changes a sent report behind the service's back: only a fresh computation sees it. */
    const alterBehindTheBack = (members: number) => sql`UPDATE reports SET values = values || jsonb_build_object('members', ${members}::int) WHERE unit_id = ${cell2} AND template_id = ${templateId}`.execute(t.db);
    await longAgo();

    const first = await rollupOfBloc();
    const kept = await t.db.selectFrom('report_rollup_summaries').select('unit_id').where('template_id', '=', templateId).execute();
    expect(kept.map((row) => row.unit_id)).toEqual(expect.arrayContaining([bloc, base]));
    await alterBehindTheBack(25);
    expect(await rollupOfBloc()).toEqual(first);

    const third = (await open(staff, await t.unitId('SGDDT-CB3'))).json();
    expect((await staff.post(`/api/v1/reports/${third.id}/submit`, { values: { ...valid, members: 100, attended: 100 } })).statusCode).toBe(200);
    const dropped = await t.db.selectFrom('report_rollup_summaries').select('unit_id').where('template_id', '=', templateId).where('unit_id', 'in', [bloc, base]).execute();
    expect(dropped).toEqual([]);
    expect(members(await rollupOfBloc())).toBe(10 + 25 + 100);

    await longAgo();
    await rollupOfBloc();
    const keptUnits = async () => (await t.db.selectFrom('report_rollup_summaries').select('unit_id').where('template_id', '=', templateId).execute()).map((row) => row.unit_id).sort();
    const keptBefore = await keptUnits();
    expect(keptBefore).toEqual(expect.arrayContaining([bloc, base]));
    await alterBehindTheBack(20);
    expect(members(await rollupOfBloc())).toBe(135);
    // A change of the tree drops the summaries around the unit only: the other base organizations' stay.
    expect((await (await t.signIn('quantri')).patch(`/api/v1/units/${cell2}`, { name: 'Chi bộ Văn phòng Sở (đổi tên)' })).statusCode).toBe(200);
    const keptAfter = await keptUnits();
    expect(keptAfter).toEqual(keptBefore.filter((unitId) => unitId !== bloc && unitId !== base));
    expect(members(await rollupOfBloc())).toBe(10 + 20 + 100);
    // Right after a change of the tree nothing is kept: a read begun before it may have seen the old tree.
    expect(await keptUnits()).toEqual(keptAfter);
    const back = (await staff.post(`/api/v1/reports/${third.id}/return`, { comment: 'Số liệu chưa khớp.' })).json();
    expect(back.state).toBe('returned');
    expect(members(await rollupOfBloc())).toBe(30);
  });

  it('refuses the roll-up to a member and a wrong period', async () => {
    expect((await member.get(`/api/v1/reports/rollup?templateId=${templateId}&unitId=${cell1}&period=${period}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/reports/rollup?templateId=${templateId}&unitId=${base}&period=2026-H1`)).statusCode).toBe(422);
  });

  it('exports the roll-up to .xlsx', async () => {
    const response = await staff.get(`/api/v1/reports/rollup.xlsx?templateId=${templateId}&unitId=${base}&period=${period}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const figures = workbook.getWorksheet('Tổng hợp')!;
    const members = figures.getRows(2, figures.rowCount - 1)!.find((row) => row.getCell(1).value === 'Tổng số đảng viên')!;
    expect(members.getCell(2).value).toBe(30);
    const byUnit = workbook.getWorksheet('Theo đơn vị')!;
    expect(byUnit.rowCount).toBeGreaterThan(2);
  });

  it('lists received reports for the receiving unit and those above it', async () => {
    const received = await staff.get(`/api/v1/reports/received?unitId=${base}&state=submitted`);
    expect(received.statusCode).toBe(200);
    expect(received.json().map((item: { unitId: string }) => item.unitId)).toEqual([cell2]);
    expect((await secretary.get(`/api/v1/reports/received?unitId=${cell1}`)).statusCode).toBe(403);
  });

  it("lists a unit's due reports for the year with their state", async () => {
    const due = (await secretary.get(`/api/v1/reports/due?unitId=${cell1}&year=2026`)).json();
    const ours = due.filter((item: { templateId: string }) => item.templateId === templateId);
    expect(ours.map((item: { period: string }) => item.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(ours[2]).toMatchObject({ state: 'approved', status: 'late' });
    expect(ours[3]).toMatchObject({ reportId: null, status: 'pending', deadline: '2027-01-05' });
  });

  it('refuses a new version that would drop a field holding data', async () => {
    const next = { ...withPrefill, fields: withPrefill.fields.filter((field) => field.key !== 'score' && field.key !== 'thematic_held') };
    const refused = await staff.post(`/api/v1/report-templates/${templateId}/versions`, { definition: next });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json().errors)).toContain('Đã sinh hoạt chuyên đề trong quý');
  });
});

describe('approval with reports below missing', () => {
  it('needs the approver to accept the gap', async () => {
    const definition = { ...meetingsTemplateInput, name: 'Báo cáo hai cấp', reporters: { by: 'unit_kind', kinds: ['base_committee', 'cell'] } };
    const id = (await staff.post('/api/v1/report-templates', { unitId: bloc, definition })).json().id;
    const report = (await staff.post('/api/v1/reports', { templateId: id, unitId: base, period })).json();
    expect(report.receiverUnitId).toBe(bloc);
    await staff.post(`/api/v1/reports/${report.id}/submit`, { values: valid });
    const pending = (await leader.get(`/api/v1/reports/${report.id}`)).json();
    expect(pending.missingBelow).toBeGreaterThan(0);
    const refused = await leader.post(`/api/v1/reports/${report.id}/approve`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('chưa được duyệt');
    const approved = await leader.post(`/api/v1/reports/${report.id}/approve`, { acceptGap: true });
    expect(approved.json().state).toBe('approved');
    expect(approved.json().history.at(-1).comment).toContain(`còn thiếu ${pending.missingBelow} báo cáo`);
  });
});

describe('reviews (sơ kết, tổng kết)', () => {
  it('drafts a review from the roll-up, saves edits, refuses a stale save and exports .docx', async () => {
    const created = await staff.post('/api/v1/reviews', { unitId: base, templateId, kind: 'so_ket', fromPeriod: '2026-Q1', toPeriod: period });
    expect(created.statusCode).toBe(201);
    const review = created.json();
    expect(review.title).toBe('Báo cáo sơ kết báo cáo sinh hoạt chi bộ hằng quý từ quý I/2026 đến quý III/2026');
    expect(review.sections[0].text).toContain('đã nộp: 3') // CB3 was sent (then returned) in the roll-up tests;
    expect(review.sections.map((section: { heading: string }) => section.heading)).toContain('Kết quả thực hiện (số liệu tổng hợp)');
    expect(JSON.stringify(review.sections)).toContain('Học tập Nghị quyết.');
    expect(review.figures.fields.find((field: { key: string }) => field.key === 'members').value).toBe(30);

    const sections = [...review.sections.slice(0, -1), { heading: 'Phương hướng, nhiệm vụ thời gian tới', text: 'Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.' }];
    const saved = await staff.put(`/api/v1/reviews/${review.id}`, { title: review.title, sections, updatedAt: review.updatedAt });
    expect(saved.statusCode).toBe(200);
    expect((await staff.put(`/api/v1/reviews/${review.id}`, { title: 'Khác', sections, updatedAt: review.updatedAt })).statusCode).toBe(409);
    expect((await staff.put(`/api/v1/reviews/${review.id}`, { title: '', sections })).statusCode).toBe(400);
    expect((await staff.get(`/api/v1/reviews?unitId=${base}`)).json().map((item: { id: string }) => item.id)).toContain(review.id);

    const docx = await staff.get(`/api/v1/reviews/${review.id}/docx`);
    expect(docx.statusCode).toBe(200);
    const text = await docxToText(docx.rawPayload);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.');
    expect(text).toContain('BẢNG SỐ LIỆU TỔNG HỢP');
  });

  it('refuses a span backwards and a member', async () => {
    const backwards = await staff.post('/api/v1/reviews', { unitId: base, templateId, kind: 'tong_ket', fromPeriod: '2026-Q3', toPeriod: '2026-Q1' });
    expect(backwards.statusCode).toBe(422);
    expect((await member.post('/api/v1/reviews', { unitId: cell1, templateId, kind: 'so_ket', fromPeriod: period, toPeriod: period })).statusCode).toBe(403);
  });
});

// Last: these open reports of another quarter, which the counts above do not expect.
describe('a step against another change of the same report', () => {
  it('lets one of two submissions at once through and refuses the other on the state it would change', async () => {
    const draft = (await open(secretary, cell1, '2026-Q2')).json();
    const answers = await Promise.all([0, 1].map(() => secretary.post(`/api/v1/reports/${draft.id}/submit`, { values: valid })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)!.json().code).toBe('report_action_refused');
    const history = await t.db.selectFrom('report_events').select('action').where('report_id', '=', draft.id).where('action', '=', 'submit').execute();
    expect(history).toHaveLength(1);
    expect((await auditActions(draft.id)).filter((action) => action === 'submit')).toHaveLength(1);
  });

  it('writes nothing, neither the change nor its history line nor its audit entry, for a report that changed since it was read', async () => {
    const draft = (await open(staff, cell2, '2026-Q2')).json();
    const { tenant_id: tenantId } = await t.db.selectFrom('reports').select('tenant_id').where('id', '=', draft.id).executeTakeFirstOrThrow();
    const read = await rq.findReport(t.db, tenantId, draft.id);
    expect((await staff.put(`/api/v1/reports/${draft.id}`, { values: { members: 3 } })).statusCode).toBe(200);
    const before = { events: await countWhere('report_events', 'report_id', draft.id), audit: await countWhere('audit_entries', 'entity_id', draft.id) };
    const changed = await rq.changeReport(t.db, {
      id: draft.id,
      tenantId,
      rowVersion: read!.row_version,
      patch: { state: 'submitted', values: valid, submitted: new Date(), userId: tenantId },
      event: { action: 'submit', comment: null },
      audit: { tenantId, actorUserId: null, action: 'submit', entityType: 'report', entityId: draft.id, unitPath: read!.unit_path, before: null, after: null },
      staleSummaries: null,
    });
    expect(changed).toBeNull();
    const after = await t.db.selectFrom('reports').select(['state', 'values']).where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ state: 'draft', values: { members: 3 } });
    expect({ events: await countWhere('report_events', 'report_id', draft.id), audit: await countWhere('audit_entries', 'entity_id', draft.id) }).toEqual(before);
  });
});

describe('the hourly job that keeps roll-up summaries', () => {
  it('keeps each template’s roll-up at its unit for the current and the previous period, the same as computed on reading', async () => {
    const read = async () => (await staff.get(`/api/v1/reports/rollup?templateId=${templateId}&unitId=${bloc}&period=${period}`)).json();
    const kept = () => t.db.selectFrom('report_rollup_summaries').select(['period', 'unit_id']).where('template_id', '=', templateId).execute();
    // Nothing is kept within minutes of a change: these reports were sent, and the tree set up, long ago.
    await sql`UPDATE reports SET updated_at = now() - interval '1 hour' WHERE template_id = ${templateId}`.execute(t.db);
    await sql`UPDATE org_units SET updated_at = now() - interval '1 hour'`.execute(t.db);
    await t.db.deleteFrom('report_rollup_summaries').where('template_id', '=', templateId).execute();
    const computedOnReading = await read();
    await t.db.deleteFrom('report_rollup_summaries').where('template_id', '=', templateId).execute();

    const done = await keepRollupSummaries(t.db, { today: '2026-12-06' });
    expect(done.rollups).toBeGreaterThanOrEqual(2);
    const children = await t.db.selectFrom('org_units').select('id').where('parent_id', '=', bloc).where('is_active', '=', true).execute();
    for (const quarter of ['2026-Q3', '2026-Q4']) {
      const units = (await kept()).filter((row) => row.period === quarter).map((row) => row.unit_id);
      expect(units.sort()).toEqual([bloc, ...children.map((child) => child.id)].sort());
    }
    expect(await read()).toEqual(computedOnReading);
  });
});
