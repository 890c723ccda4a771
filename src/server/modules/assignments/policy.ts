import type { DocumentStatus } from '../../../domain/documents.ts';
import type { ProgressStatus } from '../../../domain/task-status.ts';
import { type Actor, can, requirePermission, scopesFor } from '../../auth/actor.ts';
import { conflict } from '../../http/errors.ts';
import { reminderPolicy } from '../reminders/policy.ts';

/**
 * Who may act on an assignment. The assigned unit reports: a cell's secretary for the cell,
 * staff of a unit for it and every unit under it (task.report). Only an issued plan takes
 * progress: a draft has no assignments yet and a superseded version hands its work to the
 * version that replaced it. Who may chase open work is the reminders module's rule.
 */
export const assignmentPolicy = {
  /** The units whose inbox is shown when none is chosen: those the actor reports for, else those it reads. */
  inboxScopes(actor: Actor): string[] {
    const reporting = scopesFor(actor, 'task.report');
    return reporting.length > 0 ? reporting : scopesFor(actor, 'unit.read');
  },

  canReport: (actor: Actor, unitPath: string, documentStatus: DocumentStatus) => documentStatus === 'issued' && can(actor, 'task.report', unitPath),

  canRemind: (actor: Actor, unitPath: string, issuerPaths: readonly string[], documentStatus: DocumentStatus, status: ProgressStatus) =>
    documentStatus === 'issued' && status !== 'done' && reminderPolicy.canRemind(actor, unitPath, issuerPaths),

  /** Before any write on an assignment: the right to report for its unit, then an open plan. */
  report(actor: Actor, unitPath: string, documentStatus: DocumentStatus) {
    requirePermission(actor, 'task.report', unitPath);
    if (documentStatus === 'draft') throw conflict('document_not_issued');
    if (documentStatus === 'superseded') throw conflict('document_superseded');
  },
};
