import { describe, expect, it } from 'vitest';
import { orderedActions, quarterBounds, sendingLate, topicsByQuarter } from './topic-plan.ts';

describe('topic plan', () => {
  it('puts topics under their quarters, planned ones first, and keeps empty quarters', () => {
    const groups = topicsByQuarter([
      { id: 'b', quarter: 2, plannedOn: '2026-06-10', title: 'B' },
      { id: 'c', quarter: 2, plannedOn: null, title: 'A' },
      { id: 'a', quarter: 2, plannedOn: '2026-04-15', title: 'C' },
      { id: 'd', quarter: 4, plannedOn: null, title: 'D' },
    ]);
    expect(groups.map((group) => [group.quarter, group.topics.map((topic) => topic.id)])).toEqual([
      [1, []],
      [2, ['a', 'b', 'c']],
      [3, []],
      [4, ['d']],
    ]);
  });

  it('warns when sending after the last day', () => {
    expect(sendingLate('2026-06-07', '2026-06-07')).toBe(false);
    expect(sendingLate('2026-06-07', '2026-06-08')).toBe(true);
    expect(sendingLate(null, '2026-06-08')).toBe(false);
  });

  it('knows the days of a quarter', () => {
    expect(quarterBounds(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterBounds(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterBounds(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('orders the workflow buttons as the guidance’s steps', () => {
    expect(orderedActions(['return_draft', 'approve_draft'])).toEqual(['approve_draft', 'return_draft']);
  });
});
