import { sql } from 'kysely';
import type { DocumentStatus } from '../../../domain/documents.ts';
import type { Notation } from '../../../domain/document-number.ts';
import type { RollupMethod } from '../../../domain/rollup.ts';
import type { AssignmentRole } from '../../../domain/task-schedule.ts';
import type { ProgressStatus } from '../../../domain/task-status.ts';
import type { DateRange, Recurrence } from '../../../domain/timeframe.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { inScopes } from '../units/queries.ts';

type Executor = Db | Tx;

/** A task as the walks carry it: its links and what the roll-up needs, nothing to show. */
interface WalkedTask {
  id: string;
  parent_id: string | null;
  implements_task_id: string | null;
  document_id: string;
  position: number;
  code: string;
  weight: number;
}

/** A plan met on a walk, with its issuers. */
interface WalkedPlan {
  id: string;
  created_at: Date;
  rollup_method: RollupMethod;
  document_status: DocumentStatus;
  number: number | null;
  type_code: string;
  issuer_code: string;
  notation: Notation;
  document_title: string;
  issuer_name: string;
  issuer_paths: string[];
}

type PlanColumns = Omit<WalkedPlan, 'id' | 'created_at'>;

/** A task with its plan and the plan's issuers. */
export type LinkedTaskRow = WalkedTask & PlanColumns;

/** A task below another, with its assignments counted: how many, how many done, the sum of their percents. */
export type BelowRow = LinkedTaskRow & { assigned: number; done: number; percent_sum: number };

/** A task above another, with its title for the lineage. */
export type AboveRow = LinkedTaskRow & { title: string };

const walkedColumns = ['id', 'parent_id', 'implements_task_id', 'document_id', 'position', 'code', 'weight'];
const columnsOf = (alias: string, extra: string[] = []) => sql.raw([...walkedColumns, ...extra].map((column) => `${alias}.${column}`).join(', '));

/** The plans of the walked tasks, each read once, joined onto the tasks in plan order. */
async function withPlans<T extends WalkedTask>(db: Executor, tasks: T[]): Promise<(T & PlanColumns)[]> {
  const documentIds = [...new Set(tasks.map((task) => task.document_id))];
  if (documentIds.length === 0) return [];
  const plans = await sql<WalkedPlan>`
    SELECT d.id, d.created_at, d.rollup_method, d.status AS document_status, d.number, d.type_code, d.issuer_code, d.notation, d.title AS document_title,
           iu.name AS issuer_name,
           ARRAY(SELECT ou.path::text FROM document_issuers di JOIN org_units ou ON ou.id = di.unit_id WHERE di.document_id = d.id ORDER BY di.position) AS issuer_paths
    FROM documents d JOIN org_units iu ON iu.id = d.issuer_unit_id
    WHERE d.id = ANY(${documentIds}::uuid[])`.execute(db);
  const created = new Map(plans.rows.map((plan) => [plan.id, plan.created_at.getTime()]));
  // Each plan's columns are taken apart once: a walk meets thousands of tasks of a few plans.
  const planColumns = new Map(plans.rows.map(({ id, created_at: _created, ...columns }) => [id, columns]));
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...tasks]
    .sort((a, b) => created.get(a.document_id)! - created.get(b.document_id)! || byId(a.document_id, b.document_id) || a.position - b.position)
    // Object.assign, not spread syntax: V8 copies two spread objects into a literal some fifty times slower.
    .map((task) => Object.assign({}, task, planColumns.get(task.document_id)!));
}

/**
 * The tasks from `start` downwards: sub-tasks inside each plan, and the tasks of other
 * plans implementing them (superseded versions left out, their successors stand in), to
 * any depth, each with its assignments counted. The walk carries only links and weights,
 * so a city plan's thousands of tasks below stay one light query; UNION keeps each task
 * once, so a bad loop in the data still ends.
 */
async function selectBelow(db: Executor, tenantId: string, start: ReturnType<typeof sql>): Promise<BelowRow[]> {
  const result = await sql<WalkedTask & { assigned: number; done: number; percent_sum: number }>`
    WITH RECURSIVE below AS (
      SELECT ${columnsOf('s')} FROM tasks s WHERE s.tenant_id = ${tenantId} AND ${start}
      UNION
      SELECT n.* FROM below b CROSS JOIN LATERAL (
        SELECT ${columnsOf('c')} FROM tasks c WHERE c.parent_id = b.id
        UNION ALL
        SELECT ${columnsOf('l')} FROM tasks l
        WHERE l.implements_task_id = b.id AND (SELECT ld.status FROM documents ld WHERE ld.id = l.document_id) <> 'superseded'
      ) n
    )
    SELECT w.*, p.assigned, p.done, p.percent_sum FROM below w
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS assigned, (count(*) FILTER (WHERE a.status = 'done'))::int AS done, coalesce(sum(a.percent), 0)::int AS percent_sum
      FROM assignments a WHERE a.task_id = w.id
    ) p`.execute(db);
  return withPlans(db, result.rows);
}

