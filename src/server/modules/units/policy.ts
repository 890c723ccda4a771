import { type Actor, requirePermission, scopesFor } from '../../auth/actor.ts';

export const unitPolicy = {
  readableScopes: (actor: Actor) => scopesFor(actor, 'unit.read'),
  read: (actor: Actor, unitPath: string) => requirePermission(actor, 'unit.read', unitPath),
  /** Creating a unit, renaming, moving and deactivating need admin at the place it changes. */
  manage: (actor: Actor, unitPath: string) => requirePermission(actor, 'unit.manage', unitPath),
};
