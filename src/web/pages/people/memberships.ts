import type { Membership } from '../../api/types.ts';

/** Current memberships first, then the ended ones; the Party one first, then newest first. */
export function orderedMemberships(memberships: readonly Membership[]): Membership[] {
  return [...memberships].sort(
    (a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null) || Number(b.isParty) - Number(a.isParty) || b.startedOn.localeCompare(a.startedOn),
  );
}

export function currentMemberships(memberships: readonly Membership[]): Membership[] {
  return orderedMemberships(memberships).filter((membership) => membership.endedOn === null);
}
