import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsTemplateInput } from '../../domain/reports/test-fixtures.ts';
import { createTestApp, type Client, type TestApp } from '../testing/harness.ts';

/**
 * Every endpoint, called by accounts scoped to one subtree (Sở Giáo dục và Đào tạo) on
 * things in another subtree (Sở Tư pháp): each is refused and nothing is written.
 */
let t: TestApp;
let scopedAdmin: Client;
let scopedStaff: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.signIn('quantri');
  const own = await t.unitId('SGDDT');
  for (const [login, role] of [['admin.sgddt', 'admin'], ['staff.sgddt', 'staff']] as const) {
    await root.post('/api/v1/accounts', { login, displayName: login, homeUnitId: own, password: 'Mat-khau-2026', grants: [{ unitId: own, role }] });
  }
  scopedAdmin = await t.signIn('admin.sgddt', 'Mat-khau-2026');
  scopedStaff = await t.signIn('staff.sgddt', 'Mat-khau-2026');
  ids.outsideUnit = await t.unitId('STP');
  ids.outsideCell = await t.unitId('STP-CB1');
  ids.ownUnit = own;
  ids.ownCell = await t.unitId('SGDDT-CB2');
  const outsidePerson = (await root.get(`/api/v1/people?unitId=${ids.outsideCell}`)).json().items[0];
  ids.outsidePerson = outsidePerson.id;
  ids.outsideMembership = outsidePerson.memberships[0].id;
  ids.outsideAccount = (await root.get('/api/v1/accounts?search=lanhdao')).json()[0].id;
  ids.outsideGrant = (await root.get('/api/v1/accounts?search=lanhdao')).json()[0].grants[0].id;
  // A plan of Sở Tư pháp giving its cell a task, with a progress report, and a draft of it.
  const plan = (await root.post('/api/v1/documents', { issuerUnitIds: [ids.outsideUnit], typeCode: 'KH', title: 'Kế hoạch của Sở Tư pháp' })).json();
  ids.outsidePlan = plan.id;
  ids.outsideTask = (await root.post(`/api/v1/documents/${plan.id}/tasks`, { code: '1', title: 'Việc của chi bộ', units: [{ unitId: ids.outsideCell, role: 'lead' }] })).json().id;
  await (await t.signIn('lanhdao')).post(`/api/v1/documents/${plan.id}/issue`, {});
  ids.outsideAssignment = (await root.get(`/api/v1/assignments?unitId=${ids.outsideCell}&documentId=${plan.id}`)).json().items[0].id;
  ids.outsideReport = (await root.post(`/api/v1/assignments/${ids.outsideAssignment}/progress`, { status: 'in_progress', percent: 10 })).json().id;
  const draft = (await root.post('/api/v1/documents', { issuerUnitIds: [ids.outsideUnit], typeCode: 'KH', title: 'Dự thảo của Sở Tư pháp' })).json();
  ids.outsideDraftTask = (await root.post(`/api/v1/documents/${draft.id}/tasks`, { code: '1', title: 'Việc' })).json().id;
  // A report template of Sở Tư pháp, its cell's submitted report and a review of it.
  ids.outsideTemplate = (await root.post('/api/v1/report-templates', { unitId: ids.outsideUnit, definition: meetingsTemplateInput })).json().id;
  ids.outsideReport2 = (await root.post('/api/v1/reports', { templateId: ids.outsideTemplate, unitId: ids.outsideCell, period: '2026-Q3' })).json().id;
  await root.post(`/api/v1/reports/${ids.outsideReport2}/submit`, { values: { members: 3, attended: 3, thematic_held: true } });
  ids.outsideReview = (await root.post('/api/v1/reviews', { unitId: ids.outsideUnit, templateId: ids.outsideTemplate, kind: 'so_ket', fromPeriod: '2026-Q3', toPeriod: '2026-Q3' })).json().id;
});
afterAll(() => t.close());

const auditSize = async () => Number((await t.db.selectFrom('audit_entries').select((eb) => eb.fn.countAll().as('n')).where('action', '!=', 'sign_in').executeTakeFirstOrThrow()).n);

type Call = [string, (c: Client) => ReturnType<Client['get']>];

