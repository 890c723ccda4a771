import { type ExpressionBuilder, type Insertable, sql } from 'kysely';
import type { DueState } from '../../../domain/task-status.ts';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Db | Tx;
type InboxEb = ExpressionBuilder<Database & { a: Database['assignments']; u: Database['org_units']; d: Database['documents'] }, 'a' | 'u' | 'd'>;

/** The day an assignment turns due soon and today, both Vietnam calendar days (see domain dueState). */
export interface DueWindow {
  today: string;
  soon: string;
}

/** The SQL twin of domain dueState, for filters and counts; rows get their state from the domain function. */
function dueStateIs(eb: InboxEb, state: DueState, window: DueWindow) {
  if (state === 'done') return eb('a.status', '=', 'done');
  const open = eb('a.status', '!=', 'done');
  switch (state) {
    case 'undated':
      return eb.and([open, eb('a.due_on', 'is', null)]);
    case 'overdue':
      return eb.and([open, eb('a.due_on', '<', window.today)]);
    case 'due_soon':
      return eb.and([open, eb('a.due_on', '>=', window.today), eb('a.due_on', '<=', window.soon)]);
    case 'upcoming':
      return eb.and([open, eb('a.due_on', '>', window.soon)]);
  }
}

export interface InboxFilter {
  tenantId: string;
  /** Exactly one unit, the units under a path, or the units in any of the scopes. */
  unit: { id: string } | { under: string } | { scopes: string[] };
  status?: string;
  year?: number;
  /** Due within these days (a period's first and last day). */
  dueBetween?: { start: string; end: string };
  documentId?: string;
}

/**
 * The units of a subtree, resolved before the assignments are read: PostgreSQL's estimate
 * of ltree containment can be off tenfold (212 units where there are 21), which made it
 * scan every assignment of the tenant instead of probing the inbox index unit by unit.
 */
function unitsUnder(unit: { under: string } | { scopes: string[] }) {
  const paths = 'under' in unit ? [unit.under] : unit.scopes;
  return sql.join(
    paths.map((path) => sql`ou.path <@ ${path}::ltree`),
    sql` OR `,
  );
}

/** Assignments of issued plans for the filter, joined with what an inbox row shows. */
function inboxBase(db: Executor, filter: InboxFilter) {
  let query = db
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .where('a.tenant_id', '=', filter.tenantId)
    .where('d.status', '=', 'issued');
  const unit = filter.unit;
  if ('id' in unit) query = query.where('a.unit_id', '=', unit.id);
  else query = query.where(sql<boolean>`a.unit_id = ANY(ARRAY(SELECT ou.id FROM org_units ou WHERE ${unitsUnder(unit)}))`);
  if (filter.status) query = query.where('a.status', '=', filter.status as never);
  if (filter.year) query = query.where('d.year', '=', filter.year);
  if (filter.dueBetween) query = query.where('a.due_on', '>=', filter.dueBetween.start).where('a.due_on', '<=', filter.dueBetween.end);
  if (filter.documentId) query = query.where('a.document_id', '=', filter.documentId);
  return query;
}

/** Columns of an inbox row: the assignment, its task, its plan, the unit, and the plan's issuers (for reminders). */
export function itemColumns(query: ReturnType<typeof inboxBase>) {
  return query
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('org_units as iu', 'iu.id', 'd.issuer_unit_id')
    .select([
      'a.id',
      'a.role',
      'a.period',
      'a.start_on',
      'a.due_on',
      'a.status',
      'a.percent',
      'a.acknowledged_at',
      'a.last_reported_at',
      'a.unit_id',
      'u.name as unit_name',
      'u.short_name as unit_short_name',
      'u.path as unit_path',
      't.id as task_id',
      't.code as task_code',
      't.title as task_title',
      't.timeframe_text',
      'd.id as document_id',
      'd.number',
      'd.type_code',
      'd.issuer_code',
      'd.notation',
      'd.title as document_title',
      'd.status as document_status',
      'iu.name as issuer_name',
      sql<string[]>`ARRAY(SELECT ou.path::text FROM document_issuers di JOIN org_units ou ON ou.id = di.unit_id WHERE di.document_id = d.id)`.as('issuer_paths'),
    ]);
}

export type AssignmentItemRow = Awaited<ReturnType<typeof selectInbox>>[number];

