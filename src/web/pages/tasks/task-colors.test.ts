import { describe, expect, it } from 'vitest';
import { dueStateColors, mostUrgent, statusColors } from './task-colors.ts';

describe('task colours', () => {
  it('marks done work green in both scales, and tells blocked from overdue', () => {
    expect(dueStateColors.done).toBe(statusColors.done);
    expect(statusColors.blocked).not.toBe(dueStateColors.overdue);
    expect(new Set(Object.values(dueStateColors)).size).toBe(5);
    expect(new Set(Object.values(statusColors)).size).toBe(4);
  });

  it('picks the state that needs attention first', () => {
    expect(mostUrgent(['upcoming', 'done', 'due_soon'])).toBe('due_soon');
    expect(mostUrgent(['done', 'overdue', 'undated'])).toBe('overdue');
    expect(mostUrgent(['undated', 'done'])).toBe('undated');
    expect(mostUrgent([])).toBeNull();
  });
});
