import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../domain/reports/template.ts';
import { meetingsTemplateInput } from '../../../domain/reports/test-fixtures.ts';
import { errorAt, errorPlaces, errorsNotEdited, formFromValues, groupBySection, inputIdOf, numberText, percentText, valuesFromForm } from './report-form.ts';

const parsed = parseTemplate(meetingsTemplateInput);
if (!parsed.ok) throw new Error('fixture template does not parse');
const template = parsed.template;

describe('report form', () => {
  it('groups fields by section in the order sections first appear', () => {
    const fields = template.fields.slice(0, 4).map((field, i) => ({ ...field, section: ['A', 'B', 'A', undefined][i] }));
    const groups = groupBySection(fields);
    expect(groups.map((group) => [group.section, group.fields.map((field) => field.key)])).toEqual([
      ['A', ['members', 'attendance_rate']],
      ['B', ['attended']],
      [null, ['score']],
    ]);
    expect(groupBySection([])).toEqual([]);
  });

  it('sends only filled answers and filled table rows', () => {
    const values = valuesFromForm(template, {
      members: 12,
      attended: null,
      highlights: '   ',
      quality: 'good',
      thematic_held: false,
      meetings: [{ kind: 'regular', present: 10, topic: '' }, { kind: undefined, present: null }, undefined],
      unknown_key: 5,
    });
    expect(values).toEqual({ members: 12, quality: 'good', thematic_held: false, meetings: [{ kind: 'regular', present: 10 }] });
    expect(valuesFromForm(template, { meetings: [] })).toEqual({});
  });

  it('starts the form from stored values, a table always as rows', () => {
    const form = formFromValues(template, { members: 3, meetings: [{ kind: 'thematic', present: 3 }] });
    expect(form).toEqual({ members: 3, meetings: [{ kind: 'thematic', present: 3 }] });
    expect(formFromValues(template, {}).meetings).toEqual([]);
    expect(valuesFromForm(template, formFromValues(template, { members: 3, thematic_held: true }))).toEqual({ members: 3, thematic_held: true });
  });

  it('puts each error at its field, table cell or row', () => {
    const places = errorPlaces([
      { path: ['members'], message: 'Chưa nhập (bắt buộc).' },
      { path: ['attended'], message: 'Không được nhỏ hơn 0.' },
      { path: ['attended'], message: '"Lượt đảng viên dự sinh hoạt" (15) phải ≤ "Tổng số đảng viên" (12).' },
      { path: ['meetings', 1, 'present'], message: 'Dòng 2: chưa nhập (bắt buộc).' },
      { path: [], message: 'Dữ liệu không hợp lệ.' },
    ]);
    expect(errorAt(places, ['members'])).toBe('Chưa nhập (bắt buộc).');
    expect(errorAt(places, ['attended'])).toContain('phải ≤');
    expect(errorAt(places, ['meetings', 1, 'present'])).toBe('Dòng 2: chưa nhập (bắt buộc).');
    expect(errorAt(places, ['meetings', 0, 'present'])).toBeUndefined();
    expect(errorAt(places, [])).toBe('Dữ liệu không hợp lệ.');
    expect(inputIdOf(['members'])).toBe('report_members');
    expect(inputIdOf(['meetings', 1, 'present'])).toBe('report_meetings_1_present');
    expect(inputIdOf(['meetings', 1])).toBe('report_meetings');
    expect(inputIdOf([])).toBeUndefined();
  });

  it('stops showing a problem once its field is changed, until the next check', () => {
    const errors = [{ path: ['members'] }, { path: ['meetings', 0, 'present'] }, { path: ['attended'] }];
    expect(errorsNotEdited(errors, new Set(['members', 'meetings']))).toEqual([{ path: ['attended'] }]);
    expect(errorsNotEdited(errors, new Set())).toEqual(errors);
  });

  it('writes figures and shares in the reader’s language', () => {
    expect(percentText(85.55, 'vi')).toBe('85,6 %');
    expect(percentText(50, 'en')).toBe('50 %');
    expect(percentText(null, 'vi')).toBe('—');
    expect(numberText(1234.5, 'vi')).toBe('1.234,5');
    expect(numberText(null, 'en')).toBe('—');
  });
});
