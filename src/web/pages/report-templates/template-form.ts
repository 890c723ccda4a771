/**
 * The builder's form state and its conversion to and from a template definition.
 *
 * The state has the definition's shape (fields.2.aggregation.numerator is the same path in
 * both), so the server's 422 paths land on the form items; it only adds what editing needs:
 * every variant's inputs at once (reporters, deadline), and `autoKey` while a key still
 * follows its label.
 */
import type { AssociationType, UnitKind } from '../../../domain/unit-kinds.ts';
import type {
  ComparisonOperator,
  FieldType,
  PrefillSource,
  ReportTemplate,
  TableColumn,
  TemplateField,
  TemplatePeriodType,
} from '../../../domain/reports/template.ts';
import { foldVietnamese } from '../../../domain/text.ts';

export type ColumnType = TableColumn['type'];
export type AggregationMethod = 'none' | 'sum' | 'average' | 'min' | 'max' | 'ratio' | 'count_yes';

export interface OptionState {
  label: string;
  value: string;
  autoKey: boolean;
}

interface ScalarState {
  label: string;
  key: string;
  autoKey: boolean;
  help?: string;
  required: boolean;
  min?: number | null;
  max?: number | null;
  unit?: string;
  decimals?: number | null;
  options: OptionState[];
  multiple: boolean;
  maxLength?: number | null;
}

export interface ColumnState extends ScalarState {
  type: ColumnType;
}

export interface FieldState extends ScalarState {
  type: FieldType;
  section?: string;
  aggregation: { method: AggregationMethod; numerator?: string; denominator?: string };
  prefill?: PrefillSource | null;
  columns: ColumnState[];
  minRows?: number | null;
  maxRows?: number | null;
}

export interface RuleState {
  left?: string;
  op: ComparisonOperator;
  right?: string;
  message?: string;
}

export interface TemplateFormState {
  name: string;
  description?: string;
  periodType: TemplatePeriodType;
  reporters: { by: 'unit_kind' | 'association_type' | 'units'; kinds: UnitKind[]; types: AssociationType[] };
  /** Outside `reporters`: the shared unit list field takes a top-level name. */
  reporterUnits: (string | null)[];
  recipient: { to: 'parent' | 'department'; code?: string };
  deadline: { rule: 'days_after_end' | 'day_of_next_month' | 'fixed_date'; days?: number | null; day?: number | null; date?: string | null };
  fields: FieldState[];
  rules: RuleState[];
}

