import { describe, expect, it } from 'vitest';
import { parseTemplate, type ReportTemplate } from './template.ts';
import { meetingsTemplateInput } from './test-fixtures.ts';
import { pathsWithData, versionChangeProblems } from './versions.ts';

const parsed = parseTemplate(meetingsTemplateInput);
if (!parsed.ok) throw new Error('fixture');
const previous: ReportTemplate = parsed.template;
const withData = pathsWithData([
  { members: 20, attended: 18, meetings: [{ kind: 'regular', present: 18 }] },
  { members: 12, highlights: 'x', meetings: [] },
]);

function edited(change: (t: ReportTemplate) => void): ReportTemplate {
  const copy = structuredClone(previous);
  change(copy);
  return copy;
}
const table = (t: ReportTemplate) => {
  const field = t.fields.find((f) => f.key === 'meetings');
  if (field?.type !== 'table') throw new Error('fixture');
  return field;
};

describe('pathsWithData', () => {
  it('lists fields and table columns that hold a value', () => {
    expect([...withData].sort()).toEqual(['attended', 'highlights', 'meetings', 'meetings.kind', 'meetings.present', 'members']);
  });
});

describe('versionChangeProblems', () => {
  it('allows adding fields, dropping empty ones and widening types', () => {
    const next = edited((t) => {
      t.fields = t.fields.filter((f) => f.key !== 'score' && f.key !== 'quality');
      t.fields.push({ key: 'new_one', label: 'Trường mới', type: 'integer', required: false });
      const attended = t.fields[1]!;
      t.fields[1] = { ...attended, type: 'decimal' } as ReportTemplate['fields'][number];
      table(t).columns = table(t).columns.filter((c) => c.key !== 'hours');
    });
    expect(versionChangeProblems(previous, next, withData)).toEqual([]);
  });

  it('refuses dropping or retyping a field or column that holds data', () => {
    const next = edited((t) => {
      t.fields = t.fields.filter((f) => f.key !== 'members');
      const highlights = t.fields.find((f) => f.key === 'highlights')!;
      Object.assign(highlights, { type: 'integer' });
      table(t).columns = table(t).columns.filter((c) => c.key !== 'present');
      Object.assign(table(t).columns[0]!, { type: 'short_text', maxLength: 50 });
    });
    expect(versionChangeProblems(previous, next, withData).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'fields: Không thể bỏ trường "Tổng số đảng viên" vì đã có báo cáo nhập dữ liệu cho trường này.',
      'fields.7.type: Không thể đổi kiểu "Kết quả nổi bật" vì đã có dữ liệu; chỉ được mở rộng (số nguyên → số thập phân, văn bản ngắn → văn bản dài).',
      'fields.8.columns.0.type: Không thể đổi kiểu "Loại buổi" vì đã có dữ liệu; chỉ được mở rộng (số nguyên → số thập phân, văn bản ngắn → văn bản dài).',
      'fields.8.columns: Không thể bỏ cột "Số dự" của bảng "Các buổi sinh hoạt" vì đã có dữ liệu.',
    ]);
  });

  it('refuses turning a multiple choice with data into a single choice', () => {
    const multi = edited((t) => Object.assign(t.fields[7]!, { multiple: true }));
    const single = edited(() => {});
    expect(versionChangeProblems(multi, single, new Set(['quality']))).toHaveLength(1);
    expect(versionChangeProblems(single, multi, new Set(['quality']))).toEqual([]);
  });
});
