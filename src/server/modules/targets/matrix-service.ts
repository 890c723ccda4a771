import pLimit from 'p-limit';
import { groupBy } from '../../../domain/collections.ts';
import { pathLabel, isWithin } from '../../../domain/org-path.ts';
import { parsePeriod, periodLabel } from '../../../domain/periods.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { metrics, isMetricKey } from '../../../domain/targets/metrics.ts';
import type { ServiceContext } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { badRequest, unprocessable } from '../../http/errors.ts';
import { readableUnit } from '../units/service.ts';
import { evaluateTarget, figuresOfTarget, noFigure, shortfallOf } from './evaluation.ts';
import { dropFigures, isWorthKeeping, type KeptFigure, keepFigures, selectKeptFigures } from './kept-figures.ts';
import { targetPolicy } from './policy.ts';
import * as q from './queries.ts';
import type { TargetRow } from './queries.ts';
import { readableTarget } from './service.ts';
import { toTarget } from './views.ts';

/** Unit kinds that can be rows: departments hold no meetings and owe nothing of their own. */
const rowKinds = ['committee', 'base_committee', 'cell', 'association'];
/** How many falling-short units a detail lists; the figure always counts them all. */
const SHORTFALL_LIMIT = 500;
export const TREND_LIMIT = 24;

function checkedPeriod(period: string) {
  const parsed = parsePeriod(period);
  if (!parsed) throw badRequest('compliance_period_invalid', { period });
  return parsed;
}

const measureOf = (metricKey: string) => (isMetricKey(metricKey) ? metrics[metricKey].measure : 'count');

async function followedUnit(ctx: ServiceContext, unitId: string) {
  const unit = await readableUnit(ctx, unitId);
  targetPolicy.follow(ctx.actor, unit.path);
  return unit;
}

/**
 * How many of a matrix's evaluations run at once on PostgreSQL: enough to keep its cores busy,
 * few enough to leave connections of the pool to the other requests.
 */
const EVALUATIONS_AT_ONCE = 4;

/**
 * Each target's figures at the node, each in its own read without JIT (the metrics are wide
 * aggregates): on PostgreSQL a few side by side on the pool's connections, a root's ten targets
 * in a fraction of their sum; on the embedded database they queue on its one connection. The
 * figures of a matrix may thus be read a few milliseconds apart, which nobody looking at a
 * quarter can tell.
 */
function evaluateEach(db: Db, tenantId: string, targets: readonly TargetRow[], node: { path: string }, periods: readonly string[], asOf: string) {
  const limit = pLimit(EVALUATIONS_AT_ONCE);
  return Promise.all(
    targets.flatMap((target) => periods.map((period) => limit(() => readWithoutJit({ db }, (reader) => figuresOfTarget(reader.db, target, { path: node.path, tenantId }, period, asOf))))),
  );
}

/**
 * The figures of a matrix: those kept of the last minutes (see kept-figures.ts) unless `fresh`
 * is asked, the others evaluated now — and kept when their evaluation measured thousands of units.
 */
export async function matrixFigures(db: Db, key: { tenantId: string; unit: { id: string; path: string }; period: string; asOf: string }, targets: readonly TargetRow[], fresh: boolean) {
  const place = { tenantId: key.tenantId, unitId: key.unit.id, period: key.period, asOf: key.asOf };
  const reused = fresh ? new Map<string, KeptFigure>() : await selectKeptFigures(db, { ...place, targetIds: targets.map((target) => target.id) });
  const missing = targets.filter((target) => !reused.has(target.id));
  const evaluations = await evaluateEach(db, key.tenantId, missing, key.unit, [key.period], key.asOf);
  const evaluated = new Map(missing.map((target, index) => [target.id, evaluations[index]!]));
  const worth = groupBy(missing, (target) => isWorthKeeping(evaluated.get(target.id)!.subjects));
  await keepFigures(db, place, (worth.get(true) ?? []).map((target) => ({ targetId: target.id, total: evaluated.get(target.id)!.total, rows: evaluated.get(target.id)!.rows })));
  if (fresh) await dropFigures(db, place, (worth.get(false) ?? []).map((target) => target.id));
  const keptAt = [...reused.values()].map((figure) => figure.computedAt.getTime());
  return {
    figures: targets.map((target) => reused.get(target.id) ?? evaluated.get(target.id)!),
    /** When the oldest kept figure shown was computed; null when all were computed for this answer. */
    computedAt: keptAt.length > 0 ? new Date(Math.min(...keptAt)).toISOString() : null,
  };
}

