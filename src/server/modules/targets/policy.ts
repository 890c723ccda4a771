import type { Permission } from '../../../domain/roles.ts';
import { type Actor, can, requirePermission } from '../../auth/actor.ts';
import { forbidden, outOfScope } from '../../http/errors.ts';

/** Permissions that let someone follow a subtree's work: its matrix, targets and their records. */
const followers: Permission[] = ['target.manage', 'report.collect', 'report.approve', 'report.submit', 'person.read'];

/**
 * A target belongs to the unit that sets it and applies to that unit's subtree. Defining,
 * changing and removing one needs target.manage there (admins, leaders, staff). The matrix and
 * a target's figures are read by whoever follows the node (a cell secretary follows the cell,
 * a viewer such as an inspection committee its subtree); a plain member sees only the cell's
 * own duties on the home page.
 */
export const targetPolicy = {
  manage(actor: Actor, unitPath: string) {
    requirePermission(actor, 'target.manage', unitPath);
  },

  follow(actor: Actor, unitPath: string) {
    if (followers.some((permission) => can(actor, permission, unitPath))) return;
    throw can(actor, 'unit.read', unitPath) ? forbidden() : outOfScope();
  },

  /** The home page's duties of a unit: anyone who belongs to or reads the unit. */
  duties(actor: Actor, unitPath: string) {
    requirePermission(actor, 'unit.read', unitPath);
  },
};
