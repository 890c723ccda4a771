import { describe, expect, it } from 'vitest';
import { lockUntilAfterFailure, minutesLocked } from './lockout.ts';

describe('sign-in lockout', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('locks on the fifth failure in a row for 15 minutes', () => {
    expect(lockUntilAfterFailure(3, now)).toBeNull();
    expect(lockUntilAfterFailure(4, now)?.toISOString()).toBe('2026-11-23T10:15:00.000Z');
  });
  it('reports whole minutes left', () => {
    expect(minutesLocked(new Date('2026-11-23T10:14:01Z'), now)).toBe(15);
    expect(minutesLocked(new Date('2026-11-23T09:00:00Z'), now)).toBe(0);
    expect(minutesLocked(null, now)).toBe(0);
  });
});
