import { formatPeriod, isIsoDate, periodEnd, periodStart, periodsCovering } from '../../../domain/periods.ts';
import { aggregationLabels, type ReportTemplate } from '../../../domain/reports/template.ts';
import { completeness } from '../../../domain/reports/completeness.ts';
import { finishAggregate, type ReportAggregate } from '../../../domain/reports/aggregate.ts';
import { reviewDraft, type ReviewKind } from '../../../domain/reports/review-draft.ts';
import { deadlineOf, isTemplatePeriod, scheduledPeriodLabel } from '../../../domain/reports/schedule.ts';
import { formatNumber } from '../../../domain/reports/values.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { isPartyKind } from '../../../domain/unit-kinds.ts';
import { writeReviewDocx } from '../../../importer/review-docx.ts';
import type { ServiceContext } from '../../context.ts';
import type { ReviewSection } from '../../db/schema.ts';
import { newId } from '../../db/ids.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { selectHeaderUnit } from '../meetings/minutes-queries.ts';
import { superiorName } from '../plan-imports/export.ts';
import { readableUnit } from '../units/service.ts';
import { reportPolicy } from './policy.ts';
import * as rq from './report-queries.ts';
import { selectExpectedUnits, selectReportTexts } from './rollup-queries.ts';
import { mergeAll, partialsByChild, templateForNode } from './rollup-service.ts';

/** The longest span a review covers, in periods of its template (five years of months). */
const maxSpan = 60;
const iso = (value: Date) => value.toISOString();

/** The template's periods from `from` to `to`, both included, or a Vietnamese reason why not. */
function spanOf(definition: ReportTemplate, from: string, to: string): string[] {
  const refuse = (reason: string) => unprocessable('review_span_invalid', { reason });
  if (!isTemplatePeriod(definition, from) || !isTemplatePeriod(definition, to)) throw refuse(`Kỳ đầu và kỳ cuối phải là kỳ báo cáo của mẫu "${definition.name}".`);
  if (definition.periodType === 'ad_hoc' || isIsoDate(from)) return [from];
  if (from > to) throw refuse('Kỳ đầu phải trước hoặc trùng kỳ cuối.');
  const periods = periodsCovering(definition.periodType, periodStart(from), periodEnd(to)).map(formatPeriod);
  if (periods.length > maxSpan) throw refuse(`Một lần sơ kết, tổng kết gồm tối đa ${maxSpan} kỳ báo cáo.`);
  return periods;
}

/** The figures of a span: every sent report under the node in those periods, aggregated together. */
async function spanFigures(ctx: ServiceContext, definition: ReportTemplate, scope: { templateId: string; nodePath: string; periods: string[] }): Promise<ReportAggregate> {
  const groups = await partialsByChild(ctx.db, definition, { tenantId: ctx.actor.tenantId, ...scope });
  return finishAggregate(definition, mergeAll([...groups.values()].map((group) => group.partial)));
}

function toSummary(row: NonNullable<Awaited<ReturnType<typeof rq.findReview>>>) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    templateId: row.template_id,
    templateName: row.template_name,
    kind: row.kind,
    title: row.title,
    fromPeriod: row.from_period,
    toPeriod: row.to_period,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export async function listReviews(ctx: ServiceContext, unitId: string) {
  const unit = await readableUnit(ctx, unitId);
  reportPolicy.follow(ctx.actor, unit.path);
  return (await rq.selectReviews(ctx.db, ctx.actor.tenantId, unit.id)).map(toSummary);
}

/**
 * Drafts a review of a span of periods at a node from the roll-up of the span, the reporting
 * tally, the tasks due in it and the text answers of the reports below (review-draft.ts).
 */
