import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { documentPolicy } from './policy.ts';
import * as q from './queries.ts';
import { loadReadableDocument } from './service.ts';
import type { Upload } from './upload.ts';
import { toFileView } from './views.ts';

/** What a stored file belongs to: exactly one of a document, a progress report, a topic paper, a meeting or a periodic report. */
export type FileOwner = { documentId: string } | { progressReportId: string } | { topicPaperId: string } | { meetingId: string } | { reportId: string };

/** Keeps an upload in the database (so a backup holds it) for its owner; returns the file's id. */
export async function storeUpload(tx: Tx, ctx: ServiceContext, owner: FileOwner, upload: Upload): Promise<string> {
  const id = newId();
  await tx
    .insertInto('stored_files')
    .values({
      id,
      tenant_id: ctx.actor.tenantId,
      document_id: 'documentId' in owner ? owner.documentId : null,
      progress_report_id: 'progressReportId' in owner ? owner.progressReportId : null,
      topic_paper_id: 'topicPaperId' in owner ? owner.topicPaperId : null,
      meeting_id: 'meetingId' in owner ? owner.meetingId : null,
      report_id: 'reportId' in owner ? owner.reportId : null,
      filename: upload.filename,
      content_type: upload.contentType,
      size_bytes: upload.content.length,
      sha256: upload.sha256,
      content: upload.content,
      uploaded_by: ctx.actor.userId,
    })
    .execute();
  return id;
}

/**
 * Attaches the original (.docx/.pdf) to a document. Files only accumulate, so attaching the
 * signed scan to an issued document leaves what was issued untouched; a superseded one is closed.
 */
export async function attachDocumentFile(ctx: ServiceContext, documentId: string, upload: Upload) {
  const id = await ctx.db.transaction().execute(async (tx) => {
    const doc = await q.lockDocument(tx, ctx.actor.tenantId, documentId);
    if (!doc) throw notFound('document');
    const issuers = await q.selectIssuers(tx, [doc.id]);
    documentPolicy.draft(ctx.actor, issuers.map((issuer) => issuer.path));
    if (doc.status === 'superseded') throw conflict('document_superseded');
    const fileId = await storeUpload(tx, ctx, { documentId: doc.id }, upload);
    await recordChange(tx, ctx.actor, { action: 'attach_file', entityType: 'document', entityId: doc.id, unitPath: issuers[0]!.path, before: null, after: { fileId, filename: upload.filename, sizeBytes: upload.content.length } });
    return fileId;
  });
  const [row] = (await q.selectFiles(ctx.db, { documentId })).filter((file) => file.id === id);
  return toFileView(row!);
}

/** A stored file, for whoever may read the document it belongs to (directly or through a progress report). */
export async function readStoredFile(ctx: ServiceContext, fileId: string) {
  const file = await q.findFileContent(ctx.db, ctx.actor.tenantId, fileId);
  if (!file) throw notFound('file');
  const documentId = file.document_id ?? (await q.documentOfReport(ctx.db, file.progress_report_id!));
  await loadReadableDocument(ctx, documentId);
  return file;
}
