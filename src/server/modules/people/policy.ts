import { type Actor, can, requirePermission, scopesFor } from '../../auth/actor.ts';

export const peoplePolicy = {
  readableScopes: (actor: Actor) => scopesFor(actor, 'person.read'),
  manageableScopes: (actor: Actor) => scopesFor(actor, 'person.manage'),
  /** A person is readable where any of their memberships lies in the actor's reach, and by themselves. */
  read(actor: Actor, personId: string, membershipPaths: string[]) {
    if (actor.personId === personId) return;
    const readable = membershipPaths.find((path) => can(actor, 'person.read', path));
    if (readable) return;
    requirePermission(actor, 'person.read', membershipPaths[0] ?? '');
  },
  readAt: (actor: Actor, unitPath: string) => requirePermission(actor, 'person.read', unitPath),
  manageAt: (actor: Actor, unitPath: string) => requirePermission(actor, 'person.manage', unitPath),
  /** Editing a person needs admin over one of the units they belong to now. */
  manage(actor: Actor, activePaths: string[]) {
    if (activePaths.some((path) => can(actor, 'person.manage', path))) return;
    requirePermission(actor, 'person.manage', activePaths[0] ?? '');
  },
  isSelf: (actor: Actor, personId: string) => actor.personId === personId,
};
