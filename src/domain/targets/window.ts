/**
 * Which days a target is judged on when someone looks at a period. A target is judged per
 * period of its own type ("at least one per quarter"); looking at a longer period (the year)
 * judges each of its quarters, looking at a shorter one (Q3 of a yearly target) judges the year
 * so far, with the pace projected to the year's end.
 */
import { formatPeriod, type PeriodKind, parsePeriod, periodEnd, periodOf, periodStart, periodsCovering } from '../periods.ts';
import { elapsedShare } from './status.ts';

const rank: Record<PeriodKind, number> = { month: 0, quarter: 1, half: 2, year: 3 };

export interface JudgedPeriod {
  period: string;
  start: string;
  end: string;
  /** Share of the period passed at the cut-off: 1 once it has ended. */
  elapsed: number;
}

export interface EvaluationWindow {
  /** First and last day of the periods judged. */
  start: string;
  end: string;
  /** The last day whose records count: the end of the period looked at, or today if earlier. */
  cutoff: string;
  /** The day the figures are read: a report for the period may still come in after it ends. */
  asOf: string;
  periods: JudgedPeriod[];
}

export function evaluationWindow(periodType: PeriodKind, period: string, asOf: string): EvaluationWindow {
  const looked = parsePeriod(period);
  if (!looked) throw new RangeError(`Not a canonical period: "${period}"`);
  const lookedEnd = periodEnd(looked);
  const cutoff = asOf < lookedEnd ? asOf : lookedEnd;
  const judged = rank[periodType] <= rank[looked.kind] ? periodsCovering(periodType, periodStart(looked), lookedEnd) : [periodOf(periodType, periodStart(looked))];
  const periods = judged.map((p) => {
    const start = periodStart(p);
    const end = periodEnd(p);
    return { period: formatPeriod(p), start, end, elapsed: elapsedShare(start, end, nextDay(cutoff)) };
  });
  return { start: periods[0]!.start, end: periods[periods.length - 1]!.end, cutoff, asOf, periods };
}

/** Periods that have begun by the cut-off: the ones a unit can be judged on. */
export const startedPeriods = (window: EvaluationWindow) => window.periods.filter((p) => p.elapsed > 0);

/** The cut-off day counts in full: a period ending on it has ended. */
function nextDay(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

export const isLongerOrEqual = (a: PeriodKind, b: PeriodKind) => rank[a] >= rank[b];
