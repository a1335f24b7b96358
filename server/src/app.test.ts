import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { fixedClock } from './platform/clock.js';
import { defineModule, type ModuleDefinition } from './platform/module.js';
import { MODULES } from './modules/index.js';
import { createTestApp, json, TEST_PASSWORD, TEST_START, type TestApp } from './test/api.js';

// DESIGN §1 (deny by default, refused at boot), §3 (OpenAPI 3.1, Swagger UI, health), issue 3 "a test that walks every route".

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: object }> }>; security?: unknown[] };
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const expectedDatabase = loadConfig().DATABASE_URL ? 'postgres' : 'pglite';

async function openApi(): Promise<OpenApi> {
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(res.statusCode, 200);
  return json(res);
}

function operations(doc: OpenApi) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).filter(([method]) => METHODS.includes(method)).map(([method, op]) => ({ path, method, op })),
  );
}

function isProblem(res: LightMyRequestResponse, status: number, type: string) {
  return res.statusCode === status && /^application\/problem\+json/.test(String(res.headers['content-type'])) && json(res).type === type;
}

describe('OpenAPI document', () => {
  test('is OpenAPI 3.1 and documents only /api/v1 routes, including the core resources', async () => {
    const doc = await openApi();
    assert.match(doc.openapi, /^3\.1\./);
    const paths = Object.keys(doc.paths);
    assert.deepEqual(paths.filter((p) => !p.startsWith('/api/v1/')), []);
    for (const p of ['/api/v1/health', '/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/auth/me', '/api/v1/persons', '/api/v1/persons/{id}', '/api/v1/persons/{id}/warning-markers', '/api/v1/audit', '/api/v1/tasks']) {
      assert.ok(paths.includes(p), `${p} is documented`);
    }
  });

  test('every operation declares a success response with a schema (JSON, or its CSV/event-stream media type), unless it is 204 No Content', async () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations(await openApi())) {
      const success = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
      if (success.length === 0) missing.push(`${method.toUpperCase()} ${path}: no 2xx response`);
      for (const [code, response] of success) {
        if (code === '204') continue;
        const schemas = Object.values(response.content ?? {}).map((media) => media.schema).filter((schema) => schema && Object.keys(schema).length > 0);
        if (schemas.length === 0) {
          missing.push(`${method.toUpperCase()} ${path}: ${code} has no schema (JSON: response: {${code}: View}; CSV, SSE…: response: {${code}: {description, content: {'text/csv': {schema: z.string()}}}})`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  test('walking every documented route without a session: 401 problem+json, except exactly health, login and the public Clare’s Law form', async () => {
    const ops = operations(await openApi());
    assert.ok(ops.length >= 40, `walked ${ops.length} operations`);
    const open: string[] = [];
    for (const { path, method } of ops) {
      const url = path.replace(/\{[^}]+\}/g, () => randomUUID());
      const withBody = ['post', 'put', 'patch'].includes(method);
      const res = await t.app.inject({ method: method.toUpperCase() as 'GET', url, ...(withBody ? { payload: {} } : {}) });
      if (!isProblem(res, 401, '/problems/unauthenticated')) open.push(`${method.toUpperCase()} ${path}`);
    }
    assert.deepEqual(open.sort(), ['GET /api/v1/health', 'POST /api/v1/auth/login', 'POST /api/v1/public/clares-law']);
  });

  test('a partner (external agency) gets 403 on every person, marker, location, object, event, reference and audit operation', async () => {
    const walked: string[] = [];
    const allowed: string[] = [];
    for (const { path, method, op } of operations(await openApi())) {
      const tags = (op as { tags?: string[] }).tags ?? [];
      if (!tags.some((tag) => ['persons', 'locations', 'objects', 'events', 'reference', 'audit'].includes(tag))) continue;
      const url = path.replace(/\{[^}]+\}/g, () => randomUUID());
      const res = await t.as('partner', { method: method.toUpperCase() as 'GET', url, ...(method === 'get' || method === 'delete' ? {} : { payload: {} }) });
      walked.push(`${method} ${path}`);
      if (!isProblem(res, 403, '/problems/forbidden')) allowed.push(`${method.toUpperCase()} ${path} → ${res.statusCode}`);
    }
    assert.ok(walked.length >= 25, `walked ${walked.length}`);
    assert.deepEqual(allowed, []);
  });

  test('a read-only analyst gets 403 on every POLE write', async () => {
    const allowed: string[] = [];
    let walked = 0;
    for (const { path, method, op } of operations(await openApi())) {
      const tags = (op as { tags?: string[] }).tags ?? [];
      if (method === 'get' || !tags.some((tag) => ['persons', 'locations', 'objects', 'events'].includes(tag))) continue;
      if (path === '/api/v1/persons/duplicate-candidates') continue; // a read sent as POST (a search body)
      walked++;
      const res = await t.as('analyst', { method: method.toUpperCase() as 'POST', url: path.replace(/\{[^}]+\}/g, () => randomUUID()), payload: {} });
      if (!isProblem(res, 403, '/problems/forbidden')) allowed.push(`${method.toUpperCase()} ${path} → ${res.statusCode}`);
    }
    assert.ok(walked >= 15, `walked ${walked}`);
    assert.deepEqual(allowed, []);
  });

  test('a percent-encoded path to an /api/v1 route still needs a session and the permission', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/%761/reference/warning-markers' });
    assert.ok(isProblem(anonymous, 401, '/problems/unauthenticated'), `${anonymous.statusCode} ${anonymous.body.slice(0, 200)}`);
    const partner = await t.as('partner', { method: 'GET', url: '/api/v%31/persons?q=smith' });
    assert.ok(isProblem(partner, 403, '/problems/forbidden'), `${partner.statusCode} ${partner.body.slice(0, 200)}`);
    assert.equal((await t.as('constable', { method: 'GET', url: '/api/v%31/persons?q=smith' })).statusCode, 200);
  });
});

