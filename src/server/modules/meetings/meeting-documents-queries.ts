import type { Insertable } from 'kysely';
import type { Tx } from '../../context.ts';
import type { MeetingDocumentsTable } from '../../db/schema.ts';
import type { Executor } from './queries.ts';

/** A meeting's documents in the order they were added: uploaded files and linked registry documents. */
export function selectMeetingDocuments(db: Executor, meetingId: string) {
  return db
    .selectFrom('meeting_documents as md')
    .leftJoin('stored_files as f', 'f.id', 'md.file_id')
    .leftJoin('documents as d', 'd.id', 'md.document_id')
    .leftJoin('users as us', 'us.id', 'md.added_by')
    .select([
      'md.id',
      'md.file_id',
      'md.document_id',
      'md.created_at',
      'us.display_name as added_by_name',
      'f.filename',
      'f.content_type',
      'f.size_bytes',
      'd.title as document_title',
      'd.number',
      'd.type_code',
      'd.issuer_code',
      'd.notation',
      'd.status as document_status',
      'd.issued_on',
    ])
    .where('md.meeting_id', '=', meetingId)
    .orderBy('md.created_at')
    .orderBy('md.id')
    .execute();
}

export type MeetingDocumentRow = Awaited<ReturnType<typeof selectMeetingDocuments>>[number];

/** The originals attached to registry documents, which the meeting passes on to whoever may read it. */
export function selectDocumentFiles(db: Executor, documentIds: readonly string[]) {
  if (documentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('stored_files')
    .select(['id', 'document_id', 'filename', 'content_type', 'size_bytes'])
    .where('document_id', 'in', [...documentIds])
    .orderBy('created_at')
    .execute();
}

export function countMeetingDocuments(db: Executor, meetingId: string) {
  return db
    .selectFrom('meeting_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.n));
}

export function insertMeetingDocument(tx: Tx, row: Insertable<MeetingDocumentsTable>) {
  return tx
    .insertInto('meeting_documents')
    .values(row)
    .onConflict((oc) => oc.constraint('meeting_documents_link_once').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findMeetingDocument(db: Executor, meetingId: string, id: string) {
  return db.selectFrom('meeting_documents').selectAll().where('meeting_id', '=', meetingId).where('id', '=', id).executeTakeFirst();
}

/** Removes an item; an uploaded file goes with it (the registry's documents stay where they are). */
export async function deleteMeetingDocument(tx: Tx, item: { id: string; file_id: string | null }) {
  await tx.deleteFrom('meeting_documents').where('id', '=', item.id).execute();
  if (item.file_id) await tx.deleteFrom('stored_files').where('id', '=', item.file_id).execute();
}

/** A file the meeting holds: one uploaded to it, or an original of a registry document linked to it. */
export function findMeetingFile(db: Executor, tenantId: string, meetingId: string, fileId: string) {
  return db
    .selectFrom('stored_files as f')
    .select(['f.id', 'f.filename', 'f.content_type', 'f.content'])
    .where('f.tenant_id', '=', tenantId)
    .where('f.id', '=', fileId)
    .where((eb) =>
      eb.or([
        eb('f.meeting_id', '=', meetingId),
        eb('f.document_id', 'in', eb.selectFrom('meeting_documents as md').select('md.document_id').where('md.meeting_id', '=', meetingId).where('md.document_id', 'is not', null)),
      ]),
    )
    .executeTakeFirst();
}
