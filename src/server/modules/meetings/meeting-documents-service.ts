import { documentTypes } from '../../../domain/documents.ts';
import type { FileKind } from '../../../domain/file-types.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { AppError, conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { storeUpload } from '../documents/files.ts';
import { loadReadableDocument } from '../documents/service.ts';
import type { Upload } from '../documents/upload.ts';
import { numberLineOf } from '../documents/views.ts';
import * as dq from './meeting-documents-queries.ts';
import { loadReadableMeeting } from './meetings-service.ts';
import { meetingPolicy } from './policy.ts';
import * as q from './queries.ts';

/**
 * A meeting's documents ("tài liệu"): files uploaded to it and links to documents of the
 * registry (the resolution a study conference is about). Whoever may read the meeting — its
 * unit's readers and everyone invited — reads and downloads them, including the originals of a
 * linked document: the organizer who linked it shared it with the meeting. Organizers add and
 * remove them until the minutes are approved; a cancelled meeting's stay as they were.
 */

/** What may be attached: office documents, slides, scans and photos, checked by their content. */
export const meetingFileKinds = ['pdf', 'docx', 'xlsx', 'pptx', 'jpeg', 'png', 'txt'] as const satisfies readonly FileKind[];

/** Enough for a conference's papers; a list that keeps growing belongs in the registry. */
export const maxMeetingDocuments = 50;

/** Whether the actor may still add or remove documents of the meeting (no reason given). */
function mayManage(ctx: ServiceContext, meeting: q.MeetingRecord, minutesStatus: string | null | undefined) {
  return meetingPolicy.canOrganize(ctx.actor, meeting.unit_path) && meeting.status !== 'cancelled' && minutesStatus !== 'approved';
}

/** The meeting locked for a change of its documents, after the checks that explain a refusal. */
async function meetingForDocuments(tx: Tx, ctx: ServiceContext, meetingId: string) {
  const meeting = await q.lockMeeting(tx, ctx.actor.tenantId, meetingId);
  if (!meeting) throw notFound('meeting');
  meetingPolicy.organize(ctx.actor, meeting.unit_path);
  if (meeting.status === 'cancelled') throw conflict('meeting_cancelled');
  if ((await q.findMinutes(tx, meeting.id))?.status === 'approved') throw conflict('meeting_documents_locked');
  return meeting;
}

/** Checks, before a file is read from the request, that the actor may attach one at all. */
export async function checkCanAttach(ctx: ServiceContext, meetingId: string) {
  await ctx.db.transaction().execute((tx) => meetingForDocuments(tx, ctx, meetingId));
}

/** Whether the actor can open a linked document in the registry itself (else only through the meeting). */
async function opensInRegistry(ctx: ServiceContext, documentId: string) {
  try {
    await loadReadableDocument(ctx, documentId);
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.status === 403 || error.status === 404)) return false;
    throw error;
  }
}

const fileView = (file: { id: string; filename: string | null; content_type: string | null; size_bytes: number | null }) => ({
  id: file.id,
  filename: file.filename ?? '',
  contentType: file.content_type ?? '',
  sizeBytes: file.size_bytes ?? 0,
});

export async function listMeetingDocuments(ctx: ServiceContext, meetingId: string) {
  const { meeting } = await loadReadableMeeting(ctx, meetingId);
  const [rows, minutes] = await Promise.all([dq.selectMeetingDocuments(ctx.db, meeting.id), q.findMinutes(ctx.db, meeting.id)]);
  const linked = rows.flatMap((row) => (row.document_id ? [row.document_id] : []));
  const files = await dq.selectDocumentFiles(ctx.db, linked);
  const filesOf = new Map<string | null, typeof files>();
  for (const file of files) filesOf.set(file.document_id, [...(filesOf.get(file.document_id) ?? []), file]);
  const opens = new Map(await Promise.all(linked.map(async (id) => [id, await opensInRegistry(ctx, id)] as const)));
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.file_id ? ('file' as const) : ('document' as const),
    addedAt: row.created_at.toISOString(),
    addedBy: row.added_by_name,
    file: row.file_id ? fileView({ ...row, id: row.file_id }) : null,
    document: row.document_id
      ? {
          id: row.document_id,
          title: row.document_title ?? '',
          typeName: documentTypes[row.type_code ?? ''] ?? row.type_code ?? '',
          numberLine: numberLineOf({ number: row.number, type_code: row.type_code ?? '', issuer_code: row.issuer_code ?? '', notation: row.notation ?? 'party' }),
          issuedOn: row.issued_on,
          status: row.document_status!,
          opensInRegistry: opens.get(row.document_id) ?? false,
          files: (filesOf.get(row.document_id) ?? []).map(fileView),
        }
      : null,
  }));
  return { items, allowed: { manage: mayManage(ctx, meeting, minutes?.status) }, fileKinds: [...meetingFileKinds], maxItems: maxMeetingDocuments };
}

