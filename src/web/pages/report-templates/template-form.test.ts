import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../domain/reports/template.ts';
import {
  anchoredErrors,
  emptyField,
  emptyTemplate,
  errorAnchor,
  fromDefinition,
  keyFromLabel,
  numericFieldOptions,
  placeErrors,
  type TemplateFormState,
  toDefinition,
  withType,
} from './template-form.ts';

function attendanceState(): TemplateFormState {
  const state = emptyTemplate();
  state.name = '  Báo cáo sinh hoạt chi bộ  ';
  state.fields = [
    { ...emptyField('integer'), label: 'Số đảng viên', key: 'so_dang_vien', prefill: 'members' },
    { ...emptyField('integer'), label: 'Số đảng viên tham dự', key: 'so_dang_vien_tham_du', min: 0, max: null },
    { ...emptyField('percent'), label: 'Tỷ lệ tham dự', key: 'ty_le', aggregation: { method: 'ratio', numerator: 'so_dang_vien_tham_du', denominator: 'so_dang_vien' } },
    { ...emptyField('table'), label: 'Chủ đề', key: 'chu_de', columns: [{ ...emptyField('choice'), type: 'choice', label: 'Mức độ', key: 'muc_do', options: [{ label: 'Cao', value: 'cao', autoKey: true }] }] },
  ];
  state.rules = [{ left: 'so_dang_vien_tham_du', op: 'lte', right: 'so_dang_vien' }];
  return state;
}

describe('keyFromLabel', () => {
  it('folds Vietnamese diacritics and đ into a snake-case key', () => {
    expect(keyFromLabel('Số đảng viên tham dự')).toBe('so_dang_vien_tham_du');
    expect(keyFromLabel('  Tỷ lệ (%) — Đoàn viên ')).toBe('ty_le_doan_vien');
  });

  it('starts with a letter and numbers a taken key', () => {
    expect(keyFromLabel('2025 kết quả')).toBe('f_2025_ket_qua');
    expect(keyFromLabel('Số đảng viên', ['so_dang_vien', 'so_dang_vien_2'])).toBe('so_dang_vien_3');
    expect(keyFromLabel('!!!')).toBe('');
  });

  it('keeps keys within the 63 characters the schema allows', () => {
    expect(keyFromLabel('rất '.repeat(40), ['']).length).toBeLessThanOrEqual(63);
    expect(keyFromLabel('a'.repeat(80), ['a'.repeat(56)])).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
  });
});

describe('toDefinition', () => {
  it('builds a definition the domain accepts, with only the type’s own settings', () => {
    const definition = toDefinition(attendanceState());
    const parsed = parseTemplate(definition);
    expect(parsed.ok).toBe(true);
    expect(definition.name).toBe('Báo cáo sinh hoạt chi bộ');
    const fields = definition.fields as Record<string, unknown>[];
    expect(fields[0]).toEqual({ key: 'so_dang_vien', label: 'Số đảng viên', required: false, type: 'integer', aggregation: { method: 'sum' }, prefill: 'members' });
    expect(fields[1]).not.toHaveProperty('max');
    expect(fields[3]).toEqual({
      key: 'chu_de',
      label: 'Chủ đề',
      required: false,
      type: 'table',
      columns: [{ key: 'muc_do', label: 'Mức độ', required: false, type: 'choice', options: [{ value: 'cao', label: 'Cao' }], multiple: false }],
    });
    expect(definition.rules).toEqual([{ left: 'so_dang_vien_tham_du', op: 'lte', right: 'so_dang_vien' }]);
  });

  it('sends only the chosen variant of reporters, recipient and deadline', () => {
    const state = attendanceState();
    state.reporters = { by: 'units', kinds: ['cell'], types: ['youth'] };
    state.reporterUnits = ['7d4b1c1e-8f0a-4a57-9d7e-3a3c0f5f6b10', null];
    state.recipient = { to: 'department', code: ' BTG ' };
    state.periodType = 'ad_hoc';
    state.deadline = { rule: 'fixed_date', days: 3, day: 5, date: '2026-12-15' };
    const definition = toDefinition(state);
    expect(definition).toMatchObject({
      reporters: { by: 'units', unitIds: ['7d4b1c1e-8f0a-4a57-9d7e-3a3c0f5f6b10'] },
      recipient: { to: 'department', code: 'BTG' },
      deadline: { rule: 'fixed_date', date: '2026-12-15' },
    });
    expect(parseTemplate(definition).ok).toBe(true);
  });

  it('drops an aggregation the type cannot take', () => {
    const field = { ...emptyField('short_text'), label: 'Ghi chú', key: 'ghi_chu', aggregation: { method: 'sum' as const } };
    const state = { ...attendanceState(), fields: [field] };
    expect((toDefinition(state).fields as Record<string, unknown>[])[0]).not.toHaveProperty('aggregation');
  });
});

