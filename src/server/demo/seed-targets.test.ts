import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPeriod, periodOf } from '../../domain/periods.ts';
import { vietnamToday } from '../../domain/task-status.ts';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedDemoPlans } from './seed-plans.ts';
import { seedDemoReports } from './seed-reports.ts';
import { seedDemoTargets } from './seed-targets.ts';

let t: TestApp;
let seeded: { targets: number; meetings: number };
const today = vietnamToday();

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoPlans(t.db, today);
  await seedDemoReports(t.db, today);
  seeded = await seedDemoTargets(t.db, today);
});
afterAll(() => t.close());

describe('demo targets', () => {
  it("adopts the seed documents' measurable targets and adds the bloc's standing ones", async () => {
    const rows = await t.db.selectFrom('targets').select(['metric_key', 'period_type', 'value', 'document_id']).execute();
    expect(rows).toHaveLength(seeded.targets);
    const adopted = rows.filter((row) => row.document_id).map((row) => `${row.metric_key}/${row.period_type}/${row.value}`);
    expect(adopted).toEqual(expect.arrayContaining(['thematic_meetings_per_cell/quarter/1', 'thematic_meetings_per_cell/year/4', 'meeting_attendance_rate/year/80']));
    expect(rows.filter((row) => !row.document_id).map((row) => row.metric_key).sort()).toEqual(['meeting_attendance_rate', 'regular_meetings_per_month', 'reports_on_time_share', 'tasks_done_on_time_share']);
    expect(seeded.meetings).toBeGreaterThan(0);
  });

  it('gives the bloc a matrix with units on track, late and behind', async () => {
    const staff = await t.signIn('chuyenvien');
    const bloc = await t.unitId('DUK');
    const period = formatPeriod(periodOf('quarter', today));
    const matrix = (await staff.get(`/api/v1/compliance?unitId=${await t.unitId('SGDDT')}&period=${today.slice(0, 4)}`)).json();
    const thematic = matrix.columns.findIndex((column: { metricKey: string; periodType: string }) => column.metricKey === 'thematic_meetings_per_cell' && column.periodType === 'quarter');
    const statuses = new Set(matrix.rows.map((row: { cells: { status: string }[] }) => row.cells[thematic]?.status));
    for (const status of ['green', 'amber', 'red']) expect(statuses).toContain(status);
    const blocMatrix = (await staff.get(`/api/v1/compliance?unitId=${bloc}&period=${period}&kind=base_committee`)).json();
    const all = new Set(blocMatrix.rows.flatMap((row: { cells: { status: string }[] }) => row.cells.map((cell) => cell.status)));
    for (const status of ['green', 'amber', 'red']) expect(all).toContain(status);
  });
});
