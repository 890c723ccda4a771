/**
 * The ready template of the unit-level opinion summary (báo cáo dư luận xã hội hằng quý)
 * required by seeds/000: "Ban Thường vụ các Đoàn thể khối thực hiện báo cáo dư luận xã hội
 * hàng quý", on the matters raised inside units ("áp lực công việc, tinh giản biên chế, tinh
 * thần đoàn kết, đạo đức công vụ…") and by people and businesses about public services,
 * reported to the Party committee through its Ban Tuyên giáo.
 *
 * Per the DESIGN.md privacy rule it holds topics, how often they came up, counts, proposals
 * and unit-level text — no field that names or describes a person; `parseTemplate` (with
 * privacy.ts) checks it like any template. The topic list is fixed per template version and
 * editable: pass another list, or edit the template in the UI, which makes a new version.
 */
import { parseTemplate, type ReportTemplateInput, type TemplateResult } from './template.ts';

export interface OpinionTopic {
  value: string;
  label: string;
}

export const defaultOpinionTopics: readonly OpinionTopic[] = [
  { value: 'workload', label: 'Áp lực công việc' },
  { value: 'staffing', label: 'Tinh giản biên chế, sắp xếp tổ chức bộ máy' },
  { value: 'policies', label: 'Chế độ, chính sách, tiền lương' },
  { value: 'living_conditions', label: 'Đời sống, thu nhập, việc làm' },
  { value: 'public_services', label: 'Dịch vụ công, thủ tục hành chính' },
  { value: 'solidarity', label: 'Tinh thần đoàn kết nội bộ' },
  { value: 'public_ethics', label: 'Đạo đức công vụ, phong cách làm việc' },
  { value: 'local_development', label: 'Phát triển kinh tế - xã hội của thành phố' },
  { value: 'public_order', label: 'An ninh, trật tự, an toàn xã hội' },
  { value: 'environment', label: 'Môi trường, giao thông, đô thị' },
  { value: 'current_affairs', label: 'Sự kiện thời sự trong nước và quốc tế' },
  { value: 'other', label: 'Vấn đề khác' },
];

export const opinionFrequencies: readonly OpinionTopic[] = [
  { value: 'occasional', label: 'Ít, rải rác' },
  { value: 'repeated', label: 'Nhiều lần' },
  { value: 'widespread', label: 'Phổ biến, nổi cộm' },
];

const unitLevelOnly = 'Tóm tắt ở cấp đơn vị; không ghi tên, không mô tả cá nhân.';

/** The definition as entered (before defaults), for seeding and for the template editor. */
export function opinionSummaryTemplateInput(topics: readonly OpinionTopic[] = defaultOpinionTopics): ReportTemplateInput {
  return {
    name: 'Báo cáo dư luận xã hội hằng quý',
    description:
      'Tổng hợp ở cấp đơn vị các vấn đề được đoàn viên, hội viên, người lao động quan tâm, phản ánh trong quý và kiến nghị với cấp ủy. ' +
      'Không ghi tên, không mô tả cá nhân (quy định bảo vệ dữ liệu cá nhân).',
    periodType: 'quarter',
    reporters: { by: 'unit_kind', kinds: ['association'] },
    recipient: { to: 'department', code: 'BTG' },
    deadline: { rule: 'days_after_end', days: 5 },
    fields: [
      {
        key: 'topics',
        section: 'I. Tình hình dư luận trong quý',
        label: 'Các vấn đề được phản ánh trong quý',
        help: 'Mỗi dòng một vấn đề. ' + unitLevelOnly,
        type: 'table',
        required: true,
        maxRows: 50,
        columns: [
          { key: 'topic', label: 'Vấn đề', type: 'choice', required: true, options: [...topics] },
          { key: 'frequency', label: 'Mức độ phản ánh', type: 'choice', required: true, options: [...opinionFrequencies] },
          { key: 'mentions', label: 'Số lượt phản ánh (ước tính)', type: 'integer', min: 0 },
          { key: 'summary', label: 'Nội dung chính', help: unitLevelOnly, type: 'short_text', maxLength: 1000 },
        ],
      },
      {
        key: 'urgent_issue',
        section: 'I. Tình hình dư luận trong quý',
        label: 'Có vấn đề nổi cộm cần cấp ủy xử lý kịp thời',
        type: 'yes_no',
        required: true,
        aggregation: { method: 'count_yes' },
      },
      {
        key: 'overview',
        section: 'I. Tình hình dư luận trong quý',
        label: 'Đánh giá chung tình hình dư luận',
        help: unitLevelOnly,
        type: 'long_text',
        maxLength: 10_000,
      },
      {
        key: 'correspondent_meetings',
        section: 'II. Công tác nắm bắt dư luận',
        label: 'Số lần họp cộng tác viên dư luận xã hội trong quý',
        type: 'integer',
        min: 0,
        max: 100,
        aggregation: { method: 'sum' },
      },
      {
        key: 'proposals',
        section: 'III. Kiến nghị, đề xuất',
        label: 'Kiến nghị, đề xuất với cấp ủy',
        help: unitLevelOnly,
        type: 'long_text',
        maxLength: 10_000,
      },
      {
        key: 'other_notes',
        section: 'III. Kiến nghị, đề xuất',
        label: 'Ý kiến khác',
        help: unitLevelOnly,
        type: 'long_text',
        maxLength: 10_000,
      },
    ],
    rules: [],
  };
}

/** The template parsed and checked (privacy included); an edited topic list may fail the checks. */
export function opinionSummaryTemplate(topics: readonly OpinionTopic[] = defaultOpinionTopics): TemplateResult {
  return parseTemplate(opinionSummaryTemplateInput(topics));
}
