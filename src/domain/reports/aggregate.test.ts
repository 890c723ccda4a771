import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateField, aggregateReports, finishAggregate, mergePartials, partialOf } from './aggregate.ts';
import { parseTemplate, type ReportTemplate } from './template.ts';
import { meetingsTemplateInput } from './test-fixtures.ts';
import type { ReportValues } from './values.ts';

const parsed = parseTemplate(meetingsTemplateInput);
if (!parsed.ok) throw new Error('fixture');
const template: ReportTemplate = parsed.template;

const reports: ReportValues[] = [
  { members: 20, attended: 18, attendance_rate: 90, score: 8.5, smallest_meeting: 15, largest_meeting: 18, thematic_held: true, quality: 'good',
    meetings: [{ kind: 'regular', present: 18, hours: 1.5 }, { kind: 'thematic', present: 17, hours: 2 }] },
  { members: 10, attended: 5, attendance_rate: 50, smallest_meeting: 4, largest_meeting: 9, thematic_held: false,
    meetings: [{ kind: 'regular', present: 5, hours: 0.1 }] },
  { members: 7, thematic_held: true, score: 7.25, meetings: [{ kind: 'regular', present: 6, hours: 0.2 }] },
];

describe('aggregateReports', () => {
  const aggregate = aggregateReports(template, reports);
  const figure = (key: string) => aggregate.fields.find((field) => field.key === key);

  it('counts the reports and gives one figure per aggregated field, in template order', () => {
    expect(aggregate.reports).toBe(3);
    expect(aggregate.fields.map((field) => field.key)).toEqual(['members', 'attended', 'attendance_rate', 'score', 'smallest_meeting', 'largest_meeting', 'thematic_held']);
  });

  it('sums, averages ignoring missing values, and takes min and max', () => {
    expect(figure('members')).toEqual({ key: 'members', label: 'Tổng số đảng viên', method: 'sum', value: 37, contributors: 3 });
    expect(figure('attended')).toMatchObject({ value: 23, contributors: 2 });
    expect(figure('score')).toMatchObject({ method: 'average', value: 7.88, contributors: 2 });
    expect(figure('smallest_meeting')).toMatchObject({ method: 'min', value: 4, contributors: 2 });
    expect(figure('largest_meeting')).toMatchObject({ method: 'max', value: 18 });
  });

  it('takes the ratio of the sums over reports that give both, not the mean of the ratios', () => {
    // (18 + 5) / (20 + 10) = 76.7 %, while the mean of 90 % and 50 % would be 70 %.
    expect(figure('attendance_rate')).toMatchObject({ method: 'ratio', value: 76.7, numerator: 23, denominator: 30, contributors: 2 });
  });

  it('counts yes answers out of those who answered', () => {
    expect(figure('thematic_held')).toMatchObject({ method: 'count_yes', value: 2, contributors: 3 });
  });

  it('sums numeric table columns in total and per option of the first choice column', () => {
    expect(aggregate.tables).toEqual([
      {
        key: 'meetings',
        label: 'Các buổi sinh hoạt',
        rows: 4,
        reports: 3,
        totals: { present: 46, hours: 3.8 },
        byOption: {
          column: 'kind',
          groups: [
            { value: 'regular', label: 'Định kỳ', rows: 3, reports: 3, totals: { present: 29, hours: 1.8 } },
            { value: 'thematic', label: 'Chuyên đề', rows: 1, reports: 1, totals: { present: 17, hours: 2 } },
          ],
        },
      },
    ]);
  });

  it('gives null figures and zero counts on no reports', () => {
    const empty = aggregateReports(template, []);
    expect(empty.reports).toBe(0);
    expect(empty.fields.every((field) => field.value === null && field.contributors === 0)).toBe(true);
    expect(empty.tables[0]).toMatchObject({ rows: 0, reports: 0, totals: { present: 0, hours: 0 } });
  });

  it('gives no ratio when the denominator sums to zero', () => {
    expect(aggregateField('rate', { method: 'ratio', numerator: 'a', denominator: 'b' }, [{ a: 0, b: 0 }])).toEqual({
      method: 'ratio', value: null, contributors: 1, numerator: 0, denominator: 0,
    });
  });

  it('ignores values of the wrong type', () => {
    expect(aggregateField('n', { method: 'sum' }, [{ n: 'x' }, { n: 2 }, { n: true }])).toEqual({ method: 'sum', value: 2, contributors: 1 });
  });
});

