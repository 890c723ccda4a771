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
import { ancestorLabels, depthOf, pathLabel } from '../org-path.ts';
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
  const first = new Map<string, string>();
  for (const submission of submissions) {
    const key = `${submission.unitId}|${submission.period}`;
    const known = first.get(key);
    if (known === undefined || submission.submittedOn < known) first.set(key, submission.submittedOn);
  }
  return expected.map((report) => {
    const submittedOn = first.get(`${report.unitId}|${report.period}`) ?? null;
    if (submittedOn !== null) {
      const late = submittedOn > report.deadline;
      return { ...report, submittedOn, status: late ? 'late' : 'on_time', daysLate: late ? daysBetween(report.deadline, submittedOn) : 0 };
    }
    const overdue = today > report.deadline;
    return { ...report, submittedOn, status: overdue ? 'overdue' : 'pending', daysLate: overdue ? daysBetween(report.deadline, today) : 0 };
  });
}

export function tally(states: readonly Pick<ExpectedState, 'status'>[]): Tally {
  const counts: Record<ExpectedStatus, number> = { on_time: 0, late: 0, overdue: 0, pending: 0 };
  for (const state of states) counts[state.status] += 1;
  const { on_time: onTime, late, overdue } = counts;
  const expected = states.length;
  return {
    expected,
    submitted: onTime + late,
    onTime,
    late,
    missing: overdue + counts.pending,
    overdue,
    completeness: percent(onTime + late, expected),
    timeliness: percent(onTime, expected),
  };
}

/**
 * `units` give the paths of the units expected to report; `byNode` tallies the subtrees of
 * `nodes` (by default every unit given — at a city's root, pass the node and its children only).
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

  const own = groupStates(states, (state) => [state.unitId]);
  const subtree = groupStates(states, (state) => {
    const path = pathById.get(state.unitId);
    if (path === undefined) return [state.unitId];
    const ancestors = ancestorLabels(path).flatMap((label) => nodeByLabel.get(label) ?? []);
    return [state.unitId, ...ancestors];
  });
  const levels = groupStates(states, (state) => {
    const path = pathById.get(state.unitId);
    return path === undefined ? [] : [String(depthOf(path))];
  });

  const byNode: Record<string, Tally> = {};
  for (const unit of nodes) byNode[unit.id] = tally(subtree.get(unit.id) ?? []);
  // Dates, ids and periods are ASCII: a plain comparison orders them (localeCompare is far slower on thousands).
  const byOrder = (a: ExpectedState, b: ExpectedState) => ascii(a.deadline, b.deadline) || ascii(a.unitId, b.unitId) || ascii(a.period, b.period);
  return {
    overall: tally(states),
    byUnit: Object.fromEntries([...own].map(([unitId, list]) => [unitId, tally(list)])),
    byNode,
    byLevel: [...levels].map(([depth, list]) => ({ depth: Number(depth), tally: tally(list) })).sort((a, b) => a.depth - b.depth),
    missing: states.filter((state) => state.status === 'overdue' || state.status === 'pending').sort(byOrder),
    late: states.filter((state) => state.status === 'late').sort(byOrder),
  };
}

function groupStates(states: readonly ExpectedState[], keysOf: (state: ExpectedState) => string[]): Map<string, ExpectedState[]> {
  const groups = new Map<string, ExpectedState[]>();
  for (const state of states) {
    for (const key of keysOf(state)) {
      const group = groups.get(key);
      if (group) group.push(state);
      else groups.set(key, [state]);
    }
  }
  return groups;
}

function ascii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
