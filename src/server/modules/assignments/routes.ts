import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { documentDetail, fileView } from '../documents/schemas.ts';
import { readUpload } from '../documents/upload.ts';
import { taskView } from '../plans/schemas.ts';
import { getBoard } from './board-service.ts';
import { getCascade } from './cascade-service.ts';
import { exportTasks } from './export-xlsx.ts';
import { implementTask, linkTask } from './implement-service.ts';
import { assignmentDetail, assignmentItem, boardView, cascadeView, implementBody, inboxPage, inboxQuery, linkBody, progressBody, progressReportView } from './schemas.ts';
import * as service from './service.ts';
import { sendAttachment } from '../../http/attachment.ts';
import { fileKinds } from '../../../domain/file-types.ts';

const problems = { ...problemResponses, 422: problemResponses[400] };

export async function assignmentRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Nhiệm vụ được giao (assignments)'];

  app.get(
    '/assignments',
    {
      schema: {
        tags,
        summary: "A unit's inbox (or the units the caller reports for), soonest due first, with counts per due state",
        querystring: inboxQuery,
        response: { 200: inboxPage, ...problems },
      },
    },
    (request) => service.listInbox(serviceContext(request, db), request.query),
  );

  app.get('/assignments/:id', { schema: { tags, summary: 'An assignment with its task, reports and implementing plans', params: idParam, response: { 200: assignmentDetail, ...problems } } }, (request) =>
    service.getAssignment(serviceContext(request, db), request.params.id),
  );

  app.post('/assignments/:id/acknowledge', { schema: { tags, summary: 'The assigned unit confirms receipt (once)', params: idParam, response: { 200: assignmentItem, ...problems } } }, (request) =>
    service.acknowledgeAssignment(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/assignments/:id/progress',
    { schema: { tags, summary: 'Report progress: status, percent, note, evidence links, date', params: idParam, body: progressBody, response: { 201: progressReportView, ...problems } } },
    async (request, reply) => {
      reply.status(201);
      return service.reportProgress(serviceContext(request, db), request.params.id, request.body);
    },
  );

  app.post(
    '/progress-reports/:id/files',
    {
      schema: { tags, summary: 'Attach evidence to a report (.pdf, .docx, .xlsx, .jpg, .png; multipart field "file")', params: idParam, consumes: ['multipart/form-data'], response: { 201: fileView, ...problems } },
    },
    async (request, reply) => {
      const ctx = serviceContext(request, db);
      const upload = await readUpload(request, ['pdf', 'docx', 'xlsx', 'jpeg', 'png']);
      reply.status(201);
      return service.attachEvidence(ctx, request.params.id, upload);
    },
  );

  app.get('/documents/:id/board', { schema: { tags, summary: "A plan's task tree with each unit's state and rolled-up figures", params: idParam, response: { 200: boardView, ...problems } } }, (request) =>
    getBoard(serviceContext(request, db), request.params.id),
  );

  app.get('/documents/:id/tasks.xlsx', { schema: { tags, summary: "The plan's task table as .xlsx", params: idParam } }, async (request, reply) => {
    const file = await exportTasks(serviceContext(request, db), request.params.id);
    return sendAttachment(reply, { ...file, contentType: fileKinds.xlsx.contentType });
  });

  app.get('/tasks/:id/cascade', { schema: { tags, summary: 'A task across units: the chain above it and the tree below it, with who is pending', params: idParam, response: { 200: cascadeView, ...problems } } }, (request) =>
    getCascade(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/tasks/:id/implement',
    { schema: { tags, summary: 'Turn a higher task into a draft plan of the unit', params: idParam, body: implementBody, response: { 201: documentDetail, ...problems } } },
    async (request, reply) => {
      reply.status(201);
      return implementTask(serviceContext(request, db), request.params.id, request.body);
    },
  );

  app.post(
    '/tasks/:id/implements',
    { schema: { tags, summary: 'Link a task of a draft plan to the higher task it implements (null unlinks)', params: idParam, body: linkBody, response: { 200: taskView, ...problems } } },
    (request) => linkTask(serviceContext(request, db), request.params.id, request.body.taskId),
  );
}
