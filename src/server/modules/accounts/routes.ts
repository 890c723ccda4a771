import { z } from 'zod';
import { roles } from '../../../domain/roles.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import * as service from './service.ts';

const grantView = z.object({ id: z.string(), role: z.enum(roles), unitId: z.string(), unitName: z.string() });
const accountView = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  personId: z.string().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  homeUnit: z.object({ id: z.string(), name: z.string() }),
  grants: z.array(grantView),
});
const withTemporaryPassword = z.object({ account: accountView, temporaryPassword: z.string().nullable() });
const grantBody = z.object({ unitId: z.uuid(), role: z.enum(roles) });

export async function accountRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Tài khoản (accounts)'];

  app.get(
    '/accounts',
    { schema: { tags, querystring: z.object({ search: z.string().max(100).optional() }), response: { 200: z.array(accountView), ...problemResponses } } },
    (request) => service.listAccounts(serviceContext(request, db), request.query.search),
  );

  app.post(
    '/accounts',
    {
      schema: {
        tags,
        body: z.object({
          login: z
            .string()
            .trim()
            .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự.')
            .max(60)
            .regex(/^[a-zA-Z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang.'),
          displayName: z.string().trim().min(1, 'Tên hiển thị không được để trống.').max(200),
          email: z.email('Email không hợp lệ.').nullable().optional(),
          personId: z.uuid().nullable().optional(),
          homeUnitId: z.uuid(),
          password: z.string().max(200).optional(),
          grants: z.array(grantBody).max(20).optional(),
        }),
        response: { 201: withTemporaryPassword, ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return service.createAccount(serviceContext(request, db), request.body);
    },
  );

  app.post('/accounts/:id/grants', { schema: { tags, params: idParam, body: grantBody, response: { 200: accountView, ...problemResponses } } }, (request) =>
    service.grantRole(serviceContext(request, db), request.params.id, request.body.unitId, request.body.role),
  );

  app.delete('/grants/:id', { schema: { tags, params: idParam, response: { 200: accountView, ...problemResponses } } }, (request) =>
    service.revokeGrant(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/accounts/:id/reset-password',
    { schema: { tags, summary: 'Admin-initiated password reset: returns a temporary password once', params: idParam, response: { 200: withTemporaryPassword, ...problemResponses } } },
    (request) => service.resetPassword(serviceContext(request, db), request.params.id),
  );

  app.post('/accounts/:id/deactivate', { schema: { tags, params: idParam, response: { 200: accountView, ...problemResponses } } }, (request) =>
    service.setAccountActive(serviceContext(request, db), request.params.id, false),
  );

  app.post('/accounts/:id/reactivate', { schema: { tags, params: idParam, response: { 200: accountView, ...problemResponses } } }, (request) =>
    service.setAccountActive(serviceContext(request, db), request.params.id, true),
  );
}
