import { describeMonthlyRule } from '../../../domain/meeting-recurrence.ts';
import {
  cancellationText,
  changeText,
  invitationText,
  isNoticeableChange,
  meetingPath,
  meetingReminderText,
  meetingRemindersDue,
  type MeetingSubject,
  paperDueText,
  paperReminderDaysAhead,
  seriesChangeText,
  seriesInvitationText,
  type SeriesSubject,
  seriesStopText,
} from '../../../domain/meeting-notices.ts';
import { reminderEmail, type ReminderText } from '../../../domain/reminders.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import type { MeetingNoticeKind } from '../../db/schema.ts';
import { insertNotifications, type NewNotification } from '../notifications/service.ts';
import { queueEmails } from '../reminders/outbox.ts';
import * as nq from './notices-queries.ts';
import * as q from './queries.ts';
import type * as sq from './series-queries.ts';

/**
 * Invitations and reminders of meetings reach people the platform's one way: a notification
 * under the bell linking to the meeting, and an e-mail through the outbox (sent by the mail
 * job when SMTP is set) to those with an address. Each notice is a meeting_notices row,
 * written in the transaction of the change it announces; the reminder job's rows carry the
 * day they are about, and their unique key means nobody is reminded twice.
 */

const emailAction = 'Xem cuộc họp, chương trình và tài liệu';

interface Notice {
  id: string;
  tenantId: string;
  meetingId: string;
  kind: MeetingNoticeKind;
  text: ReminderText;
}

/** Notifications and e-mails of notices, in the caller's transaction; one e-mail per address and notice. */
async function deliver(tx: Tx, notices: readonly Notice[], recipientsOf: (notice: Notice) => readonly nq.NoticeRecipient[], publicUrl: string) {
  const notifications: NewNotification[] = [];
  const emails: Parameters<typeof queueEmails>[1] = [];
  for (const notice of notices) {
    const link = `${publicUrl.replace(/\/$/, '')}${meetingPath(notice.meetingId)}`;
    const addresses = new Set<string>();
    for (const recipient of recipientsOf(notice)) {
      notifications.push({ id: newId(), tenant_id: notice.tenantId, user_id: recipient.user_id, kind: `meeting.${notice.kind}`, ...notice.text, meeting_id: notice.meetingId });
      const address = recipient.email?.trim();
      if (!address || addresses.has(address.toLowerCase())) continue;
      addresses.add(address.toLowerCase());
      emails.push({ id: newId(), tenant_id: notice.tenantId, to_address: address, ...reminderEmail(notice.text, recipient.display_name, link, emailAction), meeting_id: notice.meetingId });
    }
  }
  await insertNotifications(tx, notifications);
  await queueEmails(tx, emails);
  return { notifications: notifications.length, emails: emails.length };
}

/** Each account once, in the order met. */
function distinctAccounts(recipients: readonly nq.NoticeRecipient[]): nq.NoticeRecipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => !seen.has(recipient.user_id) && Boolean(seen.add(recipient.user_id)));
}

export interface NoticeInput {
  /** The meeting the notice links to (a series' first meeting concerned). */
  meetingId: string;
  seriesId?: string | null;
  kind: Exclude<MeetingNoticeKind, 'day_before' | 'paper_due'>;
  text: ReminderText;
  /** Whose people hear it: these meetings' (default: the linked one). */
  audienceMeetingIds?: readonly string[];
  /** Only these people of that audience (those just invited). */
  onlyPeople?: readonly string[];
}

/**
 * Announces a change made by the actor to everyone it concerns but the actor, who made it;
 * one notice, however many meetings it covers.
 */
export async function announce(tx: Tx, ctx: ServiceContext, input: NoticeInput, publicUrl: string) {
  const everyone = await nq.selectMeetingRecipients(tx, input.audienceMeetingIds ?? [input.meetingId], input.onlyPeople);
  const recipients = distinctAccounts(everyone).filter((recipient) => recipient.user_id !== ctx.actor.userId);
  const notice: Notice = { id: newId(), tenantId: ctx.actor.tenantId, meetingId: input.meetingId, kind: input.kind, text: input.text };
  await nq.insertNotice(tx, { id: notice.id, tenant_id: notice.tenantId, meeting_id: input.meetingId, series_id: input.seriesId ?? null, kind: input.kind, about_on: null, day: vietnamToday(), recipients: recipients.length, sent_by: ctx.actor.userId });
  return deliver(tx, [notice], () => recipients, publicUrl);
}

