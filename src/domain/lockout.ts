/** Sign-in lockout: after this many failures in a row the account waits this long. */
export const lockoutPolicy = { maxFailures: 5, lockMinutes: 15 } as const;

export function lockUntilAfterFailure(failuresSoFar: number, now: Date): Date | null {
  if (failuresSoFar + 1 < lockoutPolicy.maxFailures) return null;
  return new Date(now.getTime() + lockoutPolicy.lockMinutes * 60_000);
}

export function minutesLocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil || lockedUntil <= now) return 0;
  return Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000);
}
