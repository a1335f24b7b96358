import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true');

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  /** PostgreSQL as the watchhouse_app login role for serving; DATABASE_URL (the owner) then only migrates. */
  APP_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** PostgreSQL connections held by one server process. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DEMO: flag.default(true),
  DEMO_PASSWORD: z.string().min(8).default('watchhouse-demo'),
  DEMO_PEOPLE: z.coerce.number().int().min(0).default(3000),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_HOURS: z.coerce.number().positive().default(12),
  /** Failed sign-ins in a row to one account before attempts from devices it does not know wait 1, 2, 4 … 15 minutes. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  /** Failed sign-ins from one client address inside 15 minutes before that address is refused (known devices excepted). */
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().positive().default(30),
  /** Session cookies carry `Secure`; unset, they do unless HOST is a loopback address (127.0.0.1, localhost, ::1). */
  COOKIE_SECURE: flag.optional(),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Set by CI: browser tests fail instead of skipping when Chromium is missing. */
  CI: flag.or(z.string().transform(() => true)).default(false),
}).transform((env) => ({ ...env, COOKIE_SECURE: env.COOKIE_SECURE ?? !isLoopbackHost(env.HOST) }));

export type Config = z.infer<typeof ConfigSchema>;

/**
 * A listen address only this machine can reach (development, tests, a server behind a local TLS proxy). Anywhere
 * else the server is reached over the network, so its cookies are `Secure` unless COOKIE_SECURE=0 says otherwise.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The one place environment variables are read. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
