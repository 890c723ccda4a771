import { type Insertable, sql, type Updateable } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database, MeetingsTable } from '../../db/schema.ts';
import { inScopes } from '../units/queries.ts';

export type Executor = Db | Tx;

const meetingColumns = [
  'm.id',
  'm.tenant_id',
  'm.unit_id',
  'm.kind',
  'm.title',
  'm.starts_at',
  'm.ends_at',
  'm.place',
  'm.online_link',
  'm.presiding_person_id',
  'm.minute_taker_person_id',
  'm.status',
  'm.cancel_reason',
  'm.series_id',
  'm.series_occurrence_on',
  'm.agenda',
  'm.topic_id',
  'm.check_in_code',
  'm.send_days_before',
  'm.invited_count',
  'm.attended_count',
  'm.marked_count',
  'm.created_at',
  'm.updated_at',
] as const;

/** A meeting with its unit and the names of the people running it. */
function meetingQuery(db: Executor, tenantId: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .leftJoin('people as pp', 'pp.id', 'm.presiding_person_id')
    .leftJoin('people as mt', 'mt.id', 'm.minute_taker_person_id')
    .select(meetingColumns)
    .select(['u.path as unit_path', 'u.name as unit_name', 'u.short_name as unit_short_name', 'pp.full_name as presiding_name', 'mt.full_name as minute_taker_name'])
    .where('m.tenant_id', '=', tenantId);
}

export type MeetingRecord = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
export type InviteeRow = Awaited<ReturnType<typeof selectInvitees>>[number];

export function findMeeting(db: Executor, tenantId: string, id: string) {
  return meetingQuery(db, tenantId).where('m.id', '=', id).executeTakeFirst();
}

export async function lockMeeting(tx: Tx, tenantId: string, id: string) {
  const locked = await tx.selectFrom('meetings').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
  return locked ? findMeeting(tx, tenantId, id) : undefined;
}

export function insertMeetings(tx: Tx, rows: Insertable<MeetingsTable>[]) {
  if (rows.length === 0) return Promise.resolve();
  return tx.insertInto('meetings').values(rows).execute();
}

export function updateMeeting(tx: Tx, id: string, set: Updateable<MeetingsTable>) {
  return updateMeetings(tx, [id], set);
}

/** The same change to several meetings, in one statement. */
export function updateMeetings(tx: Tx, ids: readonly string[], set: Updateable<MeetingsTable>) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.updateTable('meetings').set({ ...set, updated_at: new Date() }).where('id', 'in', [...ids]).execute();
}

/** New times of several meetings (each its own), in one statement. */
export async function retimeMeetings(tx: Tx, rows: readonly { id: string; starts_at: Date; ends_at: Date }[]) {
  if (rows.length === 0) return;
  await sql`
    UPDATE meetings m SET starts_at = x.starts_at, ends_at = x.ends_at, updated_at = now()
    FROM unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.starts_at.toISOString())}::timestamptz[], ${rows.map((row) => row.ends_at.toISOString())}::timestamptz[]) AS x(id, starts_at, ends_at)
    WHERE m.id = x.id`.execute(tx);
}

export interface MeetingFilter {
  tenantId: string;
  /** Meetings of units in these subtrees (the actor's reach). */
  scopes: string[];
  unitId?: string;
  underPath?: string;
  from?: Date;
  to?: Date;
  kind?: string;
  status?: string;
  seriesId?: string;
  limit: number;
  offset: number;
}

export function selectMeetings(db: Executor, filter: MeetingFilter) {
  let query = meetingQuery(db, filter.tenantId).where(inScopes(filter.scopes));
  if (filter.unitId) query = query.where('m.unit_id', '=', filter.unitId);
  if (filter.underPath) query = query.where(sql<boolean>`u.path <@ ${filter.underPath}::ltree`);
  if (filter.from) query = query.where('m.starts_at', '>=', filter.from);
  if (filter.to) query = query.where('m.starts_at', '<', filter.to);
  if (filter.kind) query = query.where('m.kind', '=', filter.kind as never);
  if (filter.status) query = query.where('m.status', '=', filter.status as never);
  if (filter.seriesId) query = query.where('m.series_id', '=', filter.seriesId);
  return query.orderBy('m.starts_at').orderBy('m.id').limit(filter.limit).offset(filter.offset).execute();
}

