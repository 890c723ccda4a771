import { planKinds } from '../../../domain/documents.ts';
import { matchPlanTarget } from '../../../domain/targets/matching.ts';
import { metricList } from '../../../domain/targets/metrics.ts';
import { type TargetDefinition, type TargetFacts, type TargetProblem, targetProblems } from '../../../domain/targets/validation.ts';
import { isWithin } from '../../../domain/org-path.ts';
import { can } from '../../auth/actor.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { loadReadableDocument } from '../documents/service.ts';
import { findLatestVersion, findTemplate } from '../reports/queries.ts';
import { readableUnit, unitForWrite } from '../units/service.ts';
import { targetPolicy } from './policy.ts';
import * as q from './queries.ts';
import { targetInputOf, toTarget } from './views.ts';
import { dropFiguresOfTarget } from './kept-figures.ts';

export interface TargetInput extends TargetDefinition {
  unitId: string;
  documentId: string | null;
  text: string;
}

export function listMetrics() {
  return {
    metrics: metricList().map(({ shape: _shape, countsPeople: _people, ...info }) => ({ ...info, subjects: [...info.subjects], params: info.params.map((param) => ({ ...param })), periodTypes: [...info.periodTypes] })),
  };
}

/** Targets of a unit and those set above it that reach it. */
export async function listTargets(ctx: ServiceContext, query: { unitId: string; year: number }) {
  const unit = await readableUnit(ctx, query.unitId);
  const rows = await q.selectTargetsApplyingTo(ctx.db, ctx.actor.tenantId, unit.path, query.year);
  return { targets: rows.map(toTarget) };
}

export async function readableTarget(ctx: ServiceContext, id: string) {
  const row = await q.findTarget(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('target');
  targetPolicy.follow(ctx.actor, row.unit_path);
  return row;
}

export async function getTarget(ctx: ServiceContext, id: string) {
  return toTarget(await readableTarget(ctx, id));
}

/** What the checks need to know of the params and the plan, looked up once. */
async function factsFor(ctx: ServiceContext, input: TargetInput, unitPath: string, planYear: number | null): Promise<TargetFacts> {
  const facts: TargetFacts = { planSpan: input.documentId && planYear !== null ? await q.planSpan(ctx.db, input.documentId, planYear) : null };
  const templateId = input.params.templateId?.trim();
  if (templateId) {
    const template = /^[0-9a-f-]{36}$/i.test(templateId) ? await findTemplate(ctx.db, ctx.actor.tenantId, templateId) : undefined;
    const related = template && (isWithin(unitPath, template.unit_path) || isWithin(template.unit_path, unitPath));
    const latest = related ? await findLatestVersion(ctx.db, templateId) : undefined;
    facts.template = latest
      ? {
          periodType: latest.definition.periodType,
          reporters: latest.definition.reporters,
          numericFields: latest.definition.fields.flatMap((field) => (field.type === 'integer' || field.type === 'percent' || field.type === 'decimal' ? [{ key: field.key, type: field.type }] : [])),
        }
      : null;
  }
  const taskId = input.params.taskId?.trim();
  if (taskId) {
    const task = /^[0-9a-f-]{36}$/i.test(taskId) ? await q.findTaskWithIssuers(ctx.db, ctx.actor.tenantId, taskId) : null;
    facts.taskFound = Boolean(task && task.issuerPaths.some((path) => can(ctx.actor, 'unit.read', path)));
  }
  return facts;
}

function refuse(problems: TargetProblem[]): never {
  throw unprocessable('target_invalid', { problems: problems.map((problem) => problem.message).join(' ') }, problems);
}

/** The unit (after the policy) and, for a plan's target, the plan — the plan's target belongs to one of its issuers. */
async function unitAndPlan(ctx: ServiceContext, input: Pick<TargetInput, 'unitId' | 'documentId'>) {
  const unit = await readableUnit(ctx, input.unitId);
  targetPolicy.manage(ctx.actor, unit.path);
  if (!input.documentId) return { unit, planYear: null };
  const { doc, issuers } = await loadReadableDocument(ctx, input.documentId);
  if (!issuers.some((issuer) => issuer.unitId === unit.id)) throw unprocessable('target_document_unrelated');
  return { unit, planYear: doc.year };
}

function columnsOf(input: TargetInput) {
  return {
    unit_id: input.unitId,
    document_id: input.documentId,
    year: input.year,
    text: input.text.trim(),
    subject_kind: input.subjectKind,
    subject_association_type: input.subjectAssociationType,
    metric_key: input.metricKey,
    params: JSON.stringify(input.params),
    comparator: input.comparator,
    value: input.value,
    period_type: input.periodType,
  };
}

const auditShape = (input: TargetInput) => ({ ...input, params: { ...input.params } });

async function insertChecked(tx: Tx, ctx: ServiceContext, input: TargetInput, unitPath: string, action: string) {
  const id = newId();
  await unitForWrite(tx, ctx, input.unitId);
  await q.insertTarget(tx, { id, tenant_id: ctx.actor.tenantId, ...columnsOf(input), created_by: ctx.actor.userId, updated_by: ctx.actor.userId });
  await recordChange(tx, ctx.actor, { action, entityType: 'target', entityId: id, unitPath, before: null, after: auditShape(input) });
  return id;
}

export async function createTarget(ctx: ServiceContext, input: TargetInput) {
  const { unit, planYear } = await unitAndPlan(ctx, input);
  const problems = targetProblems(input, await factsFor(ctx, input, unit.path, planYear));
  if (problems.length) refuse(problems);
  const id = await ctx.db.transaction().execute((tx) => insertChecked(tx, ctx, input, unit.path, 'create'));
  return getTarget(ctx, id);
}

const inputOf = (row: q.TargetRow): TargetInput => targetInputOf(row);

/** A change is checked as a whole (the new metric against the old subject, say); the unit may move only where the actor may manage too. */
export async function updateTarget(ctx: ServiceContext, id: string, patch: Partial<TargetInput>) {
  const row = await readableTarget(ctx, id);
  targetPolicy.manage(ctx.actor, row.unit_path);
  const before = inputOf(row);
  const after: TargetInput = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) };
  const { unit, planYear } = await unitAndPlan(ctx, after);
  const problems = targetProblems(after, await factsFor(ctx, after, unit.path, planYear));
  if (problems.length) refuse(problems);
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await q.lockTarget(tx, ctx.actor.tenantId, id))) throw notFound('target');
    await unitForWrite(tx, ctx, after.unitId);
    await q.updateTarget(tx, id, { ...columnsOf(after), updated_by: ctx.actor.userId });
    await dropFiguresOfTarget(tx, id);
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'target', entityId: id, unitPath: unit.path, before: auditShape(before), after: auditShape(after) });
  });
  return getTarget(ctx, id);
}

