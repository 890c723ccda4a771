import { describe, expect, it } from 'vitest';
import { completeness } from './completeness.ts';
import { levelsOn, mergeSummaries, owedListLimit, owedOn, summarize, tallyOn, type ExpectedUnit } from './subtree-summary.ts';

const unit = (id: string, depth: number, deadline: string, submittedOn: string | null): ExpectedUnit => ({
  unitId: id,
  unitName: `Chi bộ ${id}`,
  parentName: 'Đảng bộ cơ sở',
  deadline,
  submittedOn,
  reportId: submittedOn ? `r-${id}` : null,
  depth,
});

const partial = (reports: number, sum: number, min: number) => ({
  partial: { reports, fields: { members: { count: reports, sum, min, max: min, yes: 0, numerator: 0, denominator: 0 } }, tables: {} },
  approved: reports,
});

describe('subtree summaries', () => {
  const east = [unit('a1', 3, '2026-10-05', '2026-10-03'), unit('a2', 3, '2026-10-05', '2026-10-09'), unit('a3', 3, '2026-10-05', null)];
  const west = [unit('b1', 3, '2026-10-05', null), unit('b2', 3, '2026-10-20', null), unit('b', 2, '2026-10-05', '2026-10-05')];

  it('counts on time, late and missing, and decides overdue from the day it is read', () => {
    const summary = summarize(east, undefined);
    expect(summary.counts).toEqual({ onTime: 1, late: 1, unsubmitted: { '2026-10-05': 1 } });
    expect(tallyOn(summary.counts, '2026-10-05')).toMatchObject({ expected: 3, submitted: 2, overdue: 0, missing: 1, completeness: 66.7, timeliness: 33.3 });
    expect(tallyOn(summary.counts, '2026-10-06')).toMatchObject({ overdue: 1, missing: 1 });
    expect(summary.missing.map((owed) => owedOn(owed, '2026-10-08'))).toEqual([expect.objectContaining({ unitId: 'a3', status: 'overdue', daysLate: 3 })]);
    expect(summary.late.map((owed) => owedOn(owed, '2026-10-08'))).toEqual([expect.objectContaining({ unitId: 'a2', status: 'late', daysLate: 4 })]);
  });

  it('merged, gives what the whole tree gives in one tally', () => {
    const merged = mergeSummaries([summarize(east, partial(2, 30, 4)), summarize(west, partial(1, 12, 12))]);
    const all = [...east, ...west];
    const whole = completeness(
      all.map((u) => ({ unitId: u.unitId, period: '2026-Q3', deadline: u.deadline })),
      all.flatMap((u) => (u.submittedOn ? [{ unitId: u.unitId, period: '2026-Q3', submittedOn: u.submittedOn }] : [])),
      [],
      '2026-10-10',
    );
    expect(tallyOn(merged.counts, '2026-10-10')).toEqual(whole.overall);
    expect(merged.missing.map((owed) => owed.unitId)).toEqual(whole.missing.map((state) => state.unitId));
    expect(merged.partial.fields.members).toMatchObject({ count: 3, sum: 42, min: 4 });
    expect(merged.approved).toBe(3);
    expect(levelsOn(merged, '2026-10-10')).toEqual([
      { depth: 2, tally: expect.objectContaining({ expected: 1, onTime: 1 }) },
      { depth: 3, tally: expect.objectContaining({ expected: 5, onTime: 1, late: 1, overdue: 2, missing: 3 }) },
    ]);
  });

  it('keeps the first units of each list in deadline order, however the subtrees are merged', () => {
    const many = Array.from({ length: owedListLimit + 20 }, (_, i) => unit(`m${String(i).padStart(4, '0')}`, 4, i % 2 ? '2026-10-05' : '2026-10-20', null));
    const halves = [summarize(many.slice(0, 300), undefined), summarize(many.slice(300), undefined)];
    const merged = mergeSummaries(halves);
    const reversed = mergeSummaries([...halves].reverse());
    expect(merged.missing).toHaveLength(owedListLimit);
    expect(merged.missing).toEqual(reversed.missing);
    expect(merged.missing[0]!.deadline).toBe('2026-10-05');
    expect(merged.missing).toEqual(summarize(many, undefined).missing);
    expect(tallyOn(merged.counts, '2026-10-10').missing).toBe(owedListLimit + 20);
  });

  it('of nothing expected, has no percentages', () => {
    expect(tallyOn(mergeSummaries([]).counts, '2026-10-10')).toMatchObject({ expected: 0, completeness: null, timeliness: null });
  });
});
