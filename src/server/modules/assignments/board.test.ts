import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RollupMethod } from '../../../domain/rollup.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';
import { assignmentIds, draftPlan, issuedPlan, type Plan, report, signInCast } from './test-fixtures.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
let outsider: Client;

beforeAll(async () => {
  t = await createTestApp();
  ({ staff, leader, secretary, outsider } = await signInCast(t));
});
afterAll(() => t.close());

interface Scenario {
  plan: Plan;
  lowerId: string;
  lowerTaskId: string;
}

/**
 * The Đảng ủy Khối plan: A (weight 1) with A.1 (weight 3: Sở GD&ĐT leads, Sở Tư pháp takes
 * part) and A.2 (weight 1: Chi bộ Văn phòng Sở), and B (weight 2: Sở Tư pháp). Sở GD&ĐT turns
 * A.1 into its own plan, which counts what is done: its task I.1 (Sở GD&ĐT) with I.1.a (Chi bộ
 * 1, done) and I.1.b (Chi bộ 2, not started).
 */
async function scenario(method: RollupMethod): Promise<Scenario> {
  const plan = await issuedPlan(t, staff, leader, {
    issuer: 'DUK',
    title: `Kế hoạch tổng hợp tiến độ (${method})`,
    rollupMethod: method,
    tasks: [
      { code: 'A', title: 'Tuyên truyền Nghị quyết' },
      { code: 'A.1', parent: 'A', weight: 3, title: 'Tổ chức hội nghị quán triệt', timeframe: { text: '6 tháng đầu năm 2026', start: '2026-01-01', end: '2026-06-30' }, units: [['SGDDT', 'lead'], ['STP', 'partner']] },
      { code: 'A.2', parent: 'A', weight: 1, title: 'Sinh hoạt chuyên đề', timeframe: { deadline: '2026-04-13' }, units: [['SGDDT-CB1', 'lead']] },
      { code: 'B', weight: 2, title: 'Kiểm tra, giám sát', units: [['STP', 'lead']] },
    ],
  });
  const implemented = await staff.post(`/api/v1/tasks/${plan.tasks['A.1']}/implement`, { unitId: await t.unitId('SGDDT') });
  expect(implemented.statusCode, implemented.body).toBe(201);
  const lowerId = implemented.json().id;
  expect((await staff.patch(`/api/v1/documents/${lowerId}`, { rollupMethod: 'count_done' })).statusCode).toBe(200);
  const [lowerTask] = (await staff.get(`/api/v1/documents/${lowerId}/tasks`)).json();
  for (const [code, cell] of [['I.1.a', 'SGDDT-CB1'], ['I.1.b', 'SGDDT-CB2']]) {
    const added = await staff.post(`/api/v1/documents/${lowerId}/tasks`, { code, parentId: lowerTask.id, title: `Việc ${code}`, units: [{ unitId: await t.unitId(cell!), role: 'lead' }] });
    expect(added.statusCode, added.body).toBe(201);
  }
  expect((await leader.post(`/api/v1/documents/${lowerId}/issue`, {})).statusCode).toBe(200);

  const a1 = await assignmentIds(t, plan.tasks['A.1']!);
  await report(staff, a1.SGDDT!, 'in_progress', 60);
  await report(staff, a1.STP!, 'done');
  await report(secretary, (await assignmentIds(t, plan.tasks['A.2']!))['SGDDT-CB1']!, 'in_progress', 30);
  await report(staff, (await assignmentIds(t, lowerTask.id)).SGDDT!, 'in_progress', 50);
  const lowerTasks = (await staff.get(`/api/v1/documents/${lowerId}/tasks`)).json() as { id: string; code: string }[];
  await report(secretary, (await assignmentIds(t, lowerTasks.find((task) => task.code === 'I.1.a')!.id))['SGDDT-CB1']!, 'done');
  return { plan, lowerId, lowerTaskId: lowerTask.id };
}

