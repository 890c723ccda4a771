/**
 * Whether a figure meets its target, and how far it is from it: the colour of a cell of the
 * compliance matrix. green = met or on pace; amber = within reach (behind but can still make
 * it, or within 10 percentage points / one unit of the target); red = missed, or cannot be
 * made at this pace; none = nothing to measure.
 */
import type { Measure } from './metrics.ts';

export const comparators = ['gte', 'lte', 'eq'] as const;
export type Comparator = (typeof comparators)[number];
export const comparatorSymbols: Record<Comparator, string> = { gte: '≥', lte: '≤', eq: '=' };

export type Status = 'green' | 'amber' | 'red' | 'none';

/** Percent figures carry one decimal; a comparison ignores what rounding leaves behind. */
const EPSILON = 1e-9;
/** How close a percent figure must be to count as within reach. */
export const PERCENT_TOLERANCE = 10;
/** How close a count must be (one meeting of twelve); a target of one has no such margin. */
export const COUNT_TOLERANCE = 1;

export function meets(comparator: Comparator, actual: number, target: number): boolean {
  switch (comparator) {
    case 'gte':
      return actual >= target - EPSILON;
    case 'lte':
      return actual <= target + EPSILON;
    case 'eq':
      return Math.abs(actual - target) <= EPSILON;
  }
}

/** How far the figure is from meeting the target (0 when it meets it). */
export function shortBy(comparator: Comparator, actual: number, target: number): number {
  switch (comparator) {
    case 'gte':
      return Math.max(0, target - actual);
    case 'lte':
      return Math.max(0, actual - target);
    case 'eq':
      return Math.abs(actual - target);
  }
}

function tolerance(measure: Measure, target: number): number {
  if (measure === 'percent') return PERCENT_TOLERANCE;
  return target > COUNT_TOLERANCE ? COUNT_TOLERANCE : 0;
}

/** The status of a figure judged once everything it counts is due (a rate, a share, an ended period). */
export function classify(measure: Measure, comparator: Comparator, target: number, value: number | null): Status {
  if (value === null || !Number.isFinite(value)) return 'none';
  const gap = shortBy(comparator, value, target);
  if (gap <= EPSILON) return 'green';
  return gap <= tolerance(measure, target) + EPSILON ? 'amber' : 'red';
}

/** Of a period, how much has passed: 0 before it starts, 1 once it has ended. */
export function elapsedShare(start: string, end: string, asOf: string): number {
  if (asOf < start) return 0;
  if (asOf > end) return 1;
  const day = 86_400_000;
  const total = (Date.parse(end) - Date.parse(start)) / day + 1;
  const passed = (Date.parse(asOf) - Date.parse(start)) / day;
  return Math.min(1, Math.max(0, passed / total));
}

/** How far short of a whole meeting the share of days may fall and still count it as due. */
const PACE_SLACK = 0.02;

/** Once this share of a period has passed without the count met, it is late (amber). */
export const LATE_SHARE = 2 / 3;

/**
 * A count that accumulates over a period ("at least 4 thematic meetings in the year", "at least
 * one per quarter"), judged part-way through it. Before the end the unit is on pace while it
 * has held the whole meetings due so far; behind but able to make it (amber) while the pace
 * reaches the target within one meeting, or in the last third of the period; otherwise it
 * cannot make it at this pace (red). Only "at least" targets accumulate; the others are judged
 * as they stand.
 */
export function paceStatus(comparator: Comparator, required: number, held: number, elapsed: number): Status {
  if (comparator !== 'gte' || elapsed >= 1) return classify('count', comparator, required, held);
  if (held >= required) return 'green';
  if (elapsed <= 0) return 'green';
  // Days are not all alike (Q1 is 90 days, Q3 92): "three quarters of a year" must give 3, not 2.99.
  const dueSoFar = Math.floor(required * elapsed + PACE_SLACK);
  if (held >= dueSoFar) return elapsed < LATE_SHARE ? 'green' : 'amber';
  const projected = held / elapsed;
  return required > COUNT_TOLERANCE && projected >= required - COUNT_TOLERANCE - EPSILON ? 'amber' : 'red';
}

const statusRank: Record<Status, number> = { none: 0, green: 1, amber: 2, red: 3 };

/** Of two statuses of one unit (its periods, say), the worse; one with something to measure beats none. */
export const worse = (a: Status, b: Status): Status => (statusRank[b] > statusRank[a] ? b : a);

/**
 * A node's status from its units' (for counts per unit): green when every unit is on track,
 * amber when none has missed or at most one in ten has, red beyond that.
 */
export function statusOfUnits(counts: { green: number; amber: number; red: number }): Status {
  const measured = counts.green + counts.amber + counts.red;
  if (measured === 0) return 'none';
  if (counts.red === 0) return counts.amber === 0 ? 'green' : 'amber';
  return (counts.red / measured) * 100 <= PERCENT_TOLERANCE + EPSILON ? 'amber' : 'red';
}

/** A share in percent with one decimal, or null when there is nothing to share. */
export function percentOf(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}
