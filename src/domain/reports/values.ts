/**
 * Checks a unit's report values against the template version it was filled on: types,
 * required fields, ranges, choices, table rows and cross-field rules. Every problem is
 * reported at once, with a Vietnamese message and a path (field key, then row index and
 * column key for tables); nothing throws, whatever the input.
 *
 * A draft is checked in `draft` mode: what is filled must be right, but nothing is required,
 * so an incomplete draft can always be saved and never lost.
 */
import { numericRange, comparisonSymbols, type ReportTemplate, type TableColumn, type TemplateField } from './template.ts';

export type ScalarValue = number | boolean | string | string[];
export type TableRow = Record<string, ScalarValue>;
export type FieldValue = ScalarValue | TableRow[];
/** Values by field key; an empty or missing answer is absent. */
export type ReportValues = Record<string, FieldValue>;

export interface ValueError {
  /** `[fieldKey]`, or `[tableKey, rowIndex, columnKey]` for a cell, `[tableKey, rowIndex]` for a row. */
  path: (string | number)[];
  /** The label of the field or column, for a summary of errors. */
  label: string;
  message: string;
}

export interface ValuesResult {
  ok: boolean;
  /** The values that passed, normalized (texts trimmed, empty answers dropped). */
  values: ReportValues;
  errors: ValueError[];
}

export type ValidationMode = 'submit' | 'draft';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
export const formatNumber = (value: number) => numberFormat.format(value);

export function validateReportValues(template: ReportTemplate, input: unknown, mode: ValidationMode = 'submit'): ValuesResult {
  const errors: ValueError[] = [];
  const values: ReportValues = {};
  if (!isRecord(input)) {
    return { ok: false, values, errors: [{ path: [], label: template.name, message: 'Dữ liệu báo cáo phải là một bảng giá trị theo mã trường.' }] };
  }
  const known = new Set(template.fields.map((field) => field.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) errors.push({ path: [key], label: key, message: `Trường "${key}" không có trong mẫu báo cáo này.` });
  }
  for (const field of template.fields) {
    const raw = own(input, field.key);
    if (field.type === 'table') {
      const rows = checkTable(field, raw, mode, errors);
      if (rows) values[field.key] = rows;
      continue;
    }
    const checked = checkScalar(field, raw, mode);
    if ('error' in checked) errors.push({ path: [field.key], label: field.label, message: checked.error });
    else if (checked.value !== undefined) values[field.key] = checked.value;
  }
  errors.push(...ruleErrors(template, values));
  return { ok: errors.length === 0, values, errors };
}

/** The cross-field rules that fail on the given (already valid) values; rules with a missing side are skipped. */
export function ruleErrors(template: ReportTemplate, values: ReportValues): ValueError[] {
  const errors: ValueError[] = [];
  const labels = new Map(template.fields.map((field) => [field.key, field.label]));
  for (const rule of template.rules) {
    const left = values[rule.left];
    const right = values[rule.right];
    if (typeof left !== 'number' || typeof right !== 'number') continue;
    const holds = rule.op === 'lte' ? left <= right : rule.op === 'gte' ? left >= right : left === right;
    if (holds) continue;
    const leftLabel = labels.get(rule.left) ?? rule.left;
    errors.push({
      path: [rule.left],
      label: leftLabel,
      message:
        rule.message ??
        `"${leftLabel}" (${formatNumber(left)}) phải ${comparisonSymbols[rule.op]} "${labels.get(rule.right) ?? rule.right}" (${formatNumber(right)}).`,
    });
  }
  return errors;
}

/**
 * A unit's own figure for each field aggregated as a ratio, computed from its numerator and
 * denominator (percent, one decimal) where the unit left it empty — the form shows it read-only.
 */
export function withDerivedRatios(template: ReportTemplate, values: ReportValues): ReportValues {
  const derived: ReportValues = { ...values };
  for (const field of template.fields) {
    if (!('aggregation' in field) || field.aggregation?.method !== 'ratio' || Object.hasOwn(values, field.key)) continue;
    const top = values[field.aggregation.numerator];
    const bottom = values[field.aggregation.denominator];
    if (typeof top === 'number' && typeof bottom === 'number' && bottom > 0) derived[field.key] = Math.round((top / bottom) * 1000) / 10;
  }
  return derived;
}

type Checked = { value: ScalarValue | undefined } | { error: string };

