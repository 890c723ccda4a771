import { isWithin } from '../../../domain/org-path.ts';
import { type Actor, can, requirePermission, scopesFor } from '../../auth/actor.ts';
import { forbidden, outOfScope, unprocessable } from '../../http/errors.ts';

export interface IssuerRef {
  unitId: string;
  path: string;
}

/**
 * Who may do what with a document. Staff, admins and secretaries draft for their units;
 * leaders issue; every issuing unit of a joint document must be within the actor's reach.
 */
export const documentPolicy = {
  readableScopes: (actor: Actor) => scopesFor(actor, 'unit.read'),

  /** Readable through an issuer in reach, or (once issued) through a unit it assigns work to. */
  read(actor: Actor, issuerPaths: string[], assignedInReach: boolean) {
    if (assignedInReach || issuerPaths.some((path) => can(actor, 'unit.read', path))) return;
    throw outOfScope();
  },

  draft(actor: Actor, issuerPaths: string[]) {
    for (const path of issuerPaths) requirePermission(actor, 'document.draft', path);
  },

  issue(actor: Actor, issuerPaths: string[]) {
    for (const path of issuerPaths) requirePermission(actor, 'document.issue', path);
  },

  /**
   * A task goes only to the issuers and units under them. Naming an issuer itself needs only
   * the right to draft; handing work to a unit below needs task.assign at an issuer above it.
   */
  assign(actor: Actor, issuers: IssuerRef[], unit: { id: string; path: string; name: string }) {
    if (issuers.some((issuer) => issuer.unitId === unit.id)) return;
    const over = issuers.filter((issuer) => isWithin(unit.path, issuer.path));
    if (over.length === 0) throw unprocessable('task_unit_out_of_reach', { name: unit.name });
    if (!over.some((issuer) => can(actor, 'task.assign', issuer.path))) throw forbidden();
  },

  canDraft: (actor: Actor, issuerPaths: string[]) => issuerPaths.every((path) => can(actor, 'document.draft', path)),
  canIssue: (actor: Actor, issuerPaths: string[]) => issuerPaths.every((path) => can(actor, 'document.issue', path)),
};