export async function deleteTarget(ctx: ServiceContext, id: string) {
  const row = await readableTarget(ctx, id);
  targetPolicy.manage(ctx.actor, row.unit_path);
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await q.lockTarget(tx, ctx.actor.tenantId, id))) throw notFound('target');
    await q.deleteTarget(tx, id);
    await recordChange(tx, ctx.actor, { action: 'delete', entityType: 'target', entityId: id, unitPath: row.unit_path, before: auditShape(inputOf(row)), after: null });
  });
}

/**
 * The plan's imported targets that a metric can measure become targets of its first issuer,
 * all in one transaction; the others are returned for a person to define. A target already
 * adopted (same text) is not adopted twice.
 */
export async function adoptPlanTargets(ctx: ServiceContext, documentId: string) {
  const { doc, issuers } = await loadReadableDocument(ctx, documentId);
  const issuer = issuers[0];
  if (!issuer) throw notFound('document');
  targetPolicy.manage(ctx.actor, issuer.path);
  if (!planKinds.includes(doc.kind)) throw unprocessable('target_not_plan');
  const [tasks, existing] = await Promise.all([q.selectTaskTargets(ctx.db, documentId), q.selectDocumentTargets(ctx.db, documentId)]);
  const adopted = new Set(existing.map((row) => row.text));
  const unmatched: { text: string }[] = [];
  const inputs: TargetInput[] = [];
  for (const imported of doc.targets) {
    const holder = tasks.find((task) => task.targets.includes(imported.text));
    const matched = matchPlanTarget(imported, holder?.id ?? null);
    if (!matched) {
      unmatched.push({ text: imported.text });
      continue;
    }
    if (adopted.has(imported.text)) continue;
    const input: TargetInput = { ...matched, unitId: issuer.unitId, documentId, year: doc.year, text: imported.text };
    const problems = targetProblems(input, await factsFor(ctx, input, issuer.path, doc.year));
    if (problems.length) unmatched.push({ text: imported.text });
    else inputs.push(input);
  }
  const ids = await ctx.db.transaction().execute(async (tx) => {
    const created: string[] = [];
    for (const input of inputs) created.push(await insertChecked(tx, ctx, input, issuer.path, 'adopt'));
    return created;
  });
  const created = await Promise.all(ids.map((id) => getTarget(ctx, id)));
  return { created, unmatched };
}
