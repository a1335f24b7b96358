import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true');

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** PostgreSQL connections held by one server process. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DEMO: flag.default(true),
  DEMO_PASSWORD: z.string().min(8).default('watchhouse-demo'),
  DEMO_PEOPLE: z.coerce.number().int().min(0).default(3000),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_HOURS: z.coerce.number().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  COOKIE_SECURE: flag.default(false),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Set by CI: browser tests fail instead of skipping when Chromium is missing. */
  CI: flag.or(z.string().transform(() => true)).default(false),
});

export type Config = z.infer<typeof ConfigSchema>;

/** The one place environment variables are read. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
