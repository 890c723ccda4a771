import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { genders, membershipPositions, partyStatuses } from '../../../domain/people.ts';
import { badRequest } from '../../http/errors.ts';
import { serviceContext } from '../../http/request-context.ts';
import { booleanQuery, idParam, isoDate, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { commitPeopleImport, previewPeopleImport } from './import-service.ts';
import * as service from './service.ts';

const membershipView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitKind: z.string(),
  isParty: z.boolean(),
  position: z.enum(membershipPositions),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
});

const personView = z.object({
  id: z.string(),
  fullName: z.string(),
  gender: z.enum(genders).nullable(),
  birthYear: z.number().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  partyStatus: z.enum(partyStatuses),
  partyJoinedOn: z.string().nullable(),
  memberCode: z.string().nullable(),
  isActive: z.boolean(),
  memberships: z.array(membershipView),
});

const personFields = {
  fullName: z.string().trim().min(1, 'Họ và tên không được để trống.').max(200, 'Họ và tên tối đa 200 ký tự.'),
  gender: z.enum(genders).nullable().optional(),
  birthYear: z.number().int().min(1900, 'Năm sinh không hợp lệ.').max(2100, 'Năm sinh không hợp lệ.').nullable().optional(),
  email: z.email('Email không hợp lệ.').nullable().optional().or(z.literal('').transform(() => null)),
  phone: z.string().trim().max(30, 'Số điện thoại tối đa 30 ký tự.').nullable().optional(),
  partyStatus: z.enum(partyStatuses).optional(),
  partyJoinedOn: isoDate.nullable().optional(),
  memberCode: z.string().trim().max(40, 'Mã đảng viên tối đa 40 ký tự.').nullable().optional(),
};

const importPreview = z.object({
  columns: z.array(z.string()),
  missingColumns: z.array(z.string()),
  total: z.number(),
  valid: z.number(),
  rows: z.array(
    z.object({
      line: z.number(),
      values: z.record(z.string(), z.string()),
      errors: z.array(z.object({ field: z.string().nullable(), problem: z.string(), message: z.string() })),
    }),
  ),
});

async function uploadedFile(request: FastifyRequest) {
  const file = await request.file();
  if (!file) throw badRequest('import_file_invalid', { reason: 'chưa chọn tệp' });
  const buffer = await file.toBuffer();
  const mode = (file.fields.mode as { value?: string } | undefined)?.value;
  return { filename: file.filename, buffer, mode };
}

export async function peopleRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Người (people)'];

  app.get(
    '/people',
    {
      schema: {
        tags,
        summary: 'People with an active membership under a unit; search by name without diacritics',
        querystring: z.object({
          unitId: z.uuid().optional(),
          search: z.string().max(200).optional(),
          partyStatus: z.enum(partyStatuses).optional(),
          includeInactive: booleanQuery,
          limit: z.coerce.number().int().min(1).max(200).optional(),
          offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
        }),
        response: { 200: z.object({ items: z.array(personView), hasMore: z.boolean() }), ...problemResponses },
      },
    },
    (request) => service.listPeople(serviceContext(request, db), request.query),
  );

  app.get('/people/:id', { schema: { tags, params: idParam, response: { 200: personView, ...problemResponses } } }, (request) =>
    service.getPerson(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/people',
    {
      schema: {
        tags,
        body: z.object({ ...personFields, unitId: z.uuid(), position: z.enum(membershipPositions).optional(), startedOn: isoDate.optional() }),
        response: { 201: personView, ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return service.createPerson(serviceContext(request, db), request.body);
    },
  );

  app.patch(
    '/people/:id',
    { schema: { tags, params: idParam, body: z.object(personFields).partial(), response: { 200: personView, ...problemResponses } } },
    (request) => service.updatePerson(serviceContext(request, db), request.params.id, request.body),
  );

  app.post(
    '/people/:id/memberships',
    {
      schema: {
        tags,
        summary: 'Add a membership (e.g. an association) to a person',
        params: idParam,
        body: z.object({ unitId: z.uuid(), position: z.enum(membershipPositions).optional(), startedOn: isoDate.optional() }),
        response: { 200: personView, ...problemResponses },
      },
    },
    (request) => service.addMembership(serviceContext(request, db), request.params.id, request.body),
  );

  app.patch(
    '/memberships/:id',
    { schema: { tags, params: idParam, body: z.object({ position: z.enum(membershipPositions) }), response: { 200: personView, ...problemResponses } } },
    (request) => service.changePosition(serviceContext(request, db), request.params.id, request.body.position),
  );

  app.post(
    '/memberships/:id/end',
    { schema: { tags, params: idParam, body: z.object({ endedOn: isoDate.optional() }), response: { 200: personView, ...problemResponses } } },
    (request) => service.endMembership(serviceContext(request, db), request.params.id, request.body.endedOn),
  );

  app.post(
    '/memberships/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Transfer a person to another unit; the old membership is kept as history',
        params: idParam,
        body: z.object({ toUnitId: z.uuid(), position: z.enum(membershipPositions).optional(), on: isoDate.optional() }),
        response: { 200: personView, ...problemResponses },
      },
    },
    (request) => service.transferPerson(serviceContext(request, db), request.params.id, request.body),
  );

  app.post(
    '/people/imports/preview',
    { schema: { tags, summary: 'Check a CSV/XLSX file of people; nothing is written', consumes: ['multipart/form-data'], response: { 200: importPreview, ...problemResponses } } },
    async (request) => {
      const { filename, buffer } = await uploadedFile(request);
      return previewPeopleImport(serviceContext(request, db), filename, buffer, request.locale);
    },
  );

  app.post(
    '/people/imports',
    {
      schema: {
        tags,
        summary: 'Import a CSV/XLSX file of people: all rows or nothing (all_or_nothing), or only the valid rows (valid_only)',
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ created: z.number(), skipped: z.number(), skippedRows: importPreview.shape.rows }), 422: problemResponses[400], ...problemResponses },
      },
    },
    async (request) => {
      const { filename, buffer, mode } = await uploadedFile(request);
      if (mode !== 'all_or_nothing' && mode !== 'valid_only') throw badRequest('import_file_invalid', { reason: 'chế độ nhập phải là all_or_nothing hoặc valid_only' });
      return commitPeopleImport(serviceContext(request, db), filename, buffer, mode, request.locale);
    },
  );
}
