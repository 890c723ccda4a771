import { sql } from 'kysely';
import { type BenchContext, httpClient, measure, type Measurement } from './lib.ts';

/**
 * Issue 3 on the generated city with its 200 plans and 20,000 tasks: a unit's inbox, a
 * plan's board (its task tree with each unit's state, rolled up through the plans below it)
 * and a task's cascade tree. Units, plans and tasks are taken in turn from the busiest.
 */
export async function planBenchmarks({ baseUrl, login, password, rootId, db }: BenchContext): Promise<Measurement[]> {
  const client = await httpClient(baseUrl, login, password);
  const { tenant_id: tenantId } = await db.selectFrom('org_units').select('tenant_id').where('id', '=', rootId).executeTakeFirstOrThrow();
  const busiest = async (kind: string) =>
    (
      await sql<{ unit_id: string }>`
        SELECT a.unit_id FROM assignments a JOIN org_units u ON u.id = a.unit_id
        WHERE a.tenant_id = ${tenantId} AND u.kind = ${kind}
        GROUP BY a.unit_id ORDER BY count(*) DESC, a.unit_id LIMIT 100`.execute(db)
    ).rows.map((row) => row.unit_id);
  const cells = await busiest('cell');
  const bases = await busiest('base_committee');
  const plans = await db.selectFrom('documents').select(['id', 'issuer_unit_id']).where('tenant_id', '=', tenantId).where('status', '=', 'issued').orderBy('id').execute();
  const cityPlans = plans.filter((plan) => plan.issuer_unit_id === rootId);
  // Tasks of the city plans that lower plans implement: the deepest cascades.
  const cascaded = (
    await sql<{ id: string }>`
      SELECT DISTINCT h.id FROM tasks h JOIN tasks l ON l.implements_task_id = h.id
      WHERE h.tenant_id = ${tenantId} AND h.document_id = ANY(${cityPlans.map((plan) => plan.id)}::uuid[]) ORDER BY h.id LIMIT 200`.execute(db)
  ).rows.map((row) => row.id);
  if (cells.length === 0 || cityPlans.length === 0 || cascaded.length === 0) throw new Error('no generated plans: run generate-scale first');

  return [
    await measure("GET /assignments?unitId=cell (a cell's inbox)", 100, async (i) => {
      await client.get(`/api/v1/assignments?unitId=${cells[i % cells.length]}&limit=50`);
    }),
    await measure('GET /assignments?unitId=base&scope=subtree&dueState=overdue (a base and its cells)', 100, async (i) => {
      await client.get(`/api/v1/assignments?unitId=${bases[i % bases.length]}&scope=subtree&dueState=overdue&limit=50`);
    }),
    await measure("GET /documents/:id/board (any of the 200 plans)", 100, async (i) => {
      await client.get(`/api/v1/documents/${plans[i % plans.length]!.id}/board`);
    }),
    await measure('GET /documents/:id/board (city plans, rolled up through the plans below)', 100, async (i) => {
      await client.get(`/api/v1/documents/${cityPlans[i % cityPlans.length]!.id}/board`);
    }),
    await measure("GET /tasks/:id/cascade (city tasks implemented below)", 100, async (i) => {
      await client.get(`/api/v1/tasks/${cascaded[i % cascaded.length]}/cascade`);
    }),
  ];
}
