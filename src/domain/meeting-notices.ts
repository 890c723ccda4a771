/**
 * Invitations and reminders of meetings ("thư mời", "nhắc lịch họp"): what they say, in
 * Vietnamese with dd/mm/yyyy and the time in Vietnam, and which reminders are due now. The
 * server writes them to the bell and the e-mail outbox like the reminders of tasks.
 */
import { formatDayMonthYear } from './periods.ts';
import { type ReminderText, shortTitle } from './reminders.ts';
import { addDays, vietnamToday } from './task-status.ts';
import { topicStateLabels, type TopicState } from './thematic-workflow.ts';

/** The app's page of a meeting (the web route /meetings/:id): notifications and e-mails link there. */
export function meetingPath(meetingId: string): string {
  return `/meetings/${meetingId}`;
}

/** The day ("2026-03-05") and the time ("19:30") of an instant in Vietnam (UTC+7, no daylight saving). */
export function vietnamClock(instant: Date): { on: string; at: string } {
  return { on: vietnamToday(instant), at: new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(11, 16) };
}

/** "19:30 ngày 05/03/2026" */
export function momentText(instant: Date): string {
  const { on, at } = vietnamClock(instant);
  return `${at} ngày ${formatDayMonthYear(on)}`;
}

/** "từ 19:30 đến 21:30 ngày 05/03/2026" (the end's day too when it is another). */
function spanText(startsAt: Date, endsAt: Date): string {
  const start = vietnamClock(startsAt);
  const end = vietnamClock(endsAt);
  return end.on === start.on ? `từ ${start.at} đến ${end.at} ngày ${formatDayMonthYear(start.on)}` : `từ ${momentText(startsAt)} đến ${momentText(endsAt)}`;
}

/** What every notice says about a meeting. */
export interface MeetingSubject {
  title: string;
  unitName: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineLink: string | null;
  presidingName: string | null;
  minuteTakerName: string | null;
}

/** "tại Hội trường A" / "trực tuyến (https://…)" / both; empty when neither is set. */
function whereText(where: Pick<MeetingSubject, 'place' | 'onlineLink'>): string {
  const parts = [where.place ? `tại ${where.place}` : null, where.onlineLink ? `trực tuyến (${where.onlineLink})` : null].filter(Boolean);
  return parts.join(', ');
}

/** The short "where" of a title line: the place, or "trực tuyến". */
function whereShort(where: Pick<MeetingSubject, 'place' | 'onlineLink'>): string {
  if (where.place) return ` tại ${shortTitle(where.place, 60)}`;
  return where.onlineLink ? ' (trực tuyến)' : '';
}

const sentence = (text: string) => (text ? `${text}.` : '');

