/**
 * The registry of metrics a target (chỉ tiêu) can be measured by (issue 7). Each metric is
 * evaluated in SQL at any node of the tree for any period by the server
 * (`src/server/modules/targets/metrics/`); this file is what people and the validation need to
 * know about it: its name, what it measures, which units it can measure and what it needs.
 */
import type { PeriodKind } from '../periods.ts';

export const metricKeys = [
  'thematic_meetings_per_cell',
  'regular_meetings_per_month',
  'meeting_attendance_rate',
  'reports_on_time_share',
  'tasks_done_on_time_share',
  'implementing_plan_share',
  'report_field',
] as const;
export type MetricKey = (typeof metricKeys)[number];

/** The unit kinds a target can be about (departments hold no meetings and owe no reports of their own). */
export const subjectKinds = ['cell', 'base_committee', 'committee', 'association'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

export const subjectKindLabels: Record<SubjectKind, string> = {
  cell: 'Chi bộ',
  base_committee: 'Tổ chức cơ sở đảng',
  committee: 'Đảng ủy cấp trên cơ sở',
  association: 'Đoàn thể',
};

export type Measure = 'percent' | 'count';
export type ParamType = 'meeting_kind' | 'report_template' | 'report_field' | 'task';

export interface MetricParam {
  key: string;
  type: ParamType;
  required: boolean;
}

/**
 * How a metric's figure is formed, which decides how its units roll up:
 * - `count_per_period`: each unit's count of events per period of the target (meetings held);
 *   a unit is on track when every period of the window is met or on pace.
 * - `unit_share`: each unit is met or not (its report was on time, it has its own plan); the
 *   figure is the share of units that are.
 * - `rate`: a ratio of summed things (people present / invited, tasks done in time / due); each
 *   unit has its own rate and the node the ratio of the sums.
 * - `reported_value`: a number the units report; the node's figure is their average.
 */
export type MetricShape = 'count_per_period' | 'unit_share' | 'rate' | 'reported_value';

export interface MetricInfo {
  key: MetricKey;
  label: string;
  labelEn: string;
  description: string;
  measure: Measure;
  shape: MetricShape;
  subjects: readonly SubjectKind[];
  params: readonly MetricParam[];
  kind: 'computed' | 'manual';
  /** The period types a target of this metric may be judged on (its natural rhythm or longer). */
  periodTypes: readonly PeriodKind[];
  /** True when people are counted: the detail gives how many fall short, never who. */
  countsPeople: boolean;
}

const allSubjects = subjectKinds;
const longerThanMonth: PeriodKind[] = ['quarter', 'half', 'year'];
const anyPeriod: PeriodKind[] = ['month', 'quarter', 'half', 'year'];

export const metrics: Record<MetricKey, MetricInfo> = {
  thematic_meetings_per_cell: {
    key: 'thematic_meetings_per_cell',
    label: 'Số lần sinh hoạt chi bộ chuyên đề',
    labelEn: 'Thematic cell meetings held',
    description: 'Số buổi sinh hoạt chuyên đề chi bộ đã tổ chức trong mỗi kỳ (Hướng dẫn 09-HD/ĐUK: ít nhất 01 lần/01 quý). Tổ chức cơ sở đảng không có chi bộ trực thuộc được tính như một chi bộ.',
    measure: 'count',
    shape: 'count_per_period',
    subjects: ['cell'],
    params: [],
    kind: 'computed',
    periodTypes: longerThanMonth,
    countsPeople: false,
  },
  regular_meetings_per_month: {
    key: 'regular_meetings_per_month',
    label: 'Số lần sinh hoạt chi bộ thường kỳ',
    labelEn: 'Regular cell meetings held',
    description: 'Số buổi sinh hoạt chi bộ thường kỳ đã tổ chức trong mỗi kỳ (hằng tháng).',
    measure: 'count',
    shape: 'count_per_period',
    subjects: ['cell'],
    params: [],
    kind: 'computed',
    periodTypes: anyPeriod,
    countsPeople: false,
  },
  meeting_attendance_rate: {
    key: 'meeting_attendance_rate',
    label: 'Tỷ lệ tham dự',
    labelEn: 'Attendance rate',
    description: 'Tỷ lệ đảng viên, hội viên được mời có mặt tại các cuộc họp, hội nghị của một loại đã tổ chức trong kỳ (không tính khách mời).',
    measure: 'percent',
    shape: 'rate',
    subjects: allSubjects,
    params: [{ key: 'meetingKind', type: 'meeting_kind', required: true }],
    kind: 'computed',
    periodTypes: anyPeriod,
    countsPeople: true,
  },
  reports_on_time_share: {
    key: 'reports_on_time_share',
    label: 'Tỷ lệ đơn vị gửi báo cáo đúng hạn',
    labelEn: 'Units reporting on time',
    description: 'Tỷ lệ đơn vị đã gửi báo cáo theo mẫu đúng hạn trong số đơn vị phải báo cáo có hạn trong kỳ (tính từ lần gửi đầu tiên).',
    measure: 'percent',
    shape: 'unit_share',
    subjects: allSubjects,
    params: [{ key: 'templateId', type: 'report_template', required: true }],
    kind: 'computed',
    periodTypes: anyPeriod,
    countsPeople: false,
  },
  tasks_done_on_time_share: {
    key: 'tasks_done_on_time_share',
    label: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
    labelEn: 'Tasks done by their due date',
    description: 'Tỷ lệ nhiệm vụ được giao (chủ trì) có hạn trong kỳ đã hoàn thành chậm nhất vào ngày đến hạn; có thể chỉ tính các nhiệm vụ của một nhiệm vụ cấp trên.',
    measure: 'percent',
    shape: 'rate',
    subjects: allSubjects,
    params: [{ key: 'taskId', type: 'task', required: false }],
    kind: 'computed',
    periodTypes: anyPeriod,
    countsPeople: false,
  },
  implementing_plan_share: {
    key: 'implementing_plan_share',
    label: 'Tỷ lệ đơn vị có kế hoạch cụ thể hóa',
    labelEn: 'Units with their own implementing plan',
    description: 'Tỷ lệ đơn vị được giao nhiệm vụ đã có kế hoạch của mình cụ thể hóa nhiệm vụ đó (tính đến hết kỳ).',
    measure: 'percent',
    shape: 'unit_share',
    subjects: allSubjects,
    params: [{ key: 'taskId', type: 'task', required: true }],
    kind: 'computed',
    periodTypes: anyPeriod,
    countsPeople: false,
  },
  report_field: {
    key: 'report_field',
    label: 'Số liệu báo cáo',
    labelEn: 'Reported figure',
    description: 'Một trường số của mẫu báo cáo, do đơn vị tự báo cáo; chỉ tính báo cáo đã gửi.',
    measure: 'count',
    shape: 'reported_value',
    subjects: allSubjects,
    params: [
      { key: 'templateId', type: 'report_template', required: true },
      { key: 'field', type: 'report_field', required: true },
    ],
    kind: 'manual',
    periodTypes: anyPeriod,
    countsPeople: false,
  },
};

export function isMetricKey(key: string): key is MetricKey {
  return (metricKeys as readonly string[]).includes(key);
}

export const metricList = (): MetricInfo[] => metricKeys.map((key) => metrics[key]);
