/**
 * Reminders ("nhắc việc", "đôn đốc"): when an open assignment is due a reminder, and what the
 * reminder says. The daily job asks `automaticReminderDue` for every open assignment; a
 * higher unit may also send one by hand (kind `manual`), at most once a day.
 */
import { formatSymbol, type Notation } from './document-number.ts';
import { documentTypes } from './documents.ts';
import { formatDayMonthYear, periodLabel } from './periods.ts';
import { addDays, type ProgressStatus } from './task-status.ts';

export const reminderKinds = ['due_soon', 'overdue', 'manual'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Days before the due date on which the "due soon" reminder goes out (REMINDER_DAYS_BEFORE). */
export const defaultReminderDaysBefore = 3;

/**
 * An overdue assignment is reminded on its first overdue day and then once a week while it
 * stays open: daily e-mails would be ignored, and the higher unit can always add one by hand.
 */
export const overdueRepeatDays = 7;

/** The đôn đốc tabs count up to this many rows; a count above it reads "1000+". */
export const overdueCountCap = 1000;

/** A tab's count as shown: exact up to the cap, "1000+" beyond it. */
export function countLabel(count: number, cap = overdueCountCap): string {
  return count > cap ? `${cap}+` : String(count);
}

export interface ReminderCandidate {
  dueOn: string | null;
  status: ProgressStatus;
  /** Day of the latest due-soon reminder already sent, if any. */
  lastDueSoonOn: string | null;
  /** Day of the latest overdue reminder already sent, if any. */
  lastOverdueOn: string | null;
}

/**
 * The automatic reminder an assignment is due on `today` (a date in Vietnam), or null.
 * Due soon: once, on the first day of the window `daysBefore` days before the due date (or the
 * first day the job runs inside it). Overdue: the day after the due date, then every
 * `overdueRepeatDays` days counted from the last one sent, so a day the job missed delays the
 * next reminder instead of skipping it.
 */
export function automaticReminderDue(candidate: ReminderCandidate, today: string, daysBefore: number): 'due_soon' | 'overdue' | null {
  const { dueOn, status } = candidate;
  if (status === 'done' || dueOn === null) return null;
  if (today > dueOn) {
    const last = candidate.lastOverdueOn;
    return last === null || addDays(last, overdueRepeatDays) <= today ? 'overdue' : null;
  }
  const windowStart = addDays(dueOn, -daysBefore);
  if (today < windowStart) return null;
  const last = candidate.lastDueSoonOn;
  return last === null || last < windowStart ? 'due_soon' : null;
}

/** Whole days from `from` to `to` (both ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Titles taken from plans run to whole paragraphs: a subject line keeps the first words. */
export const subjectTitleLength = 80;

/** `text` cut at a word boundary to at most `max` characters, with "…" when cut. */
export function shortTitle(text: string, max = subjectTitleLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

export interface ReminderSubject {
  taskTitle: string;
  period: string | null;
  /** Only a manual reminder may be about work without a due date. */
  dueOn: string | null;
  unitName: string;
  document: { typeCode: string; number: number | null; issuerCode: string; notation: Notation; title: string };
}

/** "Kế hoạch số 30-KH/ĐUK"; a document without a number is named by its title. */
export function documentReference(document: ReminderSubject['document']): string {
  const typeName = documentTypes[document.typeCode] ?? 'Văn bản';
  if (document.number === null) return `${typeName} “${document.title}”`;
  return `${typeName} số ${formatSymbol({ number: document.number, typeCode: document.typeCode, issuerCode: document.issuerCode }, document.notation)}`;
}

function taskPhrase(subject: ReminderSubject): string {
  const period = subject.period ? `, ${periodLabel(subject.period)}` : '';
  return `nhiệm vụ “${subject.taskTitle}”${period} (${documentReference(subject.document)})`;
}

export interface ReminderText {
  /** Short line: the notification's title and the e-mail's subject. */
  title: string;
  /** One or two sentences: the notification's body and the heart of the e-mail. */
  body: string;
}

/** What a reminder says, in Vietnamese. `sender` names who sent a manual reminder. */
export function reminderText(kind: ReminderKind, subject: ReminderSubject, today: string, sender?: { name: string; unitName: string }): ReminderText {
  const dueOn = subject.dueOn;
  const unit = `Đơn vị thực hiện: ${subject.unitName}.`;
  if (kind === 'manual') {
    const from = sender ? `${sender.name} (${sender.unitName})` : 'Đơn vị cấp trên';
    const deadline = dueOn ? `, hạn ngày ${formatDayMonthYear(dueOn)}` : '';
    return {
      title: `Đôn đốc: “${shortTitle(subject.taskTitle)}”`,
      body: `${from} đôn đốc thực hiện ${taskPhrase(subject)}${deadline}. ${unit}`,
    };
  }
  if (dueOn === null) throw new Error(`A ${kind} reminder needs a due date`);
  const due = formatDayMonthYear(dueOn);
  switch (kind) {
    case 'due_soon': {
      const left = daysBetween(today, dueOn);
      const when = left === 0 ? 'đến hạn hôm nay' : `còn ${left} ngày nữa đến hạn`;
      return {
        title: `Nhắc việc: “${shortTitle(subject.taskTitle)}” ${when}`,
        body: `Nhắc việc: ${taskPhrase(subject)} đến hạn ngày ${due}. ${unit}`,
      };
    }
    case 'overdue': {
      const late = daysBetween(dueOn, today);
      return {
        title: `Quá hạn: “${shortTitle(subject.taskTitle)}”`,
        body: `Nhắc việc: ${taskPhrase(subject)} đã quá hạn ${late} ngày (hạn ngày ${due}). ${unit}`,
      };
    }
  }
}

/** The plain-text e-mail of a reminder (or a meeting's notice), with the address of what it is about in the app. */
export function reminderEmail(text: ReminderText, recipientName: string, link: string, action = 'Xem nhiệm vụ và báo cáo tiến độ'): { subject: string; body: string } {
  return {
    subject: text.title,
    body: [
      `Kính gửi ${recipientName},`,
      '',
      text.body,
      '',
      `${action}: ${link}`,
      '',
      'Thư này do hệ thống Congtac gửi tự động; vui lòng không trả lời thư này.',
    ].join('\n'),
  };
}

/** The app's page of an assignment (the web route /tasks/:assignmentId): notifications and e-mails link there. */
export function assignmentPath(assignmentId: string): string {
  return `/tasks/${assignmentId}`;
}
