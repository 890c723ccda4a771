import { type Insertable, sql } from 'kysely';
import type { Role } from '../../../domain/roles.ts';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import { itemColumns } from '../assignments/queries.ts';

type Executor = Db | Tx;

/** An assignment with what a reminder says about it: task, plan, unit. */
function withSubject(db: Executor) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .select([
      'a.id',
      'a.tenant_id',
      'a.unit_id',
      'a.document_id',
      'a.period',
      'a.due_on',
      'a.status',
      't.title as task_title',
      'u.name as unit_name',
      'u.path as unit_path',
      'd.type_code',
      'd.number',
      'd.issuer_code',
      'd.notation',
      'd.title as document_title',
      'd.status as document_status',
    ]);
}

const lastReminderOf = (kind: 'due_soon' | 'overdue') =>
  sql<string | null>`(SELECT max(r.day) FROM reminders r WHERE r.assignment_id = a.id AND r.kind = ${kind})`;

/**
 * Open assignments of issued plans (every tenant) due on or before `horizon`, with the days of
 * the automatic reminders they already had: the job decides from these which are due today.
 */
export function selectReminderCandidates(db: Executor, horizon: string) {
  return withSubject(db)
    .select([lastReminderOf('due_soon').as('last_due_soon_on'), lastReminderOf('overdue').as('last_overdue_on')])
    .where('d.status', '=', 'issued')
    .where('a.status', '!=', 'done')
    .where('a.due_on', '<=', horizon)
    .orderBy('a.id')
    .execute();
}

export function findAssignmentSubject(db: Executor, tenantId: string, assignmentId: string) {
  return withSubject(db).where('a.tenant_id', '=', tenantId).where('a.id', '=', assignmentId).executeTakeFirst();
}

export type SubjectRow = NonNullable<Awaited<ReturnType<typeof findAssignmentSubject>>>;

/** Paths of the issuing units of each document. */
export async function selectIssuerPaths(db: Executor, documentIds: readonly string[]): Promise<Map<string, string[]>> {
  const byDocument = new Map<string, string[]>();
  if (documentIds.length === 0) return byDocument;
  const rows = await db
    .selectFrom('document_issuers as di')
    .innerJoin('org_units as ou', 'ou.id', 'di.unit_id')
    .select(['di.document_id', 'ou.path'])
    .where('di.document_id', 'in', [...new Set(documentIds)])
    .execute();
  for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row.path]);
  return byDocument;
}

/** Inserts the reminders not sent yet; returns only the rows actually written (the unique key drops repeats). */
export function insertReminders(tx: Tx, rows: Insertable<Database['reminders']>[]) {
  return tx
    .insertInto('reminders')
    .values(rows)
    .onConflict((oc) => oc.constraint('reminders_once').doNothing())
    .returning(['id', 'assignment_id', 'kind'])
    .execute();
}

export interface Recipient {
  unit_id: string;
  user_id: string;
  email: string | null;
  display_name: string;
}

/**
 * Who hears about a unit's work: the active accounts whose role lets them report for it
 * (granted on the unit or an ancestor, as roles apply to a subtree), taken from the nearest
 * level that has any. A cell's reminder thus reaches its secretary, not every administrator
 * above it; a unit without accounts of its own is served by the staff of the unit above.
 */
export async function selectRecipients(db: Executor, unitIds: readonly string[], roles: readonly Role[]): Promise<Recipient[]> {
  if (unitIds.length === 0) return [];
  const result = await sql<Recipient>`
    WITH holder AS (
      SELECT t.id AS unit_id, g.user_id, nlevel(gu.path) AS depth
      FROM org_units t
      JOIN org_units gu ON gu.path @> t.path AND gu.tenant_id = t.tenant_id
      JOIN role_grants g ON g.unit_id = gu.id AND g.role = ANY(${[...roles]}::text[])
      JOIN users us ON us.id = g.user_id AND us.is_active
      WHERE t.id = ANY(${[...new Set(unitIds)]}::uuid[])
    )
    SELECT DISTINCT h.unit_id, h.user_id, us.email, us.display_name
    FROM holder h JOIN users us ON us.id = h.user_id
    WHERE h.depth = (SELECT max(x.depth) FROM holder x WHERE x.unit_id = h.unit_id)
    ORDER BY h.unit_id, us.display_name`.execute(db);
  return result.rows;
}

export interface OverdueFilter {
  tenantId: string;
  unitPath: string;
  today: string;
  /** The last day that still counts as due soon. */
  soon: string;
  state?: 'overdue' | 'due_soon';
}

function overdueBase(db: Executor, filter: OverdueFilter) {
  let query = db
    .selectFrom('assignments as a')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .innerJoin('org_units as u', 'u.id', 'a.unit_id')
    .where('a.tenant_id', '=', filter.tenantId)
    .where('d.status', '=', 'issued')
    .where('a.status', '!=', 'done')
    .where('a.due_on', '<=', filter.soon)
    .where(sql<boolean>`u.path <@ ${filter.unitPath}::ltree`);
  if (filter.state === 'overdue') query = query.where('a.due_on', '<', filter.today);
  if (filter.state === 'due_soon') query = query.where('a.due_on', '>=', filter.today);
  return query;
}

/** The "đôn đốc" list: open work of the subtree that is late or soon due, the latest first in line. */
export function selectOverdue(db: Executor, filter: OverdueFilter & { limit: number; offset: number }) {
  return itemColumns(overdueBase(db, filter))
    .select([
      sql<Date | null>`(SELECT max(r.created_at) FROM reminders r WHERE r.assignment_id = a.id)`.as('last_reminder_at'),
      // Correlated by assignment (the reminders_once index), not a scan of every reminder of the day.
      sql<boolean>`coalesce((SELECT bool_or(r.kind = 'manual' AND r.day = ${filter.today}) FROM reminders r WHERE r.assignment_id = a.id), false)`.as('reminded_today'),
    ])
    .orderBy('a.due_on')
    .orderBy('u.path')
    .orderBy('a.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export type OverdueRow = Awaited<ReturnType<typeof selectOverdue>>[number];

/**
 * How many rows are overdue and due soon, each counted up to `cap` + 1: the tabs show "1000+"
 * rather than making the list wait for an exact figure over a city's backlog.
 */
export async function countOverdue(db: Executor, filter: OverdueFilter, cap: number) {
  const upTo = (state: 'overdue' | 'due_soon') => sql<number>`(SELECT count(*) FROM (${overdueBase(db, { ...filter, state }).select('a.id').limit(cap + 1)}) AS capped)`;
  const row = await db.selectNoFrom([upTo('overdue').as('overdue'), upTo('due_soon').as('due_soon')]).executeTakeFirstOrThrow();
  return { overdue: Number(row.overdue), dueSoon: Number(row.due_soon) };
}
