import { daysInMonth } from '../../domain/periods.ts';
import type { PlanExtraction } from '../../importer/types.ts';

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function shiftDate(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const clamped = Math.min(day, daysInMonth(target, month));
  return `${target}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

const shiftNullable = (date: string | null, years: number) => (date === null ? null : shiftDate(date, years));

/**
 * Moves a plan's own dates (its date and its tasks' timeframes) by whole years, so that a
 * seed written for 2018 runs in the current year of the demo. The documents it cites keep
 * their real dates, and the text is left as written.
 */
export function shiftExtraction(extraction: PlanExtraction, years: number): PlanExtraction {
  return {
    ...extraction,
    document: { ...extraction.document, issuedOn: shiftNullable(extraction.document.issuedOn, years) },
    tasks: extraction.tasks.map((task) => ({
      ...task,
      timeframe: {
        ...task.timeframe,
        start: shiftNullable(task.timeframe.start, years),
        end: shiftNullable(task.timeframe.end, years),
        deadline: shiftNullable(task.timeframe.deadline, years),
        peaks: task.timeframe.peaks.map((peak) => ({ start: shiftDate(peak.start, years), end: shiftDate(peak.end, years) })),
      },
    })),
  };
}
