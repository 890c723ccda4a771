import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedDemoPlans } from './seed-plans.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoPlans(t.db, '2026-11-23');
});
afterAll(() => t.close());

describe('demo plans from the seeds', () => {
  it('issues the five seed documents in the demo year with their numbers and issuers', async () => {
    const docs = await t.db
      .selectFrom('documents as d')
      .innerJoin('org_units as u', 'u.id', 'd.issuer_unit_id')
      .select(['d.type_code', 'd.number', 'd.year', 'd.status', 'd.issued_on', 'u.code'])
      .orderBy('d.issued_on')
      .execute();
    expect(docs).toEqual([
      { type_code: 'CTr', number: 1, year: 2026, status: 'issued', issued_on: '2026-01-08', code: 'BTGTU' },
      { type_code: 'HD', number: 9, year: 2026, status: 'issued', issued_on: '2026-01-15', code: 'DUK' },
      { type_code: 'HD', number: 10, year: 2026, status: 'issued', issued_on: '2026-01-20', code: 'DUK' },
      { type_code: 'KH', number: null, year: 2026, status: 'issued', issued_on: '2026-03-26', code: 'DK' },
      { type_code: 'KH', number: 30, year: 2026, status: 'issued', issued_on: '2026-04-05', code: 'SGDDT' },
    ].map((doc) => (doc.number === null ? { ...doc, number: expect.any(Number) } : doc)));
  });

  it('hands the joint plan to the three associations and the cells their group tasks', async () => {
    const assignedTo = async (code: string) =>
      Number(
        (await t.db.selectFrom('assignments as a').innerJoin('org_units as u', 'u.id', 'a.unit_id').select((eb) => eb.fn.countAll().as('n')).where('u.code', '=', code).executeTakeFirstOrThrow()).n,
      );
    for (const code of ['DK', 'CCBK', 'CDVC', 'SGDDT-CB1']) expect(await assignedTo(code), code).toBeGreaterThan(0);
  });

  it('leaves a realistic mix of progress: done, under way, overdue and not yet acknowledged', async () => {
    const rows = await t.db.selectFrom('assignments').select(['status', 'due_on', 'acknowledged_at']).execute();
    expect(rows.some((row) => row.status === 'done')).toBe(true);
    expect(rows.some((row) => row.status === 'in_progress')).toBe(true);
    expect(rows.some((row) => row.status !== 'done' && row.due_on !== null && row.due_on < '2026-11-23')).toBe(true);
    expect(rows.some((row) => row.acknowledged_at === null)).toBe(true);
    const reports = await t.db.selectFrom('progress_reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(reports.n)).toBe(rows.filter((row) => row.status !== 'not_started').length);
  });
});
