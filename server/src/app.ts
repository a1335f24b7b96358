import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { Config } from './config.js';
import type { Clock } from './platform/clock.js';
import type { Database } from './platform/db/connect.js';
import type { AppDeps } from './platform/http/deps.js';
import { handleClientError, registerErrorHandling, sendProblem } from './platform/http/error-handler.js';
import { registerInputGuard } from './platform/http/input-guard.js';
import { registerHardening } from './platform/http/hardening.js';
import { enterRequestScope, scopeToForce } from './platform/db/scope.js';
import { registerRequestLog } from './platform/http/request-log.js';
import { registerIdempotency } from './platform/idempotency/index.js';
import { Problem } from './platform/http/problems.js';
import { SESSION_COOKIE, sessionActor } from './platform/auth/service.js';
import { authDeps } from './platform/auth/routes.js';
import type { ModuleDefinition } from './platform/module.js';
import { PLATFORM_PARTS } from './platform/parts.js';
import { MODULES } from './modules/index.js';
import { GRANTED_PERMISSIONS, permissionsOf } from './grants.js';
import { ENTITY_TARGETS } from './entities.js';

const WEB_DIST = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));
export const API_PREFIX = '/api/v1';

/** Deny by default, at boot: every API route names a declared, granted permission, or says it is public / for any signed-in user. */
function checkRouteDeclaration(route: RouteOptions, part: ModuleDefinition) {
  const where = `${route.method} ${route.url} (${part.name})`;
  const config = (route.config ?? {}) as { permission?: string; public?: boolean; signedIn?: boolean };
  const kinds = [config.permission !== undefined, config.public === true, config.signedIn === true].filter(Boolean).length;
  if (kinds !== 1) throw new Error(`Route ${where} must declare exactly one of permission, public or signedIn`);
  if (config.permission !== undefined) {
    if (!part.permissions.includes(config.permission)) throw new Error(`Route ${where} uses permission ${config.permission}, which its module does not declare`);
    if (!GRANTED_PERMISSIONS.has(config.permission)) throw new Error(`Route ${where} uses permission ${config.permission}, which no role is granted`);
  }
}

export async function buildApp(options: {
  database: Database;
  config: Config;
  clock: Clock;
  logger?: boolean;
  /** The business modules to register; defaults to MODULES (tests pass extra ones to check the boot-time refusal). */
  modules?: readonly ModuleDefinition[];
}): Promise<FastifyInstance> {
  const { database, config, clock, modules = MODULES } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.LOG_LEVEL },
    logController: new LogController({ disableRequestLogging: true }), // one line per request instead: request-log.ts
    genReqId: () => uuidv7(),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    clientErrorHandler: handleClientError,
  }).withTypeProvider<ZodTypeProvider>();

  const deps: AppDeps = {
    db: database.db,
    dbKind: database.kind,
    now: clock.now,
    config,
    permissionsOf,
    personColumns: modules.flatMap((m) => m.personColumns ?? []),
    entities: ENTITY_TARGETS,
  };
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  // First of all hooks: the rest of the request (hooks, handler, error handler) queries as the app role.
  app.addHook('onRequest', async () => {
    enterRequestScope();
  });
  registerHardening(app);
  registerRequestLog(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Watchhouse API', version: '1', description: 'Police operational information system. Sign in with POST /api/v1/auth/login; the session cookie authorises every other call.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const auth = authDeps(deps);
  app.addHook('onRequest', async (request, reply) => {
    // Decide by the matched route, not the raw URL: find-my-way decodes `/api/%761/…` to an /api/v1 route.
    if (!request.routeOptions.url?.startsWith(API_PREFIX)) return;
    const config = request.routeOptions.config as { permission?: string; public?: boolean };
    if (config.public) return;
    const session = await sessionActor(auth, request.cookies[SESSION_COOKIE]);
    if (!session) return sendProblem(reply, request, new Problem('unauthenticated', 'Sign in first: your session is missing or has expired.'));
    request.actor = session.actor;
    request.forceName = session.forceName;
    scopeToForce(session.actor.forceId);
    if (config.permission && !session.actor.permissions.has(config.permission)) {
      return sendProblem(reply, request, new Problem('forbidden', `Your role does not have the permission ${config.permission}.`));
    }
  });

  registerIdempotency(app, deps);

  await app.register(async (api) => {
    api.withTypeProvider<ZodTypeProvider>().get('/health', {
      config: { public: true },
      schema: { tags: ['system'], summary: 'Liveness and database kind', security: [], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) } },
    }, async () => ({ status: 'ok' as const, database: deps.dbKind }));
  }, { prefix: API_PREFIX });

  for (const part of [...PLATFORM_PARTS, ...modules] as ModuleDefinition[]) {
    await app.register(async (scope) => {
      scope.addHook('onRoute', (route) => checkRouteDeclaration(route, part));
      await part.routes(scope);
    }, { prefix: API_PREFIX });
  }

  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return sendProblem(reply, request, new Problem('not-found', `No route ${request.method} ${request.url.split('?')[0]}`));
      return reply.sendFile('index.html');
    });
  }
  return app;
}
