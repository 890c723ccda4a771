import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { documentPolicy } from './policy.ts';
import * as q from './queries.ts';
import { loadReadableDocument } from './service.ts';
import type { Upload } from './upload.ts';
import { toFileView } from './views.ts';

/**
 * Attaches the original (.docx/.pdf) to a document. Files only accumulate, so attaching the
 * signed scan to an issued document leaves what was issued untouched; a superseded one is closed.
 */
export async function attachDocumentFile(ctx: ServiceContext, documentId: string, upload: Upload) {
  const id = newId();
  await ctx.db.transaction().execute(async (tx) => {
    const doc = await q.lockDocument(tx, ctx.actor.tenantId, documentId);
    if (!doc) throw notFound('document');
    const issuers = await q.selectIssuers(tx, [doc.id]);
    documentPolicy.draft(ctx.actor, issuers.map((issuer) => issuer.path));
    if (doc.status === 'superseded') throw conflict('document_superseded');
    await q.insertFile(tx, {
      id,
      tenant_id: ctx.actor.tenantId,
      document_id: doc.id,
      progress_report_id: null,
      filename: upload.filename,
      content_type: upload.contentType,
      size_bytes: upload.content.length,
      sha256: upload.sha256,
      content: upload.content,
      uploaded_by: ctx.actor.userId,
    });
    await recordChange(tx, ctx.actor, { action: 'attach_file', entityType: 'document', entityId: doc.id, unitPath: issuers[0]!.path, before: null, after: { fileId: id, filename: upload.filename, sizeBytes: upload.content.length } });
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
