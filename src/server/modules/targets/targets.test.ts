import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf, formatPeriod } from '../../../domain/periods.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { seedDemoPlans } from '../../demo/seed-plans.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { thematicTarget } from '../../testing/targets.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
let member: Client;
let viewer: Client;
let bloc: string;
let base: string;
let cell1: string;
const today = vietnamToday();
const year = Number(today.slice(0, 4));
const quarter = formatPeriod(periodOf('quarter', today));

const thematic = () => thematicTarget(bloc, year);
const targetCount = async () => Number((await t.db.selectFrom('targets').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
const auditActions = async (id: string) => (await t.db.selectFrom('audit_entries').select(['action']).where('entity_id', '=', id).orderBy('occurred_at').execute()).map((row) => row.action);
const thematicHeld = (unitId: string, day: string) =>
  sql`INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, check_in_code, invited_count, attended_count)
      SELECT gen_random_uuid(), tenant_id, id, 'thematic_cell', 'Sinh hoạt chuyên đề', ${`${day}T19:30:00+07:00`}::timestamptz, ${`${day}T21:00:00+07:00`}::timestamptz, 'held', '654321', 10, 9
      FROM org_units WHERE id = ${unitId}`.execute(t.db);

beforeAll(async () => {
  t = await createTestApp();
  [staff, leader, secretary, member, viewer] = await Promise.all([t.signIn('chuyenvien'), t.signIn('lanhdao'), t.signIn('bithu'), t.signIn('dangvien'), t.signIn('kiemtra')]);
  [bloc, base, cell1] = await Promise.all([t.unitId('DUK'), t.unitId('SGDDT'), t.unitId('SGDDT-CB1')]);
});
afterAll(() => t.close());

describe('the metric registry', () => {
  it('lists every metric with what it measures and needs', async () => {
    const response = await member.get('/api/v1/metrics');
    expect(response.statusCode).toBe(200);
    const keys = response.json().metrics.map((metric: { key: string }) => metric.key);
    expect(keys).toEqual(['thematic_meetings_per_cell', 'regular_meetings_per_month', 'meeting_attendance_rate', 'reports_on_time_share', 'tasks_done_on_time_share', 'implementing_plan_share', 'report_field']);
    expect(response.json().metrics[0]).toMatchObject({ label: 'Số lần sinh hoạt chi bộ chuyên đề', measure: 'count', subjects: ['cell'], kind: 'computed' });
    expect((await t.anonymous.get('/api/v1/metrics')).statusCode).toBe(401);
  });
});

describe('defining targets', () => {
  let targetId: string;

  it('creates a target with an audit entry, visible from the units under it', async () => {
    const created = await staff.post('/api/v1/targets', thematic());
    expect(created.statusCode).toBe(201);
    targetId = created.json().id;
    expect(created.json()).toMatchObject({ ...thematic(), unitName: 'Đảng ủy Khối Dân - Chính - Đảng Thành phố', documentId: null, documentTitle: null, subjectAssociationType: null, params: {} });
    expect(await auditActions(targetId)).toEqual(['create']);
    const fromCell = (await secretary.get(`/api/v1/targets?unitId=${cell1}&year=${year}`)).json();
    expect(fromCell.targets.map((target: { id: string }) => target.id)).toContain(targetId);
    expect((await secretary.get(`/api/v1/targets?unitId=${cell1}&year=${year - 1}`)).json().targets).toEqual([]);
  });

  it('refuses bad definitions when they are saved, naming the field, and writes nothing', async () => {
    const before = await targetCount();
    const wrongSubject = await staff.post('/api/v1/targets', { ...thematic(), subjectKind: 'association' });
    expect(wrongSubject.statusCode).toBe(422);
    expect(wrongSubject.json().detail).toContain('không đo được đoàn thể');
    expect(wrongSubject.json().errors).toEqual([{ path: 'subjectKind', message: expect.any(String) }]);
    const percent = await staff.post('/api/v1/targets', { ...thematic(), metricKey: 'meeting_attendance_rate', params: { meetingKind: 'regular_cell' }, value: 120 });
    expect(percent.statusCode).toBe(422);
    expect(percent.json().detail).toContain('từ 0 đến 100');
    const missing = await staff.post('/api/v1/targets', { ...thematic(), metricKey: 'meeting_attendance_rate', value: 80 });
    expect(missing.json().errors.map((error: { path: string }) => error.path)).toEqual(['params.meetingKind']);
    const negative = await staff.post('/api/v1/targets', { ...thematic(), value: -2 });
    expect(negative.json().detail).toContain('không được âm');
    const period = await staff.post('/api/v1/targets', { ...thematic(), periodType: 'month' });
    expect(period.json().errors[0].path).toBe('periodType');
    const unknownTemplate = await staff.post('/api/v1/targets', { ...thematic(), metricKey: 'reports_on_time_share', params: { templateId: '01900000-0000-7000-8000-000000000000' }, value: 100 });
    expect(unknownTemplate.json().errors[0].path).toBe('params.templateId');
    expect((await staff.post('/api/v1/targets', { ...thematic(), comparator: 'ge' })).statusCode).toBe(400);
    expect(await targetCount()).toBe(before);
  });

  it('lets only admins, leaders and staff of the unit define targets', async () => {
    const before = await targetCount();
    expect((await secretary.post('/api/v1/targets', { ...thematic(), unitId: cell1 })).statusCode).toBe(403);
    expect((await member.post('/api/v1/targets', { ...thematic(), unitId: cell1 })).statusCode).toBe(403);
    expect((await viewer.post('/api/v1/targets', thematic())).statusCode).toBe(403);
    expect((await secretary.patch(`/api/v1/targets/${targetId}`, { value: 2 })).statusCode).toBe(403);
    expect((await secretary.delete(`/api/v1/targets/${targetId}`)).statusCode).toBe(403);
    expect((await leader.post('/api/v1/targets', { ...thematic(), text: 'Ít nhất 04 chuyên đề trong năm', value: 4, periodType: 'year' })).statusCode).toBe(201);
    expect(await targetCount()).toBe(before + 1);
  });

  it('changes a target checked as a whole, and refuses a change that breaks it', async () => {
    const changed = await staff.patch(`/api/v1/targets/${targetId}`, { value: 2, text: 'Ít nhất 02 lần/quý' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ value: 2, text: 'Ít nhất 02 lần/quý', metricKey: 'thematic_meetings_per_cell' });
    const broken = await staff.patch(`/api/v1/targets/${targetId}`, { metricKey: 'meeting_attendance_rate' });
    expect(broken.statusCode).toBe(422);
    expect((await staff.get(`/api/v1/targets/${targetId}`)).json().metricKey).toBe('thematic_meetings_per_cell');
    expect(await auditActions(targetId)).toEqual(['create', 'update']);
    await staff.patch(`/api/v1/targets/${targetId}`, { value: 1 });
  });
});

describe('the compliance matrix', () => {
  let targetId: string;
  let attendanceId: string;

  beforeAll(async () => {
    const targets = (await staff.get(`/api/v1/targets?unitId=${bloc}&year=${year}`)).json().targets;
    targetId = targets.find((target: { value: number; periodType: string }) => target.periodType === 'quarter' && target.value === 1).id;
    attendanceId = (await staff.post('/api/v1/targets', { ...thematic(), text: 'Tỷ lệ dự sinh hoạt chuyên đề từ 80%', metricKey: 'meeting_attendance_rate', params: { meetingKind: 'thematic_cell' }, value: 80 })).json().id;
    // Two of SGDDT's cells held this quarter's thematic meeting.
    const day = `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-02`;
    await thematicHeld(cell1, day);
    await thematicHeld(await t.unitId('SGDDT-CB2'), day);
  });

  it('gives the subordinate units as rows and the targets as columns, with the figures behind each cell', async () => {
    const response = await leader.get(`/api/v1/compliance?unitId=${base}&period=${quarter}`);
    expect(response.statusCode).toBe(200);
    const matrix = response.json();
    expect(matrix.unit).toMatchObject({ id: base, kind: 'base_committee' });
    expect(matrix.periodLabel).toMatch(/^Quý (I|II|III|IV)\/\d{4}$/);
    const column = matrix.columns.findIndex((c: { targetId: string }) => c.targetId === targetId);
    expect(matrix.columns[column]).toMatchObject({ metricKey: 'thematic_meetings_per_cell', measure: 'count', comparator: 'gte', value: 1 });
    const cells = matrix.rows.filter((row: { unit: { kind: string } }) => row.unit.kind === 'cell');
    expect(cells.length).toBe(5);
    const held = cells.filter((row: { cells: { numerator: number }[] }) => row.cells[column]?.numerator === 1);
    expect(held.map((row: { unit: { id: string } }) => row.unit.id)).toContain(cell1);
    expect(held).toHaveLength(2);
    expect(matrix.total[column]).toMatchObject({ numerator: 2, denominator: 5 });
    const attendance = matrix.total[matrix.columns.findIndex((c: { targetId: string }) => c.targetId === attendanceId)];
    expect(attendance).toEqual({ targetId: attendanceId, value: 90, numerator: 18, denominator: 20, status: 'green' });
    const onlyCells = (await leader.get(`/api/v1/compliance?unitId=${base}&period=${quarter}&kind=association`)).json();
    expect(onlyCells.rows.every((row: { unit: { kind: string } }) => row.unit.kind === 'association')).toBe(true);
  });

  it('rolls the subtree up at the bloc and drills down to the base organization', async () => {
    const matrix = (await staff.get(`/api/v1/compliance?unitId=${bloc}&period=${quarter}&kind=base_committee`)).json();
    const column = matrix.columns.findIndex((c: { targetId: string }) => c.targetId === targetId);
    const row = matrix.rows.find((r: { unit: { id: string } }) => r.unit.id === base);
    expect(row.unit.hasChildren).toBe(true);
    expect(row.cells[column]).toMatchObject({ numerator: 2, denominator: 5 });
    expect(matrix.total[column].numerator).toBe(2);
    expect(matrix.total[column].denominator).toBeGreaterThan(5);
  });

  it('lists who falls short behind a figure, counting people without naming them', async () => {
    const detail = (await staff.get(`/api/v1/compliance/detail?unitId=${base}&period=${quarter}&targetId=${targetId}`)).json();
    expect(detail).toMatchObject({ numerator: 2, denominator: 5, peopleShort: null, shortfallCount: 3 });
    expect(detail.shortfall.map((unit: { parentName: string }) => unit.parentName)).toEqual(Array(3).fill('Đảng ủy Sở Giáo dục và Đào tạo'));
    expect(detail.shortfall.map((unit: { unitId: string }) => unit.unitId)).not.toContain(cell1);
    const people = (await staff.get(`/api/v1/compliance/detail?unitId=${base}&period=${quarter}&targetId=${attendanceId}`)).json();
    expect(people.peopleShort).toBe(2);
    expect(JSON.stringify(people)).not.toMatch(/fullName|full_name|person/);
  });

  it('draws a trend over periods and refuses what it cannot read', async () => {
    const previous = `${year - 1}-Q4`;
    const trend = (await staff.get(`/api/v1/compliance/trend?unitId=${base}&targetId=${targetId}&periods=${previous},${quarter}`)).json();
    expect(trend.points).toEqual([
      { period: previous, periodLabel: `Quý IV/${year - 1}`, value: 0, numerator: 0, denominator: 5, status: 'red' },
      expect.objectContaining({ period: quarter, numerator: 2, denominator: 5 }),
    ]);
    expect((await staff.get(`/api/v1/compliance?unitId=${base}&period=2026-Q5`)).statusCode).toBe(400);
    const many = Array.from({ length: 25 }, (_, index) => `${2000 + index}`).join(',');
    expect((await staff.get(`/api/v1/compliance/trend?unitId=${base}&targetId=${targetId}&periods=${many}`)).statusCode).toBe(400);
    const other = (await staff.post('/api/v1/targets', { ...thematic(), unitId: base })).json();
    const unrelated = await staff.get(`/api/v1/compliance/detail?unitId=${await t.unitId('STP')}&period=${quarter}&targetId=${other.id}`);
    expect(unrelated.statusCode).toBe(422);
  });

  it('is read by those who follow the unit, not by a plain member nor outside the subtree', async () => {
    expect((await secretary.get(`/api/v1/compliance?unitId=${cell1}&period=${quarter}`)).statusCode).toBe(200);
    expect((await viewer.get(`/api/v1/compliance?unitId=${bloc}&period=${quarter}`)).statusCode).toBe(200);
    expect((await member.get(`/api/v1/compliance?unitId=${cell1}&period=${quarter}`)).statusCode).toBe(403);
    expect((await secretary.get(`/api/v1/compliance?unitId=${base}&period=${quarter}`)).statusCode).toBe(403);
  });

  it('exports the matrix to .xlsx', async () => {
    const response = await staff.get(`/api/v1/compliance/export.xlsx?unitId=${base}&period=${quarter}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chỉ tiêu')!;
    expect(String(sheet.getCell('A1').value)).toContain('Đảng ủy Sở Giáo dục và Đào tạo');
    const names = sheet.getColumn(1).values.map(String);
    expect(names).toContain('Chi bộ Văn phòng Sở');
    expect(names.at(-1)).toBe('Toàn Đảng ủy Sở Giáo dục và Đào tạo');
  });

  it('removes a target with an audit entry', async () => {
    const other = (await staff.post('/api/v1/targets', { ...thematic(), text: 'Tạm' })).json();
    expect((await staff.delete(`/api/v1/targets/${other.id}`)).statusCode).toBe(204);
    expect((await staff.get(`/api/v1/targets/${other.id}`)).statusCode).toBe(404);
    expect(await auditActions(other.id)).toEqual(['create', 'delete']);
  });
});

describe('targets of a plan', () => {
  it('adopts the imported targets a metric can measure, once, and returns the others', async () => {
    await seedDemoPlans(t.db, today);
    const guidance = await t.db.selectFrom('documents').select(['id']).where('title', 'ilike', '%sinh hoạt chi bộ chuyên đề%').where('issuer_unit_id', '=', bloc).where('status', '=', 'issued').executeTakeFirstOrThrow();
    const adopted = await staff.post(`/api/v1/documents/${guidance.id}/targets/adopt`);
    expect(adopted.statusCode).toBe(200);
    const created = adopted.json().created;
    expect(created.map((target: { metricKey: string; periodType: string; value: number }) => [target.metricKey, target.periodType, target.value])).toEqual([
      ['thematic_meetings_per_cell', 'quarter', 1],
      ['thematic_meetings_per_cell', 'year', 4],
    ]);
    expect(created[0]).toMatchObject({ documentId: guidance.id, unitId: bloc, subjectKind: 'cell' });
    expect(created[0].documentTitle).toContain('chuyên đề');
    expect(await auditActions(created[0].id)).toEqual(['adopt']);
    const again = (await staff.post(`/api/v1/documents/${guidance.id}/targets/adopt`)).json();
    expect(again.created).toEqual([]);

    const seed002 = await t.db.selectFrom('documents').select(['id']).where('title', 'ilike', '%phối hợp%').where('status', '=', 'issued').executeTakeFirst();
    if (seed002) {
      const result = (await staff.post(`/api/v1/documents/${seed002.id}/targets/adopt`)).json();
      expect(result.unmatched.map((target: { text: string }) => target.text)).toContain('100% cơ sở có Liên tịch và thực hiện hiệu quả kế hoạch phối hợp hoạt động');
    }
    expect((await secretary.post(`/api/v1/documents/${guidance.id}/targets/adopt`)).statusCode).toBe(403);
  });

  it('refuses a plan target for a unit that did not issue the plan, or a year outside the plan', async () => {
    const guidance = await t.db.selectFrom('documents').select(['id', 'year']).where('title', 'ilike', '%sinh hoạt chi bộ chuyên đề%').where('issuer_unit_id', '=', bloc).where('status', '=', 'issued').executeTakeFirstOrThrow();
    const unrelated = await staff.post('/api/v1/targets', { ...thematic(), unitId: base, documentId: guidance.id });
    expect(unrelated.statusCode).toBe(422);
    expect(unrelated.json().detail).toContain('đơn vị ban hành');
    const outside = await staff.post('/api/v1/targets', { ...thematic(), documentId: guidance.id, year: guidance.year + 3 });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors[0].path).toBe('year');
  });
});

describe("a cell's duties of the month", () => {
  it('gives the next meeting, reports and tasks due and the targets the cell is behind on', async () => {
    const upcoming = await sql<{ id: string }>`INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, check_in_code)
      SELECT gen_random_uuid(), tenant_id, id, 'regular_cell', 'Sinh hoạt tháng tới', now() + interval '2 days', now() + interval '2 days 2 hours', 'scheduled', '222222'
      FROM org_units WHERE id = ${cell1} RETURNING id`.execute(t.db);
    const held = await sql<{ id: string }>`INSERT INTO meetings (id, tenant_id, unit_id, kind, title, starts_at, ends_at, status, check_in_code)
      SELECT gen_random_uuid(), tenant_id, id, 'regular_cell', 'Sinh hoạt vừa qua', now() - interval '2 days', now() - interval '2 days' + interval '2 hours', 'held', '333333'
      FROM org_units WHERE id = ${cell1} RETURNING id`.execute(t.db);
    await sql`INSERT INTO minutes (meeting_id, tenant_id) SELECT id, tenant_id FROM meetings WHERE id = ${held.rows[0]!.id}`.execute(t.db);
    const response = await secretary.get(`/api/v1/home/duties?unitId=${cell1}`);
    expect(response.statusCode).toBe(200);
    const duties = response.json();
    expect(duties.unit).toMatchObject({ id: cell1, kind: 'cell' });
    expect(duties.month).toBe(today.slice(0, 7));
    expect(duties.nextMeeting).toMatchObject({ id: upcoming.rows[0]!.id, title: 'Sinh hoạt tháng tới' });
    expect(duties.papersToApprove).toEqual([{ meetingId: held.rows[0]!.id, title: 'Biên bản: Sinh hoạt vừa qua', kind: 'minutes' }]);
    expect(Array.isArray(duties.tasksDue)).toBe(true);
    for (const alert of duties.alerts) expect(['amber', 'red']).toContain(alert.status);
    const memberView = (await member.get(`/api/v1/home/duties?unitId=${cell1}`)).json();
    expect(memberView.reportsDue).toEqual([]);
    expect(memberView.papersToApprove).toEqual([]);
    expect((await member.get(`/api/v1/home/duties?unitId=${base}`)).statusCode).toBe(403);
  });
});
