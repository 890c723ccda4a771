import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { childPath } from '../org-path.ts';
import { completeness, expectedStates, tally, type Submission, type TreeUnit } from './completeness.ts';
import type { ExpectedReport } from './schedule.ts';

const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const root: TreeUnit = { id: id(1), path: childPath(null, id(1)) };
const base1: TreeUnit = { id: id(2), path: childPath(root.path, id(2)) };
const cell1: TreeUnit = { id: id(3), path: childPath(base1.path, id(3)) };
const cell2: TreeUnit = { id: id(4), path: childPath(base1.path, id(4)) };
const base2: TreeUnit = { id: id(5), path: childPath(root.path, id(5)) };
const units = [root, base1, cell1, cell2, base2];

const expected: ExpectedReport[] = [cell1, cell2, base2].flatMap((unit) => [
  { unitId: unit.id, period: '2026-Q1', deadline: '2026-04-05' },
  { unitId: unit.id, period: '2026-Q2', deadline: '2026-07-05' },
]);
const submissions: Submission[] = [
  { unitId: cell1.id, period: '2026-Q1', submittedOn: '2026-04-05' },
  { unitId: cell1.id, period: '2026-Q2', submittedOn: '2026-07-09' },
  { unitId: cell1.id, period: '2026-Q2', submittedOn: '2026-07-08' },
  { unitId: cell2.id, period: '2026-Q1', submittedOn: '2026-03-30' },
  { unitId: base2.id, period: '2026-Q1', submittedOn: '2026-04-06' },
  { unitId: id(99), period: '2026-Q1', submittedOn: '2026-04-01' },
];

describe('expectedStates', () => {
  it('judges each expected report by its first submission and today', () => {
    const states = expectedStates(expected, submissions, '2026-07-10');
    expect(states.map((s) => [s.unitId.slice(-1), s.period, s.status, s.daysLate, s.submittedOn])).toEqual([
      ['3', '2026-Q1', 'on_time', 0, '2026-04-05'],
      ['3', '2026-Q2', 'late', 3, '2026-07-08'],
      ['4', '2026-Q1', 'on_time', 0, '2026-03-30'],
      ['4', '2026-Q2', 'overdue', 5, null],
      ['5', '2026-Q1', 'late', 1, '2026-04-06'],
      ['5', '2026-Q2', 'overdue', 5, null],
    ]);
    expect(expectedStates(expected, [], '2026-07-05').filter((s) => s.status === 'pending')).toHaveLength(3);
  });
});

describe('completeness', () => {
  const report = completeness(expected, submissions, units, '2026-07-10');

  it('gives the overall completeness and timeliness', () => {
    expect(report.overall).toEqual({ expected: 6, submitted: 4, onTime: 2, late: 2, missing: 2, overdue: 2, completeness: 66.7, timeliness: 33.3 });
  });

  it('tallies each unit and each subtree', () => {
    expect(report.byUnit[cell2.id]).toMatchObject({ expected: 2, submitted: 1, completeness: 50, timeliness: 50 });
    expect(report.byUnit[root.id]).toBeUndefined();
    expect(report.byNode[base1.id]).toMatchObject({ expected: 4, submitted: 3, onTime: 2, late: 1, completeness: 75, timeliness: 50 });
    expect(report.byNode[root.id]).toEqual(report.overall);
    expect(report.byNode[cell1.id]).toEqual(report.byUnit[cell1.id]);
    expect(report.byNode[base2.id]).toMatchObject({ expected: 2, onTime: 0, late: 1, timeliness: 0 });
  });

  it('tallies each level of the tree', () => {
    expect(report.byLevel.map(({ depth, tally: t }) => [depth, t.expected, t.submitted, t.onTime])).toEqual([
      [2, 2, 1, 0],
      [3, 4, 3, 2],
    ]);
  });

  it('lists who is missing and who was late, by deadline', () => {
    expect(report.missing.map((s) => [s.unitId, s.period])).toEqual([[cell2.id, '2026-Q2'], [base2.id, '2026-Q2']]);
    expect(report.late.map((s) => [s.unitId, s.period])).toEqual([[base2.id, '2026-Q1'], [cell1.id, '2026-Q2']]);
  });

  it('gives null rates when nothing is expected', () => {
    expect(tally([])).toEqual({ expected: 0, submitted: 0, onTime: 0, late: 0, missing: 0, overdue: 0, completeness: null, timeliness: null });
    expect(completeness([], [], units, '2026-01-01').byNode[root.id]?.completeness).toBeNull();
  });

  it('is 100 % complete and 50 % timely when two units submit and one is late', () => {
    const two = expected.filter((e) => e.period === '2026-Q1' && e.unitId !== base2.id);
    const result = completeness(two, [
      { unitId: cell1.id, period: '2026-Q1', submittedOn: '2026-04-02' },
      { unitId: cell2.id, period: '2026-Q1', submittedOn: '2026-04-07' },
    ], units, '2026-04-10');
    expect(result.byNode[root.id]).toMatchObject({ completeness: 100, timeliness: 50 });
  });

  it('keeps its counts consistent whatever the submissions', () => {
    const submission = fc.record({
      unitId: fc.constantFrom(cell1.id, cell2.id, base2.id),
      period: fc.constantFrom('2026-Q1', '2026-Q2'),
      submittedOn: fc.constantFrom('2026-03-31', '2026-04-05', '2026-04-20', '2026-07-05', '2026-07-30'),
    });
    fc.assert(fc.property(fc.array(submission, { maxLength: 12 }), fc.constantFrom('2026-04-01', '2026-06-01', '2026-12-31'), (subs, today) => {
      const r = completeness(expected, subs, units, today);
      const o = r.overall;
      expect(o.submitted + o.missing).toBe(o.expected);
      expect(o.onTime + o.late).toBe(o.submitted);
      expect(o.timeliness!).toBeLessThanOrEqual(o.completeness!);
      expect(r.byNode[root.id]).toEqual(o);
      const sum = Object.values(r.byUnit).reduce((acc, t) => acc + t.submitted, 0);
      expect(sum).toBe(o.submitted);
      expect(r.missing.length).toBe(o.missing);
      expect(r.late.length).toBe(o.late);
    }));
  });
});
