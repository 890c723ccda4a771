/**
 * From what a metric's SQL finds for each unit it measures (a "subject") to the figures of the
 * compliance matrix: each subject judged against the target, then the subjects rolled up into
 * a row (a subordinate unit) or the node's total. Every figure carries its numerator and
 * denominator so that a reader can check it:
 * - counts per period and unit shares: numerator = units on track, denominator = units measured;
 *   the value is the average count per period (counts) or the share in percent (shares);
 * - rates: the summed numerator and denominator (people present / invited, tasks done in time /
 *   due) and their ratio;
 * - reported values: units that meet the target / units that reported, the value their average.
 */
import type { MetricShape, Measure } from './metrics.ts';
import { type Comparator, classify, paceStatus, percentOf, type Status, statusOfUnits, worse } from './status.ts';
import { type EvaluationWindow, startedPeriods } from './window.ts';

export interface TargetRule {
  shape: MetricShape;
  measure: Measure;
  comparator: Comparator;
  value: number;
}

/**
 * What the SQL of a metric returns for one measured unit — or for a group of units with the very
 * same figure (`units` of them, `unitId` null): a matrix needs how many units stand where, not
 * which, and a city root has 20,000 cells.
 */
export interface SubjectFigure {
  unitId: string | null;
  /** How many units have this figure (1 when absent). */
  units?: number;
  /** count_per_period: events per judged period, in the window's order. */
  counts?: number[];
  /** rate: the summed parts; unit_share: 1/1 when met, 0/1 when not; reported_value: the value over 1 (0/0 when nothing was reported). */
  numerator: number;
  denominator: number;
  /** People counted in the denominator who fall short (rates of people only). */
  peopleShort?: number;
}

export interface JudgedSubject {
  unitId: string | null;
  units: number;
  value: number | null;
  status: Status;
  numerator: number;
  denominator: number;
  peopleShort: number;
}

export interface Figure {
  value: number | null;
  numerator: number;
  denominator: number;
  status: Status;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The judge of a target's subjects over a window. What depends only on the window is worked
 * out once: a root's matrix judges 20,000 cells per target.
 */
export function subjectJudge(rule: TargetRule, window: EvaluationWindow): (figure: SubjectFigure) => JudgedSubject {
  const judged = (figure: SubjectFigure, value: number | null, status: Status): JudgedSubject => ({
    unitId: figure.unitId,
    units: figure.units ?? 1,
    value,
    status,
    numerator: figure.numerator,
    denominator: figure.denominator,
    peopleShort: figure.peopleShort ?? 0,
  });
  switch (rule.shape) {
    case 'count_per_period': {
      const started = startedPeriods(window).map((period) => ({ index: window.periods.indexOf(period), elapsed: period.elapsed }));
      return (figure) => {
        if (started.length === 0) return judged(figure, null, 'none');
        let worst: Status = 'none';
        let held = 0;
        for (const period of started) {
          const count = figure.counts?.[period.index] ?? 0;
          held += count;
          worst = worse(worst, paceStatus(rule.comparator, rule.value, count, period.elapsed));
        }
        return judged(figure, round1(held / started.length), worst);
      };
    }
    case 'unit_share':
      return (figure) => {
        if (figure.denominator <= 0) return judged(figure, null, 'none');
        const value = percentOf(figure.numerator, figure.denominator);
        return judged(figure, value, classify('percent', rule.comparator, rule.value, value));
      };
    case 'rate':
      return (figure) => {
        const value = percentOf(figure.numerator, figure.denominator);
        return judged(figure, value, classify('percent', rule.comparator, rule.value, value));
      };
    case 'reported_value':
      return (figure) => {
        const value = figure.denominator > 0 ? round1(figure.numerator / figure.denominator) : null;
        return judged(figure, value, classify(rule.measure, rule.comparator, rule.value, value));
      };
  }
}

/** A subject falls short unless it is on track; one with nothing to measure does not. */
export const fallsShort = (subject: JudgedSubject) => subject.status === 'amber' || subject.status === 'red';

/** The figure of a group of judged subjects: a row of the matrix or the node's total. Each subject weighs as the units it stands for. */
export function rollUp(rule: TargetRule, subjects: readonly JudgedSubject[]): Figure {
  const tally = { green: 0, amber: 0, red: 0 };
  let measuredUnits = 0;
  let valueSum = 0;
  let numerator = 0;
  let denominator = 0;
  for (const subject of subjects) {
    if (subject.status !== 'none' || rule.shape === 'rate') {
      numerator += subject.numerator * subject.units;
      denominator += subject.denominator * subject.units;
    }
    if (subject.status === 'none') continue;
    tally[subject.status] += subject.units;
    measuredUnits += subject.units;
    valueSum += (subject.value ?? 0) * subject.units;
  }
  switch (rule.shape) {
    case 'count_per_period':
      return { value: measuredUnits ? round1(valueSum / measuredUnits) : null, numerator: tally.green, denominator: measuredUnits, status: statusOfUnits(tally) };
    case 'unit_share':
    case 'rate': {
      const value = percentOf(numerator, denominator);
      return { value, numerator, denominator, status: classify('percent', rule.comparator, rule.value, value) };
    }
    case 'reported_value': {
      const value = measuredUnits ? round1(valueSum / measuredUnits) : null;
      return { value, numerator: tally.green, denominator: measuredUnits, status: classify(rule.measure, rule.comparator, rule.value, value) };
    }
  }
}
