/**
 * Writes one force-month of police.uk data (STANDARDS §15): the street-level crimes file and the outcomes file.
 *
 *   npm run export:policeuk -- --force HERTS --month 2026-10 [--out exports]
 *
 * Files are named as police.uk names them: YYYY-MM-<force>-street.csv and YYYY-MM-<force>-outcomes.csv.
 */
import '../server/src/supported-node.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../server/src/config.js';
import { policeUkFile } from '../server/src/modules/crimes/use-cases/police-uk.js';
import { forces } from '../server/src/platform/auth/schema.js';
import { DatabaseLockedError, openDatabase } from '../server/src/platform/db/connect.js';

const USAGE = 'Usage: npm run export:policeuk -- --force HERTS --month YYYY-MM [--out directory]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({ options: { force: { type: 'string' }, month: { type: 'string' }, out: { type: 'string' } } }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const forceId = values.force ?? fail(USAGE);
const month = values.month ?? fail(USAGE);
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) fail(`--month must be YYYY-MM.\n${USAGE}`);
const out = values.out ?? 'exports';

const config = loadConfig();
let database;
try {
  database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
} catch (error) {
  if (error instanceof DatabaseLockedError) fail(error.message);
  throw error;
}
try {
  const [force] = await database.db.select().from(forces).where(eq(forces.id, forceId));
  if (!force) fail(`No force ${forceId} in this database.`);
  mkdirSync(out, { recursive: true });
  for (const kind of ['street', 'outcomes'] as const) {
    const started = performance.now();
    const file = await policeUkFile(database.db, { id: force.id, name: force.name }, month, kind);
    writeFileSync(join(out, file.filename), file.csv);
    console.log(`${join(out, file.filename)}: ${file.rows.toLocaleString()} rows in ${Math.round(performance.now() - started)} ms`);
  }
} finally {
  await database.close();
}
