import { ancestorLabels, isWithin } from '../../../domain/org-path.ts';
import { roleAllows } from '../../../domain/roles.ts';
import { type Actor, can, type Grant, requireAnyScope, scopesFor } from '../../auth/actor.ts';
import { forbidden, outOfScope } from '../../http/errors.ts';

const chasing = ['task.assign', 'document.issue'] as const;

/** The path of the unit directly above, or null for a root. */
function parentPathOf(path: string): string | null {
  const labels = ancestorLabels(path);
  return labels.length > 0 ? labels.join('.') : null;
}

/**
 * Who may chase work ("đôn đốc"): those who hand out or sign work above the assigned unit —
 * staff (task.assign) or leaders (document.issue) of a unit above it, or of the plan's
 * issuer. A unit does not remind itself, and a cell secretary reaches no other cell.
 */
export const reminderPolicy = {
  /** The actor's role that allows the reminder (its unit signs it), if any. */
  chasingGrant(actor: Actor, assigneePath: string, issuerPaths: readonly string[]): Grant | undefined {
    const parent = parentPathOf(assigneePath);
    const places = parent ? [parent, ...issuerPaths] : issuerPaths;
    return actor.grants.find((grant) => chasing.some((permission) => roleAllows(grant.role, permission)) && places.some((path) => isWithin(path, grant.unitPath)));
  },

  canRemind: (actor: Actor, assigneePath: string, issuerPaths: readonly string[]) => reminderPolicy.chasingGrant(actor, assigneePath, issuerPaths) !== undefined,

  /** The grant the reminder goes out under; refuses everyone else. */
  remind(actor: Actor, assigneePath: string, issuerPaths: readonly string[]): Grant {
    const grant = reminderPolicy.chasingGrant(actor, assigneePath, issuerPaths);
    if (grant) return grant;
    const readable = [assigneePath, ...issuerPaths].some((path) => can(actor, 'unit.read', path));
    throw readable ? forbidden() : outOfScope();
  },

  /** The outbox holds people's addresses: administrators read it for the subtrees they manage accounts in. */
  outboxScopes: (actor: Actor) => requireAnyScope(actor, 'account.manage'),

  readsWholeTenant: (actor: Actor) => scopesFor(actor, 'account.manage').some((path) => parentPathOf(path) === null),
};