type SubjectRow = Pick<q.MeetingRecord, 'title' | 'unit_name' | 'starts_at' | 'ends_at' | 'place' | 'online_link' | 'presiding_name' | 'minute_taker_name'>;

export function meetingSubjectOf(row: SubjectRow): MeetingSubject {
  return {
    title: row.title,
    unitName: row.unit_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    onlineLink: row.online_link,
    presidingName: row.presiding_name,
    minuteTakerName: row.minute_taker_name,
  };
}

/** A meeting just scheduled: its invitation. */
export async function announceMeeting(tx: Tx, ctx: ServiceContext, meetingId: string, publicUrl: string) {
  const meeting = (await q.findMeeting(tx, ctx.actor.tenantId, meetingId))!;
  return announce(tx, ctx, { meetingId, kind: 'invitation', text: invitationText(meetingSubjectOf(meeting)) }, publicUrl);
}

/** People just invited to a meeting still ahead: the invitation, to them only. */
export async function announceInvited(tx: Tx, ctx: ServiceContext, meeting: q.MeetingRecord, personIds: readonly string[], publicUrl: string) {
  if (meeting.status !== 'scheduled' || meeting.starts_at <= new Date()) return;
  await announce(tx, ctx, { meetingId: meeting.id, kind: 'invited', text: invitationText(meetingSubjectOf(meeting)), onlyPeople: personIds }, publicUrl);
}

/** A scheduled meeting still ahead that moved (time, place or online link): what changed. */
export async function announceChange(tx: Tx, ctx: ServiceContext, before: q.MeetingRecord, after: q.MeetingRecord, publicUrl: string) {
  const [was, is] = [meetingSubjectOf(before), meetingSubjectOf(after)];
  if (after.status !== 'scheduled' || after.starts_at <= new Date() || !isNoticeableChange(was, is)) return;
  await announce(tx, ctx, { meetingId: after.id, kind: 'changed', text: changeText(was, is) }, publicUrl);
}

export function announceCancellation(tx: Tx, ctx: ServiceContext, meeting: q.MeetingRecord, reason: string | null, publicUrl: string) {
  return announce(tx, ctx, { meetingId: meeting.id, kind: 'cancelled', text: cancellationText(meetingSubjectOf(meeting), reason) }, publicUrl);
}

type SeriesFieldsRow = Pick<sq.SeriesRecord, 'title' | 'rule' | 'time_of_day' | 'duration_minutes' | 'place' | 'online_link'>;
type SeriesRow = SeriesFieldsRow & { id: string };

/** The first of the given meetings (first to last), which a series notice describes and links to. */
async function firstMeetingOf(tx: Tx, ctx: ServiceContext, meetings: readonly { id: string }[]) {
  return (await q.findMeeting(tx, ctx.actor.tenantId, meetings[0]!.id))!;
}

/** A series as its notices describe it, over the given meetings (first to last, `first` their first). */
function seriesSubjectOf(series: SeriesFieldsRow, first: q.MeetingRecord, meetings: readonly { starts_at: Date }[]): SeriesSubject {
  return {
    ...meetingSubjectOf(first),
    title: series.title,
    place: series.place,
    onlineLink: series.online_link,
    ruleText: describeMonthlyRule(series.rule),
    timeOfDay: series.time_of_day,
    durationMinutes: series.duration_minutes,
    meetings: meetings.map((meeting) => ({ startsAt: meeting.starts_at })),
  };
}

/** A new series: one invitation for all its meetings, linking to the first. */
export async function announceSeries(tx: Tx, ctx: ServiceContext, series: SeriesRow, meetings: readonly { id: string; starts_at: Date }[], publicUrl: string) {
  const text = seriesInvitationText(seriesSubjectOf(series, await firstMeetingOf(tx, ctx, meetings), meetings));
  return announce(tx, ctx, { meetingId: meetings[0]!.id, seriesId: series.id, kind: 'series', text, audienceMeetingIds: meetings.map((meeting) => meeting.id) }, publicUrl);
}

/** The upcoming meetings of a series changed at once (time, duration, place or link): one notice. */
export async function announceSeriesChange(tx: Tx, ctx: ServiceContext, before: SeriesRow, after: SeriesRow, upcoming: readonly { id: string; starts_at: Date }[], publicUrl: string) {
  const moved = (['time_of_day', 'duration_minutes', 'place', 'online_link'] as const).some((field) => (before[field] ?? null) !== (after[field] ?? null));
  if (!moved || upcoming.length === 0) return;
  const first = await firstMeetingOf(tx, ctx, upcoming);
  const text = seriesChangeText(seriesSubjectOf(before, first, upcoming), seriesSubjectOf(after, first, upcoming));
  await announce(tx, ctx, { meetingId: upcoming[0]!.id, seriesId: after.id, kind: 'changed', text, audienceMeetingIds: upcoming.map((meeting) => meeting.id) }, publicUrl);
}

