import { z } from 'zod';
import { serviceContext } from '../../http/request-context.ts';
import { booleanQuery, idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import * as service from './service.ts';

const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  assignmentId: z.string().nullable(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

export async function notificationRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Thông báo (notifications)'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'The caller’s own notifications, newest first, and how many are unread',
        querystring: z.object({
          unread: booleanQuery,
          before: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(notificationView), hasMore: z.boolean(), unreadCount: z.number() }), ...problemResponses },
      },
    },
    (request) => service.listNotifications(serviceContext(request, db), request.query),
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of the caller’s notifications read', params: idParam, response: { 200: notificationView, ...problemResponses } } },
    (request) => service.readNotification(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark all the caller’s notifications read', response: { 200: z.object({ updated: z.number() }), ...problemResponses } } },
    (request) => service.readAllNotifications(serviceContext(request, db)),
  );
}
