import { z } from 'zod';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { notificationPage, notificationQuery, notificationView } from './schemas.ts';
import * as service from './service.ts';

export async function notificationRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Thông báo (notifications)'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'The caller’s own notifications, newest first, and how many are unread',
        querystring: notificationQuery,
        response: { 200: notificationPage, ...problemResponses },
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
