/**
 * The checks a target definition must pass when it is saved — not when the dashboard opens
 * (issue 7, "Bad input"). Each problem names the field it is about, in Vietnamese.
 */
import { meetingKinds } from '../meeting-kinds.ts';
import { type PeriodKind, periodEnd, periodsCovering, periodStart } from '../periods.ts';
import type { AssociationType } from '../unit-kinds.ts';
import { type MetricInfo, isMetricKey, metrics, type SubjectKind, subjectKindLabels } from './metrics.ts';
import type { Comparator } from './status.ts';
import { isLongerOrEqual } from './window.ts';

export interface TargetDefinition {
  metricKey: string;
  params: Record<string, string>;
  subjectKind: SubjectKind;
  subjectAssociationType: AssociationType | null;
  comparator: Comparator;
  value: number;
  periodType: PeriodKind;
  year: number;
}

export interface TargetProblem {
  path: string;
  message: string;
}

/** What the server found about the params and the plan, for the checks that need it. */
export interface TargetFacts {
  /** The days the plan covers, or null for a target that stands alone. */
  planSpan: { start: string; end: string } | null;
  /** The report template named by `templateId`, when there is one and it was found. */
  template?: {
    periodType: string;
    reporters: { by: 'unit_kind'; kinds: string[] } | { by: 'association_type'; types: string[] } | { by: 'units'; unitIds: string[] };
    numericFields: { key: string; type: 'integer' | 'percent' | 'decimal' }[];
  } | null;
  /** Whether the task named by `taskId` exists in the reader's reach. */
  taskFound?: boolean;
}

const periodTypeLabels: Record<PeriodKind, string> = { month: 'tháng', quarter: 'quý', half: '6 tháng', year: 'năm' };

export function targetProblems(target: TargetDefinition, facts: TargetFacts): TargetProblem[] {
  if (!isMetricKey(target.metricKey)) return [{ path: 'metricKey', message: `Không có phép đo "${target.metricKey}".` }];
  const metric = metrics[target.metricKey];
  return [
    ...subjectProblems(metric, target),
    ...valueProblems(metric, target, facts),
    ...periodProblems(metric, target, facts),
    ...paramProblems(metric, target, facts),
  ];
}

function subjectProblems(metric: MetricInfo, target: TargetDefinition): TargetProblem[] {
  const problems: TargetProblem[] = [];
  if (!metric.subjects.includes(target.subjectKind)) {
    const allowed = metric.subjects.map((kind) => subjectKindLabels[kind].toLowerCase()).join(', ');
    problems.push({ path: 'subjectKind', message: `Phép đo "${metric.label}" không đo được ${subjectKindLabels[target.subjectKind].toLowerCase()}; chỉ đo được: ${allowed}.` });
  }
  if (target.subjectAssociationType !== null && target.subjectKind !== 'association') {
    problems.push({ path: 'subjectAssociationType', message: 'Chỉ ghi loại đoàn thể khi đối tượng là đoàn thể.' });
  }
  return problems;
}

function isPercentTarget(metric: MetricInfo, target: TargetDefinition, facts: TargetFacts): boolean {
  if (metric.measure === 'percent') return true;
  if (metric.key !== 'report_field') return false;
  return facts.template?.numericFields.find((field) => field.key === target.params.field)?.type === 'percent';
}

function valueProblems(metric: MetricInfo, target: TargetDefinition, facts: TargetFacts): TargetProblem[] {
  if (!Number.isFinite(target.value)) return [{ path: 'value', message: 'Giá trị chỉ tiêu phải là một số.' }];
  if (isPercentTarget(metric, target, facts)) {
    return target.value < 0 || target.value > 100 ? [{ path: 'value', message: `Chỉ tiêu tính theo tỷ lệ phải từ 0 đến 100 (%), không phải ${target.value}.` }] : [];
  }
  if (target.value < 0) return [{ path: 'value', message: `Chỉ tiêu đếm số lần không được âm (${target.value}).` }];
  // Meetings are whole; "= 2,5 lần" can never be met. A report's decimal field may be.
  if (metric.shape === 'count_per_period' && !Number.isInteger(target.value)) {
    return [{ path: 'value', message: `Số lần phải là số nguyên, không phải ${target.value}.` }];
  }
  if (metric.shape === 'count_per_period' && target.comparator === 'gte' && target.value === 0) {
    return [{ path: 'value', message: 'Chỉ tiêu "ít nhất 0 lần" luôn đạt; hãy ghi số lần tối thiểu.' }];
  }
  return [];
}

