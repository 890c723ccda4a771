/** The target form's rules: which metrics fit a subject, what the value may be, and the request body. */
import type { AssociationTypeCode, Comparator, MetricInfo, SubjectKind, Target, TargetInput, TargetPeriodType } from '../../api/targets.ts';

export interface TargetFormValues {
  text: string;
  documentId?: string | null;
  subjectKind: SubjectKind;
  subjectAssociationType?: AssociationTypeCode | null;
  metricKey: string;
  params?: Record<string, string | undefined>;
  comparator: Comparator;
  value: number;
  periodType: TargetPeriodType;
}

export const periodTypes: TargetPeriodType[] = ['month', 'quarter', 'half', 'year'];

/** The metrics able to measure a subject kind. */
export const metricsFor = (metrics: readonly MetricInfo[], subject: SubjectKind | undefined) => (subject ? metrics.filter((metric) => metric.subjects.includes(subject)) : [...metrics]);

/** The period types a metric may be judged on (all until a metric is chosen). */
export const periodTypesOf = (metric: MetricInfo | undefined) => periodTypes.filter((type) => !metric || metric.periodTypes.includes(type));

/** The first problem with a value, as a translation key; the server checks again with the template's field types. */
export function valueProblem(value: number | null | undefined, measure: MetricInfo['measure'] | undefined, comparator: Comparator | undefined): 'targets.percentRange' | 'targets.countRange' | 'targets.countWhole' | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (measure === 'percent') return value < 0 || value > 100 ? 'targets.percentRange' : null;
  if (value < 0) return 'targets.countRange';
  if (measure === 'count' && comparator === 'eq' && !Number.isInteger(value)) return 'targets.countWhole';
  return null;
}

/** The body of a create (or a whole edit): params only of the metric's own, without empty ones. */
export function targetBody(values: TargetFormValues, metric: MetricInfo | undefined, unitId: string, year: number): TargetInput {
  const params: Record<string, string> = {};
  for (const param of metric?.params ?? []) {
    const value = values.params?.[param.key];
    if (value) params[param.key] = value;
  }
  return {
    unitId,
    year,
    documentId: values.documentId ?? null,
    text: values.text.trim(),
    subjectKind: values.subjectKind,
    subjectAssociationType: values.subjectKind === 'association' ? (values.subjectAssociationType ?? null) : null,
    metricKey: values.metricKey,
    params,
    comparator: values.comparator,
    value: values.value,
    periodType: values.periodType,
  };
}

/** The form's starting values: a target's own, or a new one's usual choices. */
export function formValuesOf(target: Target | null): Partial<TargetFormValues> {
  if (!target) return { subjectKind: 'cell', comparator: 'gte', periodType: 'quarter', params: {} };
  return {
    text: target.text,
    documentId: target.documentId,
    subjectKind: target.subjectKind,
    subjectAssociationType: target.subjectAssociationType,
    metricKey: target.metricKey,
    params: { ...target.params },
    comparator: target.comparator,
    value: target.value,
    periodType: target.periodType,
  };
}
