import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppConfig } from './config.ts';
import type { Db } from './db/connection.ts';
import { AppError } from './http/errors.ts';
import { sendProblem } from './http/problem.ts';
import { requestContextPlugin } from './http/request-context.ts';
import type { App } from './http/types.ts';
import { accountRoutes } from './modules/accounts/routes.ts';
import { assignmentRoutes } from './modules/assignments/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { documentRoutes } from './modules/documents/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { planImportRoutes } from './modules/plan-imports/routes.ts';
import { planRoutes } from './modules/plans/routes.ts';
import { reminderRoutes } from './modules/reminders/routes.ts';
import { unitRoutes } from './modules/units/routes.ts';
import { meetingRoutes } from './modules/meetings/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { targetRoutes } from './modules/targets/routes.ts';

export interface BuildOptions {
  db: Db;
  config: AppConfig;
  /** A pino logger; without one the app logs nothing (tests). */
  logger?: FastifyBaseLogger;
  /** Folder of the built SPA; served at / when it exists. */
  webDir?: string;
}

const apiModules = [authRoutes, unitRoutes, peopleRoutes, accountRoutes, auditRoutes, documentRoutes, planRoutes, assignmentRoutes, planImportRoutes, reminderRoutes, notificationRoutes, meetingRoutes, reportRoutes, targetRoutes];

export async function buildApp({ db, config, logger, webDir = path.resolve('dist/web') }: BuildOptions): Promise<App> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    requestIdHeader: 'x-request-id',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time; the Swagger UI needs inline styles too.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Congtac API', version: '1.0.0', description: 'Kế hoạch, nhiệm vụ, báo cáo, sinh hoạt của tổ chức Đảng và đoàn thể.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'congtac_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(requestContextPlugin, { db, sessionHours: config.sessionHours });

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  await app.register(
    async (api) => {
      for (const routes of apiModules) await routes(api as App, { db, config });
    },
    { prefix: '/api/v1' },
  );

  const hasWeb = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    const assetsDir = path.join(path.resolve(webDir), 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // The build writes a brotli and a gzip copy of each file (a megabyte of antd's stylesheet is 75 KB in brotli).
      preCompressed: true,
      cacheControl: false,
      // A file under assets/ has its content's hash in its name: a new build gets new names, so browsers may keep these for good.
      setHeaders: (res, filePath) => res.setHeader('cache-control', filePath.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600'),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      return sendProblem(new AppError(404, 'not_found', { entity: 'route' }), request, reply);
    }
    // Client-side routes of the SPA all load its one page.
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
