import { depthOf, pathLabel } from '../../../domain/org-path.ts';
import { finishAggregate, mergePartials, partialOf, type AggregatePartial } from '../../../domain/reports/aggregate.ts';
import { statusOn } from '../../../domain/reports/completeness.ts';
import { deadlineOf, isReporter, isTemplatePeriod, scheduledPeriodLabel } from '../../../domain/reports/schedule.ts';
import { levelsOn, mergeSummaries, owedOn, summarize, tallyOn, type ExpectedUnit, type OwedUnit, type SubtreeSummary } from '../../../domain/reports/subtree-summary.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import type { ReportState } from '../../../domain/reports/workflow.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { unprocessable } from '../../http/errors.ts';
import { selectChildren } from '../units/queries.ts';
import { readableUnit } from '../units/service.ts';
import { reportPolicy, reportTemplatePolicy } from './policy.ts';
import type { Executor } from './queries.ts';
import { templateWithLatest } from './report-service.ts';
import { selectExpectedUnits, selectPartialsByChild, selectReportsOf, selectTableValuesByChild } from './rollup-queries.ts';
import { keepSummaries, selectSummaries } from './rollup-summary-queries.ts';
const emptyPartial: AggregatePartial = { reports: 0, fields: {}, tables: {} };

/** The template for a roll-up at a node: readable, and either defined above the node or within its subtree. */
export async function templateForNode(ctx: ServiceContext, templateId: string, node: { path: string }) {
  const template = await templateWithLatest(ctx, templateId);
  reportTemplatePolicy.read(ctx.actor, template.row.unit_path);
  const related = node.path === template.row.unit_path || node.path.startsWith(`${template.row.unit_path}.`) || template.row.unit_path.startsWith(`${node.path}.`);
  if (!related) throw unprocessable('report_template_unrelated');
  return template;
}

/**
 * The partials of the counted reports under a node, per child subtree ('' = the node's own),
 * for one period or a span. Numeric fields come aggregated from SQL; tables are folded here.
 */
export async function partialsByChild(db: Executor, definition: ReportTemplate, scope: Parameters<typeof selectPartialsByChild>[1]) {
  const tableKeys = definition.fields.filter((field) => field.type === 'table').map((field) => field.key);
  const [numeric, tables] = await Promise.all([selectPartialsByChild(db, scope, definition), selectTableValuesByChild(db, scope, tableKeys)]);
  const tableDefinition = { ...definition, fields: definition.fields.filter((field) => field.type === 'table') };
  for (const [group, values] of tables) {
    const entry = numeric.get(group);
    if (entry) entry.partial = { ...entry.partial, tables: partialOf(tableDefinition, values).tables };
  }
  return numeric;
}

export function mergeAll(partials: Iterable<AggregatePartial>): AggregatePartial {
  let merged = emptyPartial;
  for (const partial of partials) merged = mergePartials(merged, partial);
  return merged;
}

/**
 * The roll-up of a node for one period: the figures of every submitted or approved report in
 * its subtree (by the template's latest version), completeness and timeliness overall, per
 * level and per child subtree, the lists of who is missing or late, and each child's figures
 * for drill-down. Built from the kept summaries of the node's children; those missing are
 * computed in one read (JIT off: wide aggregates are estimated far above their cost) and kept.
 */
export async function rollup(ctx: ServiceContext, query: { templateId: string; unitId: string; period: string }) {
  const node = await readableUnit(ctx, query.unitId);
  reportPolicy.follow(ctx.actor, node.path);
  const template = await templateForNode(ctx, query.templateId, node);
  const { definition } = template;
  if (!isTemplatePeriod(definition, query.period)) {
    throw unprocessable('report_period_invalid', { reason: `"${query.period}" không phải là kỳ báo cáo của mẫu "${definition.name}".` });
  }
  const defaultDeadline = deadlineOf(definition.deadline, query.period);
  const key = { tenantId: ctx.actor.tenantId, templateId: template.row.id, version: template.version, period: query.period };
  const children = await selectChildren(ctx.db, ctx.actor.tenantId, node.id, true);
  const [summary, reports] = await Promise.all([
    summaryAt(ctx.db, { ...key, definition }, node, children),
    selectReportsOf(ctx.db, key, [node.id, ...children.map((child) => child.id)]),
  ]);
  const today = vietnamToday();
  const reportOf = new Map(reports.map((report) => [report.unit_id, report]));
  const reportFields = (unitId: string) => ({ reportId: reportOf.get(unitId)?.id ?? null, state: (reportOf.get(unitId)?.state ?? null) as ReportState | null });
  const owed = (unit: OwedUnit) => {
    const state = owedOn(unit, today);
    return { unitId: unit.unitId, unitName: unit.unitName, parentName: unit.parentName, deadline: unit.deadline, status: state.status, daysLate: state.daysLate, reportId: unit.reportId };
  };
  const ownReport = reportOf.get(node.id);
  const reportsHere = node.is_active && isReporter(definition.reporters, { id: node.id, kind: node.kind, associationType: node.association_type });

  return {
    template: { id: template.row.id, name: template.row.name, version: template.version, periodType: definition.periodType },
    unit: { id: node.id, name: node.name, kind: node.kind },
    period: query.period,
    periodLabel: scheduledPeriodLabel(definition, query.period),
    deadline: defaultDeadline,
    aggregate: finishAggregate(definition, summary.node.partial),
    approved: summary.node.approved,
    completeness: {
      overall: tallyOn(summary.node.counts, today),
      byLevel: levelsOn(summary.node, today),
      missing: summary.node.missing.map(owed),
      late: summary.node.late.map(owed),
    },
    own: reportsHere
      ? { ...reportFields(node.id), status: statusOn(ownReport?.deadline ?? defaultDeadline, ownReport?.first_submitted_at ? vietnamToday(ownReport.first_submitted_at) : null, today).status }
      : null,
    children: children
      .filter((child) => child.is_active)
      .flatMap((child) => {
        const below = summary.children.get(child.id)!;
        const tally = tallyOn(below.counts, today);
        if (tally.expected === 0 && below.partial.reports === 0) return [];
        return [{ unitId: child.id, unitName: child.name, kind: child.kind, tally, fields: finishAggregate(definition, below.partial).fields, ...reportFields(child.id) }];
      }),
  };
}

