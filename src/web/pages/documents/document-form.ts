import type { Dayjs } from 'dayjs';
import { kindOfType, type SignatureCapacity } from '../../../domain/documents.ts';
import type { RollupMethod } from '../../../domain/rollup.ts';
import type { DocumentDetail, DocumentInput, NumberSuggestion } from '../../api/documents.ts';
import { dayOf, isoDateOf } from '../../format/dates.ts';

/** A basis as the form holds it: a linked document, a citation, and what an import read from the text. */
export interface BasisValues {
  documentId?: string | null;
  citation?: string;
  number?: string | null;
  typeCode?: string | null;
  issuerCode?: string | null;
  issuedOn?: string | null;
}

export interface DocumentFormValues {
  issuerUnitIds: (string | null | undefined)[];
  typeCode: string;
  number?: number | null;
  year: number;
  issuedOn?: Dayjs | null;
  place?: string;
  title: string;
  rollupMethod?: RollupMethod;
  /** One recipient per line. */
  recipients?: string;
  signature?: { capacity?: SignatureCapacity | null; onBehalfOf?: string; position?: string; signer?: string };
  bases?: BasisValues[];
}

/** The form's starting values: a new draft of the working unit, or the draft being edited. */
export function documentFormValues(doc: DocumentDetail | undefined, defaults: { issuerUnitId: string | null; year: number }): Partial<DocumentFormValues> {
  if (!doc) return { issuerUnitIds: [defaults.issuerUnitId], typeCode: 'KH', year: defaults.year, rollupMethod: 'average', bases: [] };
  return {
    issuerUnitIds: doc.issuers.map((issuer) => issuer.id),
    typeCode: doc.typeCode,
    number: doc.number,
    year: doc.year,
    issuedOn: dayOf(doc.issuedOn),
    place: doc.place ?? '',
    title: doc.title,
    rollupMethod: doc.rollupMethod,
    recipients: doc.recipients.join('\n'),
    signature: {
      capacity: doc.signature?.capacity ?? null,
      onBehalfOf: doc.signature?.onBehalfOf ?? '',
      position: doc.signature?.position ?? '',
      signer: doc.signature?.signer ?? '',
    },
    bases: doc.bases.map((basis) => ({
      documentId: basis.document?.id ?? null,
      citation: basis.citation ?? '',
      number: basis.number,
      typeCode: basis.typeCode,
      issuerCode: basis.issuerCode,
      issuedOn: basis.issuedOn,
    })),
  };
}

const trimmed = (value: string | null | undefined) => value?.trim() || null;

/**
 * The request body of the form. `register`, given when a draft changes its first issuer, is
 * that unit's number suggestion: its issuer code and notation replace the old issuer's. The kind
 * follows the type only when the type is new, so an imported programme keeps its kind.
 */
export function documentBody(values: DocumentFormValues, register: NumberSuggestion | undefined, previousTypeCode?: string): DocumentInput {
  const issuerUnitIds = [...new Set(values.issuerUnitIds.filter((id): id is string => Boolean(id)))];
  const capacity = values.signature?.capacity ?? null;
  const signature = {
    capacity,
    onBehalfOf: trimmed(values.signature?.onBehalfOf),
    position: trimmed(values.signature?.position),
    signer: trimmed(values.signature?.signer),
  };
  const hasSignature = Object.values(signature).some((value) => value !== null);
  const issuedOn = values.issuedOn ? isoDateOf(values.issuedOn) : null;
  return {
    issuerUnitIds,
    typeCode: values.typeCode,
    ...(previousTypeCode === values.typeCode ? {} : { kind: kindOfType(values.typeCode) }),
    ...(register ? { issuerCode: register.issuerCode, notation: register.notation } : {}),
    number: values.number ?? null,
    year: issuedOn ? Number(issuedOn.slice(0, 4)) : values.year,
    issuedOn,
    place: trimmed(values.place),
    title: values.title.trim(),
    rollupMethod: values.rollupMethod,
    recipients: (values.recipients ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    signature: hasSignature ? signature : null,
    bases: (values.bases ?? [])
      .map((basis) => ({ ...basis, documentId: basis.documentId || null, citation: trimmed(basis.citation) }))
      .filter((basis) => basis.documentId || basis.citation || basis.number),
  };
}
