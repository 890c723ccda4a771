/**
 * The report form's pure parts: the definition as the domain's template, fields grouped by
 * section, the values the form holds ⇄ the values the API stores, and the server's error
 * paths turned into the places the form shows them.
 */
import type { ReportTemplate, TemplateField } from '../../../domain/reports/template.ts';
import type { ReportValues, ValueError } from '../../../domain/reports/values.ts';
import type { ReportState } from '../../../domain/reports/workflow.ts';
import type { ExpectedStatus } from '../../api/reports.ts';

/** A report carries the parsed JSON of its template version: the server checked it on save. */
export function templateOf(definition: Record<string, unknown>): ReportTemplate {
  return definition as unknown as ReportTemplate;
}

export interface FieldGroup {
  /** The section heading; null for fields without one. */
  section: string | null;
  fields: TemplateField[];
}

/** Fields grouped by their section, in the order each section first appears. */
export function groupBySection(fields: readonly TemplateField[]): FieldGroup[] {
  const groups = new Map<string | null, TemplateField[]>();
  for (const field of fields) {
    const section = field.section?.trim() || null;
    const list = groups.get(section) ?? [];
    list.push(field);
    groups.set(section, list);
  }
  return [...groups].map(([section, list]) => ({ section, fields: list }));
}

/** What the form's inputs hold: antd gives null for a cleared number and '' for a cleared text. */
export type FormValues = Record<string, unknown>;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function withoutBlanks(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => !isBlank(value)));
}

/** The values to send: blank answers left out, empty table rows dropped, unknown keys ignored. */
export function valuesFromForm(template: ReportTemplate, form: FormValues): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of template.fields) {
    const raw = form[field.key];
    if (field.type === 'table') {
      const rows = (Array.isArray(raw) ? raw : []).map((row: unknown) => withoutBlanks(typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}));
      const filled = rows.filter((row) => Object.keys(row).length > 0);
      if (filled.length > 0) values[field.key] = filled;
    } else if (!isBlank(raw)) {
      values[field.key] = raw;
    }
  }
  return values;
}

/** The stored values as the form starts with them (a table always as a list of rows). */
export function formFromValues(template: ReportTemplate, values: Record<string, unknown>): FormValues {
  const form: FormValues = {};
  for (const field of template.fields) {
    const value = values[field.key];
    if (field.type === 'table') form[field.key] = Array.isArray(value) ? value.map((row) => ({ ...(row as object) })) : [];
    else if (value !== undefined) form[field.key] = value;
  }
  return form;
}

export type ErrorPlaces = Map<string, string[]>;

/** The key of a place in the form: `members`, `meetings.0`, `meetings.0.present`; '' for the whole report. */
export const placeKey = (path: readonly (string | number)[]) => path.join('.');

/** The error messages by the place they belong to. */
export function errorPlaces(errors: readonly Pick<ValueError, 'path' | 'message'>[]): ErrorPlaces {
  const places: ErrorPlaces = new Map();
  for (const error of errors) {
    const key = placeKey(error.path);
    places.set(key, [...(places.get(key) ?? []), error.message]);
  }
  return places;
}

/** The messages shown at one place, joined into one line. */
export function errorAt(places: ErrorPlaces, path: readonly (string | number)[]): string | undefined {
  return places.get(placeKey(path))?.join(' ');
}

/** The problems still worth showing: those of fields changed since the last check are left out until the next one. */
export function errorsNotEdited<T extends Pick<ValueError, 'path'>>(errors: readonly T[], edited: ReadonlySet<string>): T[] {
  return errors.filter((error) => !edited.has(String(error.path[0])));
}

/**
 * The id of the input an error points at, so the list of errors can jump to it: a field, a
 * table cell, or the table itself for an error about a whole row.
 */
export function inputIdOf(path: readonly (string | number)[]): string | undefined {
  if (path.length === 0) return undefined;
  if (path.length === 2) return `report_${path[0]}`;
  return `report_${path.join('_')}`;
}

export type StateTone = 'default' | 'processing' | 'warning' | 'success';
export const stateTones: Record<ReportState, StateTone> = { draft: 'default', submitted: 'processing', returned: 'warning', approved: 'success' };

export type StatusTone = 'success' | 'warning' | 'error' | 'default';
export const statusTones: Record<ExpectedStatus, StatusTone> = { on_time: 'success', late: 'warning', overdue: 'error', pending: 'default' };

/** A share as a percent with at most one decimal ("85,5 %" in Vietnamese); a dash when there is none. */
export function percentText(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} %`;
}

/** A figure in the reader's language; a dash for a figure no report gave. */
export function numberText(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

export type { ReportValues };