/**
 * The compliance matrix of a node for a period (the home screen of a committee): its direct
 * subordinate units as rows, the targets that apply to it in the period's year as columns, each
 * cell the figure of the row's subtree; the total is the node's whole subtree.
 */
export async function complianceMatrix(ctx: ServiceContext, query: { unitId: string; period: string; kind?: string; fresh?: boolean }) {
  const unit = await followedUnit(ctx, query.unitId);
  const period = checkedPeriod(query.period);
  const asOf = vietnamToday();
  const [targets, children] = await Promise.all([
    q.selectTargetsApplyingTo(ctx.db, ctx.actor.tenantId, unit.path, period.year),
    q.selectChildren(ctx.db, ctx.actor.tenantId, unit.id, query.kind ? [query.kind] : rowKinds),
  ]);
  const { figures, computedAt } = await matrixFigures(ctx.db, { tenantId: ctx.actor.tenantId, unit, period: query.period, asOf }, targets, query.fresh ?? false);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    period: query.period,
    periodLabel: periodLabel(period),
    asOf,
    computedAt,
    columns: targets.map((target) => ({
      targetId: target.id,
      text: target.text,
      metricKey: target.metric_key,
      measure: measureOf(target.metric_key),
      comparator: target.comparator,
      value: target.value,
      periodType: target.period_type,
      unitName: target.unit_name,
    })),
    rows: children.map((child) => ({
      unit: { id: child.id, name: child.name, kind: child.kind, hasChildren: Boolean(child.has_children) },
      cells: targets.map((target, index) => ({ targetId: target.id, ...(figures[index]!.rows.get(pathLabel(child.id)) ?? noFigure) })),
    })),
    total: targets.map((target, index) => ({ targetId: target.id, ...figures[index]!.total })),
  };
}

/** A target that applies at the unit: set by it or by a unit above it. */
async function applyingTarget(ctx: ServiceContext, targetId: string, unitPath: string) {
  const target = await readableTarget(ctx, targetId);
  if (!isWithin(unitPath, target.unit_path)) throw unprocessable('compliance_target_unrelated');
  return target;
}

/**
 * The records behind one figure: the units that fall short (named with the unit above them,
 * as cells share names), worst first, and — for metrics that count people — how many people
 * fall short, never who.
 */
export async function complianceDetail(ctx: ServiceContext, query: { unitId: string; period: string; targetId: string }) {
  const unit = await followedUnit(ctx, query.unitId);
  checkedPeriod(query.period);
  const target = await applyingTarget(ctx, query.targetId, unit.path);
  return readWithoutJit(ctx, async (reader) => {
    const evaluation = await evaluateTarget(reader.db, target, { path: unit.path, tenantId: ctx.actor.tenantId }, query.period, vietnamToday());
    const short = shortfallOf(evaluation)
      .sort((a, b) => (a.status === b.status ? (a.value ?? 0) - (b.value ?? 0) : a.status === 'red' ? -1 : 1))
      .slice(0, SHORTFALL_LIMIT);
    const names = new Map((await q.selectUnitNames(reader.db, short.map((subject) => subject.unitId))).map((row) => [row.id, row]));
    return {
      target: toTarget(target),
      ...evaluation.total,
      shortfallCount: shortfallOf(evaluation).length,
      shortfall: short.map((subject) => ({
        unitId: subject.unitId,
        unitName: names.get(subject.unitId)?.name ?? '',
        parentName: names.get(subject.unitId)?.parent_name ?? null,
        value: subject.value,
        status: subject.status,
        numerator: subject.numerator,
        denominator: subject.denominator,
      })),
      peopleShort: evaluation.countsPeople ? evaluation.subjects.reduce((sum, subject) => sum + subject.peopleShort * subject.units, 0) : null,
    };
  });
}

/** One target's figure at a node over several periods, for the trend chart. */
export async function complianceTrend(ctx: ServiceContext, query: { unitId: string; targetId: string; periods: string[] }) {
  const unit = await followedUnit(ctx, query.unitId);
  if (query.periods.length > TREND_LIMIT) throw badRequest('compliance_too_many_periods', { max: TREND_LIMIT });
  const periods = query.periods.map((period) => ({ period, parsed: checkedPeriod(period) }));
  const target = await applyingTarget(ctx, query.targetId, unit.path);
  const evaluations = await evaluateEach(ctx.db, ctx.actor.tenantId, [target], unit, periods.map(({ period }) => period), vietnamToday());
  return {
    points: periods.map(({ period, parsed }, index) => {
      const { total } = evaluations[index]!;
      return { period, periodLabel: periodLabel(parsed), value: total.value, numerator: total.numerator, denominator: total.denominator, status: total.status };
    }),
  };
}
