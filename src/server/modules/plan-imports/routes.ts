import { fileKinds } from '../../../domain/file-types.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { documentDetail } from '../documents/schemas.ts';
import { readUpload } from '../documents/upload.ts';
import { exportDocumentDocx } from './export.ts';
import { importPreview, saveImportBody } from './schemas.ts';
import { planFileKinds, previewPlanImport, savePlanImport } from './service.ts';
import { sendAttachment } from '../../http/attachment.ts';

export async function planImportRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Nhập kế hoạch từ tệp (plan import)'];

  app.post(
    '/plan-imports',
    {
      schema: {
        tags,
        summary: 'Read a plan from a .docx or .txt file (multipart field "file"): its structure, where each field came from, and the units its names stand for. Nothing is stored.',
        consumes: ['multipart/form-data'],
        response: { 200: importPreview, 422: problemResponses[400], ...problemResponses },
      },
    },
    (request) => previewPlanImport(serviceContext(request, db), () => readUpload(request, planFileKinds)),
  );

  app.post(
    '/plan-imports/save',
    {
      schema: {
        tags,
        summary: 'Save a reviewed extraction as a draft plan (document.draft at every issuer)',
        body: saveImportBody,
        response: { 201: documentDetail, 422: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      const document = await savePlanImport(serviceContext(request, db), request.body);
      reply.status(201);
      return document;
    },
  );

  app.get(
    '/documents/:id/export.docx',
    { schema: { tags, summary: 'The document as a .docx in the official layout (Hướng dẫn 36-HD/VPTW; state form per Nghị định 30/2020), for whoever may read it', params: idParam } },
    async (request, reply) => {
      const file = await exportDocumentDocx(serviceContext(request, db), request.params.id);
      return sendAttachment(reply, { ...file, contentType: fileKinds.docx.contentType });
    },
  );
}
