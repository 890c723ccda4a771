import { z } from 'zod';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, okSchema, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { readUpload } from '../documents/upload.ts';
import * as catalogue from './catalogue-service.ts';
import {
  approveBody,
  catalogueItemBody,
  catalogueItemView,
  decideBody,
  draftersBody,
  paperBody,
  patchCatalogueItemBody,
  patchTopicBody,
  proposeTopicsBody,
  recordBody,
  returnBody,
  sendBody,
  topicDetail,
  topicList,
  topicReportView,
  topicWithWarnings,
} from './topic-schemas.ts';
import * as topics from './topics-service.ts';
import { sendAttachment } from '../../http/attachment.ts';

const year = z.coerce.number().int().min(2000).max(2200);
const paperKinds = ['pdf', 'docx', 'txt'] as const;

/** The thematic-meeting workflow of 09-HD/ĐUK: catalogue, topics of a cell, papers, the higher unit's inbox. */
export async function topicRoutes(app: App, { db }: RouteDeps) {
  const tags = ['Sinh hoạt chuyên đề (thematic topics)'];
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db);
  const stepResponse = { 200: topicWithWarnings, ...problemResponses };

  app.get('/meetings/topic-catalogue', { schema: { tags, summary: "Suggested topics of the unit's own and its higher units' guidance for a year", querystring: z.object({ unitId: z.uuid(), year }), response: { 200: z.array(catalogueItemView), ...problemResponses } } }, (request) =>
    catalogue.listCatalogue(ctx(request), request.query.unitId, request.query.year),
  );
  app.post('/meetings/topic-catalogue', { schema: { tags, summary: 'Add a suggested topic to the guidance of a unit', body: catalogueItemBody, response: { 201: catalogueItemView, ...problemResponses } } }, async (request, reply) => {
    reply.status(201);
    return catalogue.createCatalogueItem(ctx(request), request.body);
  });
  app.patch('/meetings/topic-catalogue/:id', { schema: { tags, params: idParam, body: patchCatalogueItemBody, response: { 200: catalogueItemView, ...problemResponses } } }, (request) =>
    catalogue.updateCatalogueItem(ctx(request), request.params.id, request.body),
  );
  app.delete('/meetings/topic-catalogue/:id', { schema: { tags, params: idParam, response: { 200: okSchema, ...problemResponses } } }, (request) => catalogue.deleteCatalogueItem(ctx(request), request.params.id));

  app.get('/meetings/topics', { schema: { tags, summary: "A cell's topics for a year and the quarters still without one", querystring: z.object({ unitId: z.uuid(), year }), response: { 200: topicList, ...problemResponses } } }, (request) =>
    topics.listTopics(ctx(request), request.query.unitId, request.query.year),
  );
  app.post(
    '/meetings/topics',
    { schema: { tags, summary: "The cell committee proposes the year's topics (from the catalogue or its own)", body: proposeTopicsBody, response: { 201: topicList.extend({ created: z.array(z.string()) }), ...problemResponses } } },
    async (request, reply) => {
      reply.status(201);
      return topics.proposeTopics(ctx(request), request.body);
    },
  );
  app.get('/meetings/topics/:id', { schema: { tags, params: idParam, response: { 200: topicDetail, ...problemResponses } } }, (request) => topics.getTopic(ctx(request), request.params.id));
  app.patch('/meetings/topics/:id', { schema: { tags, summary: 'Rename, move to another quarter or date (before drafting)', params: idParam, body: patchTopicBody, response: { 200: topicDetail, ...problemResponses } } }, (request) =>
    topics.updateTopicFields(ctx(request), request.params.id, request.body),
  );

  app.post('/meetings/topics/:id/decide', { schema: { tags, summary: 'The cell decides the name and date', params: idParam, body: decideBody, response: stepResponse } }, (request) =>
    topics.decideTopic(ctx(request), request.params.id, request.body ?? {}),
  );
  app.post('/meetings/topics/:id/drafters', { schema: { tags, summary: 'Assign the member(s) who draft the paper', params: idParam, body: draftersBody, response: stepResponse } }, (request) =>
    topics.assignDrafters(ctx(request), request.params.id, request.body.personIds),
  );
  app.post('/meetings/topics/:id/draft', { schema: { tags, summary: 'Submit a version of the draft (text)', params: idParam, body: paperBody, response: stepResponse } }, (request) =>
    topics.submitDraft(ctx(request), request.params.id, request.body.body),
  );
  app.post('/meetings/topics/:id/draft/file', { schema: { tags, summary: 'Submit a version of the draft as a file (.docx, .pdf, .txt; multipart "file")', params: idParam, consumes: ['multipart/form-data'], response: stepResponse } }, async (request) => {
    const context = ctx(request);
    return topics.submitDraft(context, request.params.id, '', await readUpload(request, paperKinds));
  });
  app.post('/meetings/topics/:id/return', { schema: { tags, summary: 'Return the draft with comments', params: idParam, body: returnBody, response: stepResponse } }, (request) =>
    topics.returnDraft(ctx(request), request.params.id, request.body.comment),
  );
  app.post('/meetings/topics/:id/approve', { schema: { tags, summary: 'Approve the draft', params: idParam, body: approveBody, response: stepResponse } }, (request) =>
    topics.approveDraft(ctx(request), request.params.id, request.body?.comment),
  );
  app.post('/meetings/topics/:id/send', { schema: { tags, summary: 'Send the approved draft to the members (warning when late)', params: idParam, body: sendBody, response: stepResponse } }, (request) =>
    topics.sendToMembers(ctx(request), request.params.id, request.body?.meetingId),
  );
  app.post('/meetings/topics/:id/record', { schema: { tags, summary: "After the meeting: the secretary's evaluation and conclusion", params: idParam, body: recordBody, response: stepResponse } }, (request) =>
    topics.recordMeeting(ctx(request), request.params.id, request.body),
  );
  app.post('/meetings/topics/:id/finalize', { schema: { tags, summary: 'The drafters finalize the paper (text)', params: idParam, body: paperBody, response: stepResponse } }, (request) =>
    topics.finalizeTopic(ctx(request), request.params.id, request.body.body),
  );
  app.post('/meetings/topics/:id/finalize/file', { schema: { tags, summary: 'The final paper as a file (multipart "file")', params: idParam, consumes: ['multipart/form-data'], response: stepResponse } }, async (request) => {
    const context = ctx(request);
    return topics.finalizeTopic(context, request.params.id, '', await readUpload(request, paperKinds));
  });
  app.post('/meetings/topics/:id/report', { schema: { tags, summary: 'Report the final paper to the higher committee', params: idParam, response: stepResponse } }, (request) => topics.reportTopic(ctx(request), request.params.id));

  app.get(
    '/meetings/topic-reports',
    {
      schema: {
        tags,
        summary: "The higher committee's inbox: topics reported by the cells under the unit",
        querystring: z.object({ unitId: z.uuid(), year: year.optional(), limit: z.coerce.number().int().min(1).max(200).optional(), offset: z.coerce.number().int().min(0).optional() }),
        response: { 200: z.object({ items: z.array(topicReportView), hasMore: z.boolean() }), ...problemResponses },
      },
    },
    (request) => topics.topicReports(ctx(request), request.query),
  );

  app.get('/meetings/topic-files/:id', { schema: { tags, summary: 'Download the file of a paper', params: idParam } }, async (request, reply) => {
    const file = await topics.readPaperFile(ctx(request), request.params.id);
    return sendAttachment(reply, { filename: file.filename, contentType: file.content_type, content: file.content });
  });
}