/** A plan's tasks and every task below them in lower plans. */
export const selectPlanCascade = (db: Executor, tenantId: string, documentId: string) => selectBelow(db, tenantId, sql`s.document_id = ${documentId}`);

/** A task, its sub-tasks, and every task below them in lower plans. */
export const selectTaskCascade = (db: Executor, tenantId: string, taskId: string) => selectBelow(db, tenantId, sql`s.id = ${taskId}`);

/**
 * Every task above one: its parents and the tasks it (or they) implement, to the top.
 * Both links are followed, so a loop check sees every plan the task serves.
 */
export async function selectAbove(db: Executor, tenantId: string, taskId: string): Promise<AboveRow[]> {
  const result = await sql<WalkedTask & { title: string }>`
    WITH RECURSIVE above AS (
      SELECT ${columnsOf('s', ['title'])} FROM tasks s WHERE s.tenant_id = ${tenantId} AND s.id = ${taskId}
      UNION
      SELECT ${columnsOf('t', ['title'])} FROM above a JOIN tasks t ON t.id IN (a.parent_id, a.implements_task_id)
    )
    SELECT * FROM above`.execute(db);
  return withPlans(db, result.rows);
}

/** Titles and timeframes of the given tasks, for the ones a view shows. */
export async function selectTaskDetails(db: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return new Map<string, TaskDetails>();
  const result = await sql<TaskDetails>`
    SELECT t.id, t.title, t.start_on, t.end_on, t.deadline, t.peaks, t.recurrence, t.timeframe_text
    FROM tasks t WHERE t.id = ANY(${taskIds}::uuid[])`.execute(db);
  return new Map(result.rows.map((row) => [row.id, row]));
}

export interface TaskDetails {
  id: string;
  title: string;
  start_on: string | null;
  end_on: string | null;
  deadline: string | null;
  peaks: DateRange[];
  recurrence: Recurrence | null;
  timeframe_text: string | null;
}

export interface ProgressRow {
  id: string;
  task_id: string;
  unit_id: string;
  role: AssignmentRole;
  period: string | null;
  due_on: string | null;
  status: ProgressStatus;
  percent: number;
  acknowledged_at: Date | null;
  last_reported_at: Date | null;
  unit_name: string;
  unit_short_name: string | null;
}

/** The assignments of the given tasks with their units, in due order. */
export async function selectAssignmentsOfTasks(db: Executor, taskIds: string[]): Promise<ProgressRow[]> {
  if (taskIds.length === 0) return [];
  const result = await sql<ProgressRow>`
    SELECT a.id, a.task_id, a.unit_id, a.role, a.period, a.due_on, a.status, a.percent, a.acknowledged_at, a.last_reported_at,
           u.name AS unit_name, u.short_name AS unit_short_name
    FROM assignments a JOIN org_units u ON u.id = a.unit_id
    WHERE a.task_id = ANY(${taskIds}::uuid[])
    ORDER BY u.display_order, u.name, a.due_on NULLS LAST, a.period`.execute(db);
  return result.rows;
}

/** Of the given documents, those assigning work to a unit in the scopes (their assignees read them). */
export async function documentsAssignedWithin(db: Executor, documentIds: string[], scopes: string[]): Promise<Set<string>> {
  if (documentIds.length === 0 || scopes.length === 0) return new Set();
  const rows = await db
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .select('a.document_id')
    .distinct()
    .where(sql<boolean>`a.document_id = ANY(${documentIds}::uuid[])`)
    .where(inScopes(scopes))
    .execute();
  return new Set(rows.map((row) => row.document_id));
}

/** Whether the unit at `unitPath`, or a unit above it, holds an assignment of the task. */
export async function assignedAtOrAbove(db: Executor, taskId: string, unitPath: string): Promise<boolean> {
  const row = await db
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .select('a.id')
    .where('a.task_id', '=', taskId)
    .where(sql<boolean>`u.path @> ${unitPath}::ltree`)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

/** A document and the versions it corrects, newest first. */
export async function versionFamily(db: Executor, documentId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE family(id, previous_version_id) AS (
      SELECT id, previous_version_id FROM documents WHERE id = ${documentId}
      UNION
      SELECT d.id, d.previous_version_id FROM family f JOIN documents d ON d.id = f.previous_version_id
    )
    SELECT id FROM family`.execute(db);
  return result.rows.map((row) => row.id);
}

/** Tasks of current (not superseded) plans implementing the given task. */
export async function selectImplementers(db: Executor, taskId: string): Promise<LinkedTaskRow[]> {
  const result = await sql<WalkedTask>`
    SELECT ${columnsOf('t')} FROM tasks t JOIN documents d ON d.id = t.document_id
    WHERE t.implements_task_id = ${taskId} AND d.status <> 'superseded'`.execute(db);
  return withPlans(db, result.rows);
}
