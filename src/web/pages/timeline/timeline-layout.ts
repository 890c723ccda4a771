/**
 * The timeline's geometry, without any drawing: a range of whole months covering every date
 * of the plan, each month sized by its number of days, and for each task the bar, peak
 * periods, deadline and recurring instances as percentages of that range. The page only
 * places boxes at these positions, so what sits where is tested here.
 */
import { daysInMonth, parsePeriod, periodEnd, periodStart } from '../../../domain/periods.ts';
import type { DueState, ProgressStatus } from '../../../domain/task-status.ts';
import type { BoardTask } from '../../api/assignments.ts';

/** How a bar or an instance is coloured: a status, or overdue when it is late and not done. */
export type SpanState = ProgressStatus | 'overdue';

export interface Span {
  from: string;
  to: string;
  /** Percent of the range's width from its start, and the span's width in percent. */
  left: number;
  width: number;
}

export interface TimelineMonth {
  key: string;
  year: number;
  month: number;
  days: number;
}

export interface TimelineQuarter {
  key: string;
  year: number;
  quarter: number;
  left: number;
  width: number;
}

export interface TimelineRow {
  taskId: string;
  code: string;
  title: string;
  depth: number;
  /** From the start to the end (or the deadline); null when the task has no dated span. */
  bar: (Span & { state: SpanState | null }) | null;
  peaks: Span[];
  /** At the end of the deadline's day. */
  deadline: { date: string; left: number } | null;
  /** A recurring task's periods, each coloured by its units' progress. */
  instances: (Span & { period: string; state: SpanState | null })[];
}

export interface TimelineLayout {
  start: string;
  end: string;
  months: TimelineMonth[];
  quarters: TimelineQuarter[];
  rows: TimelineRow[];
  /** Today's position (the middle of the day), when it falls inside the range. */
  today: number | null;
}

const dayMs = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;
const round = (value: number) => Math.round(value * 1000) / 1000;
const pad2 = (value: number) => String(value).padStart(2, '0');

/** The combined state of several assignments (a task's units, or one period's units). */
export function combinedState(assignments: readonly { status: ProgressStatus; dueState: DueState }[]): SpanState | null {
  if (assignments.length === 0) return null;
  if (assignments.every((a) => a.status === 'done')) return 'done';
  if (assignments.some((a) => a.dueState === 'overdue')) return 'overdue';
  if (assignments.some((a) => a.status === 'blocked')) return 'blocked';
  if (assignments.some((a) => a.status === 'in_progress' || a.status === 'done')) return 'in_progress';
  return 'not_started';
}

/** Every date a task puts on the chart. */
function taskDates(task: BoardTask): string[] {
  const { start, end, deadline, peaks } = task.timeframe;
  const periods = task.units.flatMap((unit) => unit.assignments.flatMap((a) => (a.period && parsePeriod(a.period) ? [periodStart(a.period), periodEnd(a.period)] : [])));
  return [start, end, deadline, ...peaks.flatMap((peak) => [peak.start, peak.end]), ...periods].filter((date): date is string => Boolean(date));
}

/**
 * Lays out the tasks over whole months from the earliest to the latest date any of them
 * carries; a plan without dates shows `fallbackYear`.
 */
export function layoutTimeline(tasks: readonly BoardTask[], fallbackYear: number, today: string): TimelineLayout {
  const dates = tasks.flatMap(taskDates).sort();
  const first = dates[0] ?? `${fallbackYear}-01-01`;
  const last = dates.at(-1) ?? `${fallbackYear}-12-31`;
  const months: TimelineMonth[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  while (`${year}-${pad2(month)}` <= last.slice(0, 7)) {
    months.push({ key: `${year}-${pad2(month)}`, year, month, days: daysInMonth(year, month) });
    year += Math.floor(month / 12);
    month = (month % 12) + 1;
  }
  const start = `${months[0]!.key}-01`;
  const lastMonth = months.at(-1)!;
  const end = `${lastMonth.key}-${pad2(lastMonth.days)}`;
  const total = dayNumber(end) - dayNumber(start) + 1;
  // Where a day begins; `+ 1` gives where it ends (a deadline is met until the end of its day).
  const position = (date: string, dayPart = 0) => round(((dayNumber(date) - dayNumber(start) + dayPart) / total) * 100);
  const span = (from: string, to: string): Span => ({ from, to, left: position(from), width: round(((dayNumber(to) - dayNumber(from) + 1) / total) * 100) });

  // A quarter's band runs from its first to its last month inside the range.
  const quarterMonths = new Map<string, TimelineMonth[]>();
  for (const month of months) {
    const key = `${month.year}-Q${Math.ceil(month.month / 3)}`;
    quarterMonths.set(key, [...(quarterMonths.get(key) ?? []), month]);
  }
  const quarters = [...quarterMonths].map(([key, list]): TimelineQuarter => {
    const { left, width } = span(`${list[0]!.key}-01`, `${list.at(-1)!.key}-${pad2(list.at(-1)!.days)}`);
    return { key, year: list[0]!.year, quarter: Math.ceil(list[0]!.month / 3), left, width };
  });

  const rows = tasks.map((task): TimelineRow => {
    const { start: taskStart, end: taskEnd, deadline, peaks } = task.timeframe;
    const assignments = task.units.flatMap((unit) => unit.assignments);
    const byPeriod = new Map<string, typeof assignments>();
    for (const assignment of assignments) {
      if (!assignment.period || !parsePeriod(assignment.period)) continue;
      byPeriod.set(assignment.period, [...(byPeriod.get(assignment.period) ?? []), assignment]);
    }
    const barEnd = taskEnd ?? deadline;
    return {
      taskId: task.id,
      code: task.code,
      title: task.title,
      depth: task.depth,
      bar: taskStart && barEnd && barEnd >= taskStart ? { ...span(taskStart, barEnd), state: combinedState(assignments) } : null,
      peaks: peaks.filter((peak) => peak.end >= peak.start).map((peak) => span(peak.start, peak.end)),
      deadline: deadline ? { date: deadline, left: position(deadline, 1) } : null,
      instances: [...byPeriod]
        .sort(([a], [b]) => (periodStart(a) < periodStart(b) ? -1 : 1))
        .map(([period, group]) => ({ ...span(periodStart(period), periodEnd(period)), period, state: combinedState(group) })),
    };
  });

  return { start, end, months, quarters, rows, today: today >= start && today <= end ? position(today, 0.5) : null };
}
