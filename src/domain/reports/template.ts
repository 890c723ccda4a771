/**
 * A report template (mẫu báo cáo): the definition of one version of a periodic report —
 * its fields, how each numeric field aggregates, cross-field rules, the period type, who
 * reports, who receives and the deadline rule. The zod schema checks the shape; `parseTemplate`
 * adds the checks that need the whole definition (duplicate keys, references between fields,
 * ranges, the privacy rule) and answers in Vietnamese.
 *
 * A template version is immutable once reports exist: the server stores the parsed JSON per
 * version, and reports point at the version they were filled against.
 */
import { z } from 'zod';
import { associationTypes, unitKinds } from '../unit-kinds.ts';
import { isIsoDate } from '../periods.ts';
import { fieldTypeLabels, prefillSources, templatePeriodTypes } from './labels.ts';
import { privacyProblems } from './privacy.ts';

export { aggregationLabels, fieldTypeLabels, periodTypeLabels, prefillSourceLabels, prefillSources, templatePeriodTypes, type PrefillSource, type TemplatePeriodType } from './labels.ts';

/** Stable machine key of a field, column or option: `so_dang_vien`, `attended`. */
export const keyPattern = /^[a-z][a-z0-9_]{0,62}$/;
const keySchema = z
  .string()
  .regex(keyPattern, { error: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng một chữ cái (ví dụ: so_dang_vien).' });

const labelSchema = z.string().trim().min(1, { error: 'Tên hiển thị không được để trống.' }).max(300);
/** zod 4 numbers are finite: Infinity and NaN are refused. */
const finite = z.number();

const common = {
  key: keySchema,
  label: labelSchema,
  help: z.string().trim().max(2000).optional(),
  required: z.boolean().default(false),
};
const range = { min: finite.optional(), max: finite.optional() };

export const numericAggregationMethods = ['sum', 'average', 'min', 'max', 'ratio'] as const;

const numericAggregationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('sum') }),
  z.strictObject({ method: z.literal('average') }),
  z.strictObject({ method: z.literal('min') }),
  z.strictObject({ method: z.literal('max') }),
  /** Σ numerator ÷ Σ denominator × 100, over the reports that give both. */
  z.strictObject({ method: z.literal('ratio'), numerator: keySchema, denominator: keySchema }),
]);
const yesNoAggregationSchema = z.strictObject({ method: z.literal('count_yes') });

const optionSchema = z.strictObject({ value: keySchema, label: labelSchema });

const integerColumn = z.strictObject({ ...common, type: z.literal('integer'), ...range, unit: z.string().trim().max(40).optional() });
const percentColumn = z.strictObject({ ...common, type: z.literal('percent'), ...range });
const decimalColumn = z.strictObject({
  ...common,
  type: z.literal('decimal'),
  ...range,
  decimals: z.int().min(0).max(6).optional(),
  unit: z.string().trim().max(40).optional(),
});
const yesNoColumn = z.strictObject({ ...common, type: z.literal('yes_no') });
const choiceColumn = z.strictObject({
  ...common,
  type: z.literal('choice'),
  options: z.array(optionSchema).min(1, { error: 'Trường lựa chọn cần ít nhất một phương án.' }),
  multiple: z.boolean().default(false),
});
const shortTextColumn = z.strictObject({ ...common, type: z.literal('short_text'), maxLength: z.int().min(1).max(2000).default(500) });
const longTextColumn = z.strictObject({ ...common, type: z.literal('long_text'), maxLength: z.int().min(1).max(50_000).default(10_000) });

/** A column of a repeating table: any scalar type, no aggregation of its own (numeric columns are summed). */
export const columnSchema = z.discriminatedUnion('type', [
  integerColumn,
  percentColumn,
  decimalColumn,
  yesNoColumn,
  choiceColumn,
  shortTextColumn,
]);

const section = { section: z.string().trim().max(300).optional() };
export const fieldSchema = z.discriminatedUnion('type', [
  integerColumn.extend({ ...section, aggregation: numericAggregationSchema.optional(), prefill: z.enum(prefillSources).optional() }),
  percentColumn.extend({ ...section, aggregation: numericAggregationSchema.optional() }),
  decimalColumn.extend({ ...section, aggregation: numericAggregationSchema.optional() }),
  yesNoColumn.extend({ ...section, aggregation: yesNoAggregationSchema.optional() }),
  choiceColumn.extend(section),
  shortTextColumn.extend(section),
  longTextColumn.extend(section),
  z.strictObject({
    ...common,
    ...section,
    type: z.literal('table'),
    columns: z.array(columnSchema).min(1, { error: 'Bảng cần ít nhất một cột.' }),
    minRows: z.int().min(0).optional(),
    maxRows: z.int().min(1).max(1000).optional(),
  }),
]);

export const comparisonOperators = ['lte', 'gte', 'eq'] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];
export const comparisonSymbols: Record<ComparisonOperator, string> = { lte: '≤', gte: '≥', eq: '=' };

