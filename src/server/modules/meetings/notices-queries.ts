import { type Insertable, type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../context.ts';
import type { MeetingNoticesTable } from '../../db/schema.ts';
import type { Executor } from './queries.ts';

/** An account a meeting notice reaches, for one meeting. */
export interface NoticeRecipient {
  meeting_id: string;
  user_id: string;
  /** The account's address, else the person's own contact address. */
  email: string | null;
  display_name: string;
}

/** The active accounts of the people in `concerned` (rows of meeting_id, person_id), one row per meeting and account. */
async function accountsOf(db: Executor, concerned: RawBuilder<unknown>, filter: RawBuilder<unknown> = sql``): Promise<NoticeRecipient[]> {
  const result = await sql<NoticeRecipient>`
    WITH concerned AS (${concerned})
    SELECT DISTINCT x.meeting_id, us.id AS user_id, coalesce(us.email, p.email) AS email, us.display_name
    FROM concerned x
    JOIN users us ON us.person_id = x.person_id AND us.is_active
    JOIN people p ON p.id = x.person_id
    WHERE TRUE ${filter}
    ORDER BY x.meeting_id, us.display_name`.execute(db);
  return result.rows;
}

const presiding = (ids: string[]) => sql`SELECT m.id, m.presiding_person_id FROM meetings m WHERE m.id = ANY(${ids}::uuid[]) AND m.presiding_person_id IS NOT NULL`;

/**
 * The accounts of the people a meeting concerns: everyone invited (guests without a record
 * have none), the presiding person and the minute taker. With `onlyPeople`, just those people
 * (the ones just invited).
 */
export async function selectMeetingRecipients(db: Executor, meetingIds: readonly string[], onlyPeople?: readonly string[]): Promise<NoticeRecipient[]> {
  if (meetingIds.length === 0 || onlyPeople?.length === 0) return [];
  const ids = [...new Set(meetingIds)];
  const concerned = sql`
    SELECT i.meeting_id, i.person_id FROM meeting_invitees i WHERE i.meeting_id = ANY(${ids}::uuid[]) AND i.person_id IS NOT NULL
    UNION ${presiding(ids)}
    UNION SELECT m.id, m.minute_taker_person_id FROM meetings m WHERE m.id = ANY(${ids}::uuid[]) AND m.minute_taker_person_id IS NOT NULL`;
  return accountsOf(db, concerned, onlyPeople ? sql`AND x.person_id = ANY(${[...onlyPeople]}::uuid[])` : undefined);
}

/** Who hears that a thematic paper is not sent yet: the topic's drafters and the meeting's presiding person. */
export function selectPaperRecipients(db: Executor, meetingIds: readonly string[]): Promise<NoticeRecipient[]> {
  if (meetingIds.length === 0) return Promise.resolve([]);
  const ids = [...new Set(meetingIds)];
  return accountsOf(db, sql`SELECT m.id AS meeting_id, d.person_id FROM meetings m JOIN topic_drafters d ON d.topic_id = m.topic_id WHERE m.id = ANY(${ids}::uuid[]) UNION ${presiding(ids)}`);
}

export function insertNotice(tx: Tx, row: Insertable<MeetingNoticesTable>) {
  return tx.insertInto('meeting_notices').values(row).execute();
}

/** Inserts the reminders not sent yet; returns only the rows actually written (the unique key drops repeats). */
export function insertReminderNotices(tx: Tx, rows: Insertable<MeetingNoticesTable>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return tx
    .insertInto('meeting_notices')
    .values(rows)
    .onConflict((oc) => oc.constraint('meeting_notices_once').doNothing())
    .returning(['id', 'meeting_id', 'kind'])
    .execute();
}

/** Days the reminders of a kind were about, per meeting. */
const remindedDays = (kind: 'day_before' | 'paper_due') =>
  sql<string[]>`array(SELECT n.about_on::text FROM meeting_notices n WHERE n.meeting_id = m.id AND n.kind = ${kind} ORDER BY n.about_on)`;

/** The furthest a reminder looks ahead: a paper's reminder comes up to 60 + 2 days before its meeting. */
const horizonDays = 64;

/**
 * Scheduled meetings (every tenant) that have not begun and start within the reminder window
 * — the next two days, or for a thematic meeting its paper's window — with what a reminder
 * says and the notices they already had: the job decides from these which are due now.
 */
export function selectReminderCandidates(db: Executor, now: Date, paperDaysAhead: number) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .leftJoin('people as pp', 'pp.id', 'm.presiding_person_id')
    .leftJoin('people as mt', 'mt.id', 'm.minute_taker_person_id')
    .leftJoin('thematic_topics as t', 't.id', 'm.topic_id')
    .select([
      'm.id',
      'm.tenant_id',
      'm.title',
      'm.status',
      'm.starts_at',
      'm.ends_at',
      'm.place',
      'm.online_link',
      'm.send_days_before',
      'u.name as unit_name',
      'pp.full_name as presiding_name',
      'mt.full_name as minute_taker_name',
      't.title as topic_title',
      't.state as topic_state',
      sql<string | null>`(SELECT max(n.day)::text FROM meeting_notices n WHERE n.meeting_id = m.id AND n.kind IN ('invitation', 'series', 'changed'))`.as('last_notice_on'),
      remindedDays('day_before').as('reminded_for'),
      remindedDays('paper_due').as('paper_reminded_for'),
    ])
    .where('m.status', '=', 'scheduled')
    .where('m.starts_at', '>', now)
    .where('m.starts_at', '<', new Date(now.getTime() + horizonDays * 86_400_000))
    .where(sql<boolean>`m.starts_at < ${now}::timestamptz + make_interval(days => CASE WHEN t.id IS NULL THEN 2 ELSE m.send_days_before + ${paperDaysAhead + 2} END)`)
    .orderBy('m.starts_at')
    .orderBy('m.id')
    .execute();
}

export type ReminderCandidateRow = Awaited<ReturnType<typeof selectReminderCandidates>>[number];
