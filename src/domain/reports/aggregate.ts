/**
 * Roll-up of many units' reports on one template version: each field with an aggregation
 * gives one figure, and each table the sums of its whole-number and decimal columns (in
 * total and per option of its first single-choice column, e.g. mentions per topic).
 *
 * Never aggregate finished figures again: an average of averages or a ratio of ratios is not
 * the figure of the whole. Either pass every report under a node to `aggregateReports`, or
 * keep a `AggregatePartial` (sums, counts, extremes — plain JSON) per unit or subtree and
 * combine them with `mergePartials`, which gives exactly the figures of the reports together.
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
  return finishAggregate(template, partialOf(template, reports));
}

/** One field's figure over the reports. */
export function aggregateField(key: string, aggregation: Aggregation, reports: readonly ReportValues[]): Omit<FieldAggregate, 'key' | 'label'> {
  return finishField(aggregation, fieldPartial(key, aggregation, reports));
}

/** What a figure needs to be combined with others: associative and commutative under `mergePartials`. */
export interface FieldPartial {
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
  yes: number;
  numerator: number;
  denominator: number;
}

export interface TablePartial {
  total: ColumnTotals;
  byOption: Record<string, ColumnTotals>;
}

export interface AggregatePartial {
  reports: number;
  fields: Record<string, FieldPartial>;
  tables: Record<string, TablePartial>;
}

/** The partial of a set of reports, to cache per unit or subtree and merge later. */
export function partialOf(template: ReportTemplate, reports: readonly ReportValues[]): AggregatePartial {
  const partial: AggregatePartial = { reports: reports.length, fields: {}, tables: {} };
  for (const field of template.fields) {
    if (field.type === 'table') partial.tables[field.key] = tablePartial(field, reports);
    else if ('aggregation' in field && field.aggregation) partial.fields[field.key] = fieldPartial(field.key, field.aggregation, reports);
  }
  return partial;
}

/** The partial of the reports of `a` and `b` together (disjoint sets of reports). */
export function mergePartials(a: AggregatePartial, b: AggregatePartial): AggregatePartial {
  return {
    reports: a.reports + b.reports,
    fields: mergeRecords(a.fields, b.fields, (x, y) => ({
      count: x.count + y.count,
      sum: tidy(x.sum + y.sum),
      min: extreme(x.min, y.min, Math.min),
      max: extreme(x.max, y.max, Math.max),
      yes: x.yes + y.yes,
      numerator: tidy(x.numerator + y.numerator),
      denominator: tidy(x.denominator + y.denominator),
    })),
    tables: mergeRecords(a.tables, b.tables, (x, y) => ({ total: mergeTotals(x.total, y.total), byOption: mergeRecords(x.byOption, y.byOption, mergeTotals) })),
  };
}

/** The figures of a partial, in template order. */
export function finishAggregate(template: ReportTemplate, partial: AggregatePartial): ReportAggregate {
  const fields: FieldAggregate[] = [];
  const tables: TableAggregate[] = [];
  for (const field of template.fields) {
    if (field.type === 'table') {
      const table = partial.tables[field.key] ?? { total: totalsOf([], []), byOption: {} };
      const summed = summedColumns(field);
      const aggregate: TableAggregate = { key: field.key, label: field.label, ...withColumns(table.total, summed) };
      const choice = groupingColumn(field);
      if (choice) {
        aggregate.byOption = {
          column: choice.key,
          groups: choice.options.map((option) => ({ ...option, ...withColumns(table.byOption[option.value] ?? totalsOf([], []), summed) })),
        };
      }
      tables.push(aggregate);
    } else if ('aggregation' in field && field.aggregation) {
      const fieldPart = partial.fields[field.key] ?? fieldPartial(field.key, field.aggregation, []);
      fields.push({ key: field.key, label: field.label, ...finishField(field.aggregation, fieldPart) });
    }
  }
  return { reports: partial.reports, fields, tables };
}

