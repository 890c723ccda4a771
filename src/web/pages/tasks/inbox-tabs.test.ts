import { describe, expect, it } from 'vitest';
import { isInboxTab, tabCount, tabFilter } from './inbox-tabs.ts';

describe('inbox tabs', () => {
  const counts = { overdue: 2, due_soon: 3, upcoming: 5, undated: 1, done: 4, unacknowledged: 6 };

  it('filter the list by due state or acknowledgement', () => {
    expect(tabFilter('due_soon')).toEqual({ dueState: 'due_soon' });
    expect(tabFilter('overdue')).toEqual({ dueState: 'overdue' });
    expect(tabFilter('unacknowledged')).toEqual({ acknowledged: false });
    expect(tabFilter('byPlan')).toEqual({});
    expect(tabFilter('all')).toEqual({});
  });

  it('count what they show', () => {
    expect(tabCount('due_soon', counts)).toBe(3);
    expect(tabCount('overdue', counts)).toBe(2);
    expect(tabCount('unacknowledged', counts)).toBe(6);
    expect(tabCount('all', counts)).toBe(15);
    expect(tabCount('byPlan', counts)).toBe(15);
  });

  it('recognize only their own names in the address', () => {
    expect(isInboxTab('overdue')).toBe(true);
    expect(isInboxTab('late')).toBe(false);
    expect(isInboxTab(null)).toBe(false);
  });
});
