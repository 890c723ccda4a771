import { z } from 'zod';
import { fileKinds } from '../../../domain/file-types.ts';
import { agendaPartLabels, defaultAgenda, meetingKindLabels, meetingKinds } from '../../../domain/meeting-kinds.ts';
import { sendAttachment } from '../../http/attachment.ts';
import { serviceContext } from '../../http/request-context.ts';
import { idParam, isoDate, problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import * as attendance from './attendance-service.ts';
import { calendarRoutes } from './calendar-routes.ts';
import { compliance } from './compliance-service.ts';
import { meetingDocumentRoutes } from './meeting-documents-routes.ts';
import * as meetings from './meetings-service.ts';
import { exportMinutesDocx } from './minutes-export.ts';
import * as minutes from './minutes-service.ts';
import {
  agendaItem,
  attendanceBody,
  attendanceResult,
  attendanceTotals,
  createMeetingBody,
  createSeriesBody,
  guestInput,
  meetingDetail,
  meetingSummary,
  meetingWithWarnings,
  memberAttendanceRow,
  minutesBody,
  minutesView,
  patchMeetingBody,
  patchSeriesBody,
  seriesView,
  seriesWithMeetings,
} from './schemas.ts';
import * as series from './series-service.ts';
import { topicRoutes } from './topic-routes.ts';

const year = z.coerce.number().int().min(2000).max(2200);
const page = { limit: z.coerce.number().int().min(1).max(5000).optional(), offset: z.coerce.number().int().min(0).max(1_000_000).optional() };

/** Meetings of units: scheduling, series, invitations, attendance, minutes, statistics, compliance (README.md beside this file). */
export async function meetingRoutes(app: App, deps: RouteDeps) {
  const { db } = deps;
  const { publicUrl } = deps.config;
  const tags = ['Sinh hoạt, hội họp (meetings)'];
  const ctx = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db);

  app.get(
    '/meetings/kinds',
    {
      schema: {
        tags,
        summary: 'Kinds of meetings with their Vietnamese names and default agenda (09-HD/ĐUK script)',
        response: { 200: z.object({ kinds: z.array(z.object({ kind: z.enum(meetingKinds), label: z.string(), agenda: z.array(agendaItem) })), agendaParts: z.record(z.string(), z.string()) }), ...problemResponses },
      },
    },
    async () => ({ kinds: meetingKinds.map((kind) => ({ kind, label: meetingKindLabels[kind], agenda: defaultAgenda(kind) })), agendaParts: agendaPartLabels }),
  );

  app.get(
    '/meetings',
    {
      schema: {
        tags,
        summary: "A unit's meetings (or its subtree's); without unitId, the meetings the signed-in member is invited to",
        querystring: z.object({
          unitId: z.uuid().optional(),
          subtree: z.enum(['true', 'false']).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          kind: z.enum(meetingKinds).optional(),
          status: z.enum(['scheduled', 'held', 'cancelled']).optional(),
          seriesId: z.uuid().optional(),
          ...page,
        }),
        response: { 200: z.object({ items: z.array(meetingSummary), hasMore: z.boolean() }), ...problemResponses },
      },
    },
    (request) => meetings.listMeetings(ctx(request), { ...request.query, subtree: request.query.subtree === 'true' }),
  );

  app.post('/meetings', { schema: { tags, summary: 'Schedule a meeting (members of the unit invited by default); clashes come back as warnings', body: createMeetingBody, response: { 201: meetingWithWarnings, ...problemResponses } } }, async (request, reply) => {
    reply.status(201);
    return meetings.createMeeting(ctx(request), request.body, publicUrl);
  });

  app.get('/meetings/:id', { schema: { tags, params: idParam, response: { 200: meetingDetail, ...problemResponses } } }, (request) => meetings.getMeetingDetail(ctx(request), request.params.id));

  app.patch('/meetings/:id', { schema: { tags, summary: 'Change a scheduled meeting', params: idParam, body: patchMeetingBody, response: { 200: meetingWithWarnings, ...problemResponses } } }, (request) =>
    meetings.updateMeeting(ctx(request), request.params.id, request.body, publicUrl),
  );

  app.post(
    '/meetings/:id/cancel',
    { schema: { tags, params: idParam, body: z.object({ reason: z.string().trim().max(1000).nullable().optional() }).optional(), response: { 200: meetingDetail, ...problemResponses } } },
    (request) => meetings.cancelMeeting(ctx(request), request.params.id, request.body?.reason ?? null, publicUrl),
  );

  app.post('/meetings/:id/held', { schema: { tags, summary: 'Record that the meeting took place', params: idParam, response: { 200: meetingDetail, ...problemResponses } } }, (request) =>
    meetings.markHeld(ctx(request), request.params.id),
  );

  app.post(
    '/meetings/:id/invitees',
    { schema: { tags, summary: 'Invite people and guests (đại biểu)', params: idParam, body: z.object({ personIds: z.array(z.uuid()).max(2000).optional(), guests: z.array(guestInput).max(200).optional() }), response: { 200: meetingDetail, ...problemResponses } } },
    (request) => meetings.addInvitees(ctx(request), request.params.id, request.body, publicUrl),
  );

  app.delete(
    '/meetings/:id/invitees/:inviteeId',
    { schema: { tags, params: z.object({ id: z.uuid(), inviteeId: z.uuid() }), response: { 200: meetingDetail, ...problemResponses } } },
    (request) => meetings.removeInvitee(ctx(request), request.params.id, request.params.inviteeId),
  );

  app.post(
    '/meetings/:id/attendance',
    { schema: { tags, summary: 'Mark many invitees at once; any bad mark refuses the whole request', params: idParam, body: attendanceBody, response: { 200: attendanceResult, ...problemResponses, 422: problemResponses[400] } } },
    (request) => attendance.takeAttendance(ctx(request), request.params.id, request.body.marks),
  );

  app.post(
    '/meetings/:id/check-in',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags, summary: "A member's own check-in with the code shown in the room", params: idParam, body: z.object({ code: z.string().trim().min(1).max(20) }), response: { 200: meetingDetail, ...problemResponses } },
    },
    (request) => attendance.checkIn(ctx(request), request.params.id, request.body.code),
  );

  app.get('/meetings/:id/minutes', { schema: { tags, params: idParam, response: { 200: minutesView, ...problemResponses } } }, (request) => minutes.getMinutes(ctx(request), request.params.id));

  app.put('/meetings/:id/minutes', { schema: { tags, summary: 'Save the draft minutes (sanitized HTML) and their follow-up actions; 409 once approved', params: idParam, body: minutesBody, response: { 200: minutesView, ...problemResponses, 422: problemResponses[400] } } }, (request) =>
    minutes.saveMinutes(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/meetings/:id/minutes/approve',
    { schema: { tags, summary: "Approve and lock the minutes; the follow-ups become tasks of the unit's conclusions notice (TB), issued at once", params: idParam, response: { 200: minutesView, ...problemResponses, 422: problemResponses[400] } } },
    (request) => minutes.approveMinutes(ctx(request), request.params.id),
  );

  app.get(
    '/meetings/:id/minutes.docx',
    { schema: { tags, summary: 'The minutes as a .docx in the official layout (Hướng dẫn 36-HD/VPTW), for whoever may read the meeting', params: idParam } },
    async (request, reply) => sendAttachment(reply, { ...(await exportMinutesDocx(ctx(request), request.params.id)), contentType: fileKinds.docx.contentType }),
  );

  app.get(
    '/meetings/attendance/unit',
    {
      schema: {
        tags,
        summary: "Attendance per member of a unit over a year, and the unit's totals",
        querystring: z.object({ unitId: z.uuid(), year }),
        response: { 200: z.object({ unit: z.object({ id: z.string(), name: z.string() }), year: z.number(), totals: attendanceTotals, members: z.array(memberAttendanceRow) }), ...problemResponses },
      },
    },
    (request) => attendance.unitAttendance(ctx(request), request.query.unitId, request.query.year),
  );

  app.get(
    '/meetings/attendance/person/:id',
    { schema: { tags, summary: "One member's attendance over a year", params: idParam, querystring: z.object({ year }) } },
    (request) => attendance.personAttendance(ctx(request), request.params.id, request.query.year),
  );

  app.get(
    '/meetings/compliance',
    {
      schema: {
        tags,
        summary: 'For each cell under a node: months without a regular meeting, quarters without a thematic one, attendance, late papers; totals per level',
        querystring: z.object({ unitId: z.uuid(), year, asOf: isoDate.optional(), onlyMissing: z.enum(['true', 'false']).optional(), ...page }),
      },
    },
    (request) => compliance(ctx(request), { ...request.query, onlyMissing: request.query.onlyMissing === 'true' }),
  );

  const seriesTags = ['Lịch họp định kỳ (meeting series)'];
  app.get('/meeting-series', { schema: { tags: seriesTags, querystring: z.object({ unitId: z.uuid() }), response: { 200: z.array(seriesView), ...problemResponses } } }, (request) =>
    series.listSeries(ctx(request), request.query.unitId),
  );
  app.post('/meeting-series', { schema: { tags: seriesTags, summary: 'The monthly meeting on a fixed day, with its meetings generated', body: createSeriesBody, response: { 201: seriesWithMeetings, ...problemResponses } } }, async (request, reply) => {
    reply.status(201);
    return series.createSeries(ctx(request), request.body, publicUrl);
  });
  app.get('/meeting-series/:id', { schema: { tags: seriesTags, params: idParam, response: { 200: seriesWithMeetings, ...problemResponses } } }, (request) => series.getSeries(ctx(request), request.params.id));
  app.patch('/meeting-series/:id', { schema: { tags: seriesTags, summary: 'Change the series and its upcoming meetings', params: idParam, body: patchSeriesBody, response: { 200: seriesWithMeetings, ...problemResponses } } }, (request) =>
    series.updateSeries(ctx(request), request.params.id, request.body, publicUrl),
  );
  app.delete('/meeting-series/:id', { schema: { tags: seriesTags, summary: 'Stop the series: upcoming meetings are cancelled', params: idParam, response: { 200: seriesWithMeetings, ...problemResponses } } }, (request) =>
    series.stopSeries(ctx(request), request.params.id, publicUrl),
  );

  await topicRoutes(app, deps);
  await meetingDocumentRoutes(app, deps);
  await calendarRoutes(app, deps);
}
