import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedDemoReports } from './seed-reports.ts';

let t: TestApp;
let seeded: number;
beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedDemoReports(t.db, '2026-11-23');
});
afterAll(() => t.close());

describe('demo reports', () => {
  it('gives the last quarter reports in every state, and leaves the demo secretary hers to send', async () => {
    const rows = await t.db
      .selectFrom('reports as r')
      .innerJoin('org_units as u', 'u.id', 'r.unit_id')
      .select(['u.code', 'r.period', 'r.state', 'r.deadline', 'r.first_submitted_at'])
      .execute();
    expect(rows).toHaveLength(seeded);
    expect(new Set(rows.map((row) => row.period))).toEqual(new Set(['2026-Q3']));
    expect(new Set(rows.map((row) => row.state))).toEqual(new Set(['draft', 'submitted', 'approved']));
    expect(rows.map((row) => row.code)).not.toContain('SGDDT-CB1');
    const late = rows.filter((row) => row.first_submitted_at && row.first_submitted_at.toISOString().slice(0, 10) > row.deadline);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(rows.filter((row) => row.first_submitted_at).length);
  });

  it('ships the ready opinion-summary template beside the quarterly cell report', async () => {
    const templates = await t.db.selectFrom('report_templates').select(['name', 'code']).orderBy('name').execute();
    expect(templates.map((row) => row.code)).toEqual(expect.arrayContaining(['opinion_summary', null]));
    expect(templates.map((row) => row.name)).toContain('Báo cáo tình hình sinh hoạt chi bộ hằng quý');
  });
});
