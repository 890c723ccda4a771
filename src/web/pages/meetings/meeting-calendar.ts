import { appTimeZone, dayjs } from '../../format/dates.ts';

/** The month ("YYYY-MM") and day ("YYYY-MM-DD") of a stored instant, in Vietnam's time. */
export const monthOf = (instant: string) => dayjs.utc(instant).tz(appTimeZone).format('YYYY-MM');
export const dayOfInstant = (instant: string) => dayjs.utc(instant).tz(appTimeZone).format('YYYY-MM-DD');

/** The instant of a day and a time of day in Vietnam, as the API takes it: "2026-03-05T19:30:00+07:00". */
export const instantOf = (day: string, time: string) => `${day}T${time}:00+07:00`;

/** "05/03/2026 19:30–21:30" (the end's date only when it is another day). */
export function meetingTimeText(startsAt: string, endsAt: string): string {
  const start = dayjs.utc(startsAt).tz(appTimeZone);
  const end = dayjs.utc(endsAt).tz(appTimeZone);
  const endText = end.format(start.isSame(end, 'day') ? 'HH:mm' : 'DD/MM/YYYY HH:mm');
  return `${start.format('DD/MM/YYYY HH:mm')}–${endText}`;
}

/** The first and last day of a month, for the list's query. */
export function monthRange(month: string): { from: string; to: string } {
  const first = dayjs(`${month}-01`);
  return { from: first.format('YYYY-MM-DD'), to: first.endOf('month').format('YYYY-MM-DD') };
}

export const shiftMonth = (month: string, by: number) => dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');

/** "Tháng 3/2026". */
export const monthLabel = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

/** Meetings in time order under their months (the agenda list). */
export function groupByMonth<T extends { startsAt: string }>(meetings: readonly T[]): { month: string; meetings: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const meeting of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const month = monthOf(meeting.startsAt);
    groups.set(month, [...(groups.get(month) ?? []), meeting]);
  }
  return [...groups].map(([month, items]) => ({ month, meetings: items }));
}

export interface GridDay {
  date: string;
  inMonth: boolean;
}

/** The weeks of a month as a wall calendar shows them in Vietnam: Monday first, padded with the neighbouring months' days. */
export function monthGrid(month: string): GridDay[][] {
  const first = dayjs(`${month}-01`);
  const start = first.subtract((first.day() + 6) % 7, 'day');
  const weeks: GridDay[][] = [];
  for (let day = start; weeks.length === 0 || day.format('YYYY-MM') === month; ) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++, day = day.add(1, 'day')) week.push({ date: day.format('YYYY-MM-DD'), inMonth: day.format('YYYY-MM') === month });
    weeks.push(week);
  }
  return weeks;
}

/** Meetings keyed by their day in Vietnam, for the grid's cells. */
export function meetingsByDay<T extends { startsAt: string }>(meetings: readonly T[]): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const meeting of meetings) {
    const day = dayOfInstant(meeting.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  return byDay;
}

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Monday first, as a Vietnamese calendar reads; the numbers are JavaScript's (0 = Sunday). */
export const weekdaysMondayFirst: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export const weekdayOf = (instant: string) => dayjs.utc(instant).tz(appTimeZone).day() as Weekday;
