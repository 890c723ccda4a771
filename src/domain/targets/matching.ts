/**
 * Turns a target read from a plan (`PlanTarget`, src/importer/targets.ts) into a measurable
 * definition when its words say what the platform records: "sinh hoạt chi bộ theo chuyên đề ít
 * nhất 01 lần/01 quý", "ít nhất 04 chuyên đề sinh hoạt trong năm", "ít nhất 80% đoàn viên, hội
 * viên được học tập, quán triệt Nghị quyết", "100% … có chương trình / kế hoạch …" (when the
 * plan's task holding the target says which task). Anything else stays unmatched for a person
 * to define by hand: a wrong metric would colour the matrix with figures nobody agreed to.
 */
import type { PeriodKind } from '../periods.ts';
import { foldVietnamese } from '../text.ts';
import type { AssociationType } from '../unit-kinds.ts';
import type { MetricKey, SubjectKind } from './metrics.ts';
import type { Comparator } from './status.ts';

export interface ImportedTarget {
  text: string;
  comparator: '>=' | '>' | '=' | '<=' | '<' | null;
  value: number | null;
  unit: 'percent' | 'count' | null;
  subject: string | null;
}

export interface MatchedTarget {
  metricKey: MetricKey;
  params: Record<string, string>;
  subjectKind: SubjectKind;
  subjectAssociationType: AssociationType | null;
  comparator: Comparator;
  value: number;
  periodType: PeriodKind;
}

/** "trên 90 %" is read as at least 90: the platform's figures carry one decimal. */
const comparatorOf: Record<NonNullable<ImportedTarget['comparator']>, Comparator> = { '>=': 'gte', '>': 'gte', '=': 'eq', '<=': 'lte', '<': 'lte' };

function frequencyPeriod(folded: string): PeriodKind | null {
  if (/lan ?\/ ?(?:\d+ )?quy|moi quy|hang quy/.test(folded)) return 'quarter';
  if (/lan ?\/ ?(?:\d+ )?thang|moi thang|hang thang/.test(folded)) return 'month';
  if (/trong nam|lan ?\/ ?(?:\d+ )?nam|hang nam/.test(folded)) return 'year';
  return null;
}

function associationTypeOf(folded: string): AssociationType | null {
  if (folded.includes('cong doan')) return 'union';
  if (folded.includes('thanh nien')) return 'youth';
  if (folded.includes('cuu chien binh')) return 'veterans';
  if (folded.includes('phu nu')) return 'women';
  return null;
}

function subjectOf(folded: string): { subjectKind: SubjectKind; subjectAssociationType: AssociationType | null } | null {
  if (/doan vien|hoi vien|doan the|cong doan/.test(folded)) return { subjectKind: 'association', subjectAssociationType: associationTypeOf(folded) };
  if (folded.includes('chi bo')) return { subjectKind: 'cell', subjectAssociationType: null };
  if (/quan uy|huyen uy|dang uy cap tren co so/.test(folded)) return { subjectKind: 'committee', subjectAssociationType: null };
  if (/\bco so\b|don vi/.test(folded)) return { subjectKind: 'base_committee', subjectAssociationType: null };
  return null;
}

/**
 * The definition a plan target stands for, or null. `taskId` is the plan's task whose text holds
 * the target, if any: "100% đơn vị có kế hoạch …" is then measured on that task's cascade.
 */
export function matchPlanTarget(target: ImportedTarget, taskId: string | null = null): MatchedTarget | null {
  if (target.comparator === null || target.value === null || target.unit === null) return null;
  const folded = foldVietnamese(target.text);
  const comparator = comparatorOf[target.comparator];
  const value = target.value;

  if (target.unit === 'count' && folded.includes('chuyen de') && (folded.includes('sinh hoat') || folded.includes('chi bo'))) {
    const periodType = frequencyPeriod(folded);
    if (!periodType || periodType === 'month') return null;
    return { metricKey: 'thematic_meetings_per_cell', params: {}, subjectKind: 'cell', subjectAssociationType: null, comparator, value, periodType };
  }
  if (target.unit === 'count' && /sinh hoat (?:chi bo )?(?:thuong ky|dinh ky)/.test(folded)) {
    const periodType = frequencyPeriod(folded);
    if (!periodType) return null;
    return { metricKey: 'regular_meetings_per_month', params: {}, subjectKind: 'cell', subjectAssociationType: null, comparator, value, periodType };
  }
  if (target.unit !== 'percent') return null;
  const subject = subjectOf(foldVietnamese(target.subject ?? target.text));
  if (!subject) return null;
  // People "được học tập, quán triệt" a resolution: their attendance at study conferences.
  if (/hoc tap,? quan triet/.test(folded) && /doan vien|hoi vien|dang vien|can bo/.test(folded) && !folded.includes('don vi')) {
    return { metricKey: 'meeting_attendance_rate', params: { meetingKind: 'study_conference' }, ...subject, comparator, value, periodType: 'year' };
  }
  if (taskId && /\bco (?:chuong trinh|ke hoach)|xay dung (?:chuong trinh|ke hoach)|cu the hoa/.test(folded) && subject.subjectKind !== 'association') {
    return { metricKey: 'implementing_plan_share', params: { taskId }, ...subject, comparator, value, periodType: 'year' };
  }
  return null;
}
