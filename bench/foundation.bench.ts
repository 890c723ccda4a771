import { type BenchContext, httpClient, measure, type Measurement } from './lib.ts';

/** Issue 2: children of a unit, members under the root, people search without diacritics. */
export async function foundationBenchmarks({ baseUrl, login, password, rootId, db }: BenchContext): Promise<Measurement[]> {
  const client = await httpClient(baseUrl, login, password);
  const tenant = await db.selectFrom('org_units').select('tenant_id').where('id', '=', rootId).executeTakeFirstOrThrow();
  const parents = await db
    .selectFrom('org_units')
    .select('id')
    .where('tenant_id', '=', tenant.tenant_id)
    .where('kind', 'in', ['committee', 'base_committee'])
    .orderBy('id')
    .limit(300)
    .execute();
  const terms = ['nguyen van an', 'tran thi', 'le minh tuan', 'pham', 'hoang ngoc', 'vu thi hoa', 'dang duc', 'bui thanh', 'lam', 'mai thu trang'];
  return [
    await measure('GET /units/:id/children (committees and base organizations)', 100, async (i) => {
      await client.get(`/api/v1/units/${parents[i % parents.length]!.id}/children`);
    }),
    await measure('GET /units/:root (members counted under the root, 250k)', 100, async () => {
      const detail = await client.get<{ memberCounts: { party: number } }>(`/api/v1/units/${rootId}`);
      if (detail.memberCounts.party < 1) throw new Error('no members counted');
    }),
    await measure('GET /people?search= (name without diacritics, whole city)', 100, async (i) => {
      await client.get(`/api/v1/people?unitId=${rootId}&search=${encodeURIComponent(terms[i % terms.length]!)}&limit=50`);
    }),
    await measure('GET /people?unitId=base&search= (within one base organization)', 100, async (i) => {
      await client.get(`/api/v1/people?unitId=${parents[(i % (parents.length - 1)) + 1]!.id}&search=${encodeURIComponent(terms[i % terms.length]!)}&limit=50`);
    }),
    await measure('GET /units?search= (unit name without diacritics)', 100, async (i) => {
      await client.get(`/api/v1/units?search=${encodeURIComponent(['chi bo 3.1', 'quan uy 7', 'dang uy co so 12.4', 'chi bo'][i % 4]!)}`);
    }),
  ];
}
