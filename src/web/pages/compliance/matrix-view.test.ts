import { describe, expect, it } from 'vitest';
import type { CellStatus, MatrixRow } from '../../api/targets.ts';
import { currentQuarter, figureText, goalText, matrixPeriodOf, periodOrDefault, ratioText, sortRows, statusCounts, trendPeriods } from './matrix-view.ts';

const row = (name: string, ...cells: [string, number | null, CellStatus][]): MatrixRow => ({
  unit: { id: name, name, kind: 'cell', hasChildren: false },
  cells: cells.map(([targetId, value, status]) => ({ targetId, value, status, numerator: 0, denominator: value === null ? 0 : 1 })),
});

const collator = new Intl.Collator('vi');

describe('compliance matrix view', () => {
  it('writes figures as Vietnamese reads them', () => {
    expect(figureText(87.5, 'percent')).toBe('87,5%');
    expect(figureText(87.5, 'percent', 'en')).toBe('87.5%');
    expect(figureText(66.6667, 'percent')).toBe('66,7%');
    expect(figureText(3, 'count')).toBe('3');
    expect(figureText(null, 'percent')).toBe('—');
    expect(goalText('gte', 80, 'percent')).toBe('≥ 80%');
    expect(goalText('eq', 1, 'count')).toBe('= 1');
    expect(ratioText({ numerator: 4, denominator: 5 })).toBe('4/5');
    expect(ratioText({ numerator: 0, denominator: 0 })).toBe('');
  });

  it('sorts by a target: red first, then the lowest figure; nothing to measure last', () => {
    const rows = [row('A', ['t', 90, 'green']), row('B', ['t', null, 'none']), row('C', ['t', 40, 'red']), row('D', ['t', 75, 'amber']), row('E', ['t', 20, 'red'])];
    expect(sortRows(rows, { key: { by: 'target', targetId: 't' }, descending: false }, collator).map((r) => r.unit.name)).toEqual(['E', 'C', 'D', 'A', 'B']);
    expect(sortRows(rows, { key: { by: 'target', targetId: 't' }, descending: true }, collator).map((r) => r.unit.name)).toEqual(['A', 'D', 'C', 'E', 'B']);
  });

  it('sorts by name with Vietnamese order and by how far behind', () => {
    const rows = [row('Chi bộ Đào tạo', ['t', 1, 'red'], ['u', 1, 'amber']), row('Chi bộ Dân vận', ['t', 1, 'green']), row('Chi bộ Âm nhạc', ['t', 1, 'amber'])];
    expect(sortRows(rows, { key: { by: 'name' }, descending: false }, collator).map((r) => r.unit.name)).toEqual(['Chi bộ Âm nhạc', 'Chi bộ Dân vận', 'Chi bộ Đào tạo']);
    expect(sortRows(rows, { key: { by: 'behind' }, descending: false }, collator).map((r) => r.unit.name)).toEqual(['Chi bộ Đào tạo', 'Chi bộ Âm nhạc', 'Chi bộ Dân vận']);
    expect(sortRows(rows, null, collator)).toEqual(rows);
  });

  it('counts statuses', () => {
    expect(statusCounts([{ status: 'red' }, { status: 'red' }, { status: 'green' }])).toEqual({ green: 1, amber: 0, red: 2, none: 0 });
  });

  it('opens on the quarter in progress', () => {
    expect(currentQuarter('2026-12-06')).toBe('2026-Q4');
    expect(currentQuarter('2026-01-01')).toBe('2026-Q1');
    expect(matrixPeriodOf(null, '2026-12-06')).toBe('2026-Q4');
    expect(matrixPeriodOf('2026-Q2', '2026-12-06')).toBe('2026-Q2');
    expect(matrixPeriodOf('quý 2', '2026-12-06')).toBe('2026-Q4');
    expect(periodOrDefault('2026-Q5', '2026-Q4')).toBe('2026-Q4');
    expect(periodOrDefault('2025-H2', '2026-Q4')).toBe('2025-H2');
  });

  it('spans a trend over the periods before, across years', () => {
    expect(trendPeriods('2026-Q2', 4)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(trendPeriods('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(trendPeriods('nonsense', 3)).toEqual([]);
  });
});