describe('Swagger UI, health and headers', () => {
  test('/api/docs serves the Swagger UI for the same document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.match(res.body, /swagger-ui/i);
    const bare = await t.app.inject({ method: 'GET', url: '/api/docs' });
    assert.ok([200, 301, 302].includes(bare.statusCode), `GET /api/docs → ${bare.statusCode}`);
    const init = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    assert.equal(init.statusCode, 200);
    const spec = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(spec.statusCode, 200);
    assert.deepEqual(Object.keys(json(spec).paths).sort(), Object.keys((await openApi()).paths).sort());
  });

  test('health needs no session and names the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(json(res), { status: 'ok', database: expectedDatabase });
  });

  test('security headers are set on API responses', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.ok(res.headers['strict-transport-security']);
  });

  test('an unknown /api/v1 route is a 404 problem, not the web app', async () => {
    const res = await t.as('constable', { method: 'GET', url: '/api/v1/no-such-thing' });
    assert.ok(isProblem(res, 404, '/problems/not-found'), `${res.statusCode} ${res.body.slice(0, 200)}`);
  });
});

describe('deny by default at boot', () => {
  const build = (modules: readonly ModuleDefinition[]) =>
    buildApp({
      database: { db: t.db, kind: expectedDatabase, close: async () => {} },
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      clock: fixedClock(TEST_START),
      logger: false,
      modules: [...MODULES, ...modules],
    });

  const probeModule = (permissions: readonly string[], config: Record<string, unknown>) =>
    defineModule({
      name: 'probe',
      permissions,
      routes: (app: FastifyInstance) => {
        app.withTypeProvider<ZodTypeProvider>().get('/probe', {
          config,
          schema: { tags: ['probe'], response: { 200: z.object({ ok: z.boolean() }) } },
        }, async () => ({ ok: true }));
      },
    });

  test('a route with no permission (and not public or signedIn) stops the boot', async () => {
    await assert.rejects(build([probeModule([], {})]), /Route GET \/api\/v1\/probe \(probe\) must declare exactly one of permission, public or signedIn/);
  });

  test('a route naming a permission its module does not declare stops the boot', async () => {
    await assert.rejects(build([probeModule(['probe:read'], { permission: 'persons:read' })]), /GET \/api\/v1\/probe \(probe\) uses permission persons:read, which its module does not declare/);
  });

  test('a route naming a permission no role is granted stops the boot', async () => {
    await assert.rejects(build([probeModule(['probe:launch'], { permission: 'probe:launch' })]), /GET \/api\/v1\/probe \(probe\) uses permission probe:launch, which no role is granted/);
  });

  test('a route claiming both a permission and public access stops the boot', async () => {
    await assert.rejects(build([probeModule(['persons:read'], { permission: 'persons:read', public: true })]), /must declare exactly one of permission, public or signedIn/);
  });

  test('a well-declared module boots, and its route is enforced: 401 without session, 403 without the permission, 200 with it', async () => {
    const app = await build([probeModule(['persons:read'], { permission: 'persons:read' })]);
    try {
      await app.ready();
      const cookieOf = async (username: string) => {
        const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
        assert.equal(res.statusCode, 200, res.body);
        return `wh_session=${res.cookies.find((c) => c.name === 'wh_session')?.value}`;
      };
      assert.ok(isProblem(await app.inject({ method: 'GET', url: '/api/v1/probe' }), 401, '/problems/unauthenticated'));
      assert.ok(isProblem(await app.inject({ method: 'GET', url: '/api/v1/probe', headers: { cookie: await cookieOf('partner') } }), 403, '/problems/forbidden'));
      const ok = await app.inject({ method: 'GET', url: '/api/v1/probe', headers: { cookie: await cookieOf('analyst') } });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual(json(ok), { ok: true });
    } finally {
      await app.close();
    }
  });
});
