import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { serviceContext } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { notFound } from '../../http/errors.ts';
import { calendarFeed, getCalendarToken, rotateCalendarToken } from './calendar-service.ts';

const tokenView = z.object({ token: z.string().nullable(), createdAt: z.string().nullable(), feedUrl: z.string().nullable(), unitFeedUrlTemplate: z.string().nullable() });
const icsFile = z.string().regex(/^[A-Za-z0-9_-]{32,}\.ics$/);

/** iCalendar feeds (RFC 5545) that phones subscribe to with the secret address; no session needed. */
export async function calendarRoutes(app: App, { db, config }: RouteDeps) {
  const tags = ['Lịch (iCalendar)'];
  app.get('/calendar/token', { schema: { tags, summary: "The signed-in account's feed addresses (token null until made)", response: { 200: tokenView, ...problemResponses } } }, (request) =>
    getCalendarToken(serviceContext(request, db), config.publicUrl),
  );
  app.post('/calendar/token', { schema: { tags, summary: 'Make or replace the feed token (the old address stops working)', response: { 200: tokenView, ...problemResponses } } }, (request) =>
    rotateCalendarToken(serviceContext(request, db), config.publicUrl),
  );

  const send = (reply: FastifyReply, body: string) =>
    reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').header('content-disposition', 'inline; filename="congtac.ics"').send(body);
  const tokenOf = (file: string) => {
    const parsed = icsFile.safeParse(file);
    if (!parsed.success) throw notFound('route');
    return file.slice(0, -'.ics'.length);
  };

  app.get('/calendar/:file', { config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { tags, summary: "A person's meetings: /calendar/<token>.ics", params: z.object({ file: z.string().max(200) }) } }, async (request, reply) =>
    send(reply, await calendarFeed(db, tokenOf(request.params.file), null, config.publicUrl)),
  );
  app.get(
    '/calendar/:token/units/:file',
    { config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { tags, summary: "A unit's meetings: /calendar/<token>/units/<unitId>.ics", params: z.object({ token: z.string().max(200), file: z.string().max(60) }) } },
    async (request, reply) => {
      const unitId = request.params.file.replace(/\.ics$/, '');
      if (!z.uuid().safeParse(unitId).success) throw notFound('unit');
      return send(reply, await calendarFeed(db, tokenOf(`${request.params.token}.ics`), unitId, config.publicUrl));
    },
  );
}
