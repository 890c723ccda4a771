import type { Insertable, Updateable } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import { newId } from '../../db/ids.ts';

type Executor = Db | Tx;

export type NewTask = Insertable<Database['tasks']>;

export function selectPlanTasks(db: Executor, documentId: string) {
  return db.selectFrom('tasks').selectAll().where('document_id', '=', documentId).orderBy('position').execute();
}

export function selectTaskUnits(db: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('task_units as tu')
    .innerJoin('org_units as u', 'u.id', 'tu.unit_id')
    .select(['tu.task_id', 'tu.unit_id', 'tu.role', 'u.name', 'u.short_name', 'u.path'])
    .where('tu.task_id', 'in', taskIds)
    .orderBy('tu.role')
    .orderBy('u.display_order')
    .orderBy('u.name')
    .execute();
}

export function findTask(db: Executor, tenantId: string, taskId: string) {
  return db.selectFrom('tasks').selectAll().where('tenant_id', '=', tenantId).where('id', '=', taskId).executeTakeFirst();
}

export async function insertTasks(tx: Tx, rows: NewTask[]) {
  for (let start = 0; start < rows.length; start += 500) await tx.insertInto('tasks').values(rows.slice(start, start + 500)).execute();
}

export async function insertTaskUnits(tx: Tx, rows: Insertable<Database['task_units']>[]) {
  for (let start = 0; start < rows.length; start += 1000) await tx.insertInto('task_units').values(rows.slice(start, start + 1000)).execute();
}

export async function replaceTaskUnits(tx: Tx, taskId: string, rows: Insertable<Database['task_units']>[]) {
  await tx.deleteFrom('task_units').where('task_id', '=', taskId).execute();
  if (rows.length > 0) await insertTaskUnits(tx, rows);
}

export function updateTask(tx: Tx, taskId: string, patch: Updateable<Database['tasks']>) {
  return tx
    .updateTable('tasks')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', taskId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes tasks of a draft (and their units); `ids` must hold a task with all its sub-tasks. */
export async function deleteTasks(tx: Tx, ids: string[]) {
  await tx.deleteFrom('task_units').where('task_id', 'in', ids).execute();
  await tx.updateTable('tasks').set({ parent_id: null }).where('id', 'in', ids).execute();
  await tx.deleteFrom('tasks').where('id', 'in', ids).execute();
}

export async function nextPosition(tx: Tx, documentId: string): Promise<number> {
  const row = await tx.selectFrom('tasks').select((eb) => eb.fn.max<number>('position').as('max')).where('document_id', '=', documentId).executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export function codeInUse(tx: Tx, documentId: string, code: string, exceptId?: string) {
  let query = tx.selectFrom('tasks').select('id').where('document_id', '=', documentId).where('code', '=', code);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst().then(Boolean);
}

/** Copies a plan's task tree and task units into another document (a new version), keeping cascade links. */
export async function copyTasks(tx: Tx, fromId: string, toId: string) {
  const tasks = await selectPlanTasks(tx, fromId);
  if (tasks.length === 0) return;
  const ids = new Map(tasks.map((task) => [task.id, newId()]));
  await insertTasks(
    tx,
    tasks.map(({ created_at: _created, updated_at: _updated, ...task }) => ({
      ...task,
      id: ids.get(task.id)!,
      document_id: toId,
      parent_id: task.parent_id ? ids.get(task.parent_id)! : null,
      peaks: JSON.stringify(task.peaks),
      targets: JSON.stringify(task.targets),
      unmatched_units: JSON.stringify(task.unmatched_units),
    })),
  );
  const units = await tx.selectFrom('task_units').selectAll().where('task_id', 'in', [...ids.keys()]).execute();
  await insertTaskUnits(tx, units.map((unit) => ({ ...unit, task_id: ids.get(unit.task_id)! })));
}

/** Lower plans' tasks that implemented a task of the superseded version now implement its successor (same code). */
export async function repointImplementers(tx: Tx, fromId: string, toId: string) {
  await tx
    .updateTable('tasks as lower')
    .from('tasks as old')
    .innerJoin('tasks as new', (join) => join.onRef('new.code', '=', 'old.code').on('new.document_id', '=', toId))
    .set((eb) => ({ implements_task_id: eb.ref('new.id') }))
    .whereRef('lower.implements_task_id', '=', 'old.id')
    .where('old.document_id', '=', fromId)
    .execute();
}
