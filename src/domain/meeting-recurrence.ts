/**
 * The monthly cell meeting on a fixed day: "ngày 5 hàng tháng", "ngày cuối tháng" or "thứ Hai
 * tuần đầu tiên". Days 29–31 are refused in favour of "ngày cuối tháng", so that the app and
 * a phone calendar reading the RRULE agree on every month.
 */
import { daysInMonth } from './periods.ts';

export type MonthlyRule = { kind: 'day_of_month'; day: number } | { kind: 'weekday'; weekday: number; week: 1 | 2 | 3 | 4 | -1 };

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const weekNames: Record<string, string> = { '1': 'đầu tiên', '2': 'thứ hai', '3': 'thứ ba', '4': 'thứ tư', '-1': 'cuối cùng' };
const icalDays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A Vietnamese reason when the rule cannot be kept every month, else null. */
export function monthlyRuleProblem(rule: MonthlyRule): string | null {
  if (rule.kind === 'day_of_month') {
    if (!Number.isInteger(rule.day) || rule.day === 0 || rule.day < -1 || rule.day > 28) return 'Chọn ngày từ 1 đến 28 hoặc "ngày cuối tháng".';
    return null;
  }
  if (!Number.isInteger(rule.weekday) || rule.weekday < 0 || rule.weekday > 6) return 'Thứ trong tuần không hợp lệ.';
  return null;
}

function dayIn(rule: MonthlyRule, year: number, month: number): number {
  const last = daysInMonth(year, month);
  if (rule.kind === 'day_of_month') return rule.day === -1 ? last : rule.day;
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const first = 1 + ((rule.weekday - firstWeekday + 7) % 7);
  if (rule.week > 0) return first + 7 * (rule.week - 1);
  let day = first;
  while (day + 7 <= last) day += 7;
  return day;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The meeting dates from `from` to `until` inclusive (ISO dates). */
export function expandMonthly(rule: MonthlyRule, from: string, until: string): string[] {
  const dates: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  while (iso(year, month, 1) <= until) {
    const date = iso(year, month, dayIn(rule, year, month));
    if (date >= from && date <= until) dates.push(date);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return dates;
}

/** The RFC 5545 recurrence rule (without "RRULE:"). */
export function rruleOf(rule: MonthlyRule, until?: string): string {
  const by = rule.kind === 'day_of_month' ? `BYMONTHDAY=${rule.day}` : `BYDAY=${rule.week}${icalDays[rule.weekday]}`;
  return `FREQ=MONTHLY;${by}${until ? `;UNTIL=${until.replaceAll('-', '')}T235959Z` : ''}`;
}

export function describeMonthlyRule(rule: MonthlyRule): string {
  if (rule.kind === 'day_of_month') return rule.day === -1 ? 'Ngày cuối cùng hàng tháng' : `Ngày ${rule.day} hàng tháng`;
  return `${weekdayNames[rule.weekday]} tuần ${weekNames[String(rule.week)]} hàng tháng`;
}
