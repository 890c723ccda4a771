import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { outboxPage, overduePage, overdueQuery, pageQuery, remindResult } from './schemas.ts';
import * as service from './service.ts';

export async function reminderRoutes(app: App, { db, config }: RouteDeps) {
  const tags = ['Đôn đốc (reminders)'];

  app.get(
    '/overdue',
    {
      schema: {
        tags,
        summary: 'Overdue and soon-due open work in the subtree of unitId (the đôn đốc list), with the last reminder',
        querystring: overdueQuery,
        response: { 200: overduePage, ...problemResponses },
      },
    },
    (request) => service.listOverdue(serviceContext(request, db), request.query),
  );

  app.post(
    '/assignments/:id/remind',
    {
      schema: {
        tags,
        summary: 'Remind the assigned unit now (staff or leaders above it, or of the issuer); once per assignment a day',
        params: idParam,
        response: { 201: remindResult, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await service.remindAssignment(serviceContext(request, db), request.params.id, config.publicUrl);
      reply.status(201);
      return result;
    },
  );

  app.get(
    '/outbox',
    {
      schema: {
        tags,
        summary: 'E-mails written by the platform (queued when no SMTP server is set), newest first; administrators',
        querystring: pageQuery,
        response: { 200: outboxPage, ...problemResponses },
      },
    },
    (request) => service.listOutbox(serviceContext(request, db), request.query),
  );
}
