import { z } from 'zod';
import { sendAttachment } from '../../http/attachment.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { unitDuties } from './duties-service.ts';
import { exportMatrix } from './export-xlsx.ts';
import { complianceDetail, complianceMatrix, complianceTrend } from './matrix-service.ts';
import { createTargetBody, detailQuery, detailResponse, dutiesQuery, dutiesResponse, matrixQuery, matrixResponse, metricInfo, target, targetListQuery, trendQuery, trendResponse, updateTargetBody } from './schemas.ts';
import * as service from './service.ts';

const refused = { ...problemResponses, 422: problemResponses[400] };

/** Targets (chỉ tiêu), the compliance matrix and the home page's duties (issue 7; README "Targets (API)"). */
export async function targetRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Chỉ tiêu (targets)'];
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db);

  app.get('/metrics', { schema: { tags, summary: 'The metrics a target can be measured by', response: { 200: z.object({ metrics: z.array(metricInfo) }), ...problemResponses } } }, (request) => {
    ctx(request);
    return service.listMetrics();
  });

  app.get('/targets', { schema: { tags, summary: 'Targets of a unit and of the units above it that reach it, for a year', querystring: targetListQuery, response: { 200: z.object({ targets: z.array(target) }), ...problemResponses } } }, (request) =>
    service.listTargets(ctx(request), request.query),
  );

  app.post('/targets', { schema: { tags, summary: 'Define a target (checked against its metric, subject, period and plan)', body: createTargetBody, response: { 201: target, ...refused } } }, async (request, reply) => {
    const created = await service.createTarget(ctx(request), request.body);
    reply.status(201);
    return created;
  });

  app.get('/targets/:id', { schema: { tags, summary: 'A target', params: idParam, response: { 200: target, ...problemResponses } } }, (request) => service.getTarget(ctx(request), request.params.id));

  app.patch('/targets/:id', { schema: { tags, summary: 'Change a target (checked as a whole)', params: idParam, body: updateTargetBody, response: { 200: target, ...refused } } }, (request) =>
    service.updateTarget(ctx(request), request.params.id, request.body),
  );

  app.delete('/targets/:id', { schema: { tags, summary: 'Remove a target', params: idParam, response: { 204: z.null(), ...problemResponses } } }, async (request, reply) => {
    await service.deleteTarget(ctx(request), request.params.id);
    reply.status(204);
    return null;
  });

  app.post(
    '/documents/:id/targets/adopt',
    { schema: { tags, summary: "Turn a plan's imported targets that a metric can measure into targets", params: idParam, response: { 200: z.object({ created: z.array(target), unmatched: z.array(z.object({ text: z.string() })) }), ...refused } } },
    (request) => service.adoptPlanTargets(ctx(request), request.params.id),
  );

  app.get('/compliance', { schema: { tags, summary: 'The compliance matrix of a unit for a period: subordinate units × targets', querystring: matrixQuery, response: { 200: matrixResponse, ...problemResponses } } }, (request) =>
    complianceMatrix(ctx(request), request.query),
  );

  app.get('/compliance/detail', { schema: { tags, summary: 'The units behind a figure that fall short (people only counted)', querystring: detailQuery, response: { 200: detailResponse, ...refused } } }, (request) =>
    complianceDetail(ctx(request), request.query),
  );

  app.get('/compliance/trend', { schema: { tags, summary: "A target's figure at a unit over periods", querystring: trendQuery, response: { 200: trendResponse, ...refused } } }, (request) =>
    complianceTrend(ctx(request), request.query),
  );

  app.get('/compliance/export.xlsx', { schema: { tags, summary: 'The compliance matrix as an Excel workbook', querystring: matrixQuery } }, async (request, reply) => {
    const file = await exportMatrix(ctx(request), request.query);
    return sendAttachment(reply, { filename: file.filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: file.content });
  });

  app.get('/home/duties', { schema: { tags, summary: "A unit's duties for a month: next meeting, approvals, reports, tasks, targets behind", querystring: dutiesQuery, response: { 200: dutiesResponse, ...problemResponses } } }, (request) =>
    unitDuties(ctx(request), request.query),
  );
}