/** A cross-field rule on two numeric fields: "attended ≤ members". */
export const ruleSchema = z.strictObject({
  left: keySchema,
  op: z.enum(comparisonOperators),
  right: keySchema,
  /** Shown instead of the generated message when the rule fails. */
  message: z.string().trim().max(300).optional(),
});

export const reportersSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('unit_kind'), kinds: z.array(z.enum(unitKinds)).min(1, { error: 'Chọn ít nhất một loại đơn vị.' }) }),
  z.strictObject({
    by: z.literal('association_type'),
    types: z.array(z.enum(associationTypes)).min(1, { error: 'Chọn ít nhất một loại đoàn thể.' }),
  }),
  z.strictObject({ by: z.literal('units'), unitIds: z.array(z.guid({ error: 'Mã đơn vị không hợp lệ.' })).min(1, { error: 'Chọn ít nhất một đơn vị.' }) }),
]);

export const recipientSchema = z.discriminatedUnion('to', [
  z.strictObject({ to: z.literal('parent') }),
  /** A department of the committee above, by its unit code: "BTG", "BDV". */
  z.strictObject({ to: z.literal('department'), code: z.string().trim().regex(/^[A-ZĐ0-9][A-ZĐ0-9-]{0,19}$/, { error: 'Mã ban viết hoa, ví dụ: BTG.' }) }),
]);

export const deadlineSchema = z.discriminatedUnion('rule', [
  /** N days after the last day of the period (0 = the last day itself). */
  z.strictObject({ rule: z.literal('days_after_end'), days: z.int().min(0).max(366) }),
  /** A day of the month following the period; 31 means the last day of a shorter month. */
  z.strictObject({ rule: z.literal('day_of_next_month'), day: z.int().min(1).max(31) }),
  /** Ad hoc reports: one fixed date, which also names the round. */
  z.strictObject({ rule: z.literal('fixed_date'), date: z.string().refine(isIsoDate, { error: 'Ngày không hợp lệ (YYYY-MM-DD).' }) }),
]);

export const templateSchema = z.strictObject({
  name: labelSchema,
  description: z.string().trim().max(5000).optional(),
  periodType: z.enum(templatePeriodTypes),
  reporters: reportersSchema,
  recipient: recipientSchema,
  deadline: deadlineSchema,
  fields: z.array(fieldSchema).min(1, { error: 'Mẫu báo cáo cần ít nhất một trường.' }),
  rules: z.array(ruleSchema).default([]),
});

export type ReportTemplate = z.output<typeof templateSchema>;
export type ReportTemplateInput = z.input<typeof templateSchema>;
export type TemplateField = ReportTemplate['fields'][number];
export type TableField = Extract<TemplateField, { type: 'table' }>;
export type TableColumn = z.output<typeof columnSchema>;
export type FieldType = TemplateField['type'];
// Every field type has its label.
fieldTypeLabels satisfies Record<FieldType, string>;
export type NumericField = Extract<TemplateField, { type: 'integer' | 'percent' | 'decimal' }>;
export type Aggregation = z.output<typeof numericAggregationSchema> | z.output<typeof yesNoAggregationSchema>;
export type CrossFieldRule = z.output<typeof ruleSchema>;
export type Reporters = z.output<typeof reportersSchema>;
export type Recipient = z.output<typeof recipientSchema>;
export type DeadlineRule = z.output<typeof deadlineSchema>;

export const numericTypes: readonly FieldType[] = ['integer', 'percent', 'decimal'];
export function isNumeric(field: { type: FieldType }): boolean {
  return numericTypes.includes(field.type);
}

/** The range a numeric value must lie in; a percent defaults to 0–100. */
export function numericRange(field: TemplateField | TableColumn): { min?: number; max?: number } {
  if (field.type === 'percent') return { min: field.min ?? 0, max: field.max ?? 100 };
  if (field.type === 'integer' || field.type === 'decimal') return { min: field.min, max: field.max };
  return {};
}

export interface TemplateIssue {
  path: (string | number)[];
  message: string;
}

export type TemplateResult = { ok: true; template: ReportTemplate } | { ok: false; issues: TemplateIssue[] };

/** Parses and checks a template definition; never throws. */
export function parseTemplate(input: unknown): TemplateResult {
  const parsed = templateSchema.safeParse(input, { error: vietnameseZodMessage });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(pathPart), message: issue.message })) };
  }
  const issues = templateProblems(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, template: parsed.data };
}