const reads: Call[] = [
  ['GET /units/:id', (c) => c.get(`/api/v1/units/${ids.outsideUnit}`)],
  ['GET /units/:id/children', (c) => c.get(`/api/v1/units/${ids.outsideUnit}/children`)],
  ['GET /people?unitId', (c) => c.get(`/api/v1/people?unitId=${ids.outsideCell}`)],
  ['GET /people/:id', (c) => c.get(`/api/v1/people/${ids.outsidePerson}`)],
  ['GET /audit?unitId', (c) => c.get(`/api/v1/audit?unitId=${ids.outsideUnit}`)],
  ['GET /overdue?unitId', (c) => c.get(`/api/v1/overdue?unitId=${ids.outsideUnit}`)],
  ['GET /assignments?unitId', (c) => c.get(`/api/v1/assignments?unitId=${ids.outsideCell}`)],
  ['GET /assignments/:id', (c) => c.get(`/api/v1/assignments/${ids.outsideAssignment}`)],
  ['GET /documents/:id/board', (c) => c.get(`/api/v1/documents/${ids.outsidePlan}/board`)],
  ['GET /documents/:id/tasks.xlsx', (c) => c.get(`/api/v1/documents/${ids.outsidePlan}/tasks.xlsx`)],
  ['GET /tasks/:id/cascade', (c) => c.get(`/api/v1/tasks/${ids.outsideTask}/cascade`)],
  ['GET /report-templates?unitId', (c) => c.get(`/api/v1/report-templates?unitId=${ids.outsideUnit}`)],
  ['GET /report-templates/:id', (c) => c.get(`/api/v1/report-templates/${ids.outsideTemplate}`)],
  ['GET /reports/due', (c) => c.get(`/api/v1/reports/due?unitId=${ids.outsideCell}&year=2026`)],
  ['GET /reports/received', (c) => c.get(`/api/v1/reports/received?unitId=${ids.outsideUnit}`)],
  ['GET /reports/rollup', (c) => c.get(`/api/v1/reports/rollup?templateId=${ids.outsideTemplate}&unitId=${ids.outsideUnit}&period=2026-Q3`)],
  ['GET /reports/rollup.xlsx', (c) => c.get(`/api/v1/reports/rollup.xlsx?templateId=${ids.outsideTemplate}&unitId=${ids.outsideUnit}&period=2026-Q3`)],
  ['GET /reports/:id', (c) => c.get(`/api/v1/reports/${ids.outsideReport2}`)],
  ['GET /reviews?unitId', (c) => c.get(`/api/v1/reviews?unitId=${ids.outsideUnit}`)],
  ['GET /reviews/:id', (c) => c.get(`/api/v1/reviews/${ids.outsideReview}`)],
  ['GET /reviews/:id/docx', (c) => c.get(`/api/v1/reviews/${ids.outsideReview}/docx`)],
];

