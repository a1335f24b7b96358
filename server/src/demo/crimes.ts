/**
 * A year of synthetic recorded crime for a demo force (STANDARDS §16): mix by type, evening peaks,
 * places weighted by where people live, DA ≈ 13%, vulnerable victims ≈ 39%, some repeat victims,
 * ≈ 90% recorded within the NCRS 24 hours, the 2016 outcome mix for older crimes, and a few
 * cancellations with their history. Seeded: the same seed gives the same crimes.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { forces } from '../platform/auth/schema.js';
import type { Db } from '../platform/db/connect.js';
import { events, locations, persons, poleLinks, referenceCounters } from '../platform/pole/schema.js';
import { users } from '../platform/auth/schema.js';
import { crimeHistory, crimePersons, crimes } from '../modules/crimes/schema.js';
import { CLASSIFICATION_BY_CODE, CLASSIFICATION_LIST_VERSION } from '../modules/crimes/reference/classifications.js';
import { insertRows } from './bulk-insert.js';
import { bulkIds } from './ids.js';
import { Random, weighted } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Share of recorded crime by class (design default from E&W/Herts volumes; fraud excluded as Action Fraud records it). */
const MIX = weighted<string>([
  ['105A', 14], ['8N', 9], ['8L', 6], ['8Q', 2], ['8U', 1.5], ['5D', 0.5], ['3A', 1], ['104', 0.6],
  ['20A', 1.5], ['19C', 0.7], ['22B', 0.3], ['17A', 0.2],
  ['34B', 1], ['34A', 0.2],
  ['28E', 5], ['28F', 1.5], ['30C', 2],
  ['45', 4], ['48', 2], ['126', 0.8],
  ['46', 8], ['49', 8], ['39', 1], ['44', 1.5], ['49C', 1], ['40', 0.5], ['41', 0.3],
  ['58A', 3], ['58B', 1], ['58C', 4], ['58D', 2], ['56B', 0.7],
  ['92E', 2.5], ['92D', 0.8], ['92A', 0.7],
  ['10D', 1], ['10C', 0.3],
  ['9A', 6], ['9B', 0.7], ['54', 0.4], ['33', 0.2], ['802', 0.3],
]);

/** Hour of day (London), weighted to the evening peak. */
const HOURS = weighted<number>(Array.from({ length: 24 }, (_, h) => [h, [2, 1.5, 1.2, 0.8, 0.5, 0.5, 0.8, 1.5, 2.5, 3, 3.5, 4, 4.5, 4.5, 4.5, 5, 5.5, 6, 6, 5.5, 5, 4.5, 4, 3] [h]] as const));

/** STANDARDS §14, 2016 tracked outcome shares (force), for crimes old enough to be finalised. */
const OUTCOMES = weighted<string | null>([
  ['1', 12.8], ['2', 0.3], ['3', 3.9], ['4', 0.3], ['6', 1.5], ['7', 1.8], ['8', 1.1], ['10', 0.4], ['14', 3.3], ['15', 6.5],
  ['16', 11.3], ['18', 41.9], ['20', 0.4], [null, 14.5],
]);

const DA_CLASSES = new Set(['105A', '8N', '8L', '8Q', '8U', '5D', '3A', '58A', '19C', '20A']);
const STORES = ['Northgate Stores', 'Valley Foods', 'Chiltern Pharmacy', 'High Street Fashion', 'Market Square Newsagent', 'Parkway Superstore', 'Greenway DIY', 'Corner Off-Licence'];

/**
 * Demo crimes per synthetic person. Real Herts records about 0.055 crimes per resident a year; demo forces
 * have a few thousand people, so this is higher to give every screen a year of believable volume.
 */
export const DEMO_CRIMES_PER_PERSON = 0.4;

export type DemoCrimeOptions = { forceId: string; count: number; seed: number; today: Date; /** Days back from today the crimes spread over (default a year). */ days?: number };

type Place = { id: string; lat: number; district: string | null };
type Victim = { id: string; child: boolean };

async function counterOf(db: Db, forceId: string, series: string): Promise<number> {
  const [row] = await db.select({ v: referenceCounters.lastValue }).from(referenceCounters)
    .where(and(eq(referenceCounters.forceId, forceId), eq(referenceCounters.series, series)));
  return row?.v ?? 0;
}

async function setCounter(db: Db, forceId: string, series: string, value: number) {
  await db.insert(referenceCounters).values({ forceId, series, lastValue: value })
    .onConflictDoUpdate({ target: [referenceCounters.forceId, referenceCounters.series], set: { lastValue: sql`greatest(${referenceCounters.lastValue}, excluded.last_value)` } });
}