function peopleText(subject: Pick<MeetingSubject, 'presidingName' | 'minuteTakerName'>): string {
  return [subject.presidingName ? `Chủ trì: ${subject.presidingName}.` : '', subject.minuteTakerName ? `Thư ký: ${subject.minuteTakerName}.` : ''].filter(Boolean).join(' ');
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** "Thư mời: Sinh hoạt chi bộ tháng 3 — 19:30 ngày 05/03/2026 tại Hội trường A" */
export function invitationText(subject: MeetingSubject): ReminderText {
  const where = whereText(subject);
  return {
    title: `Thư mời: ${shortTitle(subject.title)} — ${momentText(subject.startsAt)}${whereShort(subject)}`,
    body: join(`${subject.unitName} trân trọng kính mời đồng chí dự ${subject.title}, ${spanText(subject.startsAt, subject.endsAt)}${where ? ` ${where}` : ''}.`, peopleText(subject)),
  };
}

/** A monthly series: one invitation for all its meetings. */
export interface SeriesSubject extends Omit<MeetingSubject, 'startsAt' | 'endsAt'> {
  /** "Ngày 5 hàng tháng" (describeMonthlyRule). */
  ruleText: string;
  timeOfDay: string;
  durationMinutes: number;
  /** The occurrences invited to, first to last. */
  meetings: { startsAt: Date }[];
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

function endTime(timeOfDay: string, durationMinutes: number): string {
  const [hours, minutes] = timeOfDay.split(':').map(Number);
  const total = (hours! * 60 + minutes! + durationMinutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function seriesSchedule(series: SeriesSubject): string {
  return `${lowerFirst(series.ruleText)}, từ ${series.timeOfDay} đến ${endTime(series.timeOfDay, series.durationMinutes)}`;
}

function seriesSpan(meetings: { startsAt: Date }[]): string {
  const first = meetings[0]!.startsAt;
  const last = meetings.at(-1)!.startsAt;
  return meetings.length === 1 ? `buổi ngày ${formatDayMonthYear(vietnamClock(first).on)}` : `${meetings.length} buổi từ ngày ${formatDayMonthYear(vietnamClock(first).on)} đến ngày ${formatDayMonthYear(vietnamClock(last).on)}`;
}

/** "Lịch sinh hoạt định kỳ: Sinh hoạt chi bộ thường kỳ — ngày 5 hàng tháng, 19:30" */
export function seriesInvitationText(series: SeriesSubject): ReminderText {
  const where = whereText(series);
  return {
    title: `Lịch sinh hoạt định kỳ: ${shortTitle(series.title)} — ${lowerFirst(series.ruleText)}, ${series.timeOfDay}${whereShort(series)}`,
    body: join(
      `${series.unitName} trân trọng kính mời đồng chí dự ${series.title} theo lịch định kỳ: ${seriesSchedule(series)}${where ? ` ${where}` : ''} (${seriesSpan(series.meetings)}).`,
      `Buổi đầu tiên: ${momentText(series.meetings[0]!.startsAt)}.`,
      peopleText(series),
    ),
  };
}

/** One line of a change: "thời gian: 19:30 ngày 05/03/2026 → 08:00 ngày 06/03/2026". */
function changeLines(pairs: [label: string, before: string, after: string][]): string[] {
  return pairs.filter(([, before, after]) => before !== after).map(([label, before, after]) => `${label}: ${before} → ${after}`);
}

const orNone = (text: string | null) => text || 'không có';

/** Whether a change of a scheduled meeting is one its invitees must hear about (time or place). */
export function isNoticeableChange(before: MeetingSubject, after: MeetingSubject): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime() || (before.place ?? '') !== (after.place ?? '') || (before.onlineLink ?? '') !== (after.onlineLink ?? '')
  );
}

/** "Thay đổi lịch họp: … — 08:00 ngày 06/03/2026 tại …", listing what changed. */
export function changeText(before: MeetingSubject, after: MeetingSubject): ReminderText {
  const lines = changeLines([
    ['thời gian', spanText(before.startsAt, before.endsAt), spanText(after.startsAt, after.endsAt)],
    ['địa điểm', orNone(before.place), orNone(after.place)],
    ['họp trực tuyến', orNone(before.onlineLink), orNone(after.onlineLink)],
  ]);
  return {
    title: `Thay đổi lịch họp: ${shortTitle(after.title)} — ${momentText(after.startsAt)}${whereShort(after)}`,
    body: `${after.title} (${after.unitName}) có thay đổi — ${lines.join('; ')}. Kính mời đồng chí dự theo lịch mới.`,
  };
}

/** The upcoming meetings of a series changed at once. */
export function seriesChangeText(before: SeriesSubject, after: SeriesSubject): ReminderText {
  const lines = changeLines([
    ['giờ họp', seriesSchedule(before), seriesSchedule(after)],
    ['địa điểm', orNone(before.place), orNone(after.place)],
    ['họp trực tuyến', orNone(before.onlineLink), orNone(after.onlineLink)],
  ]);
  return {
    title: `Thay đổi lịch sinh hoạt định kỳ: ${shortTitle(after.title)}`,
    body: `Các buổi ${after.title} (${after.unitName}) sắp tới (${seriesSpan(after.meetings)}) có thay đổi — ${lines.join('; ')}.`,
  };
}

/** "Hủy cuộc họp: … — 19:30 ngày 05/03/2026", with the reason when given. */
export function cancellationText(subject: MeetingSubject, reason: string | null): ReminderText {
  return {
    title: `Hủy cuộc họp: ${shortTitle(subject.title)} — ${momentText(subject.startsAt)}`,
    body: join(`${subject.title} (${subject.unitName}) dự kiến ${momentText(subject.startsAt)} không diễn ra.`, reason ? `Lý do: ${reason.trim().replace(/[.\s]+$/u, '')}.` : ''),
  };
}

/** A series stopped: its upcoming meetings are called off at once. */
export function seriesStopText(series: SeriesSubject): ReminderText {
  return {
    title: `Dừng lịch sinh hoạt định kỳ: ${shortTitle(series.title)}`,
    body: `Lịch ${series.title} (${series.unitName}) đã dừng: ${seriesSpan(series.meetings)} sắp tới không diễn ra.`,
  };
}

export const meetingReminderKinds = ['day_before', 'paper_due'] as const;
export type MeetingReminderKind = (typeof meetingReminderKinds)[number];

/** The thematic paper's reminder goes out this many days before its last day to be sent. */
export const paperReminderDaysAhead = 2;

/** Topic states in which the paper has not yet gone to the members. */
const paperUnsent: ReadonlySet<TopicState> = new Set(['proposed', 'decided', 'drafting', 'submitted', 'returned', 'approved']);

export interface MeetingReminderCandidate {
  status: 'scheduled' | 'held' | 'cancelled';
  startsAt: Date;
  /** Vietnam day of the latest notice that reached every invitee (invitation, series, change), if any. */
  lastNoticeOn: string | null;
  /** The meeting days day-before reminders already went out for (more than one when the meeting moved). */
  remindedFor: readonly string[];
  /** The meeting's thematic topic, if any: the paper must reach the members `sendDaysBefore` days ahead. */
  topic: { state: TopicState; sendDaysBefore: number; paperRemindedFor: readonly string[] } | null;
}

export interface DueMeetingReminder {
  kind: MeetingReminderKind;
  /** The day it is about: the meeting's day, or the last day to send the paper. The key that makes it once. */
  aboutOn: string;
}

/** The last day to send a thematic paper to the members: `sendDaysBefore` days before the meeting's day. */
export const paperSendBy = (meetingOn: string, sendDaysBefore: number) => addDays(meetingOn, -sendDaysBefore);

/**
 * The reminders a meeting is due at `now`. Day before: the invitees, once for the meeting's
 * day, on the day before (or on the day itself when the job could not run the day before) —
 * but not when an invitation or a change reached them that day or later, which says the same.
 * Paper: for a thematic meeting whose paper has not gone to the members, its drafters, once,
 * from `paperReminderDaysAhead` days before the last day to send it. Nothing for a meeting
 * that is cancelled, held or already begun.
 */
export function meetingRemindersDue(candidate: MeetingReminderCandidate, now: Date): DueMeetingReminder[] {
  if (candidate.status !== 'scheduled' || candidate.startsAt <= now) return [];
  const today = vietnamToday(now);
  const meetingOn = vietnamToday(candidate.startsAt);
  const due: DueMeetingReminder[] = [];
  const dayBefore = addDays(meetingOn, -1);
  const freshNotice = candidate.lastNoticeOn !== null && candidate.lastNoticeOn >= dayBefore;
  if (today >= dayBefore && !candidate.remindedFor.includes(meetingOn) && !freshNotice) due.push({ kind: 'day_before', aboutOn: meetingOn });
  const topic = candidate.topic;
  if (topic && paperUnsent.has(topic.state)) {
    const sendBy = paperSendBy(meetingOn, topic.sendDaysBefore);
    if (today >= addDays(sendBy, -paperReminderDaysAhead) && !topic.paperRemindedFor.includes(sendBy)) due.push({ kind: 'paper_due', aboutOn: sendBy });
  }
  return due;
}

/** "Nhắc lịch họp: … — 19:30 ngày mai (05/03/2026) tại …" */
export function meetingReminderText(subject: MeetingSubject, now: Date): ReminderText {
  const { on, at } = vietnamClock(subject.startsAt);
  const day = on === vietnamToday(now) ? 'hôm nay' : 'ngày mai';
  const where = whereText(subject);
  return {
    title: `Nhắc lịch họp: ${shortTitle(subject.title)} — ${at} ${day} (${formatDayMonthYear(on)})${whereShort(subject)}`,
    body: join(`Nhắc lịch: ${subject.title} (${subject.unitName}) diễn ra ${day}, ${spanText(subject.startsAt, subject.endsAt)}${where ? ` ${where}` : ''}.`, peopleText(subject), 'Tài liệu của cuộc họp có trên trang cuộc họp.'),
  };
}

/** The drafters' reminder that the thematic paper has not gone to the members yet. */
export function paperDueText(topic: { title: string; state: TopicState; sendDaysBefore: number }, meeting: MeetingSubject, today: string): ReminderText {
  const sendBy = paperSendBy(vietnamToday(meeting.startsAt), topic.sendDaysBefore);
  const deadline = sendBy < today ? `đã quá hạn gửi (ngày ${formatDayMonthYear(sendBy)})` : sendBy === today ? 'hôm nay là hạn cuối gửi' : `cần gửi chậm nhất ngày ${formatDayMonthYear(sendBy)}`;
  return {
    title: `Nhắc gửi dự thảo chuyên đề: “${shortTitle(topic.title)}”`,
    body: `Dự thảo chuyên đề “${topic.title}” chưa được gửi đảng viên (hiện: ${lowerFirst(topicStateLabels[topic.state])}); ${deadline}, ${topic.sendDaysBefore > 0 ? `${topic.sendDaysBefore} ngày ` : ''}trước buổi sinh hoạt chuyên đề ${momentText(meeting.startsAt)} của ${meeting.unitName}.`,
  };
}
