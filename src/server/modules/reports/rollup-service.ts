import { pathLabel } from '../../../domain/org-path.ts';
import { finishAggregate, mergePartials, partialOf, type AggregatePartial } from '../../../domain/reports/aggregate.ts';
import { completeness, expectedStates, type ExpectedState } from '../../../domain/reports/completeness.ts';
import { deadlineOf, isTemplatePeriod, scheduledPeriodLabel } from '../../../domain/reports/schedule.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import type { ReportState } from '../../../domain/reports/workflow.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext } from '../../context.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { unprocessable } from '../../http/errors.ts';
import { selectChildren } from '../units/queries.ts';
import { readableUnit } from '../units/service.ts';
import { reportPolicy, reportTemplatePolicy } from './policy.ts';
import { templateWithLatest } from './report-service.ts';
import { selectExpectedUnits, selectPartialsByChild, selectTableValuesByChild } from './rollup-queries.ts';

/** The longest missing and late lists a roll-up returns; the totals are always whole. */
const listLimit = 500;
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
export async function partialsByChild(ctx: ServiceContext, definition: ReportTemplate, scope: { templateId: string; periods: string[]; nodePath: string }) {
  const sqlScope = { tenantId: ctx.actor.tenantId, ...scope };
  const tableKeys = definition.fields.filter((field) => field.type === 'table').map((field) => field.key);
  const [numeric, tables] = await Promise.all([selectPartialsByChild(ctx.db, sqlScope, definition), selectTableValuesByChild(ctx.db, sqlScope, tableKeys)]);
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
 * for drill-down. One snapshot, JIT off (wide aggregates are estimated far above their cost).
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
  const scope = { templateId: template.row.id, nodePath: node.path };

  return readWithoutJit(ctx, async (read) => {
    const [groups, expectedUnits, children] = await Promise.all([
      partialsByChild(read, definition, { ...scope, periods: [query.period] }),
      selectExpectedUnits(read.db, { ...scope, tenantId: ctx.actor.tenantId, period: query.period }, definition.reporters),
      selectChildren(read.db, ctx.actor.tenantId, node.id, false),
    ]);
    const deadlineOfUnit = new Map(expectedUnits.map((unit) => [unit.id, unit.deadline ?? defaultDeadline]));
    const expected = expectedUnits.map((unit) => ({ unitId: unit.id, period: query.period, deadline: deadlineOfUnit.get(unit.id)! }));
    const submissions = expectedUnits.flatMap((unit) => (unit.first_submitted_at ? [{ unitId: unit.id, period: query.period, submittedOn: vietnamToday(unit.first_submitted_at) }] : []));
    const today = vietnamToday();
    // Every expected unit gives its path; only the node's and its children's subtrees are tallied.
    const nodes = [node, ...children].map((unit) => ({ id: unit.id, path: unit.path }));
    const tracked = completeness(expected, submissions, expectedUnits, today, nodes);
    const unitById = new Map(expectedUnits.map((unit) => [unit.id, unit]));
    const owed = (state: ExpectedState) => {
      const unit = unitById.get(state.unitId)!;
      return { unitId: unit.id, unitName: unit.name, parentName: unit.parent_name, deadline: state.deadline, status: state.status, daysLate: state.daysLate, reportId: unit.report_id };
    };
    const ownUnit = unitById.get(node.id);
    const reportOf = (unitId: string) => {
      const unit = unitById.get(unitId);
      return { reportId: unit?.report_id ?? null, state: (unit?.state ?? null) as ReportState | null };
    };

    return {
      template: { id: template.row.id, name: template.row.name, version: template.version, periodType: definition.periodType },
      unit: { id: node.id, name: node.name, kind: node.kind },
      period: query.period,
      periodLabel: scheduledPeriodLabel(definition, query.period),
      deadline: defaultDeadline,
      aggregate: finishAggregate(definition, mergeAll([...groups.values()].map((group) => group.partial))),
      approved: [...groups.values()].reduce((sum, group) => sum + group.approved, 0),
      completeness: {
        overall: tracked.overall,
        byLevel: tracked.byLevel,
        missing: tracked.missing.slice(0, listLimit).map(owed),
        late: tracked.late.slice(0, listLimit).map(owed),
      },
      own: ownUnit
        ? { ...reportOf(node.id), status: expectedStates([{ unitId: node.id, period: query.period, deadline: deadlineOfUnit.get(node.id)! }], submissions.filter((s) => s.unitId === node.id), today)[0]!.status }
        : null,
      children: children
        .filter((child) => (tracked.byNode[child.id]?.expected ?? 0) > 0 || groups.has(pathLabel(child.id)))
        .map((child) => ({
          unitId: child.id,
          unitName: child.name,
          kind: child.kind,
          tally: tracked.byNode[child.id]!,
          fields: finishAggregate(definition, groups.get(pathLabel(child.id))?.partial ?? emptyPartial).fields,
          ...reportOf(child.id),
        })),
    };
  });
}
