import { daysInMonth } from '../../domain/periods.ts';
import type { PlanExtraction } from '../../importer/types.ts';

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function shiftDate(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const clamped = Math.min(day, daysInMonth(target, month));
  return `${target}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/** Years written in a timeframe phrase ("Cả năm 2018", "trước ngày 13/4/2018") move with its dates. */
const shiftYearsInText = (text: string | null, years: number) => text?.replace(/\b(?:19|20)\d{2}\b/g, (year) => String(Number(year) + years)) ?? null;

const shiftNullable = (date: string | null, years: number) => (date === null ? null : shiftDate(date, years));

/**
 * Moves a plan's own dates (its date and its tasks' timeframes) by whole years, so that a
 * seed written for 2018 runs in the current year of the demo. The documents it cites keep
 * their real dates; of the text, only the timeframe phrases follow.
 */
export function shiftExtraction(extraction: PlanExtraction, years: number): PlanExtraction {
  return {
    ...extraction,
    document: { ...extraction.document, issuedOn: shiftNullable(extraction.document.issuedOn, years) },
    tasks: extraction.tasks.map((task) => ({
      ...task,
      timeframe: {
        ...task.timeframe,
        text: shiftYearsInText(task.timeframe.text, years),
        start: shiftNullable(task.timeframe.start, years),
        end: shiftNullable(task.timeframe.end, years),
        deadline: shiftNullable(task.timeframe.deadline, years),
        peaks: task.timeframe.peaks.map((peak) => ({ start: shiftDate(peak.start, years), end: shiftDate(peak.end, years) })),
      },
    })),
  };
}
