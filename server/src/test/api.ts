import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { fixedClock } from '../platform/clock.js';
import type { Db } from '../platform/db/connect.js';
import { openTestDatabase } from '../platform/db/test-db.js';
import { ensureForces, seedDemoUsers } from '../demo/seed.js';

export const TEST_PASSWORD = 'watchhouse-demo';
export const TEST_START = new Date('2026-11-23T10:00:00Z');

export type TestApp = {
  app: FastifyInstance;
  db: Db;
  clock: ReturnType<typeof fixedClock>;
  /** Signs in and returns the Cookie header value for that user. */
  login: (username: string) => Promise<string>;
  /** inject() as a signed-in user (cookie cached per user). */
  as: (username: string, options: InjectOptions) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

/** A Fastify app on a fresh database with forces HERTS and BEDS and a demo user for every role in each. */
export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  await ensureForces(database.db);
  await seedDemoUsers(database.db, TEST_PASSWORD);
  const clock = fixedClock(TEST_START);
  const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_MAX_FAILURES: '5' });
  const app = await buildApp({ database, config, clock, logger: false });
  await app.ready();
  const cookies = new Map<string, string>();
  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'wh_session');
    if (!cookie) throw new Error('no session cookie');
    return `wh_session=${cookie.value}`;
  };
  const as = async (username: string, options: InjectOptions) => {
    let cookie = cookies.get(username);
    if (!cookie) {
      cookie = await login(username);
      cookies.set(username, cookie);
    }
    return app.inject({ ...options, headers: { ...(options.headers ?? {}), cookie } });
  };
  return {
    app,
    db: database.db,
    clock,
    login,
    as,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The parsed JSON body; fails the test with the body text when it is not JSON. */
export function json<T = any>(res: LightMyRequestResponse): T {
  try {
    return JSON.parse(res.body) as T;
  } catch {
    throw new Error(`not JSON (${res.statusCode}): ${res.body.slice(0, 500)}`);
  }
}
