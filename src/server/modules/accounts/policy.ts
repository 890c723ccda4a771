import { type Actor, requirePermission, scopesFor } from '../../auth/actor.ts';

export const accountPolicy = {
  scopes: (actor: Actor) => scopesFor(actor, 'account.manage'),
  /** Accounts belong to a home unit; admins of that subtree manage them. */
  manage: (actor: Actor, homeUnitPath: string) => requirePermission(actor, 'account.manage', homeUnitPath),
  /** A role can only be granted in a unit where the admin holds account.manage. */
  grantAt: (actor: Actor, unitPath: string) => requirePermission(actor, 'account.manage', unitPath),
};
