import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../auth/actor.ts';
import { sessionCookieName } from '../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { type ResolvedSession, resolveSession } from '../modules/auth/service.ts';
import { AppError } from './errors.ts';
import { type Locale, localeFromHeader } from './messages.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Routes open without a session (sign-in, health, feeds). */
    public?: boolean;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session of every /api/v1 request before its handler runs and enforces
 * CSRF on writes: the token bound to the session must come back in `x-csrf-token`.
 */
export const requestContextPlugin = fp(async (app: FastifyInstance, options: { db: Db; sessionHours: number }) => {
  app.decorateRequest('locale', 'vi');
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    request.locale = localeFromHeader(request.headers['accept-language']);
    if (!request.url.startsWith('/api/v1/') || request.routeOptions.config?.public) return;
    const token = request.cookies[sessionCookieName];
    if (!token) throw new AppError(401, 'not_authenticated');
    const session = await resolveSession(options.db, token, options.sessionHours);
    if (session === 'expired') throw new AppError(401, 'session_expired');
    if (unsafeMethods.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError(403, 'csrf_invalid');
    }
    request.actor = session.actor;
    request.session = session;
  });
});

export function serviceContext(request: FastifyRequest, db: Db): ServiceContext {
  if (!request.actor) throw new AppError(401, 'not_authenticated');
  return { db, actor: request.actor };
}