export function selectInbox(
  db: Executor,
  filter: InboxFilter & { dueState?: DueState; acknowledged?: boolean; window: DueWindow; limit: number; offset: number },
) {
  let query = inboxBase(db, filter);
  if (filter.dueState) {
    const state = filter.dueState;
    query = query.where((eb) => dueStateIs(eb, state, filter.window));
  }
  if (filter.acknowledged !== undefined) query = query.where('a.acknowledged_at', filter.acknowledged ? 'is not' : 'is', null);
  return itemColumns(query).orderBy(sql`a.due_on ASC NULLS LAST`).orderBy('a.id').limit(filter.limit).offset(filter.offset).execute();
}

/** How many assignments of the filter are in each due state, and how many await acknowledgement. */
export async function countInbox(db: Executor, filter: InboxFilter & { window: DueWindow }) {
  const counted = (state: DueState) => (eb: InboxEb) => eb.fn.count<number>('a.id').filterWhere(dueStateIs(eb, state, filter.window));
  const row = await inboxBase(db, filter)
    .select((eb) => [
      counted('overdue')(eb).as('overdue'),
      counted('due_soon')(eb).as('due_soon'),
      counted('upcoming')(eb).as('upcoming'),
      counted('undated')(eb).as('undated'),
      counted('done')(eb).as('done'),
      eb.fn.count<number>('a.id').filterWhere('a.acknowledged_at', 'is', null).as('unacknowledged'),
    ])
    .executeTakeFirstOrThrow();
  return {
    overdue: Number(row.overdue),
    due_soon: Number(row.due_soon),
    upcoming: Number(row.upcoming),
    undated: Number(row.undated),
    done: Number(row.done),
    unacknowledged: Number(row.unacknowledged),
  };
}

/** One assignment as an inbox row, whatever its plan's status. */
export function findAssignmentItem(db: Executor, tenantId: string, assignmentId: string) {
  const query = db
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .where('a.tenant_id', '=', tenantId)
    .where('a.id', '=', assignmentId);
  return itemColumns(query).select(['t.description', 't.start_on as task_start_on', 't.end_on', 't.deadline', 't.peaks', 't.recurrence']).executeTakeFirst();
}

/** The assignment locked for a write, with its unit's path and its plan's status. */
export function lockAssignment(tx: Tx, tenantId: string, assignmentId: string) {
  return tx
    .selectFrom('assignments as a')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .selectAll('a')
    .select(['u.path as unit_path', 'd.status as document_status'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.id', '=', assignmentId)
    .forUpdate('a')
    .executeTakeFirst();
}

export function acknowledge(tx: Tx, assignmentId: string, userId: string) {
  return tx
    .updateTable('assignments')
    .set({ acknowledged_at: new Date(), acknowledged_by: userId, updated_at: new Date() })
    .where('id', '=', assignmentId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Stores a report and makes its status and percent the assignment's; reporting also acknowledges. */
export async function insertReport(tx: Tx, row: Insertable<Database['progress_reports']>, userId: string) {
  const report = await tx.insertInto('progress_reports').values(row).returningAll().executeTakeFirstOrThrow();
  const now = new Date();
  const assignment = await tx
    .updateTable('assignments')
    .set((eb) => ({
      status: row.status,
      percent: row.percent,
      last_reported_at: now,
      acknowledged_at: eb.fn.coalesce('acknowledged_at', eb.val(now)),
      acknowledged_by: eb.fn.coalesce('acknowledged_by', eb.val(userId)),
      updated_at: now,
    }))
    .where('id', '=', row.assignment_id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { report, assignment };
}

/** Progress reports with the name of who reported. */
function reportRows(db: Executor) {
  return db.selectFrom('progress_reports as r').leftJoin('users as us', 'us.id', 'r.reported_by').selectAll('r').select('us.display_name as reported_by_name');
}

export function selectReports(db: Executor, assignmentId: string) {
  return reportRows(db).where('r.assignment_id', '=', assignmentId).orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').execute();
}

export type ReportRow = Awaited<ReturnType<typeof selectReports>>[number];

export function findReport(db: Executor, tenantId: string, reportId: string) {
  return reportRows(db).where('r.tenant_id', '=', tenantId).where('r.id', '=', reportId).executeTakeFirst();
}

export async function unitNames(db: Executor, unitIds: string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', unitIds).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
