import { z } from 'zod';
import { documentStatuses } from '../../../domain/documents.ts';

const storedFile = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), sizeBytes: z.number() });

export const meetingDocumentView = z.object({
  id: z.string(),
  /** An uploaded file, or a document of the registry linked to the meeting. */
  kind: z.enum(['file', 'document']),
  addedAt: z.string(),
  addedBy: z.string().nullable(),
  file: storedFile.nullable(),
  document: z
    .object({
      id: z.string(),
      title: z.string(),
      typeName: z.string(),
      numberLine: z.string().nullable(),
      issuedOn: z.string().nullable(),
      status: z.enum(documentStatuses),
      /** Whether the reader may open it in the registry too; its originals download through the meeting either way. */
      opensInRegistry: z.boolean(),
      files: z.array(storedFile),
    })
    .nullable(),
});

export const meetingDocumentList = z.object({
  items: z.array(meetingDocumentView),
  allowed: z.object({ manage: z.boolean() }),
  /** The kinds a file may be (pdf, docx …), checked by content. */
  fileKinds: z.array(z.string()),
  maxItems: z.number(),
});

export const linkDocumentBody = z.object({ documentId: z.uuid({ error: 'Chưa chọn văn bản.' }) });