/** The meetings a person is invited to, from any unit. */
export function selectMeetingsOfPerson(db: Executor, tenantId: string, personId: string, from: Date, to: Date, limit: number) {
  return meetingQuery(db, tenantId)
    .innerJoin('meeting_invitees as i', (join) => join.onRef('i.meeting_id', '=', 'm.id').on('i.person_id', '=', personId))
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<', to)
    .orderBy('m.starts_at')
    .limit(limit)
    .execute();
}

/** Other meetings of the same unit or with the same presiding person that overlap [startsAt, endsAt). */
export function selectClashes(db: Executor, c: { tenantId: string; unitId: string; presidingPersonId: string | null; startsAt: Date; endsAt: Date; exceptIds: string[] }) {
  let query = meetingQuery(db, c.tenantId)
    .where('m.status', '<>', 'cancelled')
    .where('m.starts_at', '<', c.endsAt)
    .where('m.ends_at', '>', c.startsAt)
    .where((eb) => (c.presidingPersonId ? eb.or([eb('m.unit_id', '=', c.unitId), eb('m.presiding_person_id', '=', c.presidingPersonId)]) : eb('m.unit_id', '=', c.unitId)));
  if (c.exceptIds.length > 0) query = query.where('m.id', 'not in', c.exceptIds);
  return query.orderBy('m.starts_at').limit(10).execute();
}

