import { versionChangeProblems } from '../../../domain/reports/versions.ts';
import { opinionSummaryTemplateInput } from '../../../domain/reports/opinion-summary.ts';
import { parseTemplate, type ReportTemplate, type TemplateIssue } from '../../../domain/reports/template.ts';
import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { readableUnit, unitForWrite } from '../units/service.ts';
import { reportTemplatePolicy } from './policy.ts';
import * as q from './queries.ts';
import { selectPathsWithData } from './report-queries.ts';

/** The code of the ready opinion-summary template (one per unit). */
export const opinionSummaryCode = 'opinion_summary';

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
const fieldErrors = (issues: TemplateIssue[]) => issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

function parsedOrRefused(definition: unknown): ReportTemplate {
  const result = parseTemplate(definition);
  if (!result.ok) throw unprocessable('report_template_invalid', { count: result.issues.length }, fieldErrors(result.issues));
  return result.template;
}

type TemplateRow = NonNullable<Awaited<ReturnType<typeof q.findTemplate>>>;

function toSummary(row: TemplateRow, latestVersion: number) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    code: row.code,
    name: row.name,
    isActive: row.is_active,
    latestVersion,
    createdAt: iso(row.created_at),
  };
}

/** Templates that apply to a unit: defined by it or by one of its ancestors. */
export async function listTemplates(ctx: ServiceContext, unitId: string) {
  const unit = await readableUnit(ctx, unitId);
  const rows = await q.selectTemplatesApplyingTo(ctx.db, ctx.actor.tenantId, unit.path);
  return rows.map((row) => toSummary(row, Number(row.latest_version ?? 0)));
}

async function readableTemplate(ctx: ServiceContext, templateId: string) {
  const row = await q.findTemplate(ctx.db, ctx.actor.tenantId, templateId);
  if (!row) throw notFound('report_template');
  reportTemplatePolicy.read(ctx.actor, row.unit_path);
  return row;
}

export async function getTemplate(ctx: ServiceContext, templateId: string) {
  const row = await readableTemplate(ctx, templateId);
  const [latest, versions] = await Promise.all([q.findLatestVersion(ctx.db, templateId), q.selectVersions(ctx.db, templateId)]);
  if (!latest) throw notFound('report_template');
  return {
    ...toSummary(row, latest.version),
    definition: latest.definition as unknown as Record<string, unknown>,
    versions: versions.map((v) => ({ version: v.version, createdAt: iso(v.created_at), createdBy: v.created_by })),
  };
}

export async function getVersion(ctx: ServiceContext, templateId: string, version: number) {
  await readableTemplate(ctx, templateId);
  const row = await q.findVersion(ctx.db, templateId, version);
  if (!row) throw notFound('report_template_version');
  return { templateId: row.template_id, version: row.version, definition: row.definition as unknown as Record<string, unknown>, createdAt: iso(row.created_at), createdBy: row.created_by };
}

/** The owner unit, once the actor may define templates there (checked before the definition, so 403 comes before 422). */
async function ownerUnitToDefine(ctx: ServiceContext, unitId: string) {
  const unit = await readableUnit(ctx, unitId);
  reportTemplatePolicy.define(ctx.actor, unit.path);
  return unit;
}

async function create(ctx: ServiceContext, unit: { id: string; path: string }, template: ReportTemplate, code: string | null) {
  const id = newId();
  await ctx.db.transaction().execute(async (tx) => {
    await unitForWrite(tx, ctx, unit.id);
    if (code && (await q.findTemplateByCode(tx, unit.id, code))) throw conflict('report_template_exists', { name: template.name });
    await q.insertTemplate(tx, { id, tenantId: ctx.actor.tenantId, unitId: unit.id, code, name: template.name, createdBy: ctx.actor.userId });
    await q.insertVersion(tx, { id: newId(), templateId: id, version: 1, definition: template, createdBy: ctx.actor.userId });
    await recordChange(tx, ctx.actor, {
      action: 'create',
      entityType: 'report_template',
      entityId: id,
      unitPath: unit.path,
      before: null,
      after: { name: template.name, code, version: 1, fields: template.fields.length },
    });
  });
  return getTemplate(ctx, id);
}

export async function createTemplate(ctx: ServiceContext, input: { unitId: string; definition: unknown }) {
  const unit = await ownerUnitToDefine(ctx, input.unitId);
  return create(ctx, unit, parsedOrRefused(input.definition), null);
}

/** The ready quarterly opinion-summary template (seeds/000), once per unit. */
export async function createOpinionSummaryTemplate(ctx: ServiceContext, input: { unitId: string }) {
  const unit = await ownerUnitToDefine(ctx, input.unitId);
  return create(ctx, unit, parsedOrRefused(opinionSummaryTemplateInput()), opinionSummaryCode);
}

/**
 * A new version; earlier versions stay as they were. Fields and table columns that hold data
 * in any report of the template may not be dropped or retyped (versionChangeProblems).
 */
export async function addVersion(ctx: ServiceContext, templateId: string, input: { definition: unknown }) {
  const row = await readableTemplate(ctx, templateId);
  reportTemplatePolicy.define(ctx.actor, row.unit_path);
  const next = parsedOrRefused(input.definition);
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await q.lockTemplate(tx, ctx.actor.tenantId, templateId))) throw notFound('report_template');
    const previous = await q.findLatestVersion(tx, templateId);
    if (!previous) throw notFound('report_template');
    const problems = versionChangeProblems(previous.definition, next, await selectPathsWithData(tx, templateId));
    if (problems.length) throw unprocessable('report_template_change_refused', { count: problems.length }, fieldErrors(problems));
    const version = previous.version + 1;
    await q.insertVersion(tx, { id: newId(), templateId, version, definition: next, createdBy: ctx.actor.userId });
    if (next.name !== row.name) await q.renameTemplate(tx, templateId, next.name);
    await recordChange(tx, ctx.actor, {
      action: 'new_version',
      entityType: 'report_template',
      entityId: templateId,
      unitPath: row.unit_path,
      before: { name: row.name, version: previous.version },
      after: { name: next.name, version, fields: next.fields.length },
    });
  });
  return getTemplate(ctx, templateId);
}
