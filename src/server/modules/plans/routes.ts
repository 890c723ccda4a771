import { z } from 'zod';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, okSchema, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { createTaskBody, patchTaskBody, taskView } from './schemas.ts';
import * as service from './task-service.ts';

export async function planRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Kế hoạch và nhiệm vụ (plans and tasks)'];

  app.get('/documents/:id/tasks', { schema: { tags, summary: "A plan's tasks in document order, with their units", params: idParam, response: { 200: z.array(taskView), ...problemResponses } } }, (request) =>
    service.listTasks(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/documents/:id/tasks',
    { schema: { tags, summary: 'Add a task to a draft plan', params: idParam, body: createTaskBody, response: { 201: taskView, ...problemResponses } } },
    async (request, reply) => {
      reply.status(201);
      return service.addTask(serviceContext(request, db), request.params.id, request.body);
    },
  );

  app.patch('/tasks/:id', { schema: { tags, summary: 'Change a task of a draft plan', params: idParam, body: patchTaskBody, response: { 200: taskView, ...problemResponses } } }, (request) =>
    service.updateTask(serviceContext(request, db), request.params.id, request.body),
  );

  app.delete('/tasks/:id', { schema: { tags, summary: 'Delete a task of a draft plan with its sub-tasks', params: idParam, response: { 200: okSchema, ...problemResponses } } }, (request) =>
    service.deleteTask(serviceContext(request, db), request.params.id),
  );
}