type BoardTask = { id: string; code: string; depth: number; figure: unknown; units: { name: string; role: string; assignments: { status: string; percent: number }[] }[]; implementedBy: { documentId: string; figure: unknown; title: string; unitName: string }[]; implementedByHidden: number };
const byCode = (tasks: BoardTask[]) => Object.fromEntries(tasks.map((task) => [task.code, task]));

// The lower plan's I.1 counts done leaves: its own assignment (50 %, open), I.1.a (done), I.1.b (open): 1 of 3.
const lowerFigure = { percent: 33.3, done: 1, total: 3 };

// Worked by hand from the scenario above; A.1's parts are 60, 100 and the lower plan's 33.3.
const expected: Record<RollupMethod, { label: string; plan: number; A: number; 'A.1': number; 'A.2': number; B: number }> = {
  // A.1 = (60 + 100 + 33.3) / 3 = 64.4; A = (64.4 + 30) / 2 = 47.2; plan = (47.2 + 0) / 2 = 23.6.
  average: { label: 'Trung bình cộng', plan: 23.6, A: 47.2, 'A.1': 64.4, 'A.2': 30, B: 0 },
  // Assignments and lower plans weigh 1: A.1 = 64.4; A = (3·64.4 + 30) / 4 = 55.8; plan = (55.8 + 2·0) / 3 = 18.6.
  weighted: { label: 'Bình quân theo trọng số', plan: 18.6, A: 55.8, 'A.1': 64.4, 'A.2': 30, B: 0 },
  // Done leaves: A.1 = 2 of 5 (STP, and I.1.a below); A = 2 of 6; plan = 2 of 7.
  count_done: { label: 'Tỷ lệ số việc hoàn thành', plan: 28.6, A: 33.3, 'A.1': 40, 'A.2': 0, B: 0 },
};
const totals = { plan: [2, 7], A: [2, 6], 'A.1': [2, 5], 'A.2': [0, 1], B: [0, 1] } as const;

describe.each(['average', 'weighted', 'count_done'] as const)('the board of a plan rolled up by %s', (method) => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario(method);
  });

  it('matches the figures worked by hand, the lower plan included', async () => {
    const response = await staff.get(`/api/v1/documents/${s.plan.id}/board`);
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json();
    const want = expected[method];
    expect(board.document).toMatchObject({ id: s.plan.id, rollupMethod: method, rollupLabel: want.label, status: 'issued' });
    expect(board.figure).toEqual({ percent: want.plan, done: totals.plan[0], total: totals.plan[1] });
    const tasks = byCode(board.tasks);
    for (const code of ['A', 'A.1', 'A.2', 'B'] as const) expect(tasks[code]!.figure, code).toEqual({ percent: want[code], done: totals[code][0], total: totals[code][1] });
    expect(board.tasks.map((task: BoardTask) => [task.code, task.depth])).toEqual([
      ['A', 0],
      ['A.1', 1],
      ['A.2', 1],
      ['B', 0],
    ]);
    expect(tasks['A.1']!.units).toMatchObject([
      { name: 'Đảng ủy Sở Giáo dục và Đào tạo', role: 'lead', assignments: [{ status: 'in_progress', percent: 60 }] },
      { name: 'Đảng ủy Sở Tư pháp', role: 'partner', assignments: [{ status: 'done', percent: 100 }] },
    ]);
    expect(tasks['A.1']!.implementedBy).toEqual([
      expect.objectContaining({ documentId: s.lowerId, title: `Kế hoạch thực hiện Kế hoạch tổng hợp tiến độ (${method})`, unitName: 'Đảng ủy Sở Giáo dục và Đào tạo', figure: lowerFigure }),
    ]);
  });

  it("shows the lower plan's own board with its own method", async () => {
    const lower = (await staff.get(`/api/v1/documents/${s.lowerId}/board`)).json();
    expect(lower.document).toMatchObject({ rollupMethod: 'count_done', rollupLabel: 'Tỷ lệ số việc hoàn thành' });
    expect(lower.figure).toEqual(lowerFigure);
  });

  it('counts a lower plan the reader may not open without showing it', async () => {
    const board = (await outsider.get(`/api/v1/documents/${s.plan.id}/board`)).json();
    expect(board.figure.percent).toBe(expected[method].plan);
    const a1 = byCode(board.tasks)['A.1']!;
    expect(a1.implementedBy).toEqual([]);
    expect(a1.implementedByHidden).toBe(1);
  });
});

