/**
 * The names people read for the parts of a report template. Kept apart from template.ts (which
 * holds the zod schema) so the interface's texts can use them without loading zod at start-up.
 */
export const aggregationLabels = {
  sum: 'Tổng',
  average: 'Trung bình',
  min: 'Nhỏ nhất',
  max: 'Lớn nhất',
  ratio: 'Tỷ lệ giữa hai tổng (%)',
  count_yes: 'Số đơn vị trả lời "Có"',
} as const;

/** Figures the platform already records, offered as the starting value of a whole-number field (the unit can edit it). */
export const prefillSources = ['members', 'meetings_held', 'thematic_meetings_held', 'tasks_assigned', 'tasks_done'] as const;
export type PrefillSource = (typeof prefillSources)[number];
export const prefillSourceLabels: Record<PrefillSource, string> = {
  members: 'Số đảng viên, hội viên của đơn vị (cuối kỳ)',
  meetings_held: 'Số buổi sinh hoạt, hội nghị đã tổ chức trong kỳ',
  thematic_meetings_held: 'Số buổi sinh hoạt chuyên đề trong kỳ',
  tasks_assigned: 'Số nhiệm vụ được giao có hạn trong kỳ',
  tasks_done: 'Số nhiệm vụ đã hoàn thành trong kỳ',
};

export const templatePeriodTypes = ['month', 'quarter', 'half', 'year', 'ad_hoc'] as const;
export type TemplatePeriodType = (typeof templatePeriodTypes)[number];
export const periodTypeLabels: Record<TemplatePeriodType, string> = {
  month: 'Hằng tháng',
  quarter: 'Hằng quý',
  half: '6 tháng',
  year: 'Hằng năm',
  ad_hoc: 'Đột xuất',
};

/** By field type; template.ts checks the keys against its schema. */
export const fieldTypeLabels = {
  integer: 'Số nguyên',
  percent: 'Tỷ lệ (%)',
  decimal: 'Số thập phân',
  yes_no: 'Có/Không',
  choice: 'Lựa chọn',
  short_text: 'Văn bản ngắn',
  long_text: 'Văn bản dài',
  table: 'Bảng nhiều dòng',
} as const;