describe('fromDefinition', () => {
  it('round-trips a checked definition', () => {
    const parsed = parseTemplate(toDefinition(attendanceState()));
    if (!parsed.ok) throw new Error('fixture');
    const state = fromDefinition(parsed.template);
    expect(state.fields.every((field) => !field.autoKey)).toBe(true);
    expect(parseTemplate(toDefinition(state))).toEqual(parsed);
  });
});

describe('withType', () => {
  it('keeps the names and starts the type’s settings afresh', () => {
    const field = { ...emptyField('integer'), label: 'Đánh giá', key: 'danh_gia', min: 1 };
    const choice = withType(field, 'choice');
    expect(choice).toMatchObject({ label: 'Đánh giá', key: 'danh_gia', type: 'choice', aggregation: { method: 'none' } });
    expect(choice.options).toHaveLength(1);
    expect(choice.min).toBeUndefined();
    expect(withType(field, 'table').columns).toHaveLength(1);
  });
});

describe('server errors', () => {
  it('anchor each path on the form item that shows it', () => {
    expect(errorAnchor('fields.2.aggregation.numerator')).toEqual(['fields', 2, 'aggregation', 'numerator']);
    expect(errorAnchor('fields.2.aggregation')).toEqual(['fields', 2, 'aggregation', 'method']);
    expect(errorAnchor('fields.0.min')).toEqual(['fields', 0, 'min']);
    expect(errorAnchor('fields.1')).toEqual(['fields', 1, 'label']);
    expect(errorAnchor('fields.3.columns.0.options.1.value')).toEqual(['fields', 3, 'columns', 0, 'options', 1, 'value']);
    expect(errorAnchor('fields.3.columns')).toEqual(['fields', 3, 'columns', 0, 'label']);
    expect(errorAnchor('rules.0')).toEqual(['rules', 0, 'left']);
    expect(errorAnchor('rules.1.right')).toEqual(['rules', 1, 'right']);
    expect(errorAnchor('deadline')).toEqual(['deadline', 'rule']);
    expect(errorAnchor('reporters.kinds')).toEqual(['reporters', 'kinds']);
    expect(errorAnchor('reporters.unitIds.0')).toEqual(['reporterUnits']);
    expect(errorAnchor('body.definition.name')).toEqual(['name']);
    expect(errorAnchor('fields')).toBeNull();
    expect(errorAnchor('')).toBeNull();
  });

  it('group messages per item and say which field or rule each is about', () => {
    const errors = [
      { path: 'fields.0.min', message: 'a' },
      { path: 'fields.0.min', message: 'b' },
      { path: 'fields', message: 'c' },
      { path: 'fields.3.columns.1.key', message: 'd' },
      { path: 'rules.2', message: 'e' },
    ];
    expect(anchoredErrors(errors)).toEqual([
      { name: ['fields', 0, 'min'], errors: ['a', 'b'] },
      { name: ['fields', 3, 'columns', 1, 'key'], errors: ['d'] },
      { name: ['rules', 2, 'left'], errors: ['e'] },
    ]);
    expect(placeErrors(errors).map(({ field, column, rule }) => ({ field, column, rule }))).toEqual([
      { field: 0, column: undefined, rule: undefined },
      { field: 0, column: undefined, rule: undefined },
      { field: undefined, column: undefined, rule: undefined },
      { field: 3, column: 1, rule: undefined },
      { field: undefined, column: undefined, rule: 2 },
    ]);
  });
});

describe('numericFieldOptions', () => {
  it('offers the keyed numeric fields by label', () => {
    const fields = attendanceState().fields;
    expect(numericFieldOptions(fields, ['integer'])).toEqual([
      { value: 'so_dang_vien', label: 'Số đảng viên' },
      { value: 'so_dang_vien_tham_du', label: 'Số đảng viên tham dự' },
    ]);
    expect(numericFieldOptions([{ key: '', label: 'x', type: 'integer' }])).toEqual([]);
  });
});