/** Which summary: of a template's version and period in a tenant, with the version's definition. */
interface SummaryOf {
  tenantId: string;
  templateId: string;
  version: number;
  period: string;
  definition: ReportTemplate;
}

/**
 * A node's roll-up summary and its children's: the kept ones as they are, the others computed
 * from the reports and kept. No check of who asks: callers check.
 */
export async function summaryAt(db: Db, of: SummaryOf, node: { id: string; path: string }, children: { id: string; path: string }[]) {
  const { definition, ...key } = of;
  const kept = await selectSummaries(db, key, [node.id, ...children.map((child) => child.id)]);
  return nodeSummary(db, { definition, key, node, children, kept, defaultDeadline: deadlineOf(definition.deadline, key.period) });
}

interface NodeSummaryInput {
  definition: ReportTemplate;
  key: { tenantId: string; templateId: string; version: number; period: string };
  node: { id: string; path: string };
  children: { id: string; path: string }[];
  kept: Map<string, SubtreeSummary>;
  defaultDeadline: string;
}

/** The node's summary and its children's: kept ones as they are, the others computed from the reports and kept. */
async function nodeSummary(db: Db, input: NodeSummaryInput): Promise<{ node: SubtreeSummary; children: Map<string, SubtreeSummary> }> {
  const { node, kept } = input;
  const missing = input.children.filter((child) => !kept.has(child.id));
  const keptNode = kept.get(node.id);
  if (keptNode && missing.length === 0) return { node: keptNode, children: kept };

  const computed = await readWithoutJit({ db }, async (read) => {
    const scope = { tenantId: input.key.tenantId, templateId: input.key.templateId, nodePath: node.path, only: { paths: missing.map((child) => child.path), own: true } };
    const [groups, expectedUnits] = await Promise.all([
      partialsByChild(read.db, input.definition, { ...scope, periods: [input.key.period] }),
      selectExpectedUnits(read.db, { ...scope, period: input.key.period }, input.definition.reporters),
    ]);
    return summariesByGroup(node.path, expectedUnits, groups, input.defaultDeadline);
  });
  const summaryOf = (label: string) => computed.get(label) ?? summarize([], undefined);
  const children = new Map(kept);
  for (const child of missing) children.set(child.id, summaryOf(pathLabel(child.id)));
  const merged = mergeSummaries([summaryOf(''), ...input.children.map((child) => children.get(child.id)!)]);
  await keepSummaries(db, input.key, [
    ...missing.map((child) => ({ unitId: child.id, path: child.path, summary: children.get(child.id)! })),
    { unitId: node.id, path: node.path, summary: merged },
  ]);
  return { node: merged, children };
}

/** Summaries per group: '' for the node's own report, else the label of the child whose subtree it is. */
function summariesByGroup(
  nodePath: string,
  expectedUnits: Awaited<ReturnType<typeof selectExpectedUnits>>,
  groups: Map<string, { partial: AggregatePartial; approved: number }>,
  defaultDeadline: string,
): Map<string, SubtreeSummary> {
  const depth = depthOf(nodePath);
  const unitsByGroup = new Map<string, ExpectedUnit[]>();
  for (const unit of expectedUnits) {
    const labels = unit.path.split('.');
    const group = labels.length > depth ? labels[depth]! : '';
    const expected: ExpectedUnit = {
      unitId: unit.id,
      unitName: unit.name,
      parentName: unit.parent_name,
      deadline: unit.deadline ?? defaultDeadline,
      submittedOn: unit.first_submitted_at ? vietnamToday(unit.first_submitted_at) : null,
      reportId: unit.report_id,
      depth: labels.length,
    };
    const list = unitsByGroup.get(group);
    if (list) list.push(expected);
    else unitsByGroup.set(group, [expected]);
  }
  const summaries = new Map<string, SubtreeSummary>();
  for (const group of new Set([...unitsByGroup.keys(), ...groups.keys()])) summaries.set(group, summarize(unitsByGroup.get(group) ?? [], groups.get(group)));
  return summaries;
}
