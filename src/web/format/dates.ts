import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import 'dayjs/locale/vi.js';
import { vietnamToday } from '../../domain/task-status.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are stored in UTC and shown in Vietnam's time; dates are shown dd/mm/yyyy. */
export const appTimeZone = 'Asia/Ho_Chi_Minh';
export const dateFormat = 'DD/MM/YYYY';
const dateTimeFormat = 'DD/MM/YYYY HH:mm';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2018-03-26" → "26/03/2018"; empty for a missing date. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = isoDatePattern.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** A UTC timestamp as "dd/mm/yyyy HH:mm" in Asia/Ho_Chi_Minh. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  return dayjs.utc(timestamp).tz(appTimeZone).format(dateTimeFormat);
}

/** A UTC timestamp as its time of day, "HH:mm", in Asia/Ho_Chi_Minh. */
export const timeOfInstant = (instant: string) => dayjs.utc(instant).tz(appTimeZone).format('HH:mm');

/** A picked day as the API's "YYYY-MM-DD". */
export function isoDateOf(day: Dayjs): string {
  return day.format('YYYY-MM-DD');
}

/** A stored "YYYY-MM-DD" as a day for a date picker. */
export function dayOf(isoDate: string | null | undefined): Dayjs | null {
  return isoDate ? dayjs(isoDate, 'YYYY-MM-DD') : null;
}

/** Today's date in Vietnam, as "YYYY-MM-DD" (as the server reckons it; dayjs' time zones built an Intl.DateTimeFormat per call). */
export function todayInAppZone(now: Date = new Date()): string {
  return vietnamToday(now);
}

/** The instants bounding whole days in Vietnam's time: [start of `from`, start of the day after `to`). */
export function dayRangeInAppZone(from: string, to: string): { from: string; to: string } {
  return {
    from: dayjs.tz(from, appTimeZone).startOf('day').format(),
    to: dayjs.tz(to, appTimeZone).add(1, 'day').startOf('day').format(),
  };
}

export function setDateLocale(language: string): void {
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
}

export { dayjs };
