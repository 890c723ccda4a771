import { sql } from 'kysely';
import type { DocumentStatus } from '../../../domain/documents.ts';
import type { Notation } from '../../../domain/document-number.ts';
import type { RollupMethod } from '../../../domain/rollup.ts';
import type { AssignmentRole } from '../../../domain/task-schedule.ts';
import type { ProgressStatus } from '../../../domain/task-status.ts';
import type { DateRange, Recurrence } from '../../../domain/timeframe.ts';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { inScopes } from '../units/queries.ts';

type Executor = Db | Tx;

/** A task with its plan and the plan's issuers, as the board and the cascade walk them. */
export interface LinkedTaskRow {
  id: string;
  parent_id: string | null;
  implements_task_id: string | null;
  document_id: string;
  position: number;
  code: string;
  title: string;
  description: string;
  weight: number;
  start_on: string | null;
  end_on: string | null;
  deadline: string | null;
  peaks: DateRange[];
  recurrence: Recurrence | null;
  timeframe_text: string | null;
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

const linkedColumns = sql`
  t.id, t.parent_id, t.implements_task_id, t.document_id, t.position, t.code, t.title, t.description, t.weight,
  t.start_on, t.end_on, t.deadline, t.peaks, t.recurrence, t.timeframe_text,
  d.rollup_method, d.status AS document_status, d.number, d.type_code, d.issuer_code, d.notation, d.title AS document_title,
  iu.name AS issuer_name,
  ARRAY(SELECT ou.path::text FROM document_issuers di JOIN org_units ou ON ou.id = di.unit_id WHERE di.document_id = d.id ORDER BY di.position) AS issuer_paths`;

/**
 * The tasks from `start` downwards: sub-tasks inside each plan, and the tasks of other
 * plans implementing them (superseded versions left out, their successors stand in), to
 * any depth. UNION keeps each task once, so a bad loop in the data still ends.
 */
async function selectBelow(db: Executor, tenantId: string, start: ReturnType<typeof sql>): Promise<LinkedTaskRow[]> {
  const result = await sql<LinkedTaskRow>`
    WITH RECURSIVE below(id) AS (
      SELECT s.id FROM tasks s WHERE s.tenant_id = ${tenantId} AND ${start}
      UNION
      SELECT n.id FROM below b CROSS JOIN LATERAL (
        SELECT c.id FROM tasks c WHERE c.parent_id = b.id
        UNION ALL
        SELECT l.id FROM tasks l JOIN documents ld ON ld.id = l.document_id WHERE l.implements_task_id = b.id AND ld.status <> 'superseded'
      ) n
    )
    SELECT ${linkedColumns}
    FROM below
    JOIN tasks t ON t.id = below.id
    JOIN documents d ON d.id = t.document_id
    JOIN org_units iu ON iu.id = d.issuer_unit_id
    ORDER BY d.created_at, t.document_id, t.position`.execute(db);
  return result.rows;
}

/** A plan's tasks and every task below them in lower plans. */
export const selectPlanCascade = (db: Executor, tenantId: string, documentId: string) => selectBelow(db, tenantId, sql`s.document_id = ${documentId}`);

/** A task, its sub-tasks, and every task below them in lower plans. */
export const selectTaskCascade = (db: Executor, tenantId: string, taskId: string) => selectBelow(db, tenantId, sql`s.id = ${taskId}`);

/**
 * Every task above one: its parents and the tasks it (or they) implement, to the top.
 * Both links are followed, so a loop check sees every plan the task serves.
 */
export async function selectAbove(db: Executor, tenantId: string, taskId: string): Promise<LinkedTaskRow[]> {
  const result = await sql<LinkedTaskRow>`
    WITH RECURSIVE above(id) AS (
      SELECT s.id FROM tasks s WHERE s.tenant_id = ${tenantId} AND s.id = ${taskId}
      UNION
      SELECT n.id FROM above a JOIN tasks cur ON cur.id = a.id
      CROSS JOIN LATERAL (SELECT cur.parent_id AS id UNION ALL SELECT cur.implements_task_id) n
      WHERE n.id IS NOT NULL
    )
    SELECT ${linkedColumns}
    FROM above
    JOIN tasks t ON t.id = above.id
    JOIN documents d ON d.id = t.document_id
    JOIN org_units iu ON iu.id = d.issuer_unit_id`.execute(db);
  return result.rows;
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

/** Status and percent only, for tasks whose figures count but whose assignments are not listed. */
export async function selectProgressOfTasks(db: Executor, taskIds: string[]): Promise<{ task_id: string; status: ProgressStatus; percent: number }[]> {
  if (taskIds.length === 0) return [];
  const result = await sql<{ task_id: string; status: ProgressStatus; percent: number }>`
    SELECT a.task_id, a.status, a.percent FROM assignments a WHERE a.task_id = ANY(${taskIds}::uuid[])`.execute(db);
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
  const result = await sql<LinkedTaskRow>`
    SELECT ${linkedColumns}
    FROM tasks t
    JOIN documents d ON d.id = t.document_id
    JOIN org_units iu ON iu.id = d.issuer_unit_id
    WHERE t.implements_task_id = ${taskId} AND d.status <> 'superseded'
    ORDER BY d.created_at, t.position`.execute(db);
  return result.rows;
}
