import { type ExpressionBuilder, sql } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database, NewOrgUnit, OrgUnitUpdate } from '../../db/schema.ts';

type Executor = Db | Tx;

export const unitColumns = [
  'u.id',
  'u.parent_id',
  'u.path',
  'u.kind',
  'u.department_function',
  'u.association_type',
  'u.name',
  'u.short_name',
  'u.code',
  'u.led_by_id',
  'u.display_order',
  'u.is_active',
] as const;

const hasChildren = (eb: ExpressionBuilder<Database & { u: Database['org_units'] }, 'u'>) =>
  eb.exists(eb.selectFrom('org_units as c').select(sql`1`.as('one')).whereRef('c.parent_id', '=', 'u.id')).as('has_children');

const ledByName = (eb: ExpressionBuilder<Database & { u: Database['org_units'] }, 'u'>) =>
  eb.selectFrom('org_units as l').select('l.name').whereRef('l.id', '=', 'u.led_by_id').as('led_by_name');

export function inScopes(scopes: string[], column = 'u.path') {
  return (eb: ExpressionBuilder<any, any>) => eb.or(scopes.map((scope) => eb(sql.ref(column), '<@', sql`${scope}::ltree`)));
}

export function findUnit(db: Executor, tenantId: string, id: string) {
  return db
    .selectFrom('org_units as u')
    .select(unitColumns)
    .select((eb) => [hasChildren(eb), ledByName(eb)])
    .where('u.tenant_id', '=', tenantId)
    .where('u.id', '=', id)
    .executeTakeFirst();
}

export function lockUnit(tx: Tx, tenantId: string, id: string) {
  return tx.selectFrom('org_units as u').selectAll('u').where('u.tenant_id', '=', tenantId).where('u.id', '=', id).forUpdate().executeTakeFirst();
}

export function selectUnitsByPaths(db: Executor, tenantId: string, paths: string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_units as u')
    .select(unitColumns)
    .select((eb) => [hasChildren(eb), ledByName(eb)])
    .where('u.tenant_id', '=', tenantId)
    .where('u.path', 'in', paths)
    .orderBy('u.display_order')
    .orderBy('u.name')
    .execute();
}

export function selectChildren(db: Executor, tenantId: string, parentId: string, includeInactive: boolean) {
  let query = db
    .selectFrom('org_units as u')
    .select(unitColumns)
    .select((eb) => [hasChildren(eb), ledByName(eb)])
    .where('u.tenant_id', '=', tenantId)
    .where('u.parent_id', '=', parentId);
  if (!includeInactive) query = query.where('u.is_active', '=', true);
  return query.orderBy('u.display_order').orderBy('u.name').execute();
}

export function selectAncestors(db: Executor, tenantId: string, path: string) {
  return db
    .selectFrom('org_units as u')
    .select(['u.id', 'u.name', 'u.short_name', 'u.path', 'u.kind'])
    .where('u.tenant_id', '=', tenantId)
    .where(sql<boolean>`u.path @> ${path}::ltree`)
    .where(sql<boolean>`u.path <> ${path}::ltree`)
    .orderBy(sql`nlevel(u.path)`)
    .execute();
}

export function searchUnits(
  db: Executor,
  tenantId: string,
  scopes: string[],
  filter: { pattern: string | null; kind?: string; associationType?: string; underPath?: string; includeInactive: boolean; limit: number },
) {
  let query = db
    .selectFrom('org_units as u')
    .select(unitColumns)
    .select((eb) => [hasChildren(eb), ledByName(eb)])
    .where('u.tenant_id', '=', tenantId)
    .where(inScopes(scopes));
  if (filter.pattern) query = query.where('u.search_name', 'like', filter.pattern);
  if (filter.underPath) query = query.where(sql<boolean>`u.path <@ ${filter.underPath}::ltree`);
  if (filter.kind) query = query.where('u.kind', '=', filter.kind as never);
  if (filter.associationType) query = query.where('u.association_type', '=', filter.associationType as never);
  if (!filter.includeInactive) query = query.where('u.is_active', '=', true);
  return query.orderBy(sql`nlevel(u.path)`).orderBy('u.name').limit(filter.limit).execute();
}