const writes: Call[] = [
  ['POST /units', (c) => c.post('/api/v1/units', { parentId: ids.outsideUnit, kind: 'cell', name: 'Xâm nhập' })],
  ['PATCH /units/:id', (c) => c.patch(`/api/v1/units/${ids.outsideCell}`, { name: 'Đổi tên' })],
  ['POST /units/:id/move (outside unit)', (c) => c.post(`/api/v1/units/${ids.outsideCell}/move`, { newParentId: ids.ownUnit })],
  ['POST /units/:id/move (outside target)', (c) => c.post(`/api/v1/units/${ids.ownCell}/move`, { newParentId: ids.outsideUnit })],
  ['POST /units/:id/deactivate', (c) => c.post(`/api/v1/units/${ids.outsideCell}/deactivate`)],
  ['POST /units/:id/reactivate', (c) => c.post(`/api/v1/units/${ids.outsideCell}/reactivate`)],
  ['POST /people', (c) => c.post('/api/v1/people', { fullName: 'Người ngoài', unitId: ids.outsideCell, partyStatus: 'full' })],
  ['PATCH /people/:id', (c) => c.patch(`/api/v1/people/${ids.outsidePerson}`, { phone: '0900000000' })],
  ['POST /people/:id/memberships', (c) => c.post(`/api/v1/people/${ids.outsidePerson}/memberships`, { unitId: ids.ownCell })],
  ['PATCH /memberships/:id', (c) => c.patch(`/api/v1/memberships/${ids.outsideMembership}`, { position: 'secretary' })],
  ['POST /memberships/:id/end', (c) => c.post(`/api/v1/memberships/${ids.outsideMembership}/end`, {})],
  ['POST /memberships/:id/transfer', (c) => c.post(`/api/v1/memberships/${ids.outsideMembership}/transfer`, { toUnitId: ids.ownCell })],
  ['POST /people/imports', (c) => c.upload('/api/v1/people/imports', 'x.csv', 'Họ và tên,Mã đơn vị\nNgười ngoài,STP-CB1', { mode: 'valid_only' })],
  ['POST /accounts', (c) => c.post('/api/v1/accounts', { login: 'xamnhap', displayName: 'X', homeUnitId: ids.outsideUnit })],
  ['POST /accounts/:id/grants', (c) => c.post(`/api/v1/accounts/${ids.outsideAccount}/grants`, { unitId: ids.outsideUnit, role: 'admin' })],
  ['DELETE /grants/:id', (c) => c.delete(`/api/v1/grants/${ids.outsideGrant}`)],
  ['POST /accounts/:id/reset-password', (c) => c.post(`/api/v1/accounts/${ids.outsideAccount}/reset-password`)],
  ['POST /accounts/:id/deactivate', (c) => c.post(`/api/v1/accounts/${ids.outsideAccount}/deactivate`)],
  ['POST /accounts/:id/reactivate', (c) => c.post(`/api/v1/accounts/${ids.outsideAccount}/reactivate`)],
  ['POST /assignments/:id/acknowledge', (c) => c.post(`/api/v1/assignments/${ids.outsideAssignment}/acknowledge`)],
  ['POST /assignments/:id/progress', (c) => c.post(`/api/v1/assignments/${ids.outsideAssignment}/progress`, { status: 'done' })],
  ['POST /progress-reports/:id/files', (c) => c.upload(`/api/v1/progress-reports/${ids.outsideReport}/files`, 'minh-chung.pdf', '%PDF-1.4 minh chung')],
  ['POST /report-templates', (c) => c.post('/api/v1/report-templates', { unitId: ids.outsideUnit, definition: meetingsTemplateInput })],
  ['POST /report-templates/:id/versions', (c) => c.post(`/api/v1/report-templates/${ids.outsideTemplate}/versions`, { definition: meetingsTemplateInput })],
  ['POST /report-templates/opinion-summary', (c) => c.post('/api/v1/report-templates/opinion-summary', { unitId: ids.outsideUnit })],
  ['POST /reports', (c) => c.post('/api/v1/reports', { templateId: ids.outsideTemplate, unitId: ids.outsideCell, period: '2026-Q2' })],
  ['PUT /reports/:id', (c) => c.put(`/api/v1/reports/${ids.outsideReport2}`, { values: {} })],
  ['POST /reports/:id/submit', (c) => c.post(`/api/v1/reports/${ids.outsideReport2}/submit`, {})],
  ['POST /reports/:id/return', (c) => c.post(`/api/v1/reports/${ids.outsideReport2}/return`, { comment: 'Sửa' })],
  ['POST /reports/:id/approve', (c) => c.post(`/api/v1/reports/${ids.outsideReport2}/approve`, { acceptGap: true })],
  ['POST /reports/:id/reopen', (c) => c.post(`/api/v1/reports/${ids.outsideReport2}/reopen`, { reason: 'Mở' })],
  ['POST /reports/:id/files', (c) => c.upload(`/api/v1/reports/${ids.outsideReport2}/files`, 'a.pdf', '%PDF-1.4 x')],
  ['POST /reviews', (c) => c.post('/api/v1/reviews', { unitId: ids.outsideUnit, templateId: ids.outsideTemplate, kind: 'tong_ket', fromPeriod: '2026-Q3', toPeriod: '2026-Q3' })],
  ['PUT /reviews/:id', (c) => c.put(`/api/v1/reviews/${ids.outsideReview}`, { title: 'X', sections: [{ heading: 'A', text: '' }] })],
  ['POST /tasks/:id/implement', (c) => c.post(`/api/v1/tasks/${ids.outsideTask}/implement`, { unitId: ids.ownUnit })],
  ['POST /tasks/:id/implements', (c) => c.post(`/api/v1/tasks/${ids.outsideDraftTask}/implements`, { taskId: null })],
  [
    'POST /plan-imports/save',
    (c) =>
      c.post('/api/v1/plan-imports/save', {
        extraction: {
          document: { number: null, typeCode: 'KH', issuerCode: null, kind: 'plan', title: 'Kế hoạch ngoài phạm vi', place: null, issuedOn: null, bases: [], recipients: [], signature: null },
          sections: [],
          tasks: [],
          targets: [],
        },
        issuerUnitIds: [ids.outsideUnit],
        unitMapping: {},
      }),
  ],
];

