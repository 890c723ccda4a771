import type { TFunction } from 'i18next';
import { documentKinds, documentStatuses, documentTypes, signatureCapacities } from '../../../domain/documents.ts';
import { rollupMethods } from '../../../domain/rollup.ts';

/** Choices of the document and task forms and filters, labelled in the interface language. */
export const statusOptions = (t: TFunction) => documentStatuses.map((value) => ({ value, label: t(`documents.statuses.${value}`) }));

export const kindOptions = (t: TFunction) => documentKinds.map((value) => ({ value, label: t(`documents.kinds.${value}`) }));

export const rollupOptions = (t: TFunction) => rollupMethods.map((value) => ({ value, label: t(`documents.rollup.${value}`) }));

export const capacityOptions = (t: TFunction) => signatureCapacities.map((value) => ({ value, label: t(`documents.capacities.${value}`) }));

const recurrences = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

export const recurrenceOptions = (t: TFunction) => recurrences.map((value) => ({ value, label: t(`documents.recurrence.${value}`) }));

/** Document types by their code, named as the documents name them ("KH – Kế hoạch"). */
export const typeOptions = Object.entries(documentTypes).map(([code, name]) => ({ value: code, label: `${code} – ${name}` }));

/** Years to filter by: the next one (plans are drafted ahead) back to ten years ago. */
export function yearOptions(thisYear: number): number[] {
  return Array.from({ length: 12 }, (_, index) => thisYear + 1 - index);
}