export async function countActiveChildren(db: Executor, unitId: string): Promise<number> {
  const row = await db
    .selectFrom('org_units')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('parent_id', '=', unitId)
    .where('is_active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function countActiveMembers(db: Executor, unitId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('unit_id', '=', unitId)
    .where('ended_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Active members in the whole subtree, summed from the per-unit counts. */
export async function countMembersUnder(db: Executor, path: string): Promise<{ party: number; association: number }> {
  const row = await db
    .selectFrom('org_units')
    .select([
      sql<number>`coalesce(sum(direct_party_members), 0)`.as('party'),
      sql<number>`coalesce(sum(direct_association_members), 0)`.as('association'),
    ])
    .where(sql<boolean>`path <@ ${path}::ltree`)
    .executeTakeFirstOrThrow();
  return { party: Number(row.party), association: Number(row.association) };
}

export async function adjustMemberCount(tx: Tx, unitId: string, isParty: boolean, delta: 1 | -1) {
  const column = isParty ? 'direct_party_members' : 'direct_association_members';
  await tx
    .updateTable('org_units')
    .set((eb) => ({ [column]: eb(column, '+', delta) }))
    .where('id', '=', unitId)
    .execute();
}

/** Recomputes the per-unit counts of a tenant after bulk loads (demo data, scale data). */
export async function recountMembers(tx: Tx, tenantId: string) {
  await sql`
    UPDATE org_units u SET
      direct_party_members = coalesce(c.party, 0),
      direct_association_members = coalesce(c.association, 0)
    FROM org_units x
    LEFT JOIN (
      SELECT unit_id, count(*) FILTER (WHERE is_party) AS party, count(*) FILTER (WHERE NOT is_party) AS association
      FROM memberships WHERE ended_on IS NULL AND tenant_id = ${tenantId} GROUP BY unit_id
    ) c ON c.unit_id = x.id
    WHERE u.id = x.id AND u.tenant_id = ${tenantId}`.execute(tx);
}

export function codeTaken(db: Executor, tenantId: string, code: string, exceptId?: string) {
  let query = db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('code', '=', code);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst().then(Boolean);
}

export function selectCodesLike(db: Executor, tenantId: string, prefix: string) {
  return db
    .selectFrom('org_units')
    .select('code')
    .where('tenant_id', '=', tenantId)
    .where('code', 'like', `${prefix}%`)
    .execute()
    .then((rows) => new Set(rows.map((row) => row.code)));
}

export async function insertUnit(tx: Tx, unit: NewOrgUnit) {
  return tx.insertInto('org_units').values(unit).returningAll().executeTakeFirstOrThrow();
}

export async function updateUnit(tx: Tx, id: string, patch: OrgUnitUpdate) {
  return tx
    .updateTable('org_units')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// subpath(p, n) fails when n = nlevel(p), i.e. for the moved unit itself.
const rebased = (column: string, newPath: string, oldDepth: number) =>
  sql<string>`CASE WHEN nlevel(${sql.ref(column)}) = ${oldDepth} THEN ${newPath}::ltree ELSE ${newPath}::ltree || subpath(${sql.ref(column)}, ${oldDepth}) END`;

/** Rewrites the paths of a moved subtree and of the memberships inside it. */
export async function rebaseSubtree(tx: Tx, oldPath: string, newPath: string) {
  const oldDepth = oldPath.split('.').length;
  await tx
    .updateTable('org_units')
    .set({ path: rebased('path', newPath, oldDepth), updated_at: new Date() })
    .where(sql<boolean>`path <@ ${oldPath}::ltree`)
    .execute();
  await tx
    .updateTable('memberships')
    .set({ unit_path: rebased('unit_path', newPath, oldDepth) })
    .where(sql<boolean>`unit_path <@ ${oldPath}::ltree`)
    .execute();
}

export function selectUnitsInScopes(db: Executor, tenantId: string, scopes: string[]) {
  return db
    .selectFrom('org_units as u')
    .select(['u.id', 'u.code', 'u.kind', 'u.association_type', 'u.is_active', 'u.path', 'u.name'])
    .where('u.tenant_id', '=', tenantId)
    .where(inScopes(scopes))
    .execute();
}
