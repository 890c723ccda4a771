import { z } from 'zod';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { createTemplateBody, newVersionBody, opinionSummaryBody, templateDetail, templateSummary, versionDetail, versionParams } from './schemas.ts';
import { reportLifecycleRoutes } from './report-routes.ts';
import * as service from './service.ts';

export async function reportRoutes(app: App, deps: RouteDeps) {
  const { db } = deps;
  const tags = ['Báo cáo định kỳ (reports)'];

  app.get(
    '/report-templates',
    { schema: { tags, summary: 'Report templates applying to a unit (defined by it or its ancestors)', querystring: z.object({ unitId: z.uuid() }), response: { 200: z.array(templateSummary), ...problemResponses } } },
    (request) => service.listTemplates(serviceContext(request, db), request.query.unitId),
  );

  app.post(
    '/report-templates',
    { schema: { tags, summary: 'Define a report template (version 1)', body: createTemplateBody, response: { 201: templateDetail, ...problemResponses } } },
    async (request, reply) => {
      const result = await service.createTemplate(serviceContext(request, db), request.body);
      reply.status(201);
      return result;
    },
  );

  app.post(
    '/report-templates/opinion-summary',
    { schema: { tags, summary: 'Create the ready quarterly opinion-summary template for a unit', body: opinionSummaryBody, response: { 201: templateDetail, ...problemResponses } } },
    async (request, reply) => {
      const result = await service.createOpinionSummaryTemplate(serviceContext(request, db), request.body);
      reply.status(201);
      return result;
    },
  );

  app.get('/report-templates/:id', { schema: { tags, summary: 'A template: its latest version and the list of versions', params: idParam, response: { 200: templateDetail, ...problemResponses } } }, (request) =>
    service.getTemplate(serviceContext(request, db), request.params.id),
  );

  app.post(
    '/report-templates/:id/versions',
    { schema: { tags, summary: 'Add a version (earlier versions never change)', params: idParam, body: newVersionBody, response: { 201: templateDetail, ...problemResponses } } },
    async (request, reply) => {
      const result = await service.addVersion(serviceContext(request, db), request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  app.get('/report-templates/:id/versions/:version', { schema: { tags, summary: 'One version of a template', params: versionParams, response: { 200: versionDetail, ...problemResponses } } }, (request) =>
    service.getVersion(serviceContext(request, db), request.params.id, request.params.version),
  );

  await reportLifecycleRoutes(app, deps);
}
