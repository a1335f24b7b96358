/**
 * Loads synthetic people into a force of the configured database (DATABASE_URL, or PGlite in DATA_DIR).
 *
 *   npm run demo-data -- --force HERTS --people 2000000 [--seed 42] [--duplicates 0.03]
 *                        [--planted-out bench/results/planted.json] [--batch-size 2000] [--concurrency 3]
 */
import '../server/src/supported-node.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { count, eq } from 'drizzle-orm';
import { loadConfig } from '../server/src/config.js';
import { FORCE_IDS, isForceId } from '../server/src/demo/geography.js';
import { ensureForces, seedDemoData, seedDemoUsers } from '../server/src/demo/seed.js';
import { users } from '../server/src/platform/auth/schema.js';
import { DatabaseLockedError, openDatabase, type Database } from '../server/src/platform/db/connect.js';

const USAGE = 'Usage: npm run demo-data -- --force HERTS|BEDS --people N [--seed 42] [--duplicates 0.03] [--planted-out file.json] [--batch-size 2000] [--concurrency N]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function numberArg(value: string | undefined, name: string, fallback: number, check: (n: number) => boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) fail(`--${name} ${value} is not valid.\n${USAGE}`);
  return n;
}

function parse() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        force: { type: 'string' },
        people: { type: 'string' },
        seed: { type: 'string' },
        duplicates: { type: 'string' },
        'planted-out': { type: 'string' },
        'batch-size': { type: 'string' },
        concurrency: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const forceId = values.force ?? fail(USAGE);
  if (!isForceId(forceId)) fail(`--force must be one of ${FORCE_IDS.join(', ')}.`);
  return {
    forceId,
    people: values.people === undefined ? fail(`--people is required.\n${USAGE}`) : numberArg(values.people, 'people', 0, (n) => Number.isInteger(n) && n > 0),
    seed: numberArg(values.seed, 'seed', 42, Number.isInteger),
    duplicateShare: numberArg(values.duplicates, 'duplicates', 0.03, (n) => n >= 0 && n < 1),
    plantedOut: values['planted-out'],
    batchSize: numberArg(values['batch-size'], 'batch-size', 2_000, (n) => Number.isInteger(n) && n > 0),
    concurrency: values.concurrency === undefined ? undefined : numberArg(values.concurrency, 'concurrency', 1, (n) => Number.isInteger(n) && n > 0),
  };
}

async function open(): Promise<Database> {
  const config = loadConfig();
  try {
    return await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (error) {
    if (error instanceof DatabaseLockedError) fail(error.message);
    throw error;
  }
}

async function main() {
  const args = parse();
  const config = loadConfig();
  const database = await open();
  const { db } = database;
  try {
    await ensureForces(db);
    const [{ users: userCount }] = await db.select({ users: count() }).from(users).where(eq(users.forceId, args.forceId));
    if (config.DEMO && userCount === 0) {
      const created = await seedDemoUsers(db, config.DEMO_PASSWORD);
      console.log(`Created ${created.length} demo users (password from DEMO_PASSWORD).`);
    }
    const concurrency = args.concurrency ?? (database.kind === 'postgres' ? 3 : 1);
    console.log(
      `Loading ${args.people.toLocaleString()} people into ${args.forceId} (${database.kind}, seed ${args.seed}, ` +
        `${(args.duplicateShare * 100).toFixed(1)}% planted duplicates, ${concurrency} batch${concurrency > 1 ? 'es' : ''} at a time)`,
    );
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {percentage}% | {value}/{total} people | {rate} people/s | ETA {eta_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = performance.now();
    bar.start(args.people, 0, { rate: 0 });
    const result = await seedDemoData(db, {
      forceId: args.forceId,
      people: args.people,
      seed: args.seed,
      duplicateShare: args.duplicateShare,
      batchSize: args.batchSize,
      concurrency,
      onProgress: (done) => bar.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) }),
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    console.log(`\nLoaded in ${seconds.toFixed(1)} s: ${Math.round(result.counts.persons / seconds).toLocaleString()} people/s`);
    console.table(Object.fromEntries(Object.entries(result.counts).map(([table, rows]) => [table, { rows }])));
    const byVariation: Record<string, number> = {};
    for (const d of result.plantedDuplicates) byVariation[d.variation] = (byVariation[d.variation] ?? 0) + 1;
    console.log(`Planted duplicates: ${result.plantedDuplicates.length.toLocaleString()}`, byVariation);
    console.log(`Reference counters now P ${result.last.P}, L ${result.last.L}, O ${result.last.O}`);
    if (args.plantedOut) {
      mkdirSync(dirname(args.plantedOut), { recursive: true });
      writeFileSync(args.plantedOut, JSON.stringify(result.plantedDuplicates));
      console.log(`Planted duplicates written to ${args.plantedOut}`);
    }
  } finally {
    await database.close();
  }
}

await main();
