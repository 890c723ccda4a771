import { sql } from 'kysely';
import type { Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { Executor } from './queries.ts';

export interface FollowUpWrite {
  text: string;
  unitId: string;
  personId: string | null;
  dueOn: string | null;
}

/** The follow-up actions of a meeting's minutes in order, with the names the view shows. */
export function selectFollowUps(db: Executor, meetingId: string) {
  return db
    .selectFrom('minutes_follow_ups as f')
    .innerJoin('org_units as u', 'u.id', 'f.unit_id')
    .leftJoin('people as p', 'p.id', 'f.person_id')
    .select(['f.id', 'f.position', 'f.text', 'f.unit_id', 'u.name as unit_name', 'f.person_id', 'p.full_name as person_name', 'f.due_on', 'f.task_id'])
    .where('f.meeting_id', '=', meetingId)
    .orderBy('f.position')
    .execute();
}

export type FollowUpRow = Awaited<ReturnType<typeof selectFollowUps>>[number];

/** A draft's actions are replaced whole on every save (they have no identity of their own until approval). */
export async function replaceFollowUps(tx: Tx, tenantId: string, meetingId: string, items: readonly FollowUpWrite[]) {
  await tx.deleteFrom('minutes_follow_ups').where('meeting_id', '=', meetingId).execute();
  if (items.length === 0) return;
  await tx
    .insertInto('minutes_follow_ups')
    .values(items.map((item, position) => ({ id: newId(), tenant_id: tenantId, meeting_id: meetingId, position, text: item.text.trim(), unit_id: item.unitId, person_id: item.personId, due_on: item.dueOn })))
    .execute();
}

/** Links each action to the task it became, in one statement. */
export async function linkFollowUpTasks(tx: Tx, links: readonly { followUpId: string; taskId: string }[]) {
  if (links.length === 0) return;
  await sql`
    UPDATE minutes_follow_ups f SET task_id = x.task_id
    FROM unnest(${links.map((link) => link.followUpId)}::uuid[], ${links.map((link) => link.taskId)}::uuid[]) AS x(id, task_id)
    WHERE f.id = x.id`.execute(tx);
}

/** Units named by actions, with what the rules need (tenant-scoped: an id of another tenant is unknown). */
export function selectUnitsByIds(db: Executor, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_units').select(['id', 'name', 'path', 'is_active']).where('tenant_id', '=', tenantId).where('id', 'in', [...ids]).execute();
}

/** The position of a person's active membership in a unit, if any (for the notice's signature). */
export async function positionIn(db: Executor, personId: string, unitId: string) {
  const row = await db.selectFrom('memberships').select('position').where('person_id', '=', personId).where('unit_id', '=', unitId).where('ended_on', 'is', null).executeTakeFirst();
  return row?.position ?? null;
}

/**
 * The version of the conclusions notice in force: the notice itself, or the issued correction
 * that superseded it (Tạo phiên bản đính chính), so links and statuses follow the correction.
 */
export async function currentNotice(db: Executor, documentId: string) {
  const { rows } = await sql<{ id: string; number: number | null; type_code: string; issuer_code: string; notation: 'party' | 'state'; title: string; issued_on: string | null }>`
    WITH RECURSIVE chain AS (
      SELECT id, 0 AS depth FROM documents WHERE id = ${documentId}
      UNION ALL
      SELECT d.id, c.depth + 1 FROM documents d JOIN chain c ON d.previous_version_id = c.id
    )
    SELECT d.id, d.number, d.type_code, d.issuer_code, d.notation, d.title, d.issued_on
    FROM chain c JOIN documents d ON d.id = c.id
    ORDER BY (d.status = 'issued') DESC, c.depth DESC
    LIMIT 1`.execute(db);
  return rows[0];
}

/**
 * The lead assignment of each action's task in the notice in force (a correction keeps the
 * task codes), keyed by action id. Leads only: partners added by a correction do not change
 * whose task it is.
 */
export async function selectFollowUpAssignments(db: Executor, meetingId: string, noticeId: string) {
  return db
    .selectFrom('minutes_follow_ups as f')
    .innerJoin('tasks as original', 'original.id', 'f.task_id')
    .innerJoin('tasks as t', (join) => join.onRef('t.code', '=', 'original.code').on('t.document_id', '=', noticeId))
    .leftJoin('assignments as a', (join) => join.onRef('a.task_id', '=', 't.id').on('a.role', '=', 'lead'))
    .select(['f.id as follow_up_id', 't.id as task_id', 't.code as task_code', 'a.id', 'a.period', 'a.due_on', 'a.status', 'a.percent', 'a.acknowledged_at', 'a.last_reported_at'])
    .where('f.meeting_id', '=', meetingId)
    .orderBy('f.position')
    .orderBy('a.due_on')
    .execute();
}

/** The meeting's unit as an official header names it: its kind, name and the unit above it. */
export function selectHeaderUnit(db: Executor, unitId: string) {
  return db
    .selectFrom('org_units as u')
    .leftJoin('org_units as parent', 'parent.id', 'u.parent_id')
    .select(['u.kind', 'u.name', 'parent.name as parent_name'])
    .where('u.id', '=', unitId)
    .executeTakeFirstOrThrow();
}
