import { z } from 'zod';
import { documentKinds, documentStatuses } from '../../../domain/documents.ts';
import { notations } from '../../../domain/document-number.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, isoDate, okSchema, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { attachDocumentFile, readStoredFile } from './files.ts';
import { createVersion, issueDocument } from './issue-service.ts';
import { createDocumentBody, documentDetail, documentSummary, fileView, patchDocumentBody, typeCode } from './schemas.ts';
import * as service from './service.ts';
import { readUpload } from './upload.ts';
import { sendAttachment } from '../../http/attachment.ts';

export async function documentRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Văn bản (documents)'];

  app.get(
    '/documents',
    {
      schema: {
        tags,
        summary: 'Documents issued by units in reach (or under unitId), and issued ones assigning work in reach',
        querystring: z.object({
          unitId: z.uuid().optional(),
          year: z.coerce.number().int().min(1900).max(2200).optional(),
          status: z.enum(documentStatuses).optional(),
          kind: z.enum(documentKinds).optional(),
          search: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
          offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
        }),
        response: { 200: z.object({ items: z.array(documentSummary), hasMore: z.boolean() }), ...problemResponses },
      },
    },
    (request) => service.listDocuments(serviceContext(request, db), request.query),
  );

  app.get(
    '/documents/next-number',
    {
      schema: {
        tags,
        summary: 'The next free number in a register (issuer, type, year)',
        querystring: z.object({ issuerUnitId: z.uuid(), typeCode, year: z.coerce.number().int().min(1900).max(2200).optional(), notation: z.enum(notations).optional() }),
        response: { 200: z.object({ number: z.number(), year: z.number(), issuerCode: z.string(), notation: z.enum(notations), symbol: z.string() }), ...problemResponses },
      },
    },
    (request) => service.suggestNumber(serviceContext(request, db), request.query),
  );

  app.post('/documents', { schema: { tags, summary: 'Create a draft document', body: createDocumentBody, response: { 201: documentDetail, ...problemResponses } } }, async (request, reply) => {
    reply.status(201);
    return service.createDocument(serviceContext(request, db), request.body);
  });

  app.get('/documents/:id', { schema: { tags, params: idParam, response: { 200: documentDetail, ...problemResponses } } }, (request) =>
    service.getDocument(serviceContext(request, db), request.params.id),
  );

  app.patch('/documents/:id', { schema: { tags, summary: 'Change a draft', params: idParam, body: patchDocumentBody, response: { 200: documentDetail, ...problemResponses } } }, (request) =>
    service.updateDocument(serviceContext(request, db), request.params.id, request.body),
  );

  app.delete('/documents/:id', { schema: { tags, summary: 'Delete a draft', params: idParam, response: { 200: okSchema, ...problemResponses } } }, (request) =>
    service.deleteDocument(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/documents/:id/issue',
    {
      schema: {
        tags,
        summary: 'Issue a draft (number and date; assignments for a plan); supersedes the version it corrects',
        params: idParam,
        body: z.object({ number: z.number().int().min(1).max(99_999).optional(), issuedOn: isoDate.optional() }).optional(),
        response: { 200: documentDetail, ...problemResponses },
      },
    },
    (request) => issueDocument(serviceContext(request, db), request.params.id, request.body ?? {}),
  );

  app.post('/documents/:id/versions', { schema: { tags, summary: 'Start a correction: a draft copy of an issued document', params: idParam, response: { 201: documentDetail, ...problemResponses } } }, async (request, reply) => {
    reply.status(201);
    return createVersion(serviceContext(request, db), request.params.id);
  });

  app.post(
    '/documents/:id/files',
    { schema: { tags, summary: 'Attach the original (.docx or .pdf, multipart field "file")', params: idParam, consumes: ['multipart/form-data'], response: { 201: fileView, ...problemResponses } } },
    async (request, reply) => {
      const ctx = serviceContext(request, db);
      const upload = await readUpload(request, ['pdf', 'docx']);
      reply.status(201);
      return attachDocumentFile(ctx, request.params.id, upload);
    },
  );

  app.get('/files/:id', { schema: { tags, summary: 'Download a stored file', params: idParam } }, async (request, reply) => {
    const file = await readStoredFile(serviceContext(request, db), request.params.id);
    return sendAttachment(reply, { filename: file.filename, contentType: file.content_type, content: file.content });
  });
}
