import { readCapacityLine } from '../../../domain/documents.ts';
import type { RollupMethod } from '../../../domain/rollup.ts';
import type { PlanExtraction } from '../../../importer/types.ts';
import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { createDocumentIn, getDocument } from '../documents/service.ts';
import { timeframeColumns, unitChecker, type TaskUnitInput } from './task-input.ts';
import * as tq from './task-queries.ts';

export interface FromExtractionInput {
  extraction: PlanExtraction;
  issuerUnitIds: string[];
  /** Unit names as the document writes them → the org unit the reviewer chose (null: none). */
  unitMapping: Record<string, string | null>;
  typeCode?: string;
  rollupMethod?: RollupMethod;
}

const kindTypeCodes = { plan: 'KH', guidance: 'HD', program: 'CTr', other: 'KH' } as const;

/** The plan's year: its date's, else a year named in its title ("… năm 2018"). */
function yearOf(extraction: PlanExtraction): number | undefined {
  const { issuedOn, title } = extraction.document;
  if (issuedOn) return Number(issuedOn.slice(0, 4));
  const named = /(?:năm|nam)\s+(\d{4})/iu.exec(title);
  return named ? Number(named[1]) : undefined;
}

/**
 * Saves a reviewed import as a draft plan: the document with its bases, sections and
 * targets, and the task tree with the units the reviewer matched. Names left unmatched stay
 * on their task (unmatchedUnits) so nothing the document said is lost.
 */
export async function createPlanFromExtraction(ctx: ServiceContext, input: FromExtractionInput) {
  const { document, sections, tasks, targets } = input.extraction;
  const codes = new Set(tasks.map((task) => task.code));
  const orphan = tasks.find((task) => task.parentCode !== null && !codes.has(task.parentCode));
  if (orphan) throw unprocessable('task_parent_unknown', { code: orphan.code, parent: orphan.parentCode! });
  const id = await ctx.db.transaction().execute(async (tx) => {
    const capacity = readCapacityLine(document.signature?.capacity ?? null);
    const { doc, issuerPaths } = await createDocumentIn(tx, ctx, {
      issuerUnitIds: input.issuerUnitIds,
      kind: document.kind,
      typeCode: input.typeCode ?? document.typeCode ?? kindTypeCodes[document.kind],
      issuerCode: document.issuerCode ?? undefined,
      number: document.number && /^\d+$/.test(document.number) ? Number(document.number) : null,
      year: yearOf(input.extraction),
      issuedOn: document.issuedOn,
      place: document.place,
      title: document.title,
      recipients: document.recipients,
      signature: document.signature ? { ...capacity, position: document.signature.position, signer: document.signature.signer } : null,
      bases: document.bases.map((basis) => ({ number: basis.number, typeCode: basis.typeCode, issuerCode: basis.issuerCode, issuedOn: basis.issuedOn })),
      sections: sections.map((section) => ({ ...section, text: '' })),
      targets,
      rollupMethod: input.rollupMethod,
    });
    const ids = new Map(tasks.map((task) => [task.code, newId()]));
    const issuers = input.issuerUnitIds.map((unitId, index) => ({ unitId, path: issuerPaths[index]! }));
    const checkUnits = unitChecker(tx, ctx, issuers);
    const taskUnits = [];
    const rows = [];
    for (const [position, task] of tasks.entries()) {
      const named: TaskUnitInput[] = [];
      const unmatched: string[] = [];
      for (const [role, names] of [['lead', task.lead], ['partner', task.partners]] as const) {
        for (const name of names) {
          const unitId = input.unitMapping[name];
          if (unitId) named.push({ unitId, role });
          else unmatched.push(name);
        }
      }
      const taskId = ids.get(task.code)!;
      taskUnits.push(...(await checkUnits(taskId, named)));
      rows.push({
        id: taskId,
        tenant_id: ctx.actor.tenantId,
        document_id: doc.id,
        parent_id: task.parentCode ? ids.get(task.parentCode)! : null,
        position,
        code: task.code,
        section_code: task.code.split('.')[0] ?? null,
        title: task.title,
        description: task.description,
        ...timeframeColumns(task.timeframe, task.code),
        responsible_person_id: null,
        targets: '[]',
        unmatched_units: JSON.stringify(unmatched),
        implements_task_id: null,
      });
    }
    await tq.insertTasks(tx, rows);
    await tq.insertTaskUnits(tx, taskUnits);
    await recordChange(tx, ctx.actor, { action: 'import', entityType: 'document', entityId: doc.id, unitPath: issuerPaths[0]!, before: null, after: { tasks: rows.length, taskUnits: taskUnits.length } });
    return doc.id;
  });
  return getDocument(ctx, id);
}