function fieldPartial(key: string, aggregation: Aggregation, reports: readonly ReportValues[]): FieldPartial {
  const partial: FieldPartial = { count: 0, sum: 0, min: null, max: null, yes: 0, numerator: 0, denominator: 0 };
  for (const report of reports) {
    if (aggregation.method === 'ratio') {
      const top = report[aggregation.numerator];
      const bottom = report[aggregation.denominator];
      if (!isNumber(top) || !isNumber(bottom)) continue;
      partial.count += 1;
      partial.numerator += top;
      partial.denominator += bottom;
    } else if (aggregation.method === 'count_yes') {
      const value = report[key];
      if (typeof value !== 'boolean') continue;
      partial.count += 1;
      if (value) partial.yes += 1;
    } else {
      const value = report[key];
      if (!isNumber(value)) continue;
      partial.count += 1;
      partial.sum += value;
      partial.min = extreme(partial.min, value, Math.min);
      partial.max = extreme(partial.max, value, Math.max);
    }
  }
  return { ...partial, sum: tidy(partial.sum), numerator: tidy(partial.numerator), denominator: tidy(partial.denominator) };
}

function finishField(aggregation: Aggregation, partial: FieldPartial): Omit<FieldAggregate, 'key' | 'label'> {
  const { method } = aggregation;
  const contributors = partial.count;
  switch (aggregation.method) {
    case 'ratio': {
      const { numerator, denominator } = partial;
      return { method, value: denominator > 0 ? round((numerator / denominator) * 100, 1) : null, contributors, numerator, denominator };
    }
    case 'count_yes':
      return { method, value: contributors ? partial.yes : null, contributors };
    case 'sum':
      return { method, value: contributors ? partial.sum : null, contributors };
    case 'average':
      return { method, value: contributors ? round(partial.sum / contributors, 2) : null, contributors };
    case 'min':
      return { method, value: partial.min, contributors };
    case 'max':
      return { method, value: partial.max, contributors };
  }
}

function tablePartial(field: TableField, reports: readonly ReportValues[]): TablePartial {
  const summed = summedColumns(field);
  const entries = reports.flatMap((report, reportIndex) => {
    const rows = report[field.key];
    return Array.isArray(rows) ? rows.filter(isRow).map((row) => ({ row, reportIndex })) : [];
  });
  const byOption: Record<string, ColumnTotals> = {};
  const choice = groupingColumn(field);
  for (const option of choice?.options ?? []) {
    const matching = entries.filter((entry) => entry.row[choice!.key] === option.value);
    if (matching.length) byOption[option.value] = totalsOf(matching, summed);
  }
  return { total: totalsOf(entries, summed), byOption };
}

/** Whole-number and decimal columns are summed; percents are not (a sum of rates means nothing). */
function summedColumns(field: TableField): string[] {
  return field.columns.filter((column) => column.type === 'integer' || column.type === 'decimal').map((column) => column.key);
}

/** The first single-choice column, whose options group the rows. */
function groupingColumn(field: TableField): Extract<TableField['columns'][number], { type: 'choice' }> | undefined {
  return field.columns.find((column): column is Extract<TableField['columns'][number], { type: 'choice' }> => column.type === 'choice' && !column.multiple);
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

/** Totals with every summed column present (0 when no row gave it). */
function withColumns(totals: ColumnTotals, columns: string[]): ColumnTotals {
  return { rows: totals.rows, reports: totals.reports, totals: Object.fromEntries(columns.map((column) => [column, totals.totals[column] ?? 0])) };
}

function mergeTotals(a: ColumnTotals, b: ColumnTotals): ColumnTotals {
  return { rows: a.rows + b.rows, reports: a.reports + b.reports, totals: mergeRecords(a.totals, b.totals, (x, y) => tidy(x + y)) };
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T, y: T) => T): Record<string, T> {
  const merged: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = merged[key];
    merged[key] = existing === undefined ? value : merge(existing, value);
  }
  return merged;
}

function extreme(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
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
