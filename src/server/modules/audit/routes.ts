import { z } from 'zod';
import { serviceContext } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { readableUnit } from '../units/service.ts';
import { listAuditEntries } from './service.ts';

const auditEntry = z.object({
  id: z.string(),
  occurredAt: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), login: z.string() }).nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});

export async function auditRoutes(app: App, { db }: RouteDeps) {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['Nhật ký (audit)'],
        summary: 'Audit entries of the caller’s subtrees, newest first',
        querystring: z.object({
          unitId: z.uuid().optional(),
          entityType: z.string().max(40).optional(),
          entityId: z.uuid().optional(),
          actorId: z.uuid().optional(),
          action: z.string().max(40).optional(),
          from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
          to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: { 200: z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request, db);
      const { unitId, actorId, ...rest } = request.query;
      const unitPath = unitId ? (await readableUnit(ctx, unitId)).path : undefined;
      return listAuditEntries(ctx, { ...rest, unitPath, actorUserId: actorId });
    },
  );
}
