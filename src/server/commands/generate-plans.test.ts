import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { generateScale } from './generate-scale.ts';

let t: TestApp;
let generated: Awaited<ReturnType<typeof generateScale>>;

beforeAll(async () => {
  t = await createTestApp();
  // 2 district committees of 3 base organizations of 2 cells.
  generated = await generateScale(t.db, { committees: 2, basesPerCommittee: 3, cellsPerBase: 2, members: 40 });
});
afterAll(() => t.close());

const count = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(t.db)).rows[0]!.n);

describe('generated plans of the scale data set', () => {
  it('cascades the city plans down to districts and base organizations, 100 tasks a plan', async () => {
    // 10 city plans, 3 per district committee, one per base organization that got work.
    expect(generated).toMatchObject({ plans: 10 + 2 * 3 + 6, tasks: 22 * 100 });
    const levels = await sql<{ kind: string; n: number }>`
      SELECT u.kind, count(*)::int AS n FROM documents d JOIN org_units u ON u.id = d.issuer_unit_id
      WHERE d.tenant_id = ${generated.tenantId} AND d.status = 'issued' GROUP BY u.kind ORDER BY u.kind`.execute(t.db);
    expect(levels.rows).toEqual([
      { kind: 'base_committee', n: 6 },
      { kind: 'committee', n: 16 },
    ]);
    // Every link points at a task of the plan named as basis, given to the lower plan's issuer.
    const badLinks = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM tasks lower
      JOIN documents ld ON ld.id = lower.document_id
      JOIN tasks higher ON higher.id = lower.implements_task_id
      WHERE lower.tenant_id = ${generated.tenantId}
        AND (NOT EXISTS (SELECT 1 FROM document_bases b WHERE b.document_id = ld.id AND b.basis_document_id = higher.document_id)
          OR NOT EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = higher.id AND a.unit_id = ld.issuer_unit_id))`);
    expect(badLinks).toBe(0);
    const links = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM tasks WHERE tenant_id = ${generated.tenantId} AND implements_task_id IS NOT NULL`);
    expect(links).toBe(12 * 10);
  });

  it('assigns every leaf task, quarterly ones once a quarter, with a spread of progress and its reports', async () => {
    const assignments = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM assignments WHERE tenant_id = ${generated.tenantId}`);
    expect(assignments).toBe(generated.assignments);
    const quarterly = await sql<{ n: number }>`
      SELECT count(DISTINCT a.period)::int AS n FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.tenant_id = ${generated.tenantId} AND t.recurrence = 'quarterly'`.execute(t.db);
    expect(quarterly.rows[0]!.n).toBe(4);
    const states = await sql<{ status: string }>`SELECT DISTINCT status FROM assignments WHERE tenant_id = ${generated.tenantId} ORDER BY status`.execute(t.db);
    expect(states.rows.map((row) => row.status)).toEqual(['blocked', 'done', 'in_progress', 'not_started']);
    const reported = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM assignments WHERE tenant_id = ${generated.tenantId} AND last_reported_at IS NOT NULL`);
    const reports = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM progress_reports WHERE tenant_id = ${generated.tenantId}`);
    expect(reports).toBe(reported);
  });

  it("serves a city plan's board, rolling up the plans below it", async () => {
    const admin = await t.signIn(generated.login);
    const city = await t.db.selectFrom('documents').select('id').where('issuer_unit_id', '=', generated.rootId).orderBy('number').executeTakeFirstOrThrow();
    const board = (await admin.get(`/api/v1/documents/${city.id}/board`)).json();
    const own = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM assignments WHERE document_id = ${city.id}`);
    expect(board.tasks).toHaveLength(100);
    expect(board.figure.total).toBeGreaterThan(own);
    expect(board.tasks.some((task: { implementedBy: unknown[] }) => task.implementedBy.length > 0)).toBe(true);
  });
});
