/**
 * Completeness (submitted / expected) and timeliness (on time / expected) of expected
 * reports, per unit, per node of the tree (the node's whole subtree) and per level, with the
 * lists of who is missing and who was late.
 *
 * A report counts from its first submission: returning it for revision and resubmitting
 * later does not make it late. Submission dates are Vietnam calendar days (the server turns
 * `submitted_at` into one with `vietnamToday(submittedAt)`); on time means on or before the
 * deadline. Units carry their ltree path (labels are ids without dashes, see org-path.ts).
 */
import { pathLabel } from '../org-path.ts';
import type { ExpectedReport } from './schedule.ts';

export interface Submission {
  unitId: string;
  period: string;
  /** Vietnam date (YYYY-MM-DD) of the first submission. */
  submittedOn: string;
}

/** on_time / late: submitted; overdue: not submitted and past the deadline; pending: not yet due. */
export type ExpectedStatus = 'on_time' | 'late' | 'overdue' | 'pending';

export interface ExpectedState extends ExpectedReport {
  submittedOn: string | null;
  status: ExpectedStatus;
  /** Days after the deadline: of the submission when late, of `today` when overdue; else 0. */
  daysLate: number;
}

export interface Tally {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  /** Not submitted, whether overdue or not yet due. */
  missing: number;
  overdue: number;
  /** submitted / expected and onTime / expected in percent with one decimal; null when nothing is expected. */
  completeness: number | null;
  timeliness: number | null;
}

export interface TreeUnit {
  id: string;
  path: string;
}

export interface CompletenessReport {
  overall: Tally;
  /** The unit's own expected reports. */
  byUnit: Record<string, Tally>;
  /** Everything expected in the unit's subtree, the unit included. */
  byNode: Record<string, Tally>;
  /** The units' own reports grouped by their depth in the tree (1 = root), shallowest first. */
  byLevel: { depth: number; tally: Tally }[];
  /** Not submitted, by deadline then unit. */
  missing: ExpectedState[];
  /** Submitted after the deadline, by deadline then unit. */
  late: ExpectedState[];
}

/** The state of each expected report given the submissions and today's Vietnam date. */
export function expectedStates(expected: readonly ExpectedReport[], submissions: readonly Submission[], today: string): ExpectedState[] {
  // By period, then unit: a Map keyed by joined strings is ten times slower at a city's size.
  const first = new Map<string, Map<string, string>>();
  for (const submission of submissions) {
    let byUnit = first.get(submission.period);
    if (!byUnit) first.set(submission.period, (byUnit = new Map()));
    const known = byUnit.get(submission.unitId);
    if (known === undefined || submission.submittedOn < known) byUnit.set(submission.unitId, submission.submittedOn);
  }
  return expected.map(({ unitId, period, deadline }): ExpectedState => {
    const submittedOn = first.get(period)?.get(unitId) ?? null;
    return { unitId, period, deadline, submittedOn, ...statusOn(deadline, submittedOn, today) };
  });
}

/** A report's status and days late as of a Vietnam date, from its deadline and first submission. */
export function statusOn(deadline: string, submittedOn: string | null, today: string): { status: ExpectedStatus; daysLate: number } {
  if (submittedOn !== null) {
    const late = submittedOn > deadline;
    return { status: late ? 'late' : 'on_time', daysLate: late ? daysBetween(deadline, submittedOn) : 0 };
  }
  const overdue = today > deadline;
  return { status: overdue ? 'overdue' : 'pending', daysLate: overdue ? daysBetween(deadline, today) : 0 };
}

export function tally(states: readonly Pick<ExpectedState, 'status'>[]): Tally {
  const counts = emptyCounts();
  for (const state of states) counts[state.status] += 1;
  return tallyOf(counts);
}

export type Counts = Record<ExpectedStatus, number>;
const emptyCounts = (): Counts => ({ on_time: 0, late: 0, overdue: 0, pending: 0 });

export function tallyOf(counts: Counts): Tally {
  const { on_time: onTime, late, overdue, pending } = counts;
  const expected = onTime + late + overdue + pending;
  return {
    expected,
    submitted: onTime + late,
    onTime,
    late,
    missing: overdue + pending,
    overdue,
    completeness: percent(onTime + late, expected),
    timeliness: percent(onTime, expected),
  };
}

function counter<K>(map: Map<K, Counts>, key: K): Counts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyCounts()));
  return counts;
}

/**
 * `units` give the paths of the units expected to report; `byNode` tallies the subtrees of
 * `nodes` (by default every unit given — at a city's root, pass the node and its children).
 * One pass that counts rather than groups: at a city's size, grouping arrays cost more than the work.
 */
export function completeness(
  expected: readonly ExpectedReport[],
  submissions: readonly Submission[],
  units: readonly TreeUnit[],
  today: string,
  nodes: readonly TreeUnit[] = units,
): CompletenessReport {
  const states = expectedStates(expected, submissions, today);
  const nodeByLabel = new Map(nodes.map((unit) => [pathLabel(unit.id), unit.id]));
  const pathById = new Map(units.map((unit) => [unit.id, unit.path]));

  const overall = emptyCounts();
  const own = new Map<string, Counts>();
  const subtree = new Map<string, Counts>();
  const levels = new Map<number, Counts>();
  const missing: ExpectedState[] = [];
  const late: ExpectedState[] = [];
  for (const state of states) {
    overall[state.status] += 1;
    counter(own, state.unitId)[state.status] += 1;
    counter(subtree, state.unitId)[state.status] += 1;
    if (state.status === 'late') late.push(state);
    else if (state.status !== 'on_time') missing.push(state);
    const path = pathById.get(state.unitId);
    if (path === undefined) continue;
    const labels = path.split('.');
    counter(levels, labels.length)[state.status] += 1;
    // The ancestors that are nodes (the unit's own label is last).
    for (let i = 0; i < labels.length - 1; i++) {
      const node = nodeByLabel.get(labels[i]!);
      if (node !== undefined) counter(subtree, node)[state.status] += 1;
    }
  }

  const byNode: Record<string, Tally> = {};
  for (const unit of nodes) byNode[unit.id] = tallyOf(subtree.get(unit.id) ?? emptyCounts());
  const byUnit: Record<string, Tally> = {};
  for (const [unitId, counts] of own) byUnit[unitId] = tallyOf(counts);
  // Dates, ids and periods are ASCII: a plain comparison orders them (localeCompare is far slower on thousands).
  const byOrder = (a: ExpectedState, b: ExpectedState) => ascii(a.deadline, b.deadline) || ascii(a.unitId, b.unitId) || ascii(a.period, b.period);
  return {
    overall: tallyOf(overall),
    byUnit,
    byNode,
    byLevel: [...levels].map(([depth, counts]) => ({ depth, tally: tallyOf(counts) })).sort((a, b) => a.depth - b.depth),
    missing: missing.sort(byOrder),
    late: late.sort(byOrder),
  };
}

export function ascii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
