import { after, before } from 'node:test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../server/src/config.js';
import { startServer } from '../server/src/server.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WEB = join(ROOT, 'web');
const DIST_INDEX = join(WEB, 'dist', 'index.html');

export const DEMO_PASSWORD = 'watchhouse-demo';

/** Where Chromium is expected (CHROMIUM_PATH, default Debian's /usr/bin/chromium). */
export const CHROMIUM_PATH = loadConfig().CHROMIUM_PATH;

const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM_PATH} — apt-get install chromium`;

/**
 * `false` when journeys can run; otherwise the reason every journey is reported as skipped. In CI (CI=true) a missing
 * Chromium never skips: the journeys run and fail on it, so a green CI always means the browser tests ran.
 */
export const SKIP: string | false = existsSync(CHROMIUM_PATH) || loadConfig().CI ? false : MISSING_CHROMIUM;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function webIsStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const sources = Math.max(newestMtime(join(WEB, 'src')), newestMtime(join(WEB, 'index.html')), newestMtime(join(WEB, 'vite.config.ts')));
  return sources > statSync(DIST_INDEX).mtimeMs;
}

/** Builds web/dist when it is missing or older than its sources; a lock keeps parallel test files from building at once. */
async function ensureWebBuilt() {
  const lock = join(tmpdir(), 'watchhouse-web-build.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (webIsStale()) {
      const { build } = await import('vite');
      await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A fresh PostgreSQL database next to DATABASE_URL's, dropped by the returned function. */
async function freshPostgres(databaseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `wh_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: databaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export type Harness = {
  url: string;
  browser: Browser;
  /** A new browser context (its own cookies) signed in as `username`. */
  signIn: (username: string) => Promise<Page>;
  close: () => Promise<void>;
};

/** A real server on a free port with a fresh demo database, and Debian Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${MISSING_CHROMIUM} (CI=true: browser tests must run)`);
  await ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'watchhouse-e2e-'));
  const baseUrl = loadConfig().DATABASE_URL;
  const postgres = baseUrl ? await freshPostgres(baseUrl) : null;
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: '1',
    DEMO_PEOPLE: '300',
    LOG_LEVEL: 'warn',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  });
  const server = await startServer(config);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    url: server.url,
    browser,
    signIn: async (username) => {
      const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('User name').fill(username);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('**/work');
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Journey = {
  /** The running server and browser; available inside tests (started in the file's `before`). */
  readonly harness: Harness;
  /** Every page opened through `as` or `track`, in order; all closed after the file's tests. */
  readonly pages: readonly Page[];
  /** A new page signed in as `username`. */
  as: (username: string) => Promise<Page>;
  /** Closes this page with the others at the end. */
  track: (page: Page) => Page;
};

/** One journey file's server and browser: started before its tests, every page and the server closed after them. */
export function useJourney(): Journey {
  let harness: Harness | undefined;
  const pages: Page[] = [];
  before(async () => {
    if (!SKIP) harness = await startHarness();
  });
  after(async () => {
    for (const page of pages) await page.context().close();
    await harness?.close();
  });
  const journey: Journey = {
    get harness() {
      if (!harness) throw new Error('the journey harness starts in before()');
      return harness;
    },
    pages,
    track: (page) => {
      pages.push(page);
      return page;
    },
    as: async (username) => journey.track(await journey.harness.signIn(username)),
  };
  return journey;
}
