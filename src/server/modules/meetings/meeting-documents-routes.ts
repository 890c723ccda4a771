import { z } from 'zod';
import { sendAttachment } from '../../http/attachment.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { readUpload } from '../documents/upload.ts';
import { linkDocumentBody, meetingDocumentList, meetingDocumentView } from './meeting-documents-schemas.ts';
import * as service from './meeting-documents-service.ts';

/** A meeting's documents: files uploaded to it and linked registry documents (README.md beside this file). */
export async function meetingDocumentRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Tài liệu cuộc họp (meeting documents)'];
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db);
  const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

  app.get('/meetings/:id/documents', { schema: { tags, summary: "The meeting's files and linked documents, for whoever may read the meeting", params: idParam, response: { 200: meetingDocumentList, ...problemResponses } } }, (request) =>
    service.listMeetingDocuments(ctx(request), request.params.id),
  );

  app.post(
    '/meetings/:id/documents/files',
    { schema: { tags, summary: 'Attach a file (.pdf, .docx, .xlsx, .pptx, .jpg, .png, .txt; multipart "file"), checked by its content', params: idParam, consumes: ['multipart/form-data'], response: { 201: meetingDocumentView, ...problemResponses, 422: problemResponses[400] } } },
    async (request, reply) => {
      const context = ctx(request);
      // Refused before the file is read: an outsider learns nothing of the checks on its content.
      await service.checkCanAttach(context, request.params.id);
      const upload = await readUpload(request, service.meetingFileKinds);
      reply.status(201);
      return service.attachMeetingFile(context, request.params.id, upload);
    },
  );

  app.post('/meetings/:id/documents', { schema: { tags, summary: 'Link an issued document of the registry (e.g. the resolution studied)', params: idParam, body: linkDocumentBody, response: { 201: meetingDocumentView, ...problemResponses } } }, async (request, reply) => {
    const item = await service.linkMeetingDocument(ctx(request), request.params.id, request.body.documentId);
    reply.status(201);
    return item;
  });

  app.delete(
    '/meetings/:id/documents/:itemId',
    { schema: { tags, summary: 'Remove a file (deleted) or a link (the document stays in the registry); the list that remains', params: itemParams, response: { 200: meetingDocumentList, ...problemResponses } } },
    (request) => service.removeMeetingDocument(ctx(request), request.params.id, request.params.itemId),
  );

  app.get('/meetings/:id/files/:fileId', { schema: { tags, summary: 'Download a file of the meeting or an original of a linked document', params: z.object({ id: z.uuid(), fileId: z.uuid() }) } }, async (request, reply) => {
    const file = await service.readMeetingFile(ctx(request), request.params.id, request.params.fileId);
    return sendAttachment(reply, { filename: file.filename, contentType: file.content_type, content: file.content });
  });
}
