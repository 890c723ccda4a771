/**
 * Reminders of periodic reports: to the reporting unit before the deadline and once when it is
 * late, and to the receiving unit a summary once the deadline has passed (who is still missing).
 * The job runs every hour and sends each reminder once (report_notices holds them).
 */
import { addDays } from '../task-status.ts';
import { formatDayMonthYear } from '../periods.ts';
import type { ReminderText } from '../reminders.ts';

/** How long after a deadline the job still looks for reports to chase (older ones are left to people). */
export const overdueWindowDays = 30;

export type ReportReminderKind = 'due_soon' | 'overdue' | 'summary';

/** Which reminder a missing report is due today, if any: due_soon within `daysBefore` of the deadline, overdue after it. */
export function reportReminderDue(deadline: string, today: string, daysBefore: number): Exclude<ReportReminderKind, 'summary'> | null {
  if (today > deadline) return today <= addDays(deadline, overdueWindowDays) ? 'overdue' : null;
  return today >= addDays(deadline, -daysBefore) ? 'due_soon' : null;
}

export interface ReportSubject {
  templateName: string;
  periodLabel: string;
  deadline: string;
}

export function reportDueSoonText(subject: ReportSubject, unitName: string, today: string): ReminderText {
  const when = subject.deadline === today ? 'hôm nay' : `ngày ${formatDayMonthYear(subject.deadline)}`;
  return {
    title: `Sắp đến hạn nộp ${subject.templateName} ${subject.periodLabel}`,
    body: `${unitName} chưa gửi ${subject.templateName} ${subject.periodLabel}; hạn nộp là ${when}.`,
  };
}

export function reportOverdueText(subject: ReportSubject, unitName: string): ReminderText {
  return {
    title: `Quá hạn nộp ${subject.templateName} ${subject.periodLabel}`,
    body: `${unitName} chưa gửi ${subject.templateName} ${subject.periodLabel}; hạn nộp là ngày ${formatDayMonthYear(subject.deadline)}. Đề nghị gửi sớm.`,
  };
}

/** Names shown in a summary before "và N đơn vị khác". */
const namedInSummary = 10;

export function receiverSummaryText(subject: ReportSubject, expected: number, missing: readonly string[]): ReminderText {
  const named = missing.slice(0, namedInSummary).join(', ');
  const more = missing.length > namedInSummary ? ` và ${missing.length - namedInSummary} đơn vị khác` : '';
  return {
    title: `Tình hình nộp ${subject.templateName} ${subject.periodLabel}`,
    body:
      missing.length === 0
        ? `Đã nhận đủ ${expected}/${expected} báo cáo (hạn ${formatDayMonthYear(subject.deadline)}).`
        : `Đã hết hạn nộp (${formatDayMonthYear(subject.deadline)}): đã nhận ${expected - missing.length}/${expected} báo cáo; còn thiếu: ${named}${more}.`,
  };
}