/** The checks that need the whole definition, on an already well-shaped template. */
export function templateProblems(template: ReportTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const byKey = new Map<string, TemplateField>();
  template.fields.forEach((field, i) => {
    const path = ['fields', i];
    if (byKey.has(field.key)) issues.push({ path: [...path, 'key'], message: `Mã trường "${field.key}" bị trùng.` });
    else byKey.set(field.key, field);
    issues.push(...rangeProblems(field, path));
    if (field.type === 'table') {
      const columnKeys = new Set<string>();
      field.columns.forEach((column, j) => {
        const columnPath = [...path, 'columns', j];
        if (columnKeys.has(column.key)) issues.push({ path: [...columnPath, 'key'], message: `Mã cột "${column.key}" bị trùng trong bảng "${field.label}".` });
        columnKeys.add(column.key);
        issues.push(...rangeProblems(column, columnPath));
      });
      if (field.minRows !== undefined && field.maxRows !== undefined && field.minRows > field.maxRows) {
        issues.push({ path: [...path, 'minRows'], message: `Số dòng tối thiểu (${field.minRows}) lớn hơn số dòng tối đa (${field.maxRows}).` });
      }
    }
  });

  template.fields.forEach((field, i) => {
    if (field.type !== 'integer' && field.type !== 'percent' && field.type !== 'decimal') return;
    const aggregation = field.aggregation;
    if (!aggregation) return;
    const path = ['fields', i, 'aggregation'];
    if (field.type === 'percent' && aggregation.method === 'sum') {
      issues.push({ path, message: `Không thể cộng dồn tỷ lệ "${field.label}"; hãy dùng tỷ lệ giữa hai tổng hoặc trung bình.` });
    }
    if (aggregation.method !== 'ratio') return;
    for (const side of ['numerator', 'denominator'] as const) {
      const key = aggregation[side];
      const named = byKey.get(key);
      const role = side === 'numerator' ? 'Tử số' : 'Mẫu số';
      if (!named) issues.push({ path: [...path, side], message: `${role} của "${field.label}" nêu trường "${key}" không có trong mẫu.` });
      else if (named.type !== 'integer' && named.type !== 'decimal') {
        issues.push({ path: [...path, side], message: `${role} của "${field.label}" phải là trường số nguyên hoặc số thập phân; "${named.label}" là ${fieldTypeLabels[named.type].toLowerCase()}.` });
      } else if (key === field.key) {
        issues.push({ path: [...path, side], message: `Tỷ lệ "${field.label}" không thể tính từ chính nó.` });
      }
    }
  });

  template.rules.forEach((rule, i) => {
    for (const side of ['left', 'right'] as const) {
      const named = byKey.get(rule[side]);
      if (!named) issues.push({ path: ['rules', i, side], message: `Ràng buộc nêu trường "${rule[side]}" không có trong mẫu.` });
      else if (!isNumeric(named)) issues.push({ path: ['rules', i, side], message: `Ràng buộc chỉ so sánh các trường số; "${named.label}" là ${fieldTypeLabels[named.type].toLowerCase()}.` });
    }
    if (rule.left === rule.right) issues.push({ path: ['rules', i], message: 'Ràng buộc phải so sánh hai trường khác nhau.' });
  });

  const adHoc = template.periodType === 'ad_hoc';
  if (adHoc !== (template.deadline.rule === 'fixed_date')) {
    issues.push({
      path: ['deadline', 'rule'],
      message: adHoc ? 'Báo cáo đột xuất cần một hạn nộp là ngày cụ thể.' : 'Hạn nộp là ngày cụ thể chỉ dùng cho báo cáo đột xuất; báo cáo định kỳ tính hạn theo kỳ.',
    });
  }
  issues.push(...privacyProblems(template));
  return issues;
}

function rangeProblems(field: TemplateField | TableColumn, path: (string | number)[]): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const { min, max } = numericRange(field);
  if (min !== undefined && max !== undefined && min > max) {
    issues.push({ path: [...path, 'min'], message: `"${field.label}": giá trị nhỏ nhất (${min}) lớn hơn giá trị lớn nhất (${max}).` });
  }
  if (field.type === 'choice') {
    const seen = new Set<string>();
    field.options.forEach((option, k) => {
      if (seen.has(option.value)) issues.push({ path: [...path, 'options', k, 'value'], message: `"${field.label}": phương án "${option.value}" bị trùng.` });
      seen.add(option.value);
    });
  }
  return issues;
}

const typeNames: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
};

/** Vietnamese messages for the zod issues not given a message in the schema. */
function vietnameseZodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Thiếu thông tin bắt buộc.' : `Sai kiểu dữ liệu: cần ${typeNames[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Không được để trống.' : `Cần ít nhất ${issue.minimum} ký tự.`;
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} mục.`;
      return `Giá trị phải ${issue.inclusive ? '≥' : '>'} ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${issue.maximum} ký tự.`;
      if (issue.origin === 'array') return `Tối đa ${issue.maximum} mục.`;
      return `Giá trị phải ${issue.inclusive ? '≤' : '<'} ${issue.maximum}.`;
    case 'invalid_value':
      return `Giá trị không hợp lệ; chỉ nhận: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_union':
      return 'Loại không hợp lệ.';
    case 'unrecognized_keys':
      return `Thuộc tính không dùng được ở đây: ${issue.keys.join(', ')}.`;
    default:
      return 'Giá trị không hợp lệ.';
  }
}

function pathPart(part: PropertyKey): string | number {
  return typeof part === 'number' ? part : String(part);
}