/** A series stopped: one notice that its upcoming meetings are called off. */
export async function announceSeriesStop(tx: Tx, ctx: ServiceContext, series: SeriesRow, cancelled: readonly { id: string; starts_at: Date }[], publicUrl: string) {
  if (cancelled.length === 0) return;
  const text = seriesStopText(seriesSubjectOf(series, await firstMeetingOf(tx, ctx, cancelled), cancelled));
  await announce(tx, ctx, { meetingId: cancelled[0]!.id, seriesId: series.id, kind: 'cancelled', text, audienceMeetingIds: cancelled.map((meeting) => meeting.id) }, publicUrl);
}

/** Reminders are written in batches of meetings, each in one transaction with its notifications and e-mails. */
const batchSize = 200;

export interface MeetingReminderRun {
  now: Date;
  publicUrl: string;
}

function candidateOf(row: nq.ReminderCandidateRow) {
  return {
    status: row.status,
    startsAt: row.starts_at,
    lastNoticeOn: row.last_notice_on,
    remindedFor: row.reminded_for,
    topic: row.topic_state ? { state: row.topic_state, sendDaysBefore: row.send_days_before, paperRemindedFor: row.paper_reminded_for } : null,
  };
}

/**
 * The meeting reminder job: every scheduled meeting due a reminder now (src/domain/meeting-notices.ts)
 * gets it — its invitees the day before, the drafters of an unsent thematic paper before its
 * last day. Safe to run any number of times: only reminders actually written are delivered.
 * They are the system's own and not audited; meeting_notices is their record.
 */
export async function sendDueMeetingReminders(db: Db, run: MeetingReminderRun) {
  const today = vietnamToday(run.now);
  const candidates = await nq.selectReminderCandidates(db, run.now, paperReminderDaysAhead);
  const due = candidates.flatMap((row) => meetingRemindersDue(candidateOf(row), run.now).map((reminder) => ({ ...reminder, row })));
  const totals = { reminders: 0, notifications: 0, emails: 0 };
  for (let start = 0; start < due.length; start += batchSize) {
    const batch = due.slice(start, start + batchSize);
    const counts = await db.transaction().execute(async (tx) => {
      const meetingIds = (kind: string) => batch.filter((reminder) => reminder.kind === kind).map((reminder) => reminder.row.id);
      const byNotice = new Map<string, nq.NoticeRecipient[]>();
      const file = (kind: string, rows: nq.NoticeRecipient[]) => {
        for (const row of rows) {
          const key = `${kind}:${row.meeting_id}`;
          const list = byNotice.get(key);
          if (list) list.push(row);
          else byNotice.set(key, [row]);
        }
      };
      file('day_before', await nq.selectMeetingRecipients(tx, meetingIds('day_before')));
      file('paper_due', await nq.selectPaperRecipients(tx, meetingIds('paper_due')));
      const recipientsOf = (notice: { meetingId: string; kind: string }) => byNotice.get(`${notice.kind}:${notice.meetingId}`) ?? [];
      const written = await nq.insertReminderNotices(
        tx,
        batch.map(({ kind, aboutOn, row }) => ({ id: newId(), tenant_id: row.tenant_id, meeting_id: row.id, series_id: null, kind, about_on: aboutOn, day: today, recipients: recipientsOf({ meetingId: row.id, kind }).length, sent_by: null })),
      );
      const rows = new Map(batch.map(({ row }) => [row.id, row]));
      const notices = written.map((notice): Notice => {
        const row = rows.get(notice.meeting_id)!;
        const subject = meetingSubjectOf(row);
        const text = notice.kind === 'paper_due' ? paperDueText({ title: row.topic_title!, state: row.topic_state!, sendDaysBefore: row.send_days_before }, subject, today) : meetingReminderText(subject, run.now);
        return { id: notice.id, tenantId: row.tenant_id, meetingId: row.id, kind: notice.kind, text };
      });
      const delivered = await deliver(tx, notices, recipientsOf, run.publicUrl);
      return { reminders: written.length, ...delivered };
    });
    for (const key of ['reminders', 'notifications', 'emails'] as const) totals[key] += counts[key];
  }
  return totals;
}
