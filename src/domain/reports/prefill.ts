/**
 * Prefilled numbers: a whole-number field may name a figure the platform already records
 * (members, meetings held, tasks done …). The server computes those figures for the unit and
 * period; this fills them into a new or draft report without overwriting what the unit typed.
 */
import type { PrefillSource, ReportTemplate } from './template.ts';
import type { ReportValues } from './values.ts';

export type KnownFigures = Partial<Record<PrefillSource, number>>;

/** The sources a template asks for, so the server computes only those. */
export function prefillSourcesOf(template: ReportTemplate): PrefillSource[] {
  const sources = template.fields.flatMap((field) => (field.type === 'integer' && field.prefill ? [field.prefill] : []));
  return [...new Set(sources)];
}

/** `current` with every empty prefillable field set from `known`; a value already there is kept. */
export function prefillValues(template: ReportTemplate, known: KnownFigures, current: ReportValues = {}): ReportValues {
  const values: ReportValues = { ...current };
  for (const field of template.fields) {
    if (field.type !== 'integer' || !field.prefill) continue;
    const figure = known[field.prefill];
    if (figure === undefined || !Number.isInteger(figure) || Object.hasOwn(values, field.key)) continue;
    values[field.key] = figure;
  }
  return values;
}
