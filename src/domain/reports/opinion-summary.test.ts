import { describe, expect, it } from 'vitest';
import { aggregateReports } from './aggregate.ts';
import { defaultOpinionTopics, opinionSummaryTemplate } from './opinion-summary.ts';
import { privacyProblems } from './privacy.ts';
import { periodsOfYear, scheduleOfYear } from './schedule.ts';
import type { ReportTemplate } from './template.ts';
import { validateReportValues } from './values.ts';

const result = opinionSummaryTemplate();
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const template: ReportTemplate = result.template;

describe('opinion summary template', () => {
  it('is a valid quarterly template sent to Ban Tuyên giáo', () => {
    expect(template.periodType).toBe('quarter');
    expect(template.recipient).toEqual({ to: 'department', code: 'BTG' });
    expect(periodsOfYear(template, 2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(scheduleOfYear(template, 2026)[0]?.deadline).toBe('2026-04-05');
  });

  it('passes the privacy rule, and has no field that could hold a person', () => {
    expect(privacyProblems(template)).toEqual([]);
    const labels = template.fields.flatMap((f) => [f.label, ...(f.type === 'table' ? f.columns.map((c) => c.label) : [])]);
    expect(labels.join(' | ')).not.toMatch(/họ tên|tên người|đồng chí|cá nhân/i);
  });

  it('offers the topics of the seed as a fixed list', () => {
    const table = template.fields[0];
    if (table?.type !== 'table' || table.columns[0]?.type !== 'choice') throw new Error('shape');
    const labels = table.columns[0].options.map((o) => o.label);
    for (const topic of ['Áp lực công việc', 'Tinh giản biên chế, sắp xếp tổ chức bộ máy', 'Chế độ, chính sách, tiền lương', 'Đời sống, thu nhập, việc làm', 'Dịch vụ công, thủ tục hành chính', 'Tinh thần đoàn kết nội bộ', 'Đạo đức công vụ, phong cách làm việc']) {
      expect(labels).toContain(topic);
    }
  });

  it('takes an edited topic list, and refuses one that describes a person', () => {
    const edited = opinionSummaryTemplate([...defaultOpinionTopics.slice(0, 3), { value: 'housing', label: 'Nhà ở xã hội' }]);
    expect(edited.ok).toBe(true);
    const bad = opinionSummaryTemplate([{ value: 'x', label: 'Đảng viên có biểu hiện tiêu cực' }]);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => i.path.join('.'))).toEqual(['fields.0.columns.0']);
    expect(opinionSummaryTemplate([]).ok).toBe(false);
  });

  it('rolls up to how many units raised each topic and how often', () => {
    const reports = [
      { topics: [{ topic: 'workload', frequency: 'repeated', mentions: 12 }, { topic: 'policies', frequency: 'occasional', mentions: 3 }], urgent_issue: false, correspondent_meetings: 2 },
      { topics: [{ topic: 'workload', frequency: 'widespread', mentions: 30, summary: 'Khối lượng công việc tăng sau sắp xếp.' }], urgent_issue: true, correspondent_meetings: 1, proposals: 'Đề nghị rà soát định mức công việc.' },
    ].map((values) => {
      const checked = validateReportValues(template, values);
      expect(checked.errors).toEqual([]);
      return checked.values;
    });
    const aggregate = aggregateReports(template, reports);
    expect(aggregate.fields.map((f) => [f.key, f.value])).toEqual([['urgent_issue', 1], ['correspondent_meetings', 3]]);
    const groups = aggregate.tables[0]?.byOption?.groups ?? [];
    expect(groups.find((g) => g.value === 'workload')).toMatchObject({ reports: 2, rows: 2, totals: { mentions: 42 } });
    expect(groups.find((g) => g.value === 'policies')).toMatchObject({ reports: 1, totals: { mentions: 3 } });
    expect(groups.find((g) => g.value === 'staffing')).toMatchObject({ reports: 0, totals: { mentions: 0 } });
  });
});
