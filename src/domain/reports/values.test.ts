import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTemplate, type ReportTemplate } from './template.ts';
import { meetingsTemplateInput } from './test-fixtures.ts';
import { validateReportValues, withDerivedRatios } from './values.ts';

const parsed = parseTemplate(meetingsTemplateInput);
if (!parsed.ok) throw new Error('fixture');
const template: ReportTemplate = parsed.template;

const good = {
  members: 20,
  attended: 18,
  attendance_rate: 90,
  score: 8.5,
  thematic_held: true,
  quality: 'good',
  highlights: '  Hoàn thành kế hoạch quý.  ',
  meetings: [
    { kind: 'regular', present: 18, hours: 1.5, topic: 'Sinh hoạt định kỳ' },
    { kind: 'thematic', present: 17 },
  ],
};

function errorsOf(values: unknown, mode: 'submit' | 'draft' = 'submit'): string[] {
  return validateReportValues(template, values, mode).errors.map((e) => `${e.path.join('.')}: ${e.message}`);
}

describe('validateReportValues', () => {
  it('accepts good values and normalizes them', () => {
    const result = validateReportValues(template, good);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.values.highlights).toBe('Hoàn thành kế hoạch quý.');
    expect(result.values.meetings).toEqual([
      { kind: 'regular', present: 18, hours: 1.5, topic: 'Sinh hoạt định kỳ' },
      { kind: 'thematic', present: 17 },
    ]);
  });

  it('reports every missing required field at once, and none in a draft', () => {
    expect(errorsOf({})).toEqual([
      'members: Chưa nhập (bắt buộc).',
      'attended: Chưa nhập (bắt buộc).',
      'thematic_held: Chưa nhập (bắt buộc).',
    ]);
    expect(errorsOf({ members: null, attended: '  ', thematic_held: undefined }, 'draft')).toEqual([]);
  });

  it('checks types, ranges and choices', () => {
    expect(
      errorsOf({ ...good, members: '20', attended: 2.5, attendance_rate: 120, score: 8.25, smallest_meeting: -1, thematic_held: 'có', quality: 'excellent', highlights: 5 }),
    ).toEqual([
      'members: Phải là một số.',
      'attended: Phải là số nguyên.',
      'attendance_rate: Phải từ 0% đến 100%.',
      'score: Tối đa 1 chữ số thập phân.',
      'smallest_meeting: Không được nhỏ hơn 0.',
      'thematic_held: Phải chọn Có hoặc Không.',
      'quality: Phương án "excellent" không có trong danh sách.',
      'highlights: Phải là văn bản.',
    ]);
    expect(errorsOf({ ...good, members: Number.NaN })).toEqual(['members: Phải là một số.']);
    expect(errorsOf({ ...good, highlights: 'x'.repeat(2001) })).toEqual(['highlights: Dài 2001 ký tự; tối đa 2000 ký tự.']);
  });

  it('refuses fields the template does not have, even prototype names', () => {
    expect(errorsOf({ ...good, extra: 1, constructor: 2 })).toEqual([
      'extra: Trường "extra" không có trong mẫu báo cáo này.',
      'constructor: Trường "constructor" không có trong mẫu báo cáo này.',
    ]);
  });

  it('checks table rows cell by cell', () => {
    const rows = [{ kind: 'regular', present: 'mười' }, 'row', { kind: 'other', present: 3, who: 'x' }, ...Array(8).fill({ kind: 'regular', present: 1 })];
    expect(errorsOf({ ...good, meetings: rows })).toEqual([
      'meetings: Tối đa 10 dòng; đang có 11.',
      'meetings.0.present: Dòng 1: phải là một số.',
      'meetings.1: Dòng 2 không hợp lệ.',
      'meetings.2.who: Dòng 3: cột "who" không có trong bảng.',
      'meetings.2.kind: Dòng 3: phương án "other" không có trong danh sách.',
    ]);
    expect(errorsOf({ ...good, meetings: [{ hours: 1 }] })).toEqual(['meetings.0.kind: Dòng 1: chưa nhập (bắt buộc).', 'meetings.0.present: Dòng 1: chưa nhập (bắt buộc).']);
    expect(errorsOf({ ...good, meetings: [{ hours: 1 }] }, 'draft')).toEqual([]);
    expect(errorsOf({ ...good, meetings: 'x' })).toEqual(['meetings: Phải là danh sách các dòng.']);
  });

  it('applies cross-field rules with both numbers, and skips them when one is missing', () => {
    expect(errorsOf({ ...good, attended: 25 })).toEqual(['attended: "Lượt đảng viên dự sinh hoạt" (25) phải ≤ "Tổng số đảng viên" (20).']);
    expect(errorsOf({ attended: 25 }, 'draft')).toEqual([]);
    const custom = structuredClone(template);
    custom.rules = [{ left: 'members', op: 'eq', right: 'attended', message: 'Mọi đảng viên phải dự.' }];
    expect(validateReportValues(custom, good).errors.map((e) => e.message)).toEqual(['Mọi đảng viên phải dự.']);
  });

  it('handles multiple choice', () => {
    const multi = structuredClone(template);
    const quality = multi.fields[7];
    if (quality?.type !== 'choice') throw new Error('fixture');
    quality.multiple = true;
    expect(validateReportValues(multi, { ...good, quality: ['good', 'fair'] }).ok).toBe(true);
    expect(validateReportValues(multi, { ...good, quality: ['good', 'good'] }).errors[0]?.message).toBe('Một phương án được chọn hai lần.');
    expect(validateReportValues(multi, { ...good, quality: 'good' }).errors[0]?.message).toBe('Phải là danh sách các phương án.');
  });

  it('never throws, and keeps only values that pass', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('members', 'attended', 'quality', 'meetings', 'score', 'x'), fc.anything())), fc.constantFrom('submit', 'draft' as const), (input, mode) => {
      const result = validateReportValues(template, input, mode as 'submit' | 'draft');
      expect(result.ok).toBe(result.errors.length === 0);
      const again = validateReportValues(template, result.values, 'draft');
      expect(again.errors.filter((e) => !e.message.includes('phải ≤'))).toEqual([]);
    }));
  });

  it('refuses a non-object', () => {
    for (const input of [null, 3, 'x', [1]]) expect(errorsOf(input)).toEqual([': Dữ liệu báo cáo phải là một bảng giá trị theo mã trường.']);
  });
});

describe('withDerivedRatios', () => {
  it('computes an empty ratio field from its parts, and keeps a typed one', () => {
    expect(withDerivedRatios(template, { members: 30, attended: 20 })).toEqual({ members: 30, attended: 20, attendance_rate: 66.7 });
    expect(withDerivedRatios(template, { members: 30, attended: 20, attendance_rate: 70 }).attendance_rate).toBe(70);
    expect(withDerivedRatios(template, { members: 0, attended: 0 })).toEqual({ members: 0, attended: 0 });
    expect(withDerivedRatios(template, { attended: 3 })).toEqual({ attended: 3 });
  });
});
