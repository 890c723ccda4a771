import { type Permission, roleAllows } from '../../domain/roles.ts';
import type { Grant } from '../api/types.ts';

/** Whether any of the user's roles allows this (or one of these) somewhere (to show a menu entry). */
export function mayAnywhere(grants: readonly Grant[], permission: Permission | readonly Permission[]): boolean {
  const wanted: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  return grants.some((grant) => wanted.some((one) => roleAllows(grant.role, one)));
}

/**
 * Whether a role granted on the unit or one of its ancestors allows this at the unit:
 * a role applies to its unit's whole subtree. `chain` lists the unit and its ancestors.
 */
export function mayAt(grants: readonly Grant[], chain: readonly string[], permission: Permission): boolean {
  return grants.some((grant) => chain.includes(grant.unitId) && roleAllows(grant.role, permission));
}

/** The unit's id and its ancestors' ids, from a unit detail. */
export function unitChain(unit: { id: string; ancestors: readonly { id: string }[] }): string[] {
  return [...unit.ancestors.map((ancestor) => ancestor.id), unit.id];
}
