/**
 * What a roll-up needs of one subtree for one template and period, in a form that can be kept
 * and merged: the figures' partial aggregate, the expected reports counted by timeliness, per
 * level, and the first of the missing and late units. A node's summary is its own report's
 * merged with its children's, so a city's root merges a few dozen summaries instead of reading
 * every report under it.
 *
 * Nothing in it depends on the day it is read: whether a missing report is overdue or not yet
 * due is decided from its deadline when the summary is read (`tallyOn`, `owedOn`).
 */
import { mergePartials, type AggregatePartial } from './aggregate.ts';
import { ascii, statusOn, tallyOf, type ExpectedStatus, type Tally } from './completeness.ts';

/** Submitted reports by timeliness; not submitted ones by deadline (Vietnam date). */
export interface StatusCounts {
  onTime: number;
  late: number;
  unsubmitted: Record<string, number>;
}

/** A unit that owes a report, or sent it late. */
export interface OwedUnit {
  unitId: string;
  unitName: string;
  parentName: string | null;
  deadline: string;
  /** Vietnam date of the first submission; null while not submitted. */
  submittedOn: string | null;
  reportId: string | null;
}

export interface SubtreeSummary {
  partial: AggregatePartial;
  /** Counted reports that are approved. */
  approved: number;
  counts: StatusCounts;
  /** The units' own expected reports by their depth in the tree (1 = root). */
  byLevel: Record<string, StatusCounts>;
  /** The first `owedListLimit` by deadline then unit id; the counts are always whole. */
  missing: OwedUnit[];
  late: OwedUnit[];
}

/** An expected report of a unit in the subtree, as the roll-up reads it. */
export interface ExpectedUnit extends OwedUnit {
  depth: number;
}

export const owedListLimit = 500;

const emptyPartial: AggregatePartial = { reports: 0, fields: {}, tables: {} };
const emptyCounts = (): StatusCounts => ({ onTime: 0, late: 0, unsubmitted: {} });

export function summarize(units: readonly ExpectedUnit[], counted: { partial: AggregatePartial; approved: number } | undefined): SubtreeSummary {
  const counts = emptyCounts();
  const byLevel: Record<string, StatusCounts> = {};
  const missing: OwedUnit[] = [];
  const late: OwedUnit[] = [];
  for (const unit of units) {
    const level = (byLevel[unit.depth] ??= emptyCounts());
    const owed: OwedUnit = { unitId: unit.unitId, unitName: unit.unitName, parentName: unit.parentName, deadline: unit.deadline, submittedOn: unit.submittedOn, reportId: unit.reportId };
    if (unit.submittedOn === null) {
      for (const tally of [counts, level]) tally.unsubmitted[unit.deadline] = (tally.unsubmitted[unit.deadline] ?? 0) + 1;
      missing.push(owed);
    } else if (unit.submittedOn > unit.deadline) {
      counts.late += 1;
      level.late += 1;
      late.push(owed);
    } else {
      counts.onTime += 1;
      level.onTime += 1;
    }
  }
  return {
    partial: counted?.partial ?? emptyPartial,
    approved: counted?.approved ?? 0,
    counts,
    byLevel,
    missing: missing.sort(byDeadline).slice(0, owedListLimit),
    late: late.sort(byDeadline).slice(0, owedListLimit),
  };
}

export function mergeSummaries(summaries: readonly SubtreeSummary[]): SubtreeSummary {
  const byLevel: Record<string, StatusCounts> = {};
  const counts = emptyCounts();
  let partial = emptyPartial;
  let approved = 0;
  for (const summary of summaries) {
    partial = mergePartials(partial, summary.partial);
    approved += summary.approved;
    addCounts(counts, summary.counts);
    for (const [depth, level] of Object.entries(summary.byLevel)) addCounts((byLevel[depth] ??= emptyCounts()), level);
  }
  // Each list holds its subtree's first units in this order, so the first of all are among them.
  const firstOf = (lists: OwedUnit[][]) => lists.flat().sort(byDeadline).slice(0, owedListLimit);
  return {
    partial,
    approved,
    counts,
    byLevel,
    missing: firstOf(summaries.map((summary) => summary.missing)),
    late: firstOf(summaries.map((summary) => summary.late)),
  };
}

/** Completeness and timeliness as of a Vietnam date. */
export function tallyOn(counts: StatusCounts, today: string): Tally {
  let overdue = 0;
  let pending = 0;
  for (const [deadline, count] of Object.entries(counts.unsubmitted)) {
    if (today > deadline) overdue += count;
    else pending += count;
  }
  return tallyOf({ on_time: counts.onTime, late: counts.late, overdue, pending });
}

/** A listed unit's status and days late as of a Vietnam date. */
export function owedOn(unit: OwedUnit, today: string): OwedUnit & { status: ExpectedStatus; daysLate: number } {
  return { ...unit, ...statusOn(unit.deadline, unit.submittedOn, today) };
}

export function levelsOn(summary: SubtreeSummary, today: string): { depth: number; tally: Tally }[] {
  return Object.entries(summary.byLevel)
    .map(([depth, counts]) => ({ depth: Number(depth), tally: tallyOn(counts, today) }))
    .sort((a, b) => a.depth - b.depth);
}

function addCounts(into: StatusCounts, from: StatusCounts): void {
  into.onTime += from.onTime;
  into.late += from.late;
  for (const [deadline, count] of Object.entries(from.unsubmitted)) into.unsubmitted[deadline] = (into.unsubmitted[deadline] ?? 0) + count;
}

function byDeadline(a: OwedUnit, b: OwedUnit): number {
  return ascii(a.deadline, b.deadline) || ascii(a.unitId, b.unitId);
}
