import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';

/** Cells of one Party member each under a unit, coded WIDE-1, WIDE-2, …: a tree too wide to be measured live every time. */
export async function addCells(db: Db, parentId: string, count: number): Promise<void> {
  await sql`
    INSERT INTO org_units (id, tenant_id, parent_id, path, kind, name, code, search_name, direct_party_members)
    SELECT g.id, p.tenant_id, p.id, (p.path::text || '.' || replace(g.id::text, '-', ''))::ltree, 'cell', 'Chi bộ ' || g.n, 'WIDE-' || g.n, 'chi bo ' || g.n, 1
    FROM org_units p CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ${count}) AS n) g
    WHERE p.id = ${parentId}`.execute(db);
}