/** People of the tenant by id, with whether they are still active. */
export function selectPeopleByIds(db: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('people')
    .select(['id', 'full_name', 'is_active', sql<string[]>`unit_paths::text[]`.as('unit_paths')])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

/** Active members of a unit (or of its whole subtree), optionally only its leadership. */
export function selectUnitMembers(db: Executor, unit: { id: string; path: string }, options: { subtree: boolean; leadershipOnly: boolean }) {
  let query = db
    .selectFrom('memberships as ms')
    .innerJoin('people as p', 'p.id', 'ms.person_id')
    .select(['p.id', 'p.full_name', 'ms.position'])
    .distinctOn('p.id')
    .where('ms.ended_on', 'is', null)
    .where('p.is_active', '=', true);
  query = options.subtree ? query.where(sql<boolean>`ms.unit_path <@ ${unit.path}::ltree`) : query.where('ms.unit_id', '=', unit.id);
  if (options.leadershipOnly) query = query.where('ms.position', '<>', 'member');
  return query.orderBy('p.id').execute();
}

export function insertInvitees(tx: Tx, rows: Insertable<Database['meeting_invitees']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return tx
    .insertInto('meeting_invitees')
    .values(rows)
    .onConflict((oc) => oc.columns(['meeting_id', 'person_id']).where('person_id', 'is not', null).doNothing())
    .execute();
}

/** Everyone invited, members by name then guests, with their attendance. */
export function selectInvitees(db: Executor, meetingId: string) {
  return db
    .selectFrom('meeting_invitees as i')
    .leftJoin('people as p', 'p.id', 'i.person_id')
    .leftJoin('attendance as a', 'a.invitee_id', 'i.id')
    .select([
      'i.id',
      'i.person_id',
      'i.is_guest',
      'i.guest_name',
      'i.guest_title',
      'i.guest_organization',
      'p.full_name',
      'a.status',
      'a.reason',
      'a.checked_in_at',
      'a.marked_at',
    ])
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.is_guest')
    .orderBy(sql`coalesce(p.full_name, i.guest_name)`)
    .execute();
}

export function findInviteeOf(db: Executor, meetingId: string, personId: string) {
  return db
    .selectFrom('meeting_invitees as i')
    .leftJoin('attendance as a', 'a.invitee_id', 'i.id')
    .select(['i.id', 'a.status', 'a.checked_in_at'])
    .where('i.meeting_id', '=', meetingId)
    .where('i.person_id', '=', personId)
    .executeTakeFirst();
}

export async function deleteInvitee(tx: Tx, meetingId: string, inviteeId: string) {
  await tx.deleteFrom('attendance').where('invitee_id', '=', inviteeId).execute();
  const result = await tx.deleteFrom('meeting_invitees').where('meeting_id', '=', meetingId).where('id', '=', inviteeId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function upsertAttendance(tx: Tx, rows: Insertable<Database['attendance']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return tx
    .insertInto('attendance')
    .values(rows)
    .onConflict((oc) =>
      oc.column('invitee_id').doUpdateSet((eb) => ({
        status: eb.ref('excluded.status'),
        reason: eb.ref('excluded.reason'),
        checked_in_at: eb.ref('excluded.checked_in_at'),
        marked_by: eb.ref('excluded.marked_by'),
        marked_at: eb.ref('excluded.marked_at'),
      })),
    )
    .execute();
}

/**
 * Keeps the per-meeting counts that rates and compliance read (members only: guests attend
 * but are not counted), so that a year of meetings is summed without touching attendance rows.
 * One statement for any number of meetings (a new series recounts all its occurrences at once).
 */
export async function recountMeetings(tx: Tx, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return;
  await sql`
    UPDATE meetings m SET
      invited_count = c.invited, attended_count = c.attended, marked_count = c.marked
    FROM (
      SELECT x.id,
             count(i.id) FILTER (WHERE NOT i.is_guest) AS invited,
             count(*) FILTER (WHERE NOT i.is_guest AND a.status IN ('present','late')) AS attended,
             count(a.invitee_id) FILTER (WHERE NOT i.is_guest) AS marked
      FROM unnest(${[...meetingIds]}::uuid[]) AS x(id)
      LEFT JOIN meeting_invitees i ON i.meeting_id = x.id
      LEFT JOIN attendance a ON a.invitee_id = i.id
      GROUP BY x.id
    ) c
    WHERE m.id = c.id`.execute(tx);
}

export const recountMeeting = (tx: Tx, meetingId: string) => recountMeetings(tx, [meetingId]);

export function findMinutes(db: Executor, meetingId: string) {
  return db
    .selectFrom('minutes as mi')
    .leftJoin('users as w', 'w.id', 'mi.written_by')
    .leftJoin('users as ap', 'ap.id', 'mi.approved_by')
    .selectAll('mi')
    .select(['w.display_name as written_by_name', 'ap.display_name as approved_by_name'])
    .where('mi.meeting_id', '=', meetingId)
    .executeTakeFirst();
}

export function lockMinutes(tx: Tx, meetingId: string) {
  return tx.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).forUpdate().executeTakeFirst();
}

export function saveMinutes(tx: Tx, row: Insertable<Database['minutes']>) {
  return tx
    .insertInto('minutes')
    .values(row)
    .onConflict((oc) =>
      oc.column('meeting_id').doUpdateSet((eb) => ({
        body_html: eb.ref('excluded.body_html'),
        conclusions: eb.ref('excluded.conclusions'),
        written_by: eb.ref('excluded.written_by'),
        updated_at: new Date(),
      })),
    )
    .execute();
}

export function approveMinutes(tx: Tx, meetingId: string, userId: string, noticeDocumentId: string | null) {
  return tx
    .updateTable('minutes')
    .set({ status: 'approved', approved_by: userId, approved_at: new Date(), notice_document_id: noticeDocumentId, updated_at: new Date() })
    .where('meeting_id', '=', meetingId)
    .execute();
}

export function selectUnitName(db: Executor, unitId: string) {
  return db.selectFrom('org_units').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst();
}
