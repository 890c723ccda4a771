import { type Figure, fallsShort, type JudgedSubject, rollUp, subjectJudge, type TargetRule } from '../../../domain/targets/evaluate.ts';
import { isMetricKey, metrics } from '../../../domain/targets/metrics.ts';
import { evaluationWindow } from '../../../domain/targets/window.ts';
import { type Executor, findLatestVersion } from '../reports/queries.ts';
import { evaluators } from './metrics/index.ts';
import type { TargetRow } from './queries.ts';

export interface TargetEvaluation {
  total: Figure;
  /** Per child of the node, by its path label (the unit id without dashes). */
  rows: Map<string, Figure>;
  /** Each unit measured — or, for `figuresOfTarget`, each group of units sharing a figure. */
  subjects: (JudgedSubject & { rowLabel: string | null })[];
  countsPeople: boolean;
}

export function ruleOf(target: Pick<TargetRow, 'metric_key' | 'comparator' | 'value'>, fieldIsPercent = false): TargetRule {
  const metric = isMetricKey(target.metric_key) ? metrics[target.metric_key] : metrics.report_field;
  return { shape: metric.shape, measure: fieldIsPercent ? 'percent' : metric.measure, comparator: target.comparator, value: target.value };
}

/**
 * A target evaluated at a node for a period, as of a day, unit by unit: its metric's SQL finds
 * each measured unit's figure, the domain judges each and rolls them up per child of the node
 * and for the whole subtree. For the records behind a figure and the alerts, which name units.
 */
export const evaluateTarget = (db: Executor, target: TargetRow, node: EvaluatedNode, period: string, asOf: string) => evaluate(db, target, node, period, asOf, false);

/**
 * The same figures of the node and of its children, from the units grouped by figure in SQL:
 * for the matrix, the trend and the duties, which show figures but name no unit.
 */
export const figuresOfTarget = (db: Executor, target: TargetRow, node: EvaluatedNode, period: string, asOf: string) => evaluate(db, target, node, period, asOf, true);

interface EvaluatedNode {
  path: string;
  tenantId: string;
}

async function evaluate(db: Executor, target: TargetRow, node: EvaluatedNode, period: string, asOf: string, grouped: boolean): Promise<TargetEvaluation> {
  const window = evaluationWindow(target.period_type, period, asOf);
  const metricKey = isMetricKey(target.metric_key) ? target.metric_key : null;
  const found = metricKey
    ? await evaluators[metricKey](db, {
        tenantId: node.tenantId,
        nodePath: node.path,
        subjectKind: target.subject_kind,
        subjectAssociationType: target.subject_association_type,
        window,
        params: target.params,
        grouped,
      })
    : [];
  const rule = ruleOf(target, metricKey === 'report_field' && (await reportFieldIsPercent(db, target.params)));
  const judge = subjectJudge(rule, window);
  const subjects = found.map((figure) => Object.assign(judge(figure), { rowLabel: figure.rowLabel }));
  const byRow = new Map<string, JudgedSubject[]>();
  for (const subject of subjects) {
    if (subject.rowLabel === null) continue;
    const group = byRow.get(subject.rowLabel);
    if (group) group.push(subject);
    else byRow.set(subject.rowLabel, [subject]);
  }
  const rows = new Map<string, Figure>();
  for (const [label, group] of byRow) rows.set(label, rollUp(rule, group));
  return { total: rollUp(rule, subjects), rows, subjects, countsPeople: metricKey ? metrics[metricKey].countsPeople : false };
}

/** The units of a unit-by-unit evaluation that fall short. */
export const shortfallOf = (evaluation: TargetEvaluation) => evaluation.subjects.filter((subject): subject is typeof subject & { unitId: string } => subject.unitId !== null && fallsShort(subject));

export const noFigure: Figure = { value: null, numerator: 0, denominator: 0, status: 'none' };

/** A reported percent is judged with the percent margin (10 points), any other number with one unit. */
async function reportFieldIsPercent(db: Executor, params: Record<string, string>) {
  const latest = params.templateId ? await findLatestVersion(db, params.templateId) : undefined;
  return latest?.definition.fields.find((field) => field.key === params.field)?.type === 'percent';
}