/** Inserts `count` crimes over the year to `today` for a force that already has people, places and users. */
export async function seedDemoCrimes(db: Db, options: DemoCrimeOptions): Promise<number> {
  const { forceId, count, today } = options;
  if (count <= 0) return 0;
  const random = new Random(options.seed);
  const nextId = bulkIds();
  const [force] = await db.select().from(forces).where(eq(forces.id, forceId));
  const officers = await db.select({ id: users.id, username: users.username }).from(users)
    .where(and(eq(users.forceId, forceId), sql`${users.role} in ('constable', 'sergeant', 'imu_officer', 'public_protection_officer')`));
  const [registrar] = await db.select({ id: users.id, username: users.username }).from(users).where(and(eq(users.forceId, forceId), eq(users.role, 'crime_registrar')));
  const places: Place[] = (await db.select({ id: locations.id, lat: locations.latitude, district: locations.district }).from(locations)
    .where(and(eq(locations.forceId, forceId), isNotNull(locations.latitude))).limit(50_000)).map((p) => ({ id: p.id, lat: p.lat!, district: p.district }));
  const people = await db.select({ id: persons.id, dob: persons.dateOfBirth }).from(persons).where(eq(persons.forceId, forceId)).limit(50_000);
  if (places.length === 0 || people.length === 0 || officers.length === 0 || !force || !registrar) return 0;
  const victims: Victim[] = people.map((p) => ({ id: p.id, child: p.dob !== null && Number(p.dob.slice(0, 4)) > today.getUTCFullYear() - 18 }));
  const repeatPool = victims.slice(0, Math.max(5, Math.floor(victims.length * 0.03)));
  const inRepeatPool = new Set(repeatPool);

  const eventSeq = await counterOf(db, forceId, 'E');
  const crimeSeq = new Map<string, number>();
  const rows = { events: [] as Record<string, unknown>[], crimes: [] as Record<string, unknown>[], links: [] as Record<string, unknown>[], crimePersons: [] as Record<string, unknown>[], history: [] as Record<string, unknown>[] };

  for (let i = 0; i < count; i++) {
    const code = random.choose(MIX);
    const c = CLASSIFICATION_BY_CODE.get(code)!;
    const day = Math.floor(random.next() ** 0.9 * (options.days ?? 365));
    const committedFrom = new Date(today.getTime() - day * DAY - (today.getTime() % DAY) + random.choose(HOURS) * HOUR + random.int(0, 59) * 60_000);
    const reportedAt = new Date(committedFrom.getTime() + (random.chance(0.7) ? random.int(5, 180) * 60_000 : random.int(3, 72) * HOUR));
    const late = random.chance(0.1);
    const recordedAt = new Date(Math.min(today.getTime(), reportedAt.getTime() + (late ? random.int(25, 96) : random.int(0, 20)) * HOUR + random.int(0, 59) * 60_000));
    if (recordedAt.getTime() < reportedAt.getTime()) continue;
    const yy = String(recordedAt.getUTCFullYear() % 100).padStart(2, '0');
    const seq = (crimeSeq.get(yy) ?? (await counterOf(db, forceId, `CRIME-${yy}`))) + 1;
    crimeSeq.set(yy, seq);
    const place = random.pick(places);
    const officer = random.pick(officers);
    const eventId = nextId();
    const crimeId = nextId();
    const domesticAbuse = DA_CLASSES.has(code) && random.chance(code === '8U' ? 1 : 0.33);
    const flags: string[] = [];
    if (domesticAbuse) flags.push('domestic_abuse');
    if (random.chance(0.03)) flags.push('mental_health');
    if (c.group === 'violence_against_the_person' && random.chance(0.25)) flags.push('alcohol');
    if ((code === '8L' || code === '88A') && random.chance(0.3)) flags.push('online');
    const hateStrands = (code === '9B' || code === '8P') ? [random.pick(['race', 'religion'])] : random.chance(0.005) ? [random.pick(['sexual_orientation', 'disability', 'transgender'])] : [];

    let victim: Victim | null = null;
    let victimOrganisation: string | null = null;
    if (code === '46' || code === '30C' || code === '34A' || code === '58B' || code === '49C') victimOrganisation = `${random.pick(STORES)}, ${place.district ?? 'town centre'}`;
    else if (!c.victimless) victim = random.chance(0.2) ? random.pick(repeatPool) : random.pick(victims);
    const vulnerable = victim !== null && (victim.child || random.chance(0.36));
    const repeat = victim !== null && inRepeatPool.has(victim);
    if (vulnerable) flags.push('vulnerable_victim');
    if (repeat) flags.push('repeat_victim');
    if (victim?.child) flags.push('child_victim');
    const age = today.getTime() - recordedAt.getTime();
    const outcome = age > 60 * DAY ? random.choose(OUTCOMES) : age > 14 * DAY && random.chance(0.3) ? random.choose(OUTCOMES) : null;
    const cancelled = random.chance(0.01);

    rows.events.push({ forceId, id: eventId, reference: `${force.referencePrefix}/E/${String(eventSeq + rows.events.length + 1).padStart(7, '0')}`, type: 'crime', occurredAt: committedFrom, summary: `${c.description} (demo)`, createdBy: officer.id, createdAt: recordedAt });
    rows.crimes.push({
      forceId, id: crimeId, reference: `${force.referencePrefix}/${yy}/${String(seq).padStart(6, '0')}`, eventId, classificationCode: code,
      classificationVersion: CLASSIFICATION_LIST_VERSION, status: cancelled ? 'cancelled' : 'recorded', committedFrom,
      committedTo: c.courseOfConduct ? reportedAt : null,
      reportedAt, recordedAt, source: random.pick(['incident', 'incident', 'incident', 'online', 'walk_in', 'phone']), locationId: place.id, district: place.district,
      victimOrganisation, summary: `${c.description}${victimOrganisation ? ` at ${victimOrganisation}` : ''}.`, flags, hateStrands,
      vulnerableVictim: vulnerable, repeatVictim: repeat, outcome: cancelled ? null : outcome, cancellationCode: cancelled ? 'C4' : null,
      cancelledAt: cancelled ? new Date(recordedAt.getTime() + 2 * DAY) : null, cancelledBy: cancelled ? registrar.id : null,
      recordedBy: officer.id, version: cancelled ? 2 : 1, createdAt: recordedAt, updatedAt: recordedAt,
    });
    rows.links.push({ forceId, id: nextId(), role: 'scene', locationId: place.id, eventId, createdBy: officer.id, createdAt: recordedAt });
    if (victim) {
      const linkId = nextId();
      rows.links.push({ forceId, id: linkId, role: 'victim', personId: victim.id, eventId, createdBy: officer.id, createdAt: recordedAt });
      rows.crimePersons.push({
        forceId, id: nextId(), crimeId, linkId, role: 'victim', vulnerable, repeat, child: victim.child, officerJudgesVulnerable: vulnerable && !victim.child,
        reasons: [...(victim.child ? ['Under 18'] : []), ...(vulnerable && !victim.child ? ['Officer’s judgement'] : []), ...(repeat ? ['Repeat victim'] : [])], createdAt: recordedAt,
      });
    }
    if (random.chance(c.victimless ? 1 : 0.35)) {
      const suspect = random.pick(victims);
      if (suspect !== victim) {
        const linkId = nextId();
        rows.links.push({ forceId, id: linkId, role: 'suspect', personId: suspect.id, eventId, createdBy: officer.id, createdAt: recordedAt });
        rows.crimePersons.push({ forceId, id: nextId(), crimeId, linkId, role: 'suspect', createdAt: recordedAt });
      }
    }
    rows.history.push({ forceId, id: nextId(), crimeId, at: recordedAt, userId: officer.id, username: officer.username, action: 'crime.recorded', toCode: code });
    if (cancelled) {
      rows.history.push({
        forceId, id: nextId(), crimeId, at: new Date(recordedAt.getTime() + 2 * DAY), userId: registrar.id, username: registrar.username, action: 'crime.cancelled',
        fromCode: code, cancellationCode: 'C4', reason: 'Recorded in error: the same report was entered twice by the demo generator.',
      });
    }
  }

  await db.transaction(async (tx) => {
    await insertRows(tx, events, rows.events);
    await insertRows(tx, crimes, rows.crimes);
    await insertRows(tx, poleLinks, rows.links);
    await insertRows(tx, crimePersons, rows.crimePersons);
    await insertRows(tx, crimeHistory, rows.history);
    await setCounter(tx, forceId, 'E', eventSeq + rows.events.length);
    for (const [yy, value] of crimeSeq) await setCounter(tx, forceId, `CRIME-${yy}`, value);
  });
  return rows.crimes.length;
}
