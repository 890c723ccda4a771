import { z } from 'zod';
import { sendAttachment } from '../../http/attachment.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { readUpload } from '../documents/upload.ts';
import * as files from './report-files.ts';
import {
  approveBody,
  createReviewBody,
  dueQuery,
  dueReport,
  openReportBody,
  receivedQuery,
  reopenBody,
  reportDetail,
  reportFileParams,
  reportListItem,
  returnBody,
  reviewDetail,
  reviewListQuery,
  reviewSummary,
  rollupQuery,
  rollupView,
  saveDraftBody,
  submitBody,
  updateReviewBody,
} from './report-schemas.ts';
import * as reports from './report-service.ts';
import * as reviews from './review-service.ts';
import { exportRollup } from './rollup-export.ts';
import { rollup } from './rollup-service.ts';

/** Reports, their roll-up and the reviews built on them (the templates' routes are in routes.ts). */
export async function reportLifecycleRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Báo cáo định kỳ (reports)'];
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db);
  const detail = { 200: reportDetail, ...problemResponses };

  app.get('/reports/due', { schema: { tags, summary: 'What a unit owes in a year: template × period, started or not', querystring: dueQuery, response: { 200: z.array(dueReport), ...problemResponses } } }, (request) =>
    reports.listDue(ctx(request), request.query.unitId, request.query.year),
  );

  app.post('/reports', { schema: { tags, summary: "Open a unit's report for a period (created as a prefilled draft the first time)", body: openReportBody, response: detail } }, (request) =>
    reports.openReport(ctx(request), request.body),
  );

  app.get('/reports/received', { schema: { tags, summary: 'Reports received by a unit or any unit under it', querystring: receivedQuery, response: { 200: z.array(reportListItem), ...problemResponses } } }, (request) =>
    reports.listReceived(ctx(request), request.query),
  );

  app.get('/reports/rollup', { schema: { tags, summary: 'Figures, completeness and timeliness of a node for one period, with drill-down', querystring: rollupQuery, response: { 200: rollupView, ...problemResponses } } }, (request) =>
    rollup(ctx(request), request.query),
  );

  app.get('/reports/rollup.xlsx', { schema: { tags, summary: 'The roll-up as an Excel workbook', querystring: rollupQuery } }, async (request, reply) => {
    const file = await exportRollup(ctx(request), request.query);
    return sendAttachment(reply, { filename: file.filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: file.content });
  });

  app.get('/reports/:id', { schema: { tags, summary: 'A report with its template version, values, errors, actions and history', params: idParam, response: detail } }, (request) =>
    reports.getReport(ctx(request), request.params.id),
  );

  app.put('/reports/:id', { schema: { tags, summary: 'Save a draft (kept even when it fails the checks; the errors come back)', params: idParam, body: saveDraftBody, response: detail } }, (request) =>
    reports.saveDraft(ctx(request), request.params.id, request.body),
  );

  app.post('/reports/:id/submit', { schema: { tags, summary: 'Submit (values sent along are saved first; 422 keeps them as the draft)', params: idParam, body: submitBody, response: detail } }, (request) =>
    reports.submitReport(ctx(request), request.params.id, request.body),
  );

  app.post('/reports/:id/return', { schema: { tags, summary: 'Return for revision with a comment', params: idParam, body: returnBody, response: detail } }, (request) =>
    reports.returnReport(ctx(request), request.params.id, request.body),
  );

  app.post('/reports/:id/approve', { schema: { tags, summary: 'Approve (locks it); with reports below missing only when acceptGap', params: idParam, body: approveBody, response: detail } }, (request) =>
    reports.approveReport(ctx(request), request.params.id, request.body),
  );

  app.post('/reports/:id/reopen', { schema: { tags, summary: 'Reopen an approved report for revision, with the reason', params: idParam, body: reopenBody, response: detail } }, (request) =>
    reports.reopenReport(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/reports/:id/files',
    { schema: { tags, summary: 'Attach a file (.pdf, .docx, .xlsx, .jpg, .png; multipart "file"), checked by content', params: idParam, consumes: ['multipart/form-data'], response: { 201: reportDetail, ...problemResponses, 422: problemResponses[400] } } },
    async (request, reply) => {
      const context = ctx(request);
      await files.checkCanAttach(context, request.params.id);
      const upload = await readUpload(request, files.reportFileKinds);
      reply.status(201);
      return files.attachReportFile(context, request.params.id, upload);
    },
  );

  app.delete('/reports/:id/files/:fileId', { schema: { tags, summary: 'Remove an attached file', params: reportFileParams, response: detail } }, (request) =>
    files.removeReportFile(ctx(request), request.params.id, request.params.fileId),
  );

  app.get('/reports/:id/files/:fileId', { schema: { tags, summary: 'Download an attached file', params: reportFileParams } }, async (request, reply) => {
    const file = await files.readReportFile(ctx(request), request.params.id, request.params.fileId);
    return sendAttachment(reply, { filename: file.filename, contentType: file.content_type, content: file.content });
  });

  app.get('/reviews', { schema: { tags, summary: "A unit's reviews (sơ kết, tổng kết)", querystring: reviewListQuery, response: { 200: z.array(reviewSummary), ...problemResponses } } }, (request) =>
    reviews.listReviews(ctx(request), request.query.unitId),
  );

  app.post('/reviews', { schema: { tags, summary: 'Draft a review of a span of periods from the roll-up, the tasks and the reports below', body: createReviewBody, response: { 201: reviewDetail, ...problemResponses } } }, async (request, reply) => {
    const review = await reviews.createReview(ctx(request), request.body);
    reply.status(201);
    return review;
  });

  app.get('/reviews/:id', { schema: { tags, summary: 'A review with its figures', params: idParam, response: { 200: reviewDetail, ...problemResponses } } }, (request) =>
    reviews.getReview(ctx(request), request.params.id),
  );

  app.put('/reviews/:id', { schema: { tags, summary: "Save a review's title and sections", params: idParam, body: updateReviewBody, response: { 200: reviewDetail, ...problemResponses } } }, (request) =>
    reviews.updateReview(ctx(request), request.params.id, request.body),
  );

  app.get('/reviews/:id/docx', { schema: { tags, summary: 'The review as a .docx in the official layout', params: idParam } }, async (request, reply) => {
    const file = await reviews.exportReviewDocx(ctx(request), request.params.id);
    return sendAttachment(reply, { filename: file.filename, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: file.content });
  });
}
