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
  subjects: (JudgedSubject & { rowLabel: string | null })[];
  countsPeople: boolean;
}

export function ruleOf(target: Pick<TargetRow, 'metric_key' | 'comparator' | 'value'>, fieldIsPercent = false): TargetRule {
  const metric = isMetricKey(target.metric_key) ? metrics[target.metric_key] : metrics.report_field;
  return { shape: metric.shape, measure: fieldIsPercent ? 'percent' : metric.measure, comparator: target.comparator, value: target.value };
}

/**
 * A target evaluated at a node for a period, as of a day: its metric's SQL finds each measured
 * unit's figure, the domain judges each and rolls them up per child of the node and for the
 * whole subtree.
 */
export async function evaluateTarget(db: Executor, target: TargetRow, node: { path: string; tenantId: string }, period: string, asOf: string): Promise<TargetEvaluation> {
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
      })
    : [];
  const rule = ruleOf(target, metricKey === 'report_field' && (await reportFieldIsPercent(db, target.params)));
  const judge = subjectJudge(rule, window);
  const subjects = found.map((figure) => Object.assign(judge(figure), { rowLabel: figure.rowLabel }));
  const grouped = new Map<string, JudgedSubject[]>();
  for (const subject of subjects) {
    if (subject.rowLabel === null) continue;
    const group = grouped.get(subject.rowLabel);
    if (group) group.push(subject);
    else grouped.set(subject.rowLabel, [subject]);
  }
  const rows = new Map<string, Figure>();
  for (const [label, group] of grouped) rows.set(label, rollUp(rule, group));
  return { total: rollUp(rule, subjects), rows, subjects, countsPeople: metricKey ? metrics[metricKey].countsPeople : false };
}

export const shortfallOf = (evaluation: TargetEvaluation) => evaluation.subjects.filter(fallsShort);

export const noFigure: Figure = { value: null, numerator: 0, denominator: 0, status: 'none' };

/** A reported percent is judged with the percent margin (10 points), any other number with one unit. */
async function reportFieldIsPercent(db: Executor, params: Record<string, string>) {
  const latest = params.templateId ? await findLatestVersion(db, params.templateId) : undefined;
  return latest?.definition.fields.find((field) => field.key === params.field)?.type === 'percent';
}
