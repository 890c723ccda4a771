import { describe, expect, it } from 'vitest';
import { cellCompliance, complianceFromPeriods, summarizeCompliance, type HeldMeeting } from './meeting-compliance.ts';

const held = (unitId: string, kind: HeldMeeting['kind'], heldOn: string): HeldMeeting => ({ unitId, kind, heldOn });

describe('meeting compliance of cells', () => {
  const meetings = [
    ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((month) => held('A', 'regular_cell', `2026-${month}-05`)),
    held('A', 'thematic_cell', '2026-03-20'),
    held('A', 'thematic_cell', '2026-06-18'),
    held('A', 'thematic_cell', '2026-08-28'),
    held('B', 'regular_cell', '2026-01-05'),
    held('B', 'regular_cell', '2026-11-05'),
    held('B', 'thematic_cell', '2025-12-01'),
  ];

  it('counts the months and quarters that have ended, and the current one once met', () => {
    const a = cellCompliance('A', meetings, 2026, '2026-11-23');
    expect(a).toEqual({ unitId: 'A', monthsMissing: [], quartersMissing: [], monthsDue: 10, quartersDue: 3 });
    const b = cellCompliance('B', meetings, 2026, '2026-11-23');
    expect(b.monthsMissing).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(b.monthsDue).toBe(11);
    expect(b.quartersMissing).toEqual([1, 2, 3]);
  });

  it('judges a whole past year, and nothing of a future one', () => {
    expect(cellCompliance('A', meetings, 2026, '2027-01-10')).toMatchObject({ monthsMissing: [11, 12], quartersMissing: [4], monthsDue: 12, quartersDue: 4 });
    expect(cellCompliance('A', meetings, 2027, '2026-11-23')).toMatchObject({ monthsDue: 0, quartersDue: 0 });
  });

  it('treats a cell without meetings as missing everything due', () => {
    expect(cellCompliance('C', meetings, 2026, '2026-04-02')).toEqual({ unitId: 'C', monthsMissing: [1, 2, 3], quartersMissing: [1], monthsDue: 3, quartersDue: 1 });
  });

  it('gives the same answer from the months and quarters a query aggregated', () => {
    expect(complianceFromPeriods('B', [1, 11], [], 2026, '2026-11-23')).toEqual(cellCompliance('B', meetings, 2026, '2026-11-23'));
    expect(complianceFromPeriods('A', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3], 2026, '2026-11-23')).toEqual(cellCompliance('A', meetings, 2026, '2026-11-23'));
  });

  it('summarizes how many cells comply', () => {
    const rows = ['A', 'B', 'C'].map((id) => cellCompliance(id, meetings, 2026, '2026-11-23'));
    expect(summarizeCompliance(rows)).toEqual({ cells: 3, regularCompliant: 1, thematicCompliant: 1 });
  });
});
