/**
 * Roll-up of many units' reports on one template version: each field with an aggregation
 * gives one figure, and each table the sums of its whole-number and decimal columns (in
 * total and per option of its first single-choice column, e.g. mentions per topic).
 *
 * Always aggregate the units' own reports, never aggregates of aggregates: an average of
 * averages or a ratio of ratios is not the figure of the whole. The server selects every
 * approved report under a node (one indexed ltree query) and passes their values here.
 * The values are assumed validated; anything not of the right type is ignored as missing.
 */
import type { Aggregation, ReportTemplate, TableField } from './template.ts';
import type { ReportValues, TableRow } from './values.ts';

export interface FieldAggregate {
  key: string;
  label: string;
  method: Aggregation['method'];
  /** null when no report gave the field (or, for a ratio, when the denominator sums to 0). */
  value: number | null;
  /** Reports that gave the field; for a ratio, those that gave both numerator and denominator. */
  contributors: number;
  /** For a ratio: the two sums the percent comes from. */
  numerator?: number;
  denominator?: number;
}

export interface ColumnTotals {
  /** Rows counted, and distinct reports they come from. */
  rows: number;
  reports: number;
  /** Sums of the whole-number and decimal columns, by column key. */
  totals: Record<string, number>;
}

export interface TableAggregate extends ColumnTotals {
  key: string;
  label: string;
  /** Grouped by the first single-choice column, in the order of its options; absent when there is none. */
  byOption?: { column: string; groups: ({ value: string; label: string } & ColumnTotals)[] };
}

export interface ReportAggregate {
  /** How many reports were aggregated. */
  reports: number;
  fields: FieldAggregate[];
  tables: TableAggregate[];
}

export function aggregateReports(template: ReportTemplate, reports: readonly ReportValues[]): ReportAggregate {
  const fields: FieldAggregate[] = [];
  const tables: TableAggregate[] = [];
  for (const field of template.fields) {
    if (field.type === 'table') tables.push(aggregateTable(field, reports));
    else if ('aggregation' in field && field.aggregation) {
      fields.push({ key: field.key, label: field.label, ...aggregateField(field.key, field.aggregation, reports) });
    }
  }
  return { reports: reports.length, fields, tables };
}

/** One field's figure over the reports. */
export function aggregateField(
  key: string,
  aggregation: Aggregation,
  reports: readonly ReportValues[],
): Omit<FieldAggregate, 'key' | 'label'> {
  const { method } = aggregation;
  if (aggregation.method === 'ratio') {
    let numerator = 0;
    let denominator = 0;
    let contributors = 0;
    for (const report of reports) {
      const top = report[aggregation.numerator];
      const bottom = report[aggregation.denominator];
      if (!isNumber(top) || !isNumber(bottom)) continue;
      numerator += top;
      denominator += bottom;
      contributors += 1;
    }
    numerator = tidy(numerator);
    denominator = tidy(denominator);
    return { method, value: denominator > 0 ? round(numerator / denominator * 100, 1) : null, contributors, numerator, denominator };
  }
  if (aggregation.method === 'count_yes') {
    const answers = reports.map((report) => report[key]).filter((value): value is boolean => typeof value === 'boolean');
    return { method, value: answers.length ? answers.filter(Boolean).length : null, contributors: answers.length };
  }
  const numbers = reports.map((report) => report[key]).filter(isNumber);
  if (!numbers.length) return { method, value: null, contributors: 0 };
  const sum = () => tidy(numbers.reduce((a, b) => a + b, 0));
  const value =
    aggregation.method === 'sum' ? sum()
    : aggregation.method === 'average' ? round(sum() / numbers.length, 2)
    : aggregation.method === 'min' ? numbers.reduce((a, b) => Math.min(a, b))
    : numbers.reduce((a, b) => Math.max(a, b));
  return { method, value, contributors: numbers.length };
}

function aggregateTable(field: TableField, reports: readonly ReportValues[]): TableAggregate {
  const summed = field.columns.filter((column) => column.type === 'integer' || column.type === 'decimal').map((column) => column.key);
  const entries = reports.flatMap((report, reportIndex) => {
    const rows = report[field.key];
    return Array.isArray(rows) ? rows.filter(isRow).map((row) => ({ row, reportIndex })) : [];
  });
  const aggregate: TableAggregate = { key: field.key, label: field.label, ...totalsOf(entries, summed) };
  const choice = field.columns.find((column) => column.type === 'choice' && !column.multiple);
  if (choice?.type === 'choice') {
    aggregate.byOption = {
      column: choice.key,
      groups: choice.options.map((option) => ({
        ...option,
        ...totalsOf(entries.filter((entry) => entry.row[choice.key] === option.value), summed),
      })),
    };
  }
  return aggregate;
}

function totalsOf(entries: { row: TableRow; reportIndex: number }[], columns: string[]): ColumnTotals {
  const totals: Record<string, number> = {};
  for (const column of columns) {
    totals[column] = tidy(entries.reduce((sum, { row }) => {
      const value = row[column];
      return isNumber(value) ? sum + value : sum;
    }, 0));
  }
  return { rows: entries.length, reports: new Set(entries.map((entry) => entry.reportIndex)).size, totals };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRow(value: unknown): value is TableRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Removes binary noise from sums of decimals (0.1 + 0.2 → 0.3); exact for integers below 10^15. */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
