import { describe, expect, it } from 'vitest';
import { addDays, dueState, settleProgress, vietnamToday } from './task-status.ts';

describe('progress rules', () => {
  it('fills the percent a status implies', () => {
    expect(settleProgress('done', undefined)).toEqual({ percent: 100 });
    expect(settleProgress('not_started', undefined)).toEqual({ percent: 0 });
    expect(settleProgress('in_progress', 40)).toEqual({ percent: 40 });
    expect(settleProgress('blocked', 0)).toEqual({ percent: 0 });
  });

  it('refuses a status and a percent that contradict each other', () => {
    expect(settleProgress('done', 80)).toHaveProperty('problem');
    expect(settleProgress('not_started', 10)).toHaveProperty('problem');
    expect(settleProgress('in_progress', 100)).toHaveProperty('problem');
    expect(settleProgress('in_progress', undefined)).toHaveProperty('problem');
    expect(settleProgress('in_progress', 101)).toHaveProperty('problem');
    expect(settleProgress('blocked', 12.5)).toHaveProperty('problem');
  });
});

describe('due dates', () => {
  it('classifies an assignment against today', () => {
    expect(dueState('2026-03-31', 'in_progress', '2026-04-01')).toBe('overdue');
    expect(dueState('2026-03-31', 'done', '2026-04-01')).toBe('done');
    expect(dueState('2026-04-05', 'not_started', '2026-04-01')).toBe('due_soon');
    expect(dueState('2026-04-08', 'not_started', '2026-04-01')).toBe('due_soon');
    expect(dueState('2026-04-09', 'not_started', '2026-04-01')).toBe('upcoming');
    expect(dueState('2026-04-01', 'blocked', '2026-04-01')).toBe('due_soon');
    expect(dueState(null, 'in_progress', '2026-04-01')).toBe('undated');
  });

  it('counts days across months and years, and knows the day in Vietnam', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(vietnamToday(new Date('2026-06-30T17:30:00Z'))).toBe('2026-07-01');
    expect(vietnamToday(new Date('2026-06-30T16:59:00Z'))).toBe('2026-06-30');
  });
});
