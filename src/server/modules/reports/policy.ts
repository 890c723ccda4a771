import { isWithin } from '../../../domain/org-path.ts';
import { type Actor, can, requirePermission, scopesFor } from '../../auth/actor.ts';
import { outOfScope } from '../../http/errors.ts';

/**
 * Who may do what with report templates. A template belongs to the unit that defines it and
 * applies to that unit's subtree: it is readable by readers of the owner unit and of any unit
 * under it; defining one and adding versions needs report.template on the owner unit.
 */
export const reportTemplatePolicy = {
  read(actor: Actor, ownerPath: string) {
    if (can(actor, 'unit.read', ownerPath)) return;
    if (scopesFor(actor, 'unit.read').some((scope) => isWithin(scope, ownerPath))) return;
    throw outOfScope();
  },

  define(actor: Actor, ownerPath: string) {
    requirePermission(actor, 'report.template', ownerPath);
  },
};
