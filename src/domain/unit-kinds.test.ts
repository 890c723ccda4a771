import { describe, expect, it } from 'vitest';
import { placementProblem, suggestUnitCode } from './unit-kinds.ts';

const unit = (kind: 'committee' | 'base_committee' | 'cell' | 'department' | 'association', associationType: 'union' | 'youth' | null = null) => ({ kind, associationType });

describe('placementProblem', () => {
  it('accepts the usual tree', () => {
    expect(placementProblem(unit('committee'), null)).toBeNull();
    expect(placementProblem(unit('base_committee'), unit('committee'))).toBeNull();
    expect(placementProblem(unit('cell'), unit('base_committee'))).toBeNull();
    expect(placementProblem(unit('department'), unit('committee'))).toBeNull();
    expect(placementProblem(unit('association', 'youth'), unit('committee'))).toBeNull();
    expect(placementProblem(unit('association', 'youth'), unit('association', 'youth'))).toBeNull();
  });
  it('refuses what makes no sense, with a Vietnamese reason', () => {
    expect(placementProblem(unit('cell'), null)).toMatch(/đơn vị gốc/);
    expect(placementProblem(unit('cell'), unit('department'))).toMatch(/Chi bộ/);
    expect(placementProblem(unit('base_committee'), unit('cell'))).toMatch(/cấp ủy/);
    expect(placementProblem(unit('association', 'union'), unit('association', 'youth'))).toMatch(/cùng loại/);
    expect(placementProblem(unit('department'), unit('association', 'youth'))).toMatch(/Ban/);
  });
});

describe('suggestUnitCode', () => {
  it('uses the short name, or initials without diacritics', () => {
    expect(suggestUnitCode('Đảng ủy Khối', 'ĐUK')).toBe('DUK');
    expect(suggestUnitCode('Ban Tuyên giáo', null)).toBe('BTG');
    expect(suggestUnitCode('Chi bộ 1', null)).toBe('CB1');
  });
});
