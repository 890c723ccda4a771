import type { TargetRow } from './queries.ts';

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

/** The definition of a stored target, as a create or change gives it. */
export const targetInputOf = (row: TargetRow) => ({
  unitId: row.unit_id,
  documentId: row.document_id,
  year: row.year,
  text: row.text,
  subjectKind: row.subject_kind,
  subjectAssociationType: row.subject_association_type,
  metricKey: row.metric_key,
  params: row.params,
  comparator: row.comparator,
  value: row.value,
  periodType: row.period_type,
});

/** A target as the API gives it (the contract in notes/targets-contract.md). */
export function toTarget(row: TargetRow) {
  return { id: row.id, ...targetInputOf(row), unitName: row.unit_name, documentTitle: row.document_title ?? null, createdAt: iso(row.created_at), updatedAt: iso(row.updated_at) };
}

export type TargetView = ReturnType<typeof toTarget>;
