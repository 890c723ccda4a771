import { describe, expect, it } from 'vitest';
import { fallsShort, rollUp, subjectJudge, type SubjectFigure, type TargetRule } from './evaluate.ts';
import type { EvaluationWindow } from './window.ts';
import { evaluationWindow } from './window.ts';

const judgeSubject = (rule: TargetRule, window: EvaluationWindow, figure: SubjectFigure) => subjectJudge(rule, window)(figure);
const thematic: TargetRule = { shape: 'count_per_period', measure: 'count', comparator: 'gte', value: 1 };

describe('evaluation window', () => {
  it('judges each quarter of a year, and the year so far for a quarter of a yearly target', () => {
    const year = evaluationWindow('quarter', '2026', '2026-10-01');
    expect(year.periods.map((p) => [p.period, p.elapsed])).toEqual([
      ['2026-Q1', 1],
      ['2026-Q2', 1],
      ['2026-Q3', 1],
      ['2026-Q4', expect.closeTo(1 / 92, 3)],
    ]);
    expect(year.cutoff).toBe('2026-10-01');
    const q3 = evaluationWindow('year', '2026-Q3', '2027-01-05');
    expect(q3.periods).toEqual([{ period: '2026', start: '2026-01-01', end: '2026-12-31', elapsed: expect.closeTo(0.75, 2) }]);
    expect(q3.cutoff).toBe('2026-09-30');
    const month = evaluationWindow('month', '2026-Q1', '2026-02-10');
    expect(month.periods.map((p) => p.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(month.periods[2]!.elapsed).toBe(0);
  });
});

describe('judging and rolling up', () => {
  it('counts per period: a cell that missed an ended quarter is red, the node counts cells on track', () => {
    const window = evaluationWindow('quarter', '2026', '2026-10-01');
    const met = judgeSubject(thematic, window, { unitId: 'a', counts: [1, 1, 2, 0], numerator: 0, denominator: 0 });
    const missed = judgeSubject(thematic, window, { unitId: 'b', counts: [1, 0, 1, 0], numerator: 0, denominator: 0 });
    expect(met).toMatchObject({ status: 'green', value: 1 });
    expect(missed).toMatchObject({ status: 'red', value: 0.5 });
    expect(fallsShort(missed)).toBe(true);
    expect(rollUp(thematic, [met, missed])).toEqual({ value: 0.8, numerator: 1, denominator: 2, status: 'red' });
  });
  it('shares of units: the node is the share of units that met', () => {
    const rule: TargetRule = { shape: 'unit_share', measure: 'percent', comparator: 'gte', value: 100 };
    const window = evaluationWindow('quarter', '2026-Q3', '2026-12-01');
    const subjects = [
      judgeSubject(rule, window, { unitId: 'a', numerator: 1, denominator: 1 }),
      judgeSubject(rule, window, { unitId: 'b', numerator: 0, denominator: 1 }),
      judgeSubject(rule, window, { unitId: 'c', numerator: 0, denominator: 0 }),
    ];
    expect(subjects.map((s) => s.status)).toEqual(['green', 'red', 'none']);
    expect(rollUp(rule, subjects)).toEqual({ value: 50, numerator: 1, denominator: 2, status: 'red' });
  });
  it('rates: the node is the ratio of the sums, not the average of the rates', () => {
    const rule: TargetRule = { shape: 'rate', measure: 'percent', comparator: 'gte', value: 80 };
    const window = evaluationWindow('quarter', '2026-Q3', '2026-12-01');
    const subjects = [
      judgeSubject(rule, window, { unitId: 'a', numerator: 9, denominator: 10, peopleShort: 1 }),
      judgeSubject(rule, window, { unitId: 'b', numerator: 1, denominator: 2, peopleShort: 1 }),
    ];
    expect(subjects.map((s) => s.value)).toEqual([90, 50]);
    expect(rollUp(rule, subjects)).toEqual({ value: 83.3, numerator: 10, denominator: 12, status: 'green' });
  });
  it('reported values: the average of what units reported', () => {
    const rule: TargetRule = { shape: 'reported_value', measure: 'percent', comparator: 'gte', value: 80 };
    const window = evaluationWindow('quarter', '2026-Q3', '2026-12-01');
    const subjects = [
      judgeSubject(rule, window, { unitId: 'a', numerator: 90, denominator: 1 }),
      judgeSubject(rule, window, { unitId: 'b', numerator: 60, denominator: 1 }),
      judgeSubject(rule, window, { unitId: 'c', numerator: 0, denominator: 0 }),
    ];
    expect(rollUp(rule, subjects)).toEqual({ value: 75, numerator: 1, denominator: 2, status: 'amber' });
  });
  it('rolls up a group of units sharing a figure as that many units', () => {
    const window = evaluationWindow('quarter', '2026', '2026-10-01');
    const judge = subjectJudge(thematic, window);
    const oneByOne = [
      judge({ unitId: 'a', counts: [1, 1, 1, 0], numerator: 0, denominator: 0 }),
      judge({ unitId: 'b', counts: [1, 1, 1, 0], numerator: 0, denominator: 0 }),
      judge({ unitId: 'c', counts: [1, 0, 1, 0], numerator: 0, denominator: 0 }),
    ];
    const grouped = [judge({ unitId: null, units: 2, counts: [1, 1, 1, 0], numerator: 0, denominator: 0 }), judge({ unitId: null, counts: [1, 0, 1, 0], numerator: 0, denominator: 0 })];
    expect(rollUp(thematic, grouped)).toEqual(rollUp(thematic, oneByOne));
    expect(rollUp(thematic, grouped)).toMatchObject({ numerator: 2, denominator: 3 });
    const rate: TargetRule = { shape: 'rate', measure: 'percent', comparator: 'gte', value: 80 };
    const rateJudge = subjectJudge(rate, window);
    expect(rollUp(rate, [rateJudge({ unitId: null, units: 3, numerator: 9, denominator: 10 }), rateJudge({ unitId: 'd', numerator: 1, denominator: 2 })])).toEqual({
      value: 87.5,
      numerator: 28,
      denominator: 32,
      status: 'green',
    });
  });
  it('has nothing to measure before the window starts', () => {
    const window = evaluationWindow('quarter', '2027-Q1', '2026-12-01');
    expect(judgeSubject(thematic, window, { unitId: 'a', counts: [0], numerator: 0, denominator: 0 }).status).toBe('none');
    expect(rollUp(thematic, [])).toEqual({ value: null, numerator: 0, denominator: 0, status: 'none' });
  });
});
