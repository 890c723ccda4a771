import { isWithin, minimalScopes } from '../../domain/org-path.ts';
import { type Permission, roleAllows, type Role } from '../../domain/roles.ts';
import { AppError, forbidden, outOfScope } from '../http/errors.ts';

export interface Grant {
  id: string;
  role: Role;
  unitId: string;
  unitPath: string;
  unitName: string;
}

/** The signed-in account making a request, with the roles it holds. */
export interface Actor {
  userId: string;
  tenantId: string;
  personId: string | null;
  displayName: string;
  login: string;
  grants: Grant[];
}

/** Paths of the subtrees in which the actor holds `permission`, reduced to the minimal set. */
export function scopesFor(actor: Actor, permission: Permission): string[] {
  return minimalScopes(actor.grants.filter((grant) => roleAllows(grant.role, permission)).map((grant) => grant.unitPath));
}

export function can(actor: Actor, permission: Permission, unitPath: string): boolean {
  return actor.grants.some((grant) => roleAllows(grant.role, permission) && isWithin(unitPath, grant.unitPath));
}

/**
 * Throws unless the actor holds `permission` at `unitPath`. An actor who cannot even read
 * the unit learns only that it is out of scope.
 */
export function requirePermission(actor: Actor, permission: Permission, unitPath: string): void {
  if (can(actor, permission, unitPath)) return;
  throw can(actor, 'unit.read', unitPath) ? forbidden() : outOfScope();
}

export function requireAnyScope(actor: Actor, permission: Permission): string[] {
  const scopes = scopesFor(actor, permission);
  if (scopes.length === 0) throw new AppError(403, 'forbidden');
  return scopes;
}
