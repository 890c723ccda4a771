export const partyStatuses = ['full', 'probationary', 'none'] as const;
export type PartyStatus = (typeof partyStatuses)[number];
export const membershipPositions = ['secretary', 'deputy_secretary', 'committee_member', 'member'] as const;
export type MembershipPosition = (typeof membershipPositions)[number];
export const membershipEndReasons = ['transfer', 'left', 'unit_closed'] as const;
export type MembershipEndReason = (typeof membershipEndReasons)[number];
export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];