describe('a subtree admin outside their subtree', () => {
  it.each(reads)('%s is refused', async (_name, call) => {
    const response = await call(scopedAdmin);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('out_of_scope');
  });

  it.each(writes)('%s is refused and writes nothing', async (_name, call) => {
    const before = await auditSize();
    const response = await call(scopedAdmin);
    expect([403, 422]).toContain(response.statusCode);
    expect(await auditSize()).toBe(before);
  });

  it('imports report rows outside the subtree as unknown units', async () => {
    const preview = (await scopedAdmin.upload('/api/v1/people/imports/preview', 'x.csv', 'Họ và tên,Mã đơn vị\nNgười ngoài,STP-CB1')).json();
    expect(preview.rows[0].errors[0].problem).toBe('unknown_unit');
  });

  it('sees only its own subtree in lists and searches', async () => {
    expect((await scopedAdmin.get('/api/v1/units/roots')).json().map((u: { code: string }) => u.code)).toEqual(['SGDDT']);
    expect((await scopedAdmin.get('/api/v1/units?search=tu%20phap')).json()).toEqual([]);
    const people = (await scopedAdmin.get('/api/v1/people?limit=200')).json().items;
    expect(people.every((p: { memberships: { unitName: string }[] }) => p.memberships.some((m) => /Giáo dục|Sở Giáo dục/.test(m.unitName) || m.unitName.startsWith('Chi bộ')))).toBe(true);
    const accounts = (await scopedAdmin.get('/api/v1/accounts')).json();
    expect(accounts.map((a: { login: string }) => a.login).sort()).toEqual(['admin.sgddt', 'bithu', 'dangvien', 'staff.sgddt']);
  });
});

describe('a subtree staff member inside their subtree', () => {
  it.each<Call>([
    ['POST /units', (c) => c.post('/api/v1/units', { parentId: ids.ownUnit, kind: 'cell', name: 'Chi bộ mới' })],
    ['POST /people', (c) => c.post('/api/v1/people', { fullName: 'Người mới', unitId: ids.ownCell, partyStatus: 'full' })],
    ['POST /accounts', (c) => c.post('/api/v1/accounts', { login: 'moi', displayName: 'X', homeUnitId: ids.ownUnit })],
    ['GET /audit', (c) => c.get('/api/v1/audit')],
  ])('%s is refused for lack of the role', async (_name, call) => {
    const response = await call(scopedStaff);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
  });

  it('may read units and people of the subtree', async () => {
    expect((await scopedStaff.get(`/api/v1/units/${ids.ownCell}`)).statusCode).toBe(200);
    expect((await scopedStaff.get(`/api/v1/people?unitId=${ids.ownCell}`)).statusCode).toBe(200);
  });
});

describe('targets and the compliance matrix outside the subtree', () => {
  const year = 2026;
  const definition = () => ({ unitId: ids.outsideUnit, year, text: 'Chỉ tiêu', subjectKind: 'cell', metricKey: 'thematic_meetings_per_cell', comparator: 'gte', value: 1, periodType: 'quarter' });
  beforeAll(async () => {
    const root = await t.signIn('quantri');
    ids.outsideTarget = (await root.post('/api/v1/targets', definition())).json().id;
  });
  const targetCount = async () => Number((await t.db.selectFrom('targets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it.each<Call>([
    ['POST /targets', (c) => c.post('/api/v1/targets', definition())],
    ['PATCH /targets/:id', (c) => c.patch(`/api/v1/targets/${ids.outsideTarget}`, { value: 2 })],
    ['DELETE /targets/:id', (c) => c.delete(`/api/v1/targets/${ids.outsideTarget}`)],
    ['POST /documents/:id/targets/adopt', (c) => c.post(`/api/v1/documents/${ids.outsidePlan}/targets/adopt`)],
    ['GET /targets?unitId', (c) => c.get(`/api/v1/targets?unitId=${ids.outsideUnit}&year=${year}`)],
    ['GET /targets/:id', (c) => c.get(`/api/v1/targets/${ids.outsideTarget}`)],
    ['GET /compliance', (c) => c.get(`/api/v1/compliance?unitId=${ids.outsideUnit}&period=2026-Q3`)],
    ['GET /compliance/detail', (c) => c.get(`/api/v1/compliance/detail?unitId=${ids.outsideUnit}&period=2026-Q3&targetId=${ids.outsideTarget}`)],
    ['GET /compliance/trend', (c) => c.get(`/api/v1/compliance/trend?unitId=${ids.outsideUnit}&targetId=${ids.outsideTarget}&periods=2026-Q3`)],
    ['GET /compliance/export.xlsx', (c) => c.get(`/api/v1/compliance/export.xlsx?unitId=${ids.outsideUnit}&period=2026-Q3`)],
    ['GET /home/duties', (c) => c.get(`/api/v1/home/duties?unitId=${ids.outsideCell}`)],
  ])('%s is refused and writes nothing', async (_name, call) => {
    const [targets, audit] = [await targetCount(), await auditSize()];
    for (const client of [scopedAdmin, scopedStaff]) {
      const response = await call(client);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('out_of_scope');
    }
    expect(await targetCount()).toBe(targets);
    expect(await auditSize()).toBe(audit);
  });
});
