import { sql } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../reports/queries.ts';

const targetColumns = [
  't.id',
  't.tenant_id',
  't.unit_id',
  't.document_id',
  't.year',
  't.text',
  't.subject_kind',
  't.subject_association_type',
  't.metric_key',
  't.params',
  't.comparator',
  't.value',
  't.period_type',
  't.created_at',
  't.updated_at',
  'u.name as unit_name',
  'u.path as unit_path',
  'd.title as document_title',
] as const;

function targetsWithNames(db: Executor) {
  return db.selectFrom('targets as t').innerJoin('org_units as u', 'u.id', 't.unit_id').leftJoin('documents as d', 'd.id', 't.document_id').select(targetColumns);
}

export type TargetRow = NonNullable<Awaited<ReturnType<typeof findTarget>>>;

export function findTarget(db: Executor, tenantId: string, id: string) {
  return targetsWithNames(db).where('t.tenant_id', '=', tenantId).where('t.id', '=', id).executeTakeFirst();
}

export function lockTarget(tx: Tx, tenantId: string, id: string) {
  return tx.selectFrom('targets').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Targets that apply to a unit in a year: its own and those of the units above it (they cover its subtree). */
export function selectTargetsApplyingTo(db: Executor, tenantId: string, path: string, year: number) {
  return targetsWithNames(db)
    .where('t.tenant_id', '=', tenantId)
    .where('t.year', '=', year)
    .where(sql<boolean>`u.path @> ${path}::ltree`)
    .orderBy(sql`nlevel(u.path)`)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
}

/** Targets of every unit in a subtree and year (the alerts job walks them). */
export function selectTargetsOfYear(db: Executor, year: number) {
  return targetsWithNames(db).where('t.year', '=', year).orderBy('t.created_at').execute();
}

export function selectDocumentTargets(db: Executor, documentId: string) {
  return targetsWithNames(db).where('t.document_id', '=', documentId).execute();
}

export async function insertTarget(tx: Tx, row: Insertable<Database['targets']>) {
  await tx.insertInto('targets').values(row).execute();
}

export async function updateTarget(tx: Tx, id: string, patch: Updateable<Database['targets']> & { updated_by: string }) {
  await tx
    .updateTable('targets')
    .set({ ...patch, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function deleteTarget(tx: Tx, id: string) {
  await tx.deleteFrom('targets').where('id', '=', id).execute();
}

/** The days a plan covers: its year, widened by any task dated outside it. */
export async function planSpan(db: Executor, documentId: string, year: number) {
  const row = await db
    .selectFrom('tasks')
    .select([sql<string | null>`min(least(start_on, end_on, deadline))::text`.as('first'), sql<string | null>`max(greatest(start_on, end_on, deadline))::text`.as('last')])
    .where('document_id', '=', documentId)
    .executeTakeFirstOrThrow();
  const yearStart = `${String(year).padStart(4, '0')}-01-01`;
  const yearEnd = `${String(year).padStart(4, '0')}-12-31`;
  return { start: row.first && row.first < yearStart ? row.first : yearStart, end: row.last && row.last > yearEnd ? row.last : yearEnd };
}

/** A plan's tasks with the target texts the importer put on them, to find the task a target belongs to. */
export function selectTaskTargets(db: Executor, documentId: string) {
  return db.selectFrom('tasks').select(['id', 'targets']).where('document_id', '=', documentId).orderBy('position').execute();
}

/** A task and the paths of its plan's issuers (a target may name a task of a plan its reader may open). */
export async function findTaskWithIssuers(db: Executor, tenantId: string, taskId: string) {
  const task = await db.selectFrom('tasks').select(['id', 'document_id', 'title']).where('tenant_id', '=', tenantId).where('id', '=', taskId).executeTakeFirst();
  if (!task) return null;
  const issuers = await db.selectFrom('document_issuers as i').innerJoin('org_units as u', 'u.id', 'i.unit_id').select('u.path').where('i.document_id', '=', task.document_id).execute();
  return { ...task, issuerPaths: issuers.map((issuer) => issuer.path) };
}

/** The direct children of a node that the matrix lists as rows. */
export function selectChildren(db: Executor, tenantId: string, parentId: string, kinds: string[]) {
  return db
    .selectFrom('org_units as u')
    .select(['u.id', 'u.name', 'u.kind', 'u.path', sql<boolean>`EXISTS (SELECT 1 FROM org_units c WHERE c.parent_id = u.id AND c.is_active)`.as('has_children')])
    .where('u.tenant_id', '=', tenantId)
    .where('u.parent_id', '=', parentId)
    .where('u.is_active', '=', true)
    .where('u.kind', 'in', kinds as Database['org_units']['kind'][])
    .orderBy('u.display_order')
    .orderBy('u.name')
    .execute();
}

/** Names of units and of their parents, for the shortfall list (cells share names). */
export function selectUnitNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_units as u')
    .leftJoin('org_units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.name', 'p.name as parent_name'])
    .where('u.id', 'in', ids)
    .execute();
}

/** The parent of each unit, by unit id. */
export async function selectParents(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('org_units').select(['id', 'parent_id']).where('id', 'in', ids).execute();
  return new Map(rows.flatMap((row) => (row.parent_id ? [[row.id, row.parent_id] as const] : [])));
}