describe('aggregation properties', () => {
  const numbers = fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }), { maxLength: 40 });
  const asReports = (values: (number | undefined)[]) => values.map((n): ReportValues => (n === undefined ? {} : { n }));

  it('does not depend on the order of the reports', () => {
    fc.assert(fc.property(numbers, fc.constantFrom('sum', 'average', 'min', 'max' as const), (values, method) => {
      const forward = aggregateField('n', { method } as { method: 'sum' }, asReports(values));
      const backward = aggregateField('n', { method } as { method: 'sum' }, asReports([...values].reverse()));
      expect(backward).toEqual(forward);
    }));
  });

  it('keeps min ≤ average ≤ max and sum = average × contributors', () => {
    fc.assert(fc.property(numbers, (values) => {
      const reports = asReports(values);
      const [sum, average, min, max] = (['sum', 'average', 'min', 'max'] as const).map((method) => aggregateField('n', { method }, reports).value);
      const given = values.filter((n) => n !== undefined).length;
      if (given === 0) {
        expect([sum, average, min, max]).toEqual([null, null, null, null]);
        return;
      }
      expect(min!).toBeLessThanOrEqual(average! + 0.005);
      expect(average!).toBeLessThanOrEqual(max! + 0.005);
      expect(Math.abs(average! * given - sum!)).toBeLessThanOrEqual(0.005 * given + 1e-6);
    }));
  });

  it('gives a ratio of sums between the smallest and largest single ratio', () => {
    const pair = fc.record({ a: fc.integer({ min: 0, max: 500 }), b: fc.integer({ min: 1, max: 500 }) });
    fc.assert(fc.property(fc.array(pair, { minLength: 1, maxLength: 30 }), (pairs) => {
      const { value } = aggregateField('r', { method: 'ratio', numerator: 'a', denominator: 'b' }, pairs);
      const single = pairs.map(({ a, b }) => (a / b) * 100);
      expect(value!).toBeGreaterThanOrEqual(Math.min(...single) - 0.05);
      expect(value!).toBeLessThanOrEqual(Math.max(...single) + 0.05);
    }));
  });
});

describe('partials', () => {
  const count = fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined });
  const row = fc.record({ kind: fc.constantFrom('regular', 'thematic'), present: fc.integer({ min: 0, max: 50 }), hours: fc.integer({ min: 0, max: 40 }).map((n) => n / 10) });
  const report: fc.Arbitrary<ReportValues> = fc
    .record({ members: count, attended: count, score: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 10), { nil: undefined }), smallest_meeting: count, largest_meeting: count, thematic_held: fc.option(fc.boolean(), { nil: undefined }), meetings: fc.array(row, { maxLength: 4 }) })
    .map((values) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as ReportValues);

  it('merged partials of any split give the figures of all the reports together', () => {
    fc.assert(fc.property(fc.array(report, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 5 }), (reports, cuts) => {
      const bounds = [...new Set([0, ...cuts.map((c) => c % (reports.length + 1)), reports.length])].sort((a, b) => a - b);
      const parts = bounds.slice(1).map((end, i) => partialOf(template, reports.slice(bounds[i], end)));
      const merged = parts.reduce(mergePartials, partialOf(template, []));
      expect(finishAggregate(template, merged)).toEqual(aggregateReports(template, reports));
    }));
  });

  it('survives a round trip through JSON, to be cached', () => {
    const partial = partialOf(template, reports);
    expect(finishAggregate(template, JSON.parse(JSON.stringify(partial)))).toEqual(aggregateReports(template, reports));
  });
});
