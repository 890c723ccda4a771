import { formatNumberLine, type Notation } from '../../../domain/document-number.ts';
import { documentTypes } from '../../../domain/documents.ts';
import type { DocumentRow } from '../../db/schema.ts';
import type * as q from './queries.ts';

type IssuerRow = Awaited<ReturnType<typeof q.selectIssuers>>[number];
type BasisRow = Awaited<ReturnType<typeof q.selectBases>>[number];
type FileRow = Awaited<ReturnType<typeof q.selectFiles>>[number];
type ImplementerRow = Awaited<ReturnType<typeof q.selectImplementedBy>>[number];

/** "Số 30-KH/ĐUK" for a numbered document, null before a number is given. */
export function numberLineOf(doc: { number: number | null; type_code: string; issuer_code: string; notation: Notation }): string | null {
  return doc.number === null ? null : formatNumberLine({ number: doc.number, typeCode: doc.type_code, issuerCode: doc.issuer_code }, doc.notation);
}

export function toIssuerView(row: IssuerRow) {
  return { id: row.unit_id, name: row.name, shortName: row.short_name, code: row.code };
}

export function toFileView(row: FileRow) {
  return { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes, sha256: row.sha256, uploadedAt: row.created_at.toISOString() };
}

export function toDocumentSummary(doc: DocumentRow, issuers: IssuerRow[], taskCount: number) {
  return {
    id: doc.id,
    kind: doc.kind,
    typeCode: doc.type_code,
    typeName: documentTypes[doc.type_code] ?? doc.type_code,
    issuerCode: doc.issuer_code,
    notation: doc.notation,
    number: doc.number,
    numberLine: numberLineOf(doc),
    year: doc.year,
    issuedOn: doc.issued_on,
    title: doc.title,
    status: doc.status,
    version: doc.version,
    issuers: issuers.map(toIssuerView),
    taskCount,
  };
}

function toBasisView(row: BasisRow) {
  const linked = row.basis_document_id
    ? {
        id: row.basis_document_id,
        title: row.basis_title ?? '',
        numberLine: numberLineOf({ number: row.basis_number, type_code: row.basis_type_code ?? '', issuer_code: row.basis_issuer_code ?? '', notation: row.basis_notation ?? 'party' }),
        issuedOn: row.basis_issued_on,
      }
    : null;
  return { id: row.id, number: row.number, typeCode: row.type_code, issuerCode: row.issuer_code, issuedOn: row.issued_on, citation: row.citation, document: linked };
}

export interface DocumentDetailParts {
  doc: DocumentRow;
  issuers: IssuerRow[];
  bases: BasisRow[];
  files: FileRow[];
  implementedBy: ImplementerRow[];
  taskCount: number;
  nextVersionId: string | null;
  allowed: { edit: boolean; issue: boolean; newVersion: boolean };
}

export function toDocumentDetail(parts: DocumentDetailParts) {
  const { doc } = parts;
  return {
    ...toDocumentSummary(doc, parts.issuers, parts.taskCount),
    place: doc.place,
    recipients: doc.recipients,
    signature: doc.signature,
    sections: doc.sections,
    targets: doc.targets,
    rollupMethod: doc.rollup_method,
    previousVersionId: doc.previous_version_id,
    nextVersionId: parts.nextVersionId,
    issuedAt: doc.issued_at?.toISOString() ?? null,
    createdAt: doc.created_at.toISOString(),
    updatedAt: doc.updated_at.toISOString(),
    bases: parts.bases.map(toBasisView),
    implementedBy: parts.implementedBy.map((row) => ({ id: row.id, title: row.title, numberLine: numberLineOf(row), status: row.status, issuerName: row.issuer_name })),
    files: parts.files.map(toFileView),
    allowed: parts.allowed,
  };
}
