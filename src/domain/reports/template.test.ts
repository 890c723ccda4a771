import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numericRange, parseTemplate, type ReportTemplate } from './template.ts';
import { meetingsTemplateInput } from './test-fixtures.ts';

/** A copy of the fixture broken on purpose by `change`. */
function withChanges(change: (t: any) => void): unknown {
  const copy = structuredClone(meetingsTemplateInput) as any;
  change(copy);
  return copy;
}

function messages(input: unknown): string[] {
  const result = parseTemplate(input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('parseTemplate', () => {
  it('accepts a complete template and fills the defaults', () => {
    const result = parseTemplate(meetingsTemplateInput);
    expect(result.ok).toBe(true);
    const template = (result as { template: ReportTemplate }).template;
    expect(template.fields.find((f) => f.key === 'score')?.required).toBe(false);
    const quality = template.fields.find((f) => f.key === 'quality');
    expect(quality?.type === 'choice' && quality.multiple).toBe(false);
    const meetings = template.fields.find((f) => f.key === 'meetings');
    expect(meetings?.type === 'table' && meetings.columns[3]?.type === 'short_text' && meetings.columns[3].maxLength).toBe(100);
  });

  it('never throws and answers in Vietnamese on a wrong shape', () => {
    for (const input of [null, 42, 'x', [], {}, { fields: 'x' }]) {
      const result = parseTemplate(input);
      expect(result.ok).toBe(false);
    }
    expect(messages({})).toContain('name: Thiếu thông tin bắt buộc.');
    expect(messages(withChanges((t) => (t.fields = [])))).toContain('fields: Mẫu báo cáo cần ít nhất một trường.');
    expect(messages(withChanges((t) => (t.fields[0].key = 'Số ĐV')))[0]).toMatch(/^fields\.0\.key: Mã chỉ gồm chữ thường/);
    expect(messages(withChanges((t) => (t.fields[0].type = 'money')))).toEqual(['fields.0.type: Loại không hợp lệ.']);
    expect(messages(withChanges((t) => (t.periodType = 'week')))[0]).toMatch(/^periodType: Giá trị không hợp lệ; chỉ nhận: month, quarter/);
    expect(messages(withChanges((t) => (t.fields[0].required = 'yes')))).toEqual(['fields.0.required: Sai kiểu dữ liệu: cần đúng/sai.']);
  });

  it('never throws on arbitrary input, nor on arbitrary fields', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      expect(typeof parseTemplate(input).ok).toBe('boolean');
    }));
    fc.assert(fc.property(fc.array(fc.dictionary(fc.constantFrom('key', 'label', 'type', 'options', 'columns', 'aggregation', 'min', 'max'), fc.anything())), (fields) => {
      expect(typeof parseTemplate({ ...meetingsTemplateInput, fields }).ok).toBe('boolean');
    }));
  });

  it('refuses duplicate keys of fields, columns and options', () => {
    expect(messages(withChanges((t) => (t.fields[1].key = 'members')))).toContain('fields.1.key: Mã trường "members" bị trùng.');
    expect(messages(withChanges((t) => (t.fields[9].columns[1].key = 'kind')))).toContain(
      'fields.9.columns.1.key: Mã cột "kind" bị trùng trong bảng "Các buổi sinh hoạt".',
    );
    expect(messages(withChanges((t) => (t.fields[7].options[1].value = 'good')))).toContain(
      'fields.7.options.1.value: "Chất lượng sinh hoạt": phương án "good" bị trùng.',
    );
  });

  it('refuses a ratio naming a missing, non-numeric or percent field', () => {
    expect(messages(withChanges((t) => (t.fields[2].aggregation.numerator = 'present')))).toEqual([
      'fields.2.aggregation.numerator: Tử số của "Tỷ lệ dự sinh hoạt" nêu trường "present" không có trong mẫu.',
    ]);
    expect(messages(withChanges((t) => (t.fields[2].aggregation.denominator = 'thematic_held')))).toEqual([
      'fields.2.aggregation.denominator: Mẫu số của "Tỷ lệ dự sinh hoạt" phải là trường số nguyên hoặc số thập phân; "Đã sinh hoạt chuyên đề trong quý" là có/không.',
    ]);
    expect(messages(withChanges((t) => (t.fields[2].aggregation.denominator = 'attendance_rate')))).toHaveLength(1);
    expect(messages(withChanges((t) => (t.fields[2].aggregation = { method: 'sum' })))[0]).toMatch(/Không thể cộng dồn tỷ lệ/);
  });

  it('refuses rules on unknown, non-numeric or identical fields', () => {
    expect(messages(withChanges((t) => (t.rules[0].right = 'membres')))).toEqual(['rules.0.right: Ràng buộc nêu trường "membres" không có trong mẫu.']);
    expect(messages(withChanges((t) => (t.rules[0].right = 'highlights')))[0]).toMatch(/chỉ so sánh các trường số; "Kết quả nổi bật" là văn bản dài/);
    expect(messages(withChanges((t) => (t.rules[0].right = 'attended')))).toEqual(['rules.0: Ràng buộc phải so sánh hai trường khác nhau.']);
  });

  it('refuses min > max, in fields and columns, and impossible row counts', () => {
    expect(messages(withChanges((t) => (t.fields[3].min = 11)))).toEqual([
      'fields.3.min: "Điểm tự đánh giá": giá trị nhỏ nhất (11) lớn hơn giá trị lớn nhất (10).',
    ]);
    expect(messages(withChanges((t) => Object.assign(t.fields[9].columns[1], { max: -1 })))).toHaveLength(1);
    expect(messages(withChanges((t) => (t.fields[9].minRows = 11)))[0]).toMatch(/Số dòng tối thiểu \(11\) lớn hơn số dòng tối đa \(10\)/);
    expect(messages(withChanges((t) => (t.fields[2].min = 101)))[0]).toMatch(/giá trị nhỏ nhất \(101\) lớn hơn giá trị lớn nhất \(100\)/);
  });

  it('refuses a choice without options and a table without columns', () => {
    expect(messages(withChanges((t) => (t.fields[7].options = [])))).toEqual(['fields.7.options: Trường lựa chọn cần ít nhất một phương án.']);
    expect(messages(withChanges((t) => (t.fields[9].columns = [])))).toEqual(['fields.9.columns: Bảng cần ít nhất một cột.']);
  });

  it('ties fixed dates to ad hoc reports', () => {
    expect(messages(withChanges((t) => (t.periodType = 'ad_hoc')))).toEqual(['deadline.rule: Báo cáo đột xuất cần một hạn nộp là ngày cụ thể.']);
    expect(messages(withChanges((t) => (t.deadline = { rule: 'fixed_date', date: '2026-05-20' })))[0]).toMatch(/chỉ dùng cho báo cáo đột xuất/);
    expect(messages(withChanges((t) => Object.assign(t, { periodType: 'ad_hoc', deadline: { rule: 'fixed_date', date: '2026-02-30' } })))).toEqual([
      'deadline.date: Ngày không hợp lệ (YYYY-MM-DD).',
    ]);
    expect(parseTemplate(withChanges((t) => Object.assign(t, { periodType: 'ad_hoc', deadline: { rule: 'fixed_date', date: '2026-05-20' } }))).ok).toBe(true);
  });

  it('checks reporters and recipients', () => {
    expect(messages(withChanges((t) => (t.reporters = { by: 'unit_kind', kinds: [] })))).toEqual(['reporters.kinds: Chọn ít nhất một loại đơn vị.']);
    expect(messages(withChanges((t) => (t.reporters = { by: 'units', unitIds: ['abc'] })))).toEqual(['reporters.unitIds.0: Mã đơn vị không hợp lệ.']);
    expect(parseTemplate(withChanges((t) => (t.reporters = { by: 'association_type', types: ['youth', 'union'] }))).ok).toBe(true);
    expect(parseTemplate(withChanges((t) => (t.recipient = { to: 'department', code: 'BTG' }))).ok).toBe(true);
    expect(messages(withChanges((t) => (t.recipient = { to: 'department', code: 'ban tg' })))).toEqual(['recipient.code: Mã ban viết hoa, ví dụ: BTG.']);
  });

  it('applies the privacy rule', () => {
    expect(messages(withChanges((t) => (t.fields[8].label = 'Họ tên đảng viên vắng')))[0]).toMatch(/^fields\.8: Trường "Họ tên đảng viên vắng" ghi thông tin nhận diện/);
  });
});

describe('numericRange', () => {
  it('defaults a percent to 0–100 and leaves other numbers open', () => {
    const result = parseTemplate(meetingsTemplateInput);
    if (!result.ok) throw new Error('fixture');
    const [members, , rate, score] = result.template.fields;
    expect(numericRange(members!)).toEqual({ min: 0, max: undefined });
    expect(numericRange(rate!)).toEqual({ min: 0, max: 100 });
    expect(numericRange(score!)).toEqual({ min: 0, max: 10 });
  });
});
