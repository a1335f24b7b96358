import { eq, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { forces, users } from '../platform/auth/schema.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { londonDate, systemClock } from '../platform/clock.js';
import { newId } from '../platform/db/columns.js';
import type { Db } from '../platform/db/connect.js';
import {
  locations, objects, personAddresses, personNames, personPhones, persons, poleLinks, referenceCounters, warningMarkers,
} from '../platform/pole/schema.js';
import { insertRows } from './bulk-insert.js';
import { DEMO_DASH_PER_PERSON, seedDemoSafeguarding } from './safeguarding.js';
import { DEMO_CRIMES_PER_PERSON, seedDemoCrimes } from './crimes.js';
import { seedDemoInvestigations } from './investigations.js';
import { seedDemoVictims } from './victims.js';
import { seedDemoIncidents } from './incidents.js';
import { PeopleGenerator, REUSE_LAG, type GeneratedBatch, type PlantedDuplicate, type ReferenceCounts } from './generate.js';
import { DEMO_FORCES, FORCE_IDS, isForceId, type ForceId } from './geography.js';
import { demoUsers, type DemoUser } from './users.js';

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: forces.id }).from(forces).limit(1);
  return rows.length === 0;
}

/** Inserts the demo forces (HERTS and its neighbour BEDS, or just those named) that are not there yet. */
export async function ensureForces(db: Db, ids: readonly ForceId[] = FORCE_IDS): Promise<void> {
  const rows = DEMO_FORCES.filter((f) => ids.includes(f.id));
  await db.insert(forces).values(rows).onConflictDoNothing({ target: forces.id });
}

async function insertUsers(db: Db, wanted: DemoUser[], password: string): Promise<string[]> {
  const passwordHash = await hashPassword(password);
  const inserted = await db
    .insert(users)
    .values(wanted.map((u) => ({ ...u, id: newId(), passwordHash })))
    .onConflictDoNothing({ target: users.username })
    .returning({ username: users.username });
  return inserted.map((u) => u.username);
}

/**
 * Demo users of both forces sharing one password: one per role and ten extra officers each. Users whose
 * name already exists are left alone. The password is hashed once (argon2id is slow by design).
 * Returns the user names created.
 */
export async function seedDemoUsers(db: Db, password: string): Promise<string[]> {
  await ensureForces(db);
  return insertUsers(db, FORCE_IDS.flatMap((forceId) => demoUsers(forceId)), password);
}

/** DEMO=0: the HERTS force and its `admin` user only. Returns whether the user was created. */
export async function seedAdministrator(db: Db, password: string): Promise<boolean> {
  await ensureForces(db, ['HERTS']);
  const admin = demoUsers('HERTS', 0).find((u) => u.role === 'administrator')!;
  const created = await insertUsers(db, [{ ...admin, displayName: 'Administrator' }], password);
  return created.length === 1;
}