function periodProblems(metric: MetricInfo, target: TargetDefinition, facts: TargetFacts): TargetProblem[] {
  const problems: TargetProblem[] = [];
  if (!metric.periodTypes.includes(target.periodType)) {
    const allowed = metric.periodTypes.map((type) => periodTypeLabels[type]).join(', ');
    problems.push({ path: 'periodType', message: `Phép đo "${metric.label}" không đánh giá theo ${periodTypeLabels[target.periodType]}; chọn: ${allowed}.` });
  }
  const template = facts.template;
  if (template && metric.params.some((param) => param.type === 'report_template')) {
    const templateKind = template.periodType as PeriodKind | 'ad_hoc';
    if (templateKind === 'ad_hoc' || !isLongerOrEqual(target.periodType, templateKind)) {
      problems.push({ path: 'periodType', message: `Mẫu báo cáo được lập theo ${templateKind === 'ad_hoc' ? 'đợt đột xuất' : periodTypeLabels[templateKind]}; chỉ tiêu không đánh giá theo ${periodTypeLabels[target.periodType]} được.` });
    }
  }
  if (facts.planSpan) problems.push(...spanProblems(target.periodType, target.year, facts.planSpan));
  return problems;
}

/** A target of a plan is judged inside the plan's span: its year must overlap it and hold at least one whole period. */
export function spanProblems(periodType: PeriodKind, year: number, span: { start: string; end: string }): TargetProblem[] {
  const yearStart = `${String(year).padStart(4, '0')}-01-01`;
  const yearEnd = `${String(year).padStart(4, '0')}-12-31`;
  const from = span.start > yearStart ? span.start : yearStart;
  const until = span.end < yearEnd ? span.end : yearEnd;
  const spanText = `${span.start.split('-').reverse().join('/')} – ${span.end.split('-').reverse().join('/')}`;
  if (from > until) return [{ path: 'year', message: `Năm ${year} nằm ngoài thời gian của kế hoạch (${spanText}).` }];
  const whole = periodsCovering(periodType, from, until).filter((p) => periodStart(p) >= from && periodEnd(p) <= until);
  if (whole.length === 0) return [{ path: 'periodType', message: `Thời gian của kế hoạch trong năm ${year} (${spanText}) không chứa trọn một kỳ ${periodTypeLabels[periodType]}.` }];
  return [];
}

function paramProblems(metric: MetricInfo, target: TargetDefinition, facts: TargetFacts): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const known = new Set(metric.params.map((param) => param.key));
  for (const key of Object.keys(target.params)) if (!known.has(key)) problems.push({ path: `params.${key}`, message: `Phép đo "${metric.label}" không dùng tham số "${key}".` });
  for (const param of metric.params) {
    const given = target.params[param.key]?.trim();
    if (!given) {
      if (param.required) problems.push({ path: `params.${param.key}`, message: `Phép đo "${metric.label}" cần chọn ${paramLabels[param.type]}.` });
      continue;
    }
    problems.push(...paramValueProblems(param.type, given, target, facts).map((message) => ({ path: `params.${param.key}`, message })));
  }
  return problems;
}

const paramLabels = { meeting_kind: 'loại cuộc họp', report_template: 'mẫu báo cáo', report_field: 'trường số liệu của mẫu báo cáo', task: 'nhiệm vụ' } as const;

function paramValueProblems(type: keyof typeof paramLabels, given: string, target: TargetDefinition, facts: TargetFacts): string[] {
  switch (type) {
    case 'meeting_kind':
      return (meetingKinds as readonly string[]).includes(given) ? [] : [`Không có loại cuộc họp "${given}".`];
    case 'task':
      return facts.taskFound === false ? ['Không tìm thấy nhiệm vụ được chọn (hoặc nằm ngoài phạm vi của bạn).'] : [];
    case 'report_template': {
      if (facts.template === null) return ['Không tìm thấy mẫu báo cáo được chọn, hoặc mẫu không áp dụng cho đơn vị.'];
      if (facts.template && !reportsFor(facts.template.reporters, target)) return [`Theo mẫu báo cáo này, ${subjectKindLabels[target.subjectKind].toLowerCase()} không phải báo cáo.`];
      return [];
    }
    case 'report_field': {
      if (!facts.template) return [];
      return facts.template.numericFields.some((field) => field.key === given) ? [] : [`Mẫu báo cáo không có trường số "${given}".`];
    }
  }
}

function reportsFor(reporters: NonNullable<TargetFacts['template']>['reporters'], target: TargetDefinition): boolean {
  switch (reporters.by) {
    case 'unit_kind':
      return reporters.kinds.includes(target.subjectKind);
    case 'association_type':
      return target.subjectKind === 'association' && (target.subjectAssociationType === null || reporters.types.includes(target.subjectAssociationType));
    case 'units':
      return true;
  }
}