export async function createReview(ctx: ServiceContext, input: { unitId: string; templateId: string; kind: ReviewKind; fromPeriod: string; toPeriod: string }) {
  const node = await readableUnit(ctx, input.unitId);
  reportPolicy.draftReview(ctx.actor, node.path);
  const template = await templateForNode(ctx, input.templateId, node);
  const { definition } = template;
  const periods = spanOf(definition, input.fromPeriod, input.toPeriod);
  const scope = { templateId: template.row.id, nodePath: node.path, periods };
  const start = isIsoDate(periods[0]!) ? periods[0]! : periodStart(periods[0]!);
  const end = isIsoDate(periods.at(-1)!) ? periods.at(-1)! : periodEnd(periods.at(-1)!);
  const textKeys = definition.fields.filter((field) => field.type === 'long_text' || field.type === 'short_text').map((field) => field.key);
  const today = vietnamToday();

  const draft = await readWithoutJit(ctx, async (read) => {
    const [figures, tasks, texts, expectedPerPeriod] = await Promise.all([
      spanFigures(read, definition, scope),
      rq.taskProgressUnder(read.db, node.path, start, end, today),
      selectReportTexts(read.db, { tenantId: ctx.actor.tenantId, ...scope }, textKeys),
      Promise.all(periods.map((period) => selectExpectedUnits(read.db, { tenantId: ctx.actor.tenantId, templateId: template.row.id, nodePath: node.path, period }, definition.reporters).then((units) => ({ period, units })))),
    ]);
    const expected = expectedPerPeriod.flatMap(({ period, units }) => units.map((unit) => ({ unitId: unit.id, period, deadline: unit.deadline ?? deadlineOf(definition.deadline, period) })));
    const submissions = expectedPerPeriod.flatMap(({ period, units }) => units.flatMap((unit) => (unit.first_submitted_at ? [{ unitId: unit.id, period, submittedOn: vietnamToday(unit.first_submitted_at) }] : [])));
    return reviewDraft({
      kind: input.kind,
      nodeName: node.name,
      template: definition,
      fromLabel: scheduledPeriodLabel(definition, periods[0]!),
      toLabel: scheduledPeriodLabel(definition, periods.at(-1)!),
      figures,
      reporting: completeness(expected, submissions, [], today).overall,
      tasks,
      texts: texts.map((entry) => ({ unitName: entry.unit_name, periodLabel: scheduledPeriodLabel(definition, entry.period), values: entry.texts })),
    });
  });

  const id = newId();
  await ctx.db.transaction().execute(async (tx) => {
    await rq.insertReview(tx, { id, tenantId: ctx.actor.tenantId, unitId: node.id, templateId: template.row.id, kind: input.kind, title: draft.title, fromPeriod: periods[0]!, toPeriod: periods.at(-1)!, sections: draft.sections, userId: ctx.actor.userId });
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'review', entityId: id, unitPath: node.path, before: null, after: { title: draft.title, kind: input.kind, fromPeriod: periods[0], toPeriod: periods.at(-1) } });
  });
  return getReview(ctx, id);
}

async function readableReview(ctx: ServiceContext, id: string) {
  const row = await rq.findReview(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('review');
  reportPolicy.follow(ctx.actor, row.unit_path);
  return row;
}

async function reviewWithFigures(ctx: ServiceContext, id: string) {
  const row = await readableReview(ctx, id);
  const template = await templateForNode(ctx, row.template_id, { path: row.unit_path });
  const periods = spanOf(template.definition, row.from_period, row.to_period);
  const figures = await readWithoutJit(ctx, (read) => spanFigures(read, template.definition, { templateId: row.template_id, nodePath: row.unit_path, periods }));
  return { row, figures };
}

export async function getReview(ctx: ServiceContext, id: string) {
  const { row, figures } = await reviewWithFigures(ctx, id);
  return { ...toSummary(row), sections: row.sections as ReviewSection[], figures, allowed: { edit: reportPolicy.mayDraftReview(ctx.actor, row.unit_path) } };
}

/** Saves the edited title and sections; a stale `updatedAt` (someone else saved meanwhile) is refused. */
export async function updateReview(ctx: ServiceContext, id: string, input: { title: string; sections: ReviewSection[]; updatedAt?: string }) {
  const row = await readableReview(ctx, id);
  reportPolicy.draftReview(ctx.actor, row.unit_path);
  await ctx.db.transaction().execute(async (tx) => {
    const locked = await rq.lockReview(tx, id);
    if (!locked) throw notFound('review');
    if (input.updatedAt && new Date(input.updatedAt).getTime() !== locked.updated_at.getTime()) throw conflict('conflict');
    await rq.updateReview(tx, id, { title: input.title, sections: input.sections, userId: ctx.actor.userId });
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'review', entityId: id, unitPath: row.unit_path, before: { title: row.title, sections: row.sections }, after: { title: input.title, sections: input.sections } });
  });
  return getReview(ctx, id);
}

/** The review as a .docx in the official layout of a report, with the figures table. */
export async function exportReviewDocx(ctx: ServiceContext, id: string) {
  const { row, figures } = await reviewWithFigures(ctx, id);
  const unit = await selectHeaderUnit(ctx.db, row.unit_id);
  const party = isPartyKind(unit.kind);
  const content = await writeReviewDocx({
    notation: party ? 'party' : 'state',
    unit: { name: unit.name, superior: unit.parent_name ? superiorName(party, unit.parent_name) : null },
    title: row.title,
    day: vietnamToday(),
    sections: row.sections as ReviewSection[],
    figures: figures.fields.map((field) => ({
      label: field.label,
      value: field.value === null ? '—' : field.method === 'ratio' ? `${formatNumber(field.value)}%` : formatNumber(field.value),
      method: aggregationLabels[field.method],
    })),
  });
  return { filename: `${row.kind === 'so_ket' ? 'so-ket' : 'tong-ket'}-${row.from_period}-${row.to_period}.docx`, content };
}