describe('the board of a draft', () => {
  it('lists the units named on each task, with nothing assigned or measured yet', async () => {
    const plan = await draftPlan(t, staff, { issuer: 'DUK', title: 'Dự thảo kế hoạch', rollupMethod: 'weighted', tasks: [{ code: '1', units: [['SGDDT', 'lead'], ['STP', 'partner']] }] });
    const board = (await staff.get(`/api/v1/documents/${plan.id}/board`)).json();
    expect(board.document).toMatchObject({ status: 'draft', rollupLabel: 'Bình quân theo trọng số' });
    expect(board.figure).toEqual({ percent: null, done: 0, total: 0 });
    expect(board.tasks[0].units).toEqual([
      { unitId: await t.unitId('SGDDT'), name: 'Đảng ủy Sở Giáo dục và Đào tạo', shortName: null, role: 'lead', assignments: [] },
      { unitId: await t.unitId('STP'), name: 'Đảng ủy Sở Tư pháp', shortName: null, role: 'partner', assignments: [] },
    ]);
    expect((await secretary.get(`/api/v1/documents/${plan.id}/board`)).statusCode).toBe(403);
  });
});

describe('the task table in .xlsx', () => {
  it('exports the tasks with Vietnamese headers, dates and percents, read back with exceljs', async () => {
    const s = await scenario('average');
    const response = await secretary.get(`/api/v1/documents/${s.plan.id}/tasks.xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''nhiem-vu-\d+-kh-duk\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Mã', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Hạn', 'Trạng thái', 'Tiến độ (%)']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(5);
    const a1 = sheet.getRow(3);
    expect(a1.getCell(1).value).toBe(2);
    expect(a1.getCell(2).value).toBe('A.1');
    expect(a1.getCell(3).value).toBe('Tổ chức hội nghị quán triệt');
    expect(a1.getCell(3).alignment?.indent).toBe(1);
    expect(a1.getCell(4).value).toBe('Đảng ủy Sở Giáo dục và Đào tạo');
    expect(a1.getCell(5).value).toBe('Đảng ủy Sở Tư pháp');
    expect(a1.getCell(6).value).toBe('6 tháng đầu năm 2026');
    expect(a1.getCell(7).value).toEqual(new Date('2026-06-30T00:00:00Z'));
    expect(a1.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(a1.getCell(8).value).toBe('Đang thực hiện');
    expect(a1.getCell(9).value).toBeCloseTo(0.644, 6);
    expect(a1.getCell(9).numFmt).toBe('0.0%');
    const a2 = sheet.getRow(4);
    expect(a2.getCell(7).value).toEqual(new Date('2026-04-13T00:00:00Z'));
    expect(a2.getCell(6).value).toBeNull();
    expect([sheet.getRow(2).getCell(2).value, sheet.getRow(2).getCell(4).value, sheet.getRow(2).getCell(8).value]).toEqual(['A', null, null]);
    const b = sheet.getRow(5);
    expect([b.getCell(2).value, b.getCell(8).value, b.getCell(9).value]).toEqual(['B', 'Chưa thực hiện', 0]);
  });

  it('is refused to a reader out of reach', async () => {
    const plan = await issuedPlan(t, staff, leader, { issuer: 'DUK', title: 'Kế hoạch nội bộ', tasks: [{ code: '1', units: [['BTG-DUK', 'lead']] }] });
    expect((await secretary.get(`/api/v1/documents/${plan.id}/tasks.xlsx`)).statusCode).toBe(403);
  });
});
