import { z } from 'zod';
import { associationTypes, departmentFunctions, unitKinds } from '../../../domain/unit-kinds.ts';
import { serviceContext } from '../../http/request-context.ts';
import { booleanQuery, idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import * as service from './service.ts';

const unitView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(unitKinds),
  departmentFunction: z.enum(departmentFunctions).nullable(),
  associationType: z.enum(associationTypes).nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string(),
  ledBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  displayOrder: z.number(),
  isActive: z.boolean(),
  hasChildren: z.boolean(),
});

const unitDetail = unitView.extend({
  ancestors: z.array(z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable(), readable: z.boolean() })),
  memberCounts: z.object({ party: z.number(), association: z.number() }),
});

const name = z.string().trim().min(1, 'Tên đơn vị không được để trống.').max(300, 'Tên đơn vị tối đa 300 ký tự.');
const code = z
  .string()
  .trim()
  .min(1, 'Mã đơn vị không được để trống.')
  .max(40, 'Mã đơn vị tối đa 40 ký tự.')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang.');
const shortName = z.string().trim().max(60, 'Tên viết tắt tối đa 60 ký tự.').nullable();

const createBody = z.object({
  parentId: z.uuid(),
  kind: z.enum(unitKinds),
  name,
  shortName: shortName.optional(),
  code: code.nullable().optional(),
  departmentFunction: z.enum(departmentFunctions).nullable().optional(),
  associationType: z.enum(associationTypes).nullable().optional(),
  ledById: z.uuid().nullable().optional(),
  displayOrder: z.number().int().min(0).max(100_000).optional(),
});

const patchBody = z.object({
  name: name.optional(),
  shortName: shortName.optional(),
  code: code.optional(),
  departmentFunction: z.enum(departmentFunctions).optional(),
  associationType: z.enum(associationTypes).optional(),
  ledById: z.uuid().nullable().optional(),
  displayOrder: z.number().int().min(0).max(100_000).optional(),
});

export async function unitRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Đơn vị (units)'];

  app.get('/units/roots', { schema: { tags, summary: 'The tops of the subtrees the caller may read', response: { 200: z.array(unitView), ...problemResponses } } }, (request) =>
    service.listRootUnits(serviceContext(request, db)),
  );

  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'Search units by name without diacritics',
        querystring: z.object({
          search: z.string().max(200).optional(),
          kind: z.enum(unitKinds).optional(),
          associationType: z.enum(associationTypes).optional(),
          /** Only this unit and the units under it (e.g. those a meeting may give follow-up work to). */
          underId: z.uuid().optional(),
          includeInactive: booleanQuery,
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: { 200: z.array(unitView), ...problemResponses },
      },
    },
    (request) => service.searchUnitsByName(serviceContext(request, db), request.query),
  );

  app.get('/units/:id', { schema: { tags, params: idParam, response: { 200: unitDetail, ...problemResponses } } }, (request) =>
    service.getUnitDetail(serviceContext(request, db), request.params.id),
  );

  app.get(
    '/units/:id/children',
    { schema: { tags, params: idParam, querystring: z.object({ includeInactive: booleanQuery }), response: { 200: z.array(unitView), ...problemResponses } } },
    (request) => service.listChildUnits(serviceContext(request, db), request.params.id, request.query.includeInactive ?? false),
  );

  app.post('/units', { schema: { tags, body: createBody, response: { 201: unitView, ...problemResponses } } }, async (request, reply) => {
    reply.status(201);
    return service.createUnit(serviceContext(request, db), request.body);
  });

  app.patch('/units/:id', { schema: { tags, params: idParam, body: patchBody, response: { 200: unitView, ...problemResponses } } }, (request) =>
    service.updateUnitDetails(serviceContext(request, db), request.params.id, request.body),
  );

  app.post(
    '/units/:id/move',
    { schema: { tags, summary: 'Move a subtree under another unit', params: idParam, body: z.object({ newParentId: z.uuid() }), response: { 200: unitView, ...problemResponses } } },
    (request) => service.moveUnit(serviceContext(request, db), request.params.id, request.body.newParentId),
  );

  app.post('/units/:id/deactivate', { schema: { tags, params: idParam, response: { 200: unitView, ...problemResponses } } }, (request) =>
    service.setUnitActive(serviceContext(request, db), request.params.id, false),
  );

  app.post('/units/:id/reactivate', { schema: { tags, params: idParam, response: { 200: unitView, ...problemResponses } } }, (request) =>
    service.setUnitActive(serviceContext(request, db), request.params.id, true),
  );
}
