import { describe, expect, it } from 'vitest';
import { aggregateReports } from './aggregate.ts';
import { tally } from './completeness.ts';
import { reviewDraft, reviewTitle } from './review-draft.ts';
import { parseTemplate, type ReportTemplate } from './template.ts';
import { meetingsTemplateInput } from './test-fixtures.ts';

const parsed = parseTemplate(meetingsTemplateInput);
if (!parsed.ok) throw new Error('fixture template must parse');
const template: ReportTemplate = parsed.template;

describe('reviewDraft', () => {
  const figures = aggregateReports(template, [
    { members: 10, attended: 8, thematic_held: true, highlights: 'Tổ chức học tập Nghị quyết.' },
    { members: 20, attended: 12, thematic_held: false },
  ]);
  const draft = reviewDraft({
    kind: 'so_ket',
    nodeName: 'Đảng ủy Sở Giáo dục và Đào tạo',
    template,
    fromLabel: 'Quý I/2026',
    toLabel: 'Quý II/2026',
    figures,
    reporting: tally([{ status: 'on_time' }, { status: 'late' }, { status: 'overdue' }, { status: 'on_time' }]),
    tasks: { total: 4, done: 3, overdue: 1 },
    texts: [
      { unitName: 'Chi bộ Văn phòng Sở', periodLabel: 'Quý I/2026', values: { highlights: 'Tổ chức học tập Nghị quyết.' } },
      { unitName: 'Chi bộ Thanh tra Sở', periodLabel: 'Quý II/2026', values: { highlights: '   ' } },
    ],
  });

  it('names the span in the title', () => {
    expect(draft.title).toBe('Báo cáo sơ kết báo cáo sinh hoạt chi bộ hằng quý từ quý I/2026 đến quý II/2026');
    expect(reviewTitle('tong_ket', 'Báo cáo năm', 'Năm 2026', 'Năm 2026')).toBe('Báo cáo tổng kết báo cáo năm năm 2026');
  });

  it('states completeness and timeliness from the tally', () => {
    const reporting = draft.sections[0]!;
    expect(reporting.text).toContain('Số báo cáo phải nộp: 4; đã nộp: 3 (75%); đúng hạn: 2 (50%); nộp trễ: 1; chưa nộp: 1.');
  });

  it('lists each rolled-up figure, the ratio with its two sums', () => {
    const results = draft.sections[1]!.text.split('\n');
    expect(results).toContain('- Tổng số đảng viên: 30 — tổng, 2 báo cáo.');
    expect(results).toContain('- Tỷ lệ dự sinh hoạt: 66,7% (20/30) — tỷ lệ giữa hai tổng (%), 2 báo cáo.');
    expect(results).toContain('- Đã sinh hoạt chuyên đề trong quý: 1 — số đơn vị trả lời "Có", 2 báo cáo.');
    expect(results).toContain('- Điểm tự đánh giá: chưa có số liệu — trung bình, 0 báo cáo.');
  });

  it('gives the tasks due in the span', () => {
    expect(draft.sections[2]!.text).toBe('Trong kỳ có 4 nhiệm vụ đến hạn; đã hoàn thành 3 (75%); quá hạn chưa hoàn thành: 1.');
  });

  it('quotes the units’ text answers under their names, skipping blank ones, and ends with a section to write', () => {
    const quoted = draft.sections.find((section) => section.text.includes('Kết quả nổi bật:'))!;
    expect(quoted.text).toBe('Kết quả nổi bật:\n- Chi bộ Văn phòng Sở (Quý I/2026): Tổ chức học tập Nghị quyết.');
    expect(draft.sections.at(-1)).toEqual({ heading: 'Phương hướng, nhiệm vụ thời gian tới', text: '' });
  });

  it('says so when nothing was due and there are no figures', () => {
    const bare = reviewDraft({
      kind: 'tong_ket',
      nodeName: 'Chi bộ A',
      template: { ...template, fields: template.fields.filter((field) => field.type === 'long_text') },
      fromLabel: 'Năm 2026',
      toLabel: 'Năm 2026',
      figures: { reports: 0, fields: [], tables: [] },
      reporting: tally([]),
      tasks: { total: 0, done: 0, overdue: 0 },
      texts: [],
    });
    expect(bare.sections.map((section) => section.text)).toContain('Trong kỳ không có nhiệm vụ đến hạn.');
    expect(bare.sections[0]!.text).toContain('đã nộp: 0 (chưa có)');
  });
});