/** "Số đảng viên tham dự" → "so_dang_vien_tham_du"; a number is suffixed when the key is taken. */
export function keyFromLabel(label: string, taken: readonly string[] = []): string {
  let base = foldVietnamese(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 56)
    .replace(/_+$/, '');
  if (base && !/^[a-z]/.test(base)) base = `f_${base}`;
  if (!base || !taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

export const numericFieldTypes: readonly FieldType[] = ['integer', 'percent', 'decimal'];

/** The aggregations offered for a field type; a percent cannot be summed. */
export function aggregationChoices(type: FieldType): AggregationMethod[] {
  if (type === 'integer' || type === 'decimal') return ['none', 'sum', 'average', 'min', 'max', 'ratio'];
  if (type === 'percent') return ['none', 'average', 'min', 'max', 'ratio'];
  if (type === 'yes_no') return ['none', 'count_yes'];
  return [];
}

export function defaultAggregation(type: FieldType): AggregationMethod {
  if (type === 'integer' || type === 'decimal') return 'sum';
  if (type === 'percent') return 'average';
  if (type === 'yes_no') return 'count_yes';
  return 'none';
}

export const emptyOption = (): OptionState => ({ label: '', value: '', autoKey: true });

export function emptyColumn(type: ColumnType = 'short_text'): ColumnState {
  return { label: '', key: '', autoKey: true, required: false, type, options: type === 'choice' ? [emptyOption()] : [], multiple: false };
}

export function emptyField(type: FieldType = 'integer'): FieldState {
  return {
    ...emptyColumn(),
    type,
    options: type === 'choice' ? [emptyOption()] : [],
    aggregation: { method: defaultAggregation(type) },
    columns: type === 'table' ? [emptyColumn()] : [],
  };
}

export function emptyTemplate(): TemplateFormState {
  return {
    name: '',
    periodType: 'quarter',
    reporters: { by: 'unit_kind', kinds: ['cell'], types: [] },
    reporterUnits: [],
    recipient: { to: 'parent' },
    deadline: { rule: 'day_of_next_month', day: 5, days: 5 },
    fields: [emptyField()],
    rules: [],
  };
}

/** What a field keeps when its type changes: its names and help; the type's own settings start afresh. */
export function withType(field: FieldState, type: FieldType): FieldState {
  const fresh = emptyField(type);
  return { ...fresh, label: field.label, key: field.key, autoKey: field.autoKey, help: field.help, required: field.required, section: field.section };
}

// ---- state → definition ----

const text = (value: string | undefined | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};
const num = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Drops the properties left undefined, so the definition carries only what was set. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function scalarToDefinition(item: ScalarState & { type: FieldType }): Record<string, unknown> {
  const base = { key: item.key.trim(), label: item.label.trim(), help: text(item.help), required: item.required, type: item.type };
  switch (item.type) {
    case 'integer':
      return compact({ ...base, min: num(item.min), max: num(item.max), unit: text(item.unit) });
    case 'percent':
      return compact({ ...base, min: num(item.min), max: num(item.max) });
    case 'decimal':
      return compact({ ...base, min: num(item.min), max: num(item.max), decimals: num(item.decimals), unit: text(item.unit) });
    case 'choice':
      return compact({ ...base, options: item.options.map((option) => ({ value: option.value.trim(), label: option.label.trim() })), multiple: item.multiple });
    case 'short_text':
    case 'long_text':
      return compact({ ...base, maxLength: num(item.maxLength) });
    default:
      return compact(base);
  }
}

function aggregationToDefinition(field: FieldState): Record<string, unknown> | undefined {
  const { method, numerator, denominator } = field.aggregation;
  if (method === 'none' || !aggregationChoices(field.type).includes(method)) return undefined;
  return method === 'ratio' ? { method, numerator: numerator ?? '', denominator: denominator ?? '' } : { method };
}

function fieldToDefinition(field: FieldState): Record<string, unknown> {
  const section = text(field.section);
  if (field.type === 'table') {
    return compact({
      ...scalarToDefinition(field),
      section,
      columns: field.columns.map((column) => scalarToDefinition(column)),
      minRows: num(field.minRows),
      maxRows: num(field.maxRows),
    });
  }
  return compact({
    ...scalarToDefinition(field),
    section,
    aggregation: aggregationToDefinition(field),
    prefill: field.type === 'integer' ? (field.prefill ?? undefined) : undefined,
  });
}

function reportersToDefinition(state: TemplateFormState): Record<string, unknown> {
  const { by, kinds, types } = state.reporters;
  if (by === 'unit_kind') return { by, kinds };
  if (by === 'association_type') return { by, types };
  return { by, unitIds: state.reporterUnits.filter((id): id is string => Boolean(id)) };
}

function deadlineToDefinition(deadline: TemplateFormState['deadline']): Record<string, unknown> {
  if (deadline.rule === 'days_after_end') return { rule: deadline.rule, days: num(deadline.days) };
  if (deadline.rule === 'day_of_next_month') return { rule: deadline.rule, day: num(deadline.day) };
  return { rule: deadline.rule, date: deadline.date ?? '' };
}

/** The definition the server checks (it answers 422 with paths when something is wrong). */
export function toDefinition(state: TemplateFormState): Record<string, unknown> {
  return compact({
    name: state.name.trim(),
    description: text(state.description),
    periodType: state.periodType,
    reporters: reportersToDefinition(state),
    recipient: state.recipient.to === 'department' ? { to: 'department', code: (state.recipient.code ?? '').trim() } : { to: 'parent' },
    deadline: deadlineToDefinition(state.deadline),
    fields: state.fields.map(fieldToDefinition),
    rules: state.rules.map((rule) => compact({ left: rule.left ?? '', op: rule.op, right: rule.right ?? '', message: text(rule.message) })),
  });
}

// ---- definition → state ----

type Scalar = TemplateField | TableColumn;

function scalarFromDefinition(item: Scalar): ScalarState {
  // Each type has its own settings; read them loosely and keep those present.
  const loose = item as Partial<Record<'min' | 'max' | 'decimals' | 'maxLength', number>> & { unit?: string };
  return {
    label: item.label,
    key: item.key,
    autoKey: false,
    help: item.help,
    required: item.required,
    min: loose.min,
    max: loose.max,
    unit: loose.unit,
    decimals: loose.decimals,
    options: item.type === 'choice' ? item.options.map((option) => ({ ...option, autoKey: false })) : [],
    multiple: item.type === 'choice' ? item.multiple : false,
    maxLength: loose.maxLength,
  };
}

function fieldFromDefinition(field: TemplateField): FieldState {
  const aggregation = 'aggregation' in field && field.aggregation ? field.aggregation : undefined;
  return {
    ...scalarFromDefinition(field),
    type: field.type,
    section: field.section,
    aggregation: aggregation
      ? aggregation.method === 'ratio'
        ? { method: 'ratio', numerator: aggregation.numerator, denominator: aggregation.denominator }
        : { method: aggregation.method }
      : { method: 'none' },
    prefill: field.type === 'integer' ? field.prefill : undefined,
    columns: field.type === 'table' ? field.columns.map((column) => ({ ...scalarFromDefinition(column), type: column.type })) : [],
    minRows: field.type === 'table' ? field.minRows : undefined,
    maxRows: field.type === 'table' ? field.maxRows : undefined,
  };
}

/** A stored (already checked) definition as form state, for a new version. */
export function fromDefinition(definition: ReportTemplate): TemplateFormState {
  const start = emptyTemplate();
  const { reporters, deadline } = definition;
  return {
    name: definition.name,
    description: definition.description,
    periodType: definition.periodType,
    reporters: {
      by: reporters.by,
      kinds: reporters.by === 'unit_kind' ? reporters.kinds : [],
      types: reporters.by === 'association_type' ? reporters.types : [],
    },
    reporterUnits: reporters.by === 'units' ? reporters.unitIds : [],
    recipient: definition.recipient.to === 'department' ? { to: 'department', code: definition.recipient.code } : { to: 'parent' },
    deadline: { ...start.deadline, ...deadline },
    fields: definition.fields.map(fieldFromDefinition),
    rules: definition.rules.map((rule) => ({ ...rule })),
  };
}

// ---- the server's field errors on the form ----

export type NamePath = (string | number)[];

const asPath = (path: string): NamePath =>
  path
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * The form item that shows an error of the definition, or null when no single item fits
 * (the message is then only in the list above the form).
 */
export function errorAnchor(path: string): NamePath | null {
  const parts = asPath(path);
  if (parts[0] === 'body') parts.shift();
  if (parts[0] === 'definition') parts.shift();
  const [head, index, ...rest] = parts;
  if (head === 'reporters') {
    if (index === 'kinds' || index === 'types') return ['reporters', index];
    return index === 'unitIds' ? ['reporterUnits'] : ['reporters', 'by'];
  }
  if (head === 'recipient') return ['recipient', index === 'code' ? 'code' : 'to'];
  if (head === 'deadline') return index === undefined ? ['deadline', 'rule'] : ['deadline', index];
  if (head === 'rules' && typeof index === 'number') return ['rules', index, (rest[0] as string | undefined) ?? 'left'];
  if (head === 'fields' && typeof index === 'number') return ['fields', index, ...scalarAnchor(rest)];
  if (head === 'name' || head === 'description' || head === 'periodType') return [head];
  return null;
}

function scalarAnchor(rest: NamePath): NamePath {
  const [property, index, ...more] = rest;
  if (property === undefined) return ['label'];
  if (property === 'aggregation') return ['aggregation', (index as string | undefined) ?? 'method'];
  if ((property === 'options' || property === 'columns') && typeof index === 'number') {
    const inner = property === 'options' ? [(more[0] as string | undefined) === 'value' ? 'value' : 'label'] : scalarAnchor(more);
    return [property, index, ...inner];
  }
  if (property === 'options' || property === 'columns') return [property, 0, 'label'];
  return [property];
}

export interface PlacedError {
  path: string;
  message: string;
  /** Where the message is about: "fields.2" → the third field. */
  field?: number;
  column?: number;
  rule?: number;
}

/** The server's errors with the place each is about, for the list above the form. */
export function placeErrors(errors: readonly { path: string; message: string }[]): PlacedError[] {
  return errors.map(({ path, message }) => {
    const parts = asPath(path.replace(/^(body\.)?(definition\.)?/, ''));
    const placed: PlacedError = { path, message };
    if (parts[0] === 'fields' && typeof parts[1] === 'number') {
      placed.field = parts[1];
      if (parts[2] === 'columns' && typeof parts[3] === 'number') placed.column = parts[3];
    }
    if (parts[0] === 'rules' && typeof parts[1] === 'number') placed.rule = parts[1];
    return placed;
  });
}

/** The errors grouped per form item, for antd's setFields. */
export function anchoredErrors(errors: readonly { path: string; message: string }[]): { name: NamePath; errors: string[] }[] {
  const byName = new Map<string, { name: NamePath; errors: string[] }>();
  for (const { path, message } of errors) {
    const name = errorAnchor(path);
    if (!name) continue;
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byName.set(key, entry);
  }
  return [...byName.values()];
}

/** The numeric fields a ratio or a rule can name, with their labels. */
export function numericFieldOptions(fields: readonly Pick<FieldState, 'key' | 'label' | 'type'>[], types: readonly FieldType[] = numericFieldTypes) {
  return fields.filter((field) => types.includes(field.type) && field.key).map((field) => ({ value: field.key, label: field.label || field.key }));
}