export type SeedDemoDataOptions = {
  forceId: string;
  people: number;
  seed: number;
  duplicateShare?: number;
  /** "Today" for ages and record dates (YYYY-MM-DD); defaults to the current date in London. */
  today?: string;
  batchSize?: number;
  /** Batch transactions in flight at once (PostgreSQL gains from 2–4; PGlite runs one at a time). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
};

export type SeedCounts = {
  persons: number;
  personNames: number;
  personPhones: number;
  locations: number;
  personAddresses: number;
  objects: number;
  poleLinks: number;
  warningMarkers: number;
};

export type SeedResult = { counts: SeedCounts; plantedDuplicates: PlantedDuplicate[]; last: ReferenceCounts };

const TABLES = [
  ['locations', locations], ['persons', persons], ['personNames', personNames], ['personPhones', personPhones],
  ['personAddresses', personAddresses], ['objects', objects], ['poleLinks', poleLinks], ['warningMarkers', warningMarkers],
] as const satisfies readonly (readonly [keyof SeedCounts, PgTable])[];

async function insertBatch(db: Db, forceId: ForceId, batch: GeneratedBatch, last: ReferenceCounts): Promise<void> {
  await db.transaction(async (tx) => {
    // New GIN entries (name keys, trigrams) collect in a pending list merged in bulk: bigger means fewer merges.
    await tx.execute(sql`set local gin_pending_list_limit = '64MB'`);
    // A crash may lose the last few batches but never splits one: rows and counters commit together.
    await tx.execute(sql`set local synchronous_commit = off`);
    for (const [key, table] of TABLES) await insertRows(tx, table, batch[key]);
    await tx
      .insert(referenceCounters)
      .values((['P', 'L', 'O'] as const).map((series) => ({ forceId, series, lastValue: last[series] })))
      .onConflictDoUpdate({
        target: [referenceCounters.forceId, referenceCounters.series],
        set: { lastValue: sql`greatest(${sql.identifier('reference_counters')}.last_value, excluded.last_value)` },
      });
  });
}

async function lastReferences(db: Db, forceId: ForceId): Promise<ReferenceCounts> {
  const last: ReferenceCounts = { P: 0, L: 0, O: 0 };
  const rows = await db.select().from(referenceCounters).where(eq(referenceCounters.forceId, forceId));
  for (const row of rows) if (row.series === 'P' || row.series === 'L' || row.series === 'O') last[row.series] = row.lastValue;
  return last;
}

const TABLE_NAMES = TABLES.map(([, table]) => getTableName(table));

/**
 * Foreign-key checks keep a generic plan per connection. Planned on tables that have never been analysed,
 * that plan can pick an index matching only force_id and then read every row of the force for each check;
 * fresh statistics invalidate it, and the replanned check uses the primary key.
 */
async function analyse(db: Db): Promise<void> {
  await db.execute(sql.raw(`analyze ${TABLE_NAMES.map((t) => `"${t}"`).join(', ')}`));
}

/** Merges the GIN pending lists the load left (searches scan them linearly) and refreshes statistics. */
async function tidyAfterLoad(db: Db): Promise<void> {
  await db.execute(sql`
    select gin_clean_pending_list(i.indexrelid)
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
    where a.amname = 'gin' and i.indrelid::regclass::text in ${TABLE_NAMES}`);
  await analyse(db);
}

/**
 * Bulk-loads synthetic people (with names, phones, addresses, objects and warning markers) into a force,
 * numbering references after those already used and advancing reference_counters in each batch's transaction.
 */
export async function seedDemoData(db: Db, options: SeedDemoDataOptions): Promise<SeedResult> {
  const { forceId, people } = options;
  if (!isForceId(forceId)) throw new Error(`Demo data exists only for the forces ${FORCE_IDS.join(', ')}, not ${forceId}`);
  await ensureForces(db, [forceId]);
  const generator = new PeopleGenerator({
    forceId,
    seed: options.seed,
    today: options.today ?? londonDate(systemClock.now()),
    duplicateShare: options.duplicateShare,
    after: await lastReferences(db, forceId),
  });
  const batchSize = options.batchSize ?? 2_000;
  const concurrency = Math.min(Math.max(1, options.concurrency ?? 1), REUSE_LAG);
  const counts: SeedCounts = { persons: 0, personNames: 0, personPhones: 0, locations: 0, personAddresses: 0, objects: 0, poleLinks: 0, warningMarkers: 0 };
  const plantedDuplicates: PlantedDuplicate[] = [];
  const inFlight: Promise<void>[] = [];
  let generated = 0;
  let analysed = false;
  try {
    while (generated < people || inFlight.length) {
      if (generated < people && inFlight.length < (analysed ? concurrency : 1)) {
        const batch = generator.nextBatch(Math.min(batchSize, people - generated));
        generated += batch.persons.length;
        plantedDuplicates.push(...batch.plantedDuplicates);
        const loading = insertBatch(db, forceId, batch, generator.last).then(() => {
          for (const [key] of TABLES) counts[key] += batch[key].length;
        });
        loading.catch(() => {});
        inFlight.push(loading);
        continue;
      }
      await inFlight.shift();
      if (!analysed) {
        await analyse(db);
        analysed = true;
      }
      options.onProgress?.(counts.persons, people);
    }
  } catch (error) {
    await Promise.allSettled(inFlight);
    throw error;
  }
  await tidyAfterLoad(db);
  return { counts, plantedDuplicates, last: generator.last };
}

/** First start in demo mode (DESIGN §8): both forces, their users, and people for each (BEDS gets a third as many). */
export async function seedDemo(db: Db, options: { password: string; people: number; seed?: number; today?: string }): Promise<SeedResult[]> {
  await seedDemoUsers(db, options.password);
  const seed = options.seed ?? 1;
  const results = [
    await seedDemoData(db, { forceId: 'HERTS', people: options.people, seed, today: options.today }),
    await seedDemoData(db, { forceId: 'BEDS', people: Math.ceil(options.people / 3), seed: seed + 1, today: options.today }),
  ];
  const today = options.today ? new Date(`${options.today}T12:00:00Z`) : systemClock.now();
  for (const [forceId, result] of [['HERTS', results[0]], ['BEDS', results[1]]] as const) {
    await seedDemoCrimes(db, { forceId, count: Math.round(result.counts.persons * DEMO_CRIMES_PER_PERSON), seed: seed + 100, today });
  }
  for (const forceId of ['HERTS', 'BEDS'] as const) {
    await seedDemoInvestigations(db, { forceId, seed: seed + 150, today });
  }
  for (const forceId of ['HERTS', 'BEDS'] as const) {
    await seedDemoVictims(db, { forceId, seed: seed + 170, today });
  }
  for (const [forceId, result] of [['HERTS', results[0]], ['BEDS', results[1]]] as const) {
    await seedDemoSafeguarding(db, { forceId, count: Math.round(result.counts.persons * DEMO_DASH_PER_PERSON), seed: seed + 200, today });
  }
  for (const [forceId, result] of [['HERTS', results[0]], ['BEDS', results[1]]] as const) {
    await seedDemoIncidents(db, { forceId, people: result.counts.persons, seed: seed + 300, now: today });
  }
  return results;
}