async function addItem(ctx: ServiceContext, meetingId: string, add: (tx: Tx, meeting: q.MeetingRecord, id: string) => Promise<Record<string, unknown>>) {
  const id = newId();
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await meetingForDocuments(tx, ctx, meetingId);
    if ((await dq.countMeetingDocuments(tx, meeting.id)) >= maxMeetingDocuments) throw conflict('meeting_documents_full', { max: maxMeetingDocuments });
    const after = await add(tx, meeting, id);
    await recordChange(tx, ctx.actor, { action: 'add_document', entityType: 'meeting', entityId: meeting.id, unitPath: meeting.unit_path, before: null, after: { itemId: id, ...after } });
  });
  return (await listMeetingDocuments(ctx, meetingId)).items.find((item) => item.id === id)!;
}

/** Uploads a file to the meeting (its kind already checked by content, see readUpload). */
export function attachMeetingFile(ctx: ServiceContext, meetingId: string, upload: Upload) {
  return addItem(ctx, meetingId, async (tx, meeting, id) => {
    const fileId = await storeUpload(tx, ctx, { meetingId: meeting.id }, upload);
    await dq.insertMeetingDocument(tx, { id, tenant_id: ctx.actor.tenantId, meeting_id: meeting.id, file_id: fileId, document_id: null, added_by: ctx.actor.userId });
    return { fileId, filename: upload.filename, sizeBytes: upload.content.length };
  });
}

/** Links an issued document of the registry that the organizer may read. */
export function linkMeetingDocument(ctx: ServiceContext, meetingId: string, documentId: string) {
  return addItem(ctx, meetingId, async (tx, meeting, id) => {
    const { doc } = await loadReadableDocument(ctx, documentId, tx);
    if (doc.status === 'draft') throw conflict('meeting_document_draft');
    const inserted = await dq.insertMeetingDocument(tx, { id, tenant_id: ctx.actor.tenantId, meeting_id: meeting.id, file_id: null, document_id: doc.id, added_by: ctx.actor.userId });
    if (!inserted) throw conflict('meeting_document_linked');
    return { documentId: doc.id, title: doc.title };
  });
}

export async function removeMeetingDocument(ctx: ServiceContext, meetingId: string, itemId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await meetingForDocuments(tx, ctx, meetingId);
    const item = await dq.findMeetingDocument(tx, meeting.id, itemId);
    if (!item) throw notFound('meeting_document');
    await dq.deleteMeetingDocument(tx, item);
    await recordChange(tx, ctx.actor, { action: 'remove_document', entityType: 'meeting', entityId: meeting.id, unitPath: meeting.unit_path, before: { itemId, fileId: item.file_id, documentId: item.document_id }, after: null });
  });
  return listMeetingDocuments(ctx, meetingId);
}

/** A file of the meeting, for whoever may read the meeting. */
export async function readMeetingFile(ctx: ServiceContext, meetingId: string, fileId: string) {
  const { meeting } = await loadReadableMeeting(ctx, meetingId);
  const file = await dq.findMeetingFile(ctx.db, ctx.actor.tenantId, meeting.id, fileId);
  if (!file) throw notFound('file');
  return file;
}