function checkScalar(field: Exclude<TemplateField, { type: 'table' }> | TableColumn, raw: unknown, mode: ValidationMode): Checked {
  const trimmed = typeof raw === 'string' ? raw.trim() : raw;
  if (trimmed === undefined || trimmed === null || trimmed === '' || (Array.isArray(trimmed) && trimmed.length === 0)) {
    return field.required && mode === 'submit' ? { error: 'Chưa nhập (bắt buộc).' } : { value: undefined };
  }
  switch (field.type) {
    case 'integer':
    case 'percent':
    case 'decimal': {
      if (typeof trimmed !== 'number' || !Number.isFinite(trimmed)) return { error: 'Phải là một số.' };
      if (field.type === 'integer' && !Number.isInteger(trimmed)) return { error: 'Phải là số nguyên.' };
      if (field.type === 'decimal' && field.decimals !== undefined && !hasAtMostDecimals(trimmed, field.decimals)) {
        return { error: field.decimals === 0 ? 'Không được có phần thập phân.' : `Tối đa ${field.decimals} chữ số thập phân.` };
      }
      const { min, max } = numericRange(field);
      const suffix = field.type === 'percent' ? '%' : '';
      if (min !== undefined && max !== undefined && (trimmed < min || trimmed > max)) {
        return { error: `Phải từ ${formatNumber(min)}${suffix} đến ${formatNumber(max)}${suffix}.` };
      }
      if (min !== undefined && trimmed < min) return { error: `Không được nhỏ hơn ${formatNumber(min)}${suffix}.` };
      if (max !== undefined && trimmed > max) return { error: `Không được lớn hơn ${formatNumber(max)}${suffix}.` };
      return { value: trimmed };
    }
    case 'yes_no':
      return typeof trimmed === 'boolean' ? { value: trimmed } : { error: 'Phải chọn Có hoặc Không.' };
    case 'choice': {
      const allowed = new Set(field.options.map((option) => option.value));
      if (field.multiple) {
        if (!Array.isArray(trimmed) || !trimmed.every((item) => typeof item === 'string')) return { error: 'Phải là danh sách các phương án.' };
        const unknown = trimmed.filter((item) => !allowed.has(item));
        if (unknown.length) return { error: `Phương án không có trong danh sách: ${unknown.join(', ')}.` };
        if (new Set(trimmed).size !== trimmed.length) return { error: 'Một phương án được chọn hai lần.' };
        return { value: trimmed };
      }
      if (typeof trimmed !== 'string') return { error: 'Phải chọn một phương án.' };
      return allowed.has(trimmed) ? { value: trimmed } : { error: `Phương án "${trimmed}" không có trong danh sách.` };
    }
    case 'short_text':
    case 'long_text':
      if (typeof trimmed !== 'string') return { error: 'Phải là văn bản.' };
      return trimmed.length > field.maxLength ? { error: `Dài ${trimmed.length} ký tự; tối đa ${field.maxLength} ký tự.` } : { value: trimmed };
  }
}

function checkTable(field: Extract<TemplateField, { type: 'table' }>, raw: unknown, mode: ValidationMode, errors: ValueError[]): TableRow[] | undefined {
  const error = (message: string, path: (string | number)[] = [field.key], label = field.label) => errors.push({ path, label, message });
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) {
    if (mode === 'submit' && field.required) error('Chưa nhập dòng nào (bắt buộc).');
    else if (mode === 'submit' && field.minRows) error(`Cần ít nhất ${field.minRows} dòng.`);
    return undefined;
  }
  if (!Array.isArray(raw)) {
    error('Phải là danh sách các dòng.');
    return undefined;
  }
  if (mode === 'submit' && field.minRows !== undefined && raw.length < field.minRows) error(`Cần ít nhất ${field.minRows} dòng; mới có ${raw.length}.`);
  if (field.maxRows !== undefined && raw.length > field.maxRows) error(`Tối đa ${field.maxRows} dòng; đang có ${raw.length}.`);
  const columns = new Set(field.columns.map((column) => column.key));
  const rows: TableRow[] = [];
  raw.forEach((rawRow: unknown, index) => {
    if (!isRecord(rawRow)) {
      error(`Dòng ${index + 1} không hợp lệ.`, [field.key, index]);
      return;
    }
    for (const key of Object.keys(rawRow)) {
      if (!columns.has(key)) error(`Dòng ${index + 1}: cột "${key}" không có trong bảng.`, [field.key, index, key], key);
    }
    const row: TableRow = {};
    for (const column of field.columns) {
      const checked = checkScalar(column, own(rawRow, column.key), mode);
      if ('error' in checked) error(`Dòng ${index + 1}: ${lowerFirst(checked.error)}`, [field.key, index, column.key], column.label);
      else if (checked.value !== undefined) row[column.key] = checked.value;
    }
    rows.push(row);
  });
  return rows;
}

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a key such as `constructor` must not reach Object.prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
