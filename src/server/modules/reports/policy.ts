import { isWithin } from '../../../domain/org-path.ts';
import type { Permission } from '../../../domain/roles.ts';
import type { ReportCapacity } from '../../../domain/reports/workflow.ts';
import { type Actor, can, requirePermission, scopesFor } from '../../auth/actor.ts';
import { forbidden, outOfScope } from '../../http/errors.ts';

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

/** Permissions that let someone follow a subtree's reporting (roll-ups, received lists, reviews' figures). */
const followers: Permission[] = ['report.collect', 'report.approve', 'report.submit', 'person.read'];

function requireAny(actor: Actor, permissions: Permission[], path: string) {
  if (permissions.some((permission) => can(actor, permission, path))) return;
  throw can(actor, 'unit.read', path) ? forbidden() : outOfScope();
}

/**
 * A report is filled by its reporting unit (report.submit there) and decided by its receiving
 * unit: report.collect lets staff return it, report.approve lets a leader approve, return or
 * reopen it. Anyone who follows either unit (person.read: viewers such as an inspection
 * committee) may read it; a plain member may not.
 */
export const reportPolicy = {
  capacities(actor: Actor, report: { unitPath: string; receiverPath: string }): ReportCapacity[] {
    const capacities: ReportCapacity[] = [];
    if (can(actor, 'report.submit', report.unitPath)) capacities.push('reporter');
    if (can(actor, 'report.collect', report.receiverPath)) capacities.push('receiver');
    if (can(actor, 'report.approve', report.receiverPath)) capacities.push('approver');
    return capacities;
  },

  read(actor: Actor, report: { unitPath: string; receiverPath: string }) {
    if (this.capacities(actor, report).length) return;
    if (can(actor, 'person.read', report.unitPath) || can(actor, 'person.read', report.receiverPath)) return;
    throw can(actor, 'unit.read', report.unitPath) ? forbidden() : outOfScope();
  },

  open(actor: Actor, unitPath: string) {
    requirePermission(actor, 'report.submit', unitPath);
  },

  receive(actor: Actor, unitPath: string) {
    requireAny(actor, ['report.collect', 'report.approve'], unitPath);
  },

  follow(actor: Actor, unitPath: string) {
    requireAny(actor, followers, unitPath);
  },

  /** A review (sơ kết, tổng kết) is a document the node drafts. */
  draftReview(actor: Actor, unitPath: string) {
    requirePermission(actor, 'document.draft', unitPath);
  },

  mayDraftReview(actor: Actor, unitPath: string) {
    return can(actor, 'document.draft', unitPath);
  },
};
