import { z } from 'zod';
import { progressStatuses } from '../../../domain/task-status.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import * as service from './service.ts';

const overdueItem = z.object({
  id: z.string(),
  role: z.enum(['lead', 'partner']),
  period: z.string().nullable(),
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  dueState: z.enum(['overdue', 'due_soon', 'upcoming', 'undated', 'done']),
  status: z.enum(progressStatuses),
  percent: z.number(),
  acknowledgedAt: z.string().nullable(),
  lastReportedAt: z.string().nullable(),
  task: z.object({ id: z.string(), code: z.string(), title: z.string(), timeframeText: z.string().nullable() }),
  document: z.object({ id: z.string(), numberLine: z.string().nullable(), title: z.string(), issuerName: z.string() }),
  unit: z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() }),
  allowed: z.object({ acknowledge: z.boolean(), report: z.boolean(), remind: z.boolean() }),
  lastReminderAt: z.string().nullable(),
  remindedToday: z.boolean(),
});

const outboxItem = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

const page = {
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
};

export async function reminderRoutes(app: App, { db, config }: RouteDeps) {
  const tags = ['Đôn đốc (reminders)'];

  app.get(
    '/overdue',
    {
      schema: {
        tags,
        summary: 'Overdue and soon-due open work in the subtree of unitId (the đôn đốc list), with the last reminder',
        querystring: z.object({ unitId: z.uuid({ error: 'Chọn đơn vị.' }), state: z.enum(['overdue', 'due_soon']).optional(), ...page }),
        response: {
          200: z.object({ items: z.array(overdueItem), hasMore: z.boolean(), counts: z.object({ overdue: z.number(), dueSoon: z.number() }) }),
          ...problemResponses,
        },
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
        response: { 201: z.object({ sent: z.literal(true), recipients: z.number() }), ...problemResponses },
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
        querystring: z.object(page),
        response: { 200: z.object({ items: z.array(outboxItem), hasMore: z.boolean() }), ...problemResponses },
      },
    },
    (request) => service.listOutbox(serviceContext(request, db), request.query),
  );
}
