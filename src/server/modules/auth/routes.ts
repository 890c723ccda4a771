import { z } from 'zod';
import { roles } from '../../../domain/roles.ts';
import { sessionCookieName } from '../../auth/tokens.ts';
import { AppError } from '../../http/errors.ts';
import { serviceContext } from '../../http/request-context.ts';
import { okSchema, problemResponses, problemSchema } from '../../http/schemas.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { changeOwnPassword, type ResolvedSession, resolveSession, signIn, signOut } from './service.ts';

const meView = z.object({
  userId: z.string(),
  personId: z.string().nullable(),
  login: z.string(),
  displayName: z.string(),
  locale: z.enum(['vi', 'en']),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  grants: z.array(z.object({ id: z.string(), role: z.enum(roles), unitId: z.string(), unitName: z.string() })),
});

export async function authRoutes(app: App, { db, config }: RouteDeps) {
  const tags = ['Đăng nhập (auth)'];
  const secureCookie = config.publicUrl.startsWith('https://');

  function me(session: ResolvedSession | 'expired' | null) {
    if (!session || session === 'expired') throw new AppError(401, 'session_expired');
    return {
      userId: session.actor.userId,
      personId: session.actor.personId,
      login: session.actor.login,
      displayName: session.actor.displayName,
      locale: session.locale,
      mustChangePassword: session.mustChangePassword,
      csrfToken: session.csrfToken,
      grants: session.actor.grants.map(({ unitPath: _path, ...grant }) => grant),
    };
  }

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        body: z.object({ login: z.string().trim().min(1, 'Nhập tên đăng nhập.').max(100), password: z.string().min(1, 'Nhập mật khẩu.').max(200) }),
        response: { 200: meView, 401: problemSchema, 423: problemSchema, 429: problemSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const session = await signIn(db, request.body.login, request.body.password, config.sessionHours);
      reply.setCookie(sessionCookieName, session.token, { httpOnly: true, sameSite: 'lax', secure: secureCookie, path: '/', expires: session.expiresAt });
      return me(await resolveSession(db, session.token, config.sessionHours));
    },
  );

  app.get('/auth/me', { schema: { tags, response: { 200: meView, ...problemResponses } } }, (request) => me(request.session));

  app.post('/auth/logout', { schema: { tags, response: { 200: okSchema, ...problemResponses } } }, async (request, reply) => {
    await signOut(db, request.cookies[sessionCookieName]!);
    reply.clearCookie(sessionCookieName, { path: '/' });
    return { ok: true as const };
  });

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().max(200) }),
        response: { 200: okSchema, ...problemResponses },
      },
    },
    async (request) => {
      await changeOwnPassword(db, serviceContext(request, db).actor, request.cookies[sessionCookieName]!, request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
