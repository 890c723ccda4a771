/** A small quarterly template used by the tests of this folder (not shipped as a template). */
import type { ReportTemplateInput } from './template.ts';

export const meetingsTemplateInput = {
  name: 'Báo cáo sinh hoạt chi bộ hằng quý',
  periodType: 'quarter',
  reporters: { by: 'unit_kind', kinds: ['cell'] },
  recipient: { to: 'parent' },
  deadline: { rule: 'days_after_end', days: 5 },
  fields: [
    { key: 'members', label: 'Tổng số đảng viên', type: 'integer', required: true, min: 0, aggregation: { method: 'sum' } },
    { key: 'attended', label: 'Lượt đảng viên dự sinh hoạt', type: 'integer', required: true, min: 0, aggregation: { method: 'sum' } },
    {
      key: 'attendance_rate',
      label: 'Tỷ lệ dự sinh hoạt',
      type: 'percent',
      aggregation: { method: 'ratio', numerator: 'attended', denominator: 'members' },
    },
    { key: 'score', label: 'Điểm tự đánh giá', type: 'decimal', min: 0, max: 10, decimals: 1, aggregation: { method: 'average' } },
    { key: 'smallest_meeting', label: 'Số người dự buổi ít nhất', type: 'integer', min: 0, aggregation: { method: 'min' } },
    { key: 'largest_meeting', label: 'Số người dự buổi đông nhất', type: 'integer', min: 0, aggregation: { method: 'max' } },
    { key: 'thematic_held', label: 'Đã sinh hoạt chuyên đề trong quý', type: 'yes_no', required: true, aggregation: { method: 'count_yes' } },
    {
      key: 'quality',
      label: 'Chất lượng sinh hoạt',
      type: 'choice',
      options: [
        { value: 'good', label: 'Tốt' },
        { value: 'fair', label: 'Khá' },
        { value: 'average', label: 'Trung bình' },
      ],
    },
    { key: 'highlights', label: 'Kết quả nổi bật', type: 'long_text', maxLength: 2000 },
    {
      key: 'meetings',
      label: 'Các buổi sinh hoạt',
      type: 'table',
      maxRows: 10,
      columns: [
        { key: 'kind', label: 'Loại buổi', type: 'choice', required: true, options: [{ value: 'regular', label: 'Định kỳ' }, { value: 'thematic', label: 'Chuyên đề' }] },
        { key: 'present', label: 'Số dự', type: 'integer', required: true, min: 0 },
        { key: 'hours', label: 'Số giờ', type: 'decimal', min: 0 },
        { key: 'topic', label: 'Nội dung', type: 'short_text', maxLength: 100 },
      ],
    },
  ],
  rules: [{ left: 'attended', op: 'lte', right: 'members' }],
} satisfies ReportTemplateInput;
