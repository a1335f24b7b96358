/**
 * A day in a Hertfordshire-sized control room (STANDARDS §2, §16): ≈1,500–2,000 incidents in the last 24 hours
 * across opening codes and grades, with THRIVE, people, places, units, attendance, desk resolution and closures,
 * plus a year of closed history so repeat victims and repeat locations are found by person and place.
 * Flags, proposed grades and risk are computed by the module's own rules. Seeded: the same seed gives the same day.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../platform/auth/schema.js';
import { londonDate } from '../platform/clock.js';
import type { Db } from '../platform/db/connect.js';
import { forcePrefix } from '../platform/db/references.js';
import { locations, persons, referenceCounters, warningMarkers } from '../platform/pole/schema.js';
import {
  DEFAULT_SETTINGS, GRADES, THRIVE_ELEMENTS, hasDangerousSuspect, impliedFlags, isKnownVulnerable, proposedGrade, riskOf, targetDueAt,
  type Grade, type PersonRole, type Thrive, type ThriveLevel,
} from '../modules/incidents/rules.js';
import {
  appointmentSlots, incidentAssignments, incidentGradings, incidentLog, incidentPersons, incidents, units,
} from '../modules/incidents/schema.js';
import { SEED_QUESTION_SETS } from '../modules/incidents/question-sets.js';
import { questionSets } from '../modules/incidents/schema.js';
import { insertRows } from './bulk-insert.js';
import { forceGeography } from './geography.js';
import { bulkIds } from './ids.js';
import { Random } from './random.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Today's incidents per synthetic person (3,000 people → ≈1,800, the Herts daily volume of §16), and a year of history. */
export const DEMO_INCIDENTS_PER_PERSON = 0.6;
export const DEMO_HISTORY_PER_PERSON = 0.5;
const MAX_DAY = 2_000;

/** Opening-code mix of a day's demand (weights; design default shaped by §16 volumes). */
const TYPE_MIX: [string, number, string][] = [
  ['CRIME_THEFT', 9, 'Theft reported'], ['CRIME_SHOPLIFTING', 6, 'Shoplifter detained by staff'], ['CRIME_BURGLARY', 4, 'Burglary discovered on return home'],
  ['BURGLARY_IN_PROGRESS', 1, 'Noises downstairs, caller hiding upstairs'], ['CRIME_ASSAULT', 6, 'Assault outside premises'],
  ['CRIME_ASSAULT_SERIOUS', 1, 'Stabbing reported'], ['CRIME_ROBBERY', 1, 'Phone snatched at knifepoint'], ['CRIME_VEHICLE', 4, 'Car broken into overnight'],
  ['CRIME_DAMAGE', 4, 'Windows smashed'], ['CRIME_FRAUD', 4, 'Caller scammed by bank impersonator'], ['CRIME_SEXUAL', 1, 'Sexual assault disclosed'],
  ['DOMESTIC_ABUSE', 9, 'Argument between partners, caller frightened'], ['ASB_PERSONAL', 4, 'Neighbour harassing caller'],
  ['ASB_NUISANCE', 7, 'Youths causing nuisance'], ['ASB_ENVIRONMENTAL', 2, 'Fly-tipping'], ['CONCERN_FOR_WELFARE', 9, 'Elderly neighbour not seen for days'],
  ['MENTAL_HEALTH', 5, 'Person in crisis threatening self-harm'], ['MISSING_PERSON', 3, 'Teenager not returned home'],
  ['SUSPICIOUS_CIRCUMSTANCES', 5, 'Person trying car door handles'], ['FIREARMS', 0.3, 'Man seen with handgun'], ['RTC', 5, 'Two-car collision'],
  ['HIGHWAY_DISRUPTION', 3, 'Debris on carriageway'], ['ADMIN', 4, 'Message for officer'],
];
const SOURCE_MIX: [string, number][] = [['999', 40], ['101', 35], ['online', 18], ['walk_in', 3], ['other_agency', 4]];
/** Attendance minutes by grade: median and spread (most within the 15/60-minute targets, a tail beyond). */
const ARRIVAL: Record<Exclude<Grade, 'resolved_without_deployment'>, [number, number]> = { immediate: [11, 6], priority: [45, 30], scheduled: [20 * 60, 14 * 60] };

function weighted<T>(random: Random, table: [T, number, ...unknown[]][]): [T, number, ...unknown[]] {
  const total = table.reduce((s, r) => s + r[1], 0);
  let x = random.next() * total;
  for (const row of table) if ((x -= row[1]) < 0) return row;
  return table[table.length - 1];
}

const LEVEL_FOR: Record<Grade, ThriveLevel[]> = {
  immediate: ['high', 'high', 'medium'], priority: ['medium', 'medium', 'low'], scheduled: ['low', 'low', 'low'], resolved_without_deployment: ['none', 'low', 'none'],
};

function thriveFor(random: Random, grade: Grade): Thrive {
  const [threat, harm, risk] = LEVEL_FOR[grade];
  const levels: Record<string, ThriveLevel> = {
    threat, harm, risk, investigation: grade === 'resolved_without_deployment' ? 'low' : 'medium',
    vulnerability: random.chance(0.2) ? 'medium' : 'low', engagement: 'low', intelligence: random.chance(0.1) ? 'medium' : 'none', specificNeeds: 'none',
  };
  return Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, { level: levels[e], rationale: `${e} assessed with caller` }]));
}

function intendedGrade(random: Random, type: string): Grade {
  if (type === 'FIREARMS' || type === 'BURGLARY_IN_PROGRESS' || type === 'CRIME_ASSAULT_SERIOUS') return 'immediate';
  if (type === 'DOMESTIC_ABUSE' || type === 'MISSING_PERSON') return random.chance(0.35) ? 'immediate' : 'priority';
  if (type === 'CRIME_FRAUD' || type === 'ADMIN' || type === 'ASB_ENVIRONMENTAL') return 'resolved_without_deployment';
  const x = random.next();
  return x < 0.08 ? 'immediate' : x < 0.38 ? 'priority' : x < 0.62 ? 'scheduled' : 'resolved_without_deployment';
}

export type DemoIncidentCounts = { today: number; history: number; unresolved: number; units: number };

type Pools = {
  people: { id: string; markers: string[] }[];
  places: { id: string; lat: number | null; lon: number | null; district: string | null; text: string }[];
  handlers: string[];
};

async function pools(db: Db, forceId: string): Promise<Pools> {
  const people = await db.select({ id: persons.id }).from(persons).where(and(eq(persons.forceId, forceId), isNull(persons.mergedIntoId))).limit(20_000);
  const markerRows = await db.select({ personId: warningMarkers.personId, code: warningMarkers.code }).from(warningMarkers).where(and(eq(warningMarkers.forceId, forceId), isNull(warningMarkers.endedAt)));
  const byPerson = new Map<string, string[]>();
  for (const m of markerRows) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m.code]);
  const places = await db
    .select({ id: locations.id, lat: locations.latitude, lon: locations.longitude, district: locations.district, number: locations.buildingNumber, street: locations.street, town: locations.town })
    .from(locations).where(eq(locations.forceId, forceId)).limit(20_000);
  const handlers = await db.select({ id: users.id }).from(users).where(and(eq(users.forceId, forceId), sql`${users.role} in ('call_handler', 'imu_officer', 'sergeant')`));
  return {
    people: people.map((p) => ({ id: p.id, markers: byPerson.get(p.id) ?? [] })),
    places: places.map((p) => ({ id: p.id, lat: p.lat, lon: p.lon, district: p.district, text: [p.number, p.street, p.town].filter(Boolean).join(' ') })),
    handlers: handlers.map((h) => h.id),
  };
}

type SeedIncidentOptions = {
  forceId: string;
  people: number;
  seed: number;
  now: Date;
  /** Overrides for benchmarks: incidents in the last 24 hours and closed history over the year before. */
  today?: number;
  history?: number;
  onProgress?: (done: number, total: number) => void;
};

/** Rows are written in chunks so a history of millions never sits in memory at once. */
const CHUNK = 20_000;

export async function seedDemoIncidents(db: Db, options: SeedIncidentOptions): Promise<DemoIncidentCounts> {
  const { forceId, now } = options;
  const todayCount = options.today ?? Math.min(MAX_DAY, Math.round(options.people * DEMO_INCIDENTS_PER_PERSON));
  const historyCount = options.history ?? Math.round(options.people * DEMO_HISTORY_PER_PERSON);
  const counts = { today: 0, history: 0, unresolved: 0, units: 0 };
  if (todayCount <= 0) return counts;
  const random = new Random(options.seed);
  const nextId = bulkIds();
  const pool = await pools(db, forceId);
  if (pool.handlers.length === 0) return counts;
  const prefix = await forcePrefix(db, forceId);
  const geography = forceGeography(forceId);
  const districts = geography.districts.map((d) => d.name);

  // Units: five per district (response, one neighbourhood), plus ARVs and roads policing across the force.
  const unitRows: (typeof units.$inferInsert)[] = [];
  districts.forEach((district, i) => {
    const code = district.replace(/[^A-Z]/g, '').slice(0, 2).padEnd(2, 'X');
    for (let n = 1; n <= 5; n++) {
      const place = pool.places.find((p) => p.district === district && p.lat !== null) ?? null;
      unitRows.push({ forceId, id: nextId(), callSign: `${code}${i}${n}`, kind: n === 5 ? 'neighbourhood' : 'response', district, status: random.chance(0.15) ? 'unavailable' : 'available', latitude: place ? place.lat! + random.normal(0, 1) * 0.01 : null, longitude: place ? place.lon! + random.normal(0, 1) * 0.01 : null, statusAt: now, createdAt: now, updatedAt: now });
    }
  });
  for (const [callSign, kind] of [['ARV1', 'arv'], ['ARV2', 'arv'], ['RP1', 'roads'], ['RP2', 'roads'], ['MHT1', 'mental_health_triage']] as const) {
    unitRows.push({ forceId, id: nextId(), callSign, kind, district: null, status: 'available', latitude: null, longitude: null, statusAt: now, createdAt: now, updatedAt: now });
  }
  const freeUnits = unitRows.filter((u) => u.status === 'available');

  const incidentRows: (typeof incidents.$inferInsert)[] = [];
  const personRows: (typeof incidentPersons.$inferInsert)[] = [];
  const logRows: (typeof incidentLog.$inferInsert)[] = [];
  const gradingRows: (typeof incidentGradings.$inferInsert)[] = [];
  const assignmentRows: (typeof incidentAssignments.$inferInsert)[] = [];
  const victimDates = new Map<string, number[]>();
  const placeDates = new Map<string, number[]>();
  const counters = new Map<string, number>();
  const yearAgo = now.getTime() - 365 * DAY;
  await insertRows(db, units, unitRows);
  const flush = async () => {
    await db.transaction(async (tx) => {
      for (let i = 0; i < incidentRows.length; i += 2_000) await insertRows(tx, incidents, incidentRows.slice(i, i + 2_000).map((r) => ({ ...r, thrive: JSON.stringify(r.thrive), answers: '{}', resolution: r.resolution ? JSON.stringify(r.resolution) : null })));
      await insertRows(tx, incidentPersons, personRows);
      await insertRows(tx, incidentLog, logRows);
      await insertRows(tx, incidentGradings, gradingRows);
      await insertRows(tx, incidentAssignments, assignmentRows);
    });
    for (const rows of [incidentRows, personRows, logRows, gradingRows, assignmentRows] as unknown[][]) rows.length = 0;
  };
  const createdTimes = [
    ...Array.from({ length: historyCount }, () => yearAgo + random.next() * (364 * DAY)),
    // Demand peaks in the late afternoon and evening.
    ...Array.from({ length: todayCount }, () => now.getTime() - DAY * Math.min(0.999, Math.abs(random.next() ** 1.2))),
  ].sort((a, b) => a - b);

  for (const createdMs of createdTimes) {
    const createdAt = new Date(createdMs);
    const isToday = createdMs > now.getTime() - DAY;
    const [type, , summary] = weighted(random, TYPE_MIX) as [string, number, string];
    const source = weighted(random, SOURCE_MIX)[0] as string;
    const handler = random.pick(pool.handlers);
    const place = random.chance(0.9) ? random.pick(pool.places) : null;
    const id = nextId();
    const day = londonDate(createdAt).slice(2).replace(/-/g, '');
    const n = (counters.get(day) ?? 0) + 1;
    counters.set(day, n);

    const involved: [string, PersonRole, string[]][] = [];
    if (pool.people.length && random.chance(0.75)) {
      const victim = random.pickSkewed(pool.people);
      involved.push([victim.id, random.chance(0.6) ? 'caller' : 'victim', victim.markers]);
    }
    if (pool.people.length && (type === 'DOMESTIC_ABUSE' || type.startsWith('CRIME_')) && random.chance(0.5)) {
      const suspect = random.pick(pool.people);
      if (!involved.some(([pid]) => pid === suspect.id)) involved.push([suspect.id, 'suspect', suspect.markers]);
    }
    const handlerFlags = impliedFlags(type, { domesticAbuse: false, mentalHealth: random.chance(0.04), hate: random.chance(0.01), childInvolved: random.chance(type === 'DOMESTIC_ABUSE' ? 0.3 : 0.03), firearms: false });
    const markers = involved.flatMap(([, role, codes]) => codes.map((code) => ({ code, personRole: role })));
    const since = createdMs - 365 * DAY;
    const victimPrior = Math.max(0, ...involved.filter(([, role]) => role !== 'suspect').map(([pid]) => (victimDates.get(pid) ?? []).filter((t) => t >= since).length));
    const placePrior = place ? (placeDates.get(place.id) ?? []).filter((t) => t >= since).length : 0;
    const flags = {
      ...handlerFlags, knownVulnerable: isKnownVulnerable(markers), dangerousSuspect: hasDangerousSuspect(markers),
      repeatVictim: victimPrior >= DEFAULT_SETTINGS.repeatVictimMinPrior, repeatLocation: placePrior >= DEFAULT_SETTINGS.repeatLocationMinPrior,
    };
    const freshMinutes = (now.getTime() - createdMs) / MIN;
    const ungraded = isToday && freshMinutes < 4;
    const intended = intendedGrade(random, type);
    const thrive = ungraded && random.chance(0.5) ? {} : thriveFor(random, intended);
    const proposal = proposedGrade(thrive, flags, type);
    const grade: Grade | null = ungraded ? null : GRADES[Math.min(GRADES.indexOf(proposal.grade), GRADES.indexOf(intended))];
    const gradedAt = grade ? new Date(createdMs + random.int(1, 4) * MIN) : null;
    const areaType = random.chance(0.25) ? 'rural' : 'urban';
    const targetAt = grade && gradedAt ? targetDueAt({ grade, gradedAt, areaType }) : null;

    let status = grade ? 'awaiting_resource' : thrive.threat ? 'assessed' : 'open';
    let arrivedAt: Date | null = null;
    let clearedAt: Date | null = null;
    let firstAssignedAt: Date | null = null;
    let resolution: (typeof incidents.$inferInsert)['resolution'] = null;
    let resolvedAt: Date | null = null;
    let closedAt: Date | null = null;
    let unitId: string | null = null;
    if (grade && gradedAt) {
      if (grade === 'resolved_without_deployment') {
        const done = gradedAt.getTime() + random.int(20, 20 * 60) * MIN;
        status = 'desk_resolution';
        if (done < now.getTime()) {
          status = 'resolved';
          resolvedAt = new Date(done);
          resolution = { kind: 'telephone', outcome: random.pick(['no_further_response', 'phone_investigation', 'advice_given', 'referred_to_partner']), reason: 'Resolved with the caller by phone', thriveRationale: 'Low threat, harm and risk; no vulnerability identified' };
        }
      } else {
        const [median, spread] = ARRIVAL[grade];
        const arrive = gradedAt.getTime() + Math.max(2, median + random.normal(0, 1) * spread) * MIN;
        const assign = gradedAt.getTime() + Math.max(1, (arrive - gradedAt.getTime()) / MIN - random.int(5, 25)) * MIN;
        if (assign < now.getTime()) {
          firstAssignedAt = new Date(assign);
          status = 'deployed';
          unitId = random.pick(unitRows).id!;
        }
        if (arrive < now.getTime()) {
          arrivedAt = new Date(arrive);
          status = 'on_scene';
          const clear = arrive + random.int(30, 150) * MIN;
          if (clear < now.getTime()) {
            clearedAt = new Date(clear);
            resolvedAt = clearedAt;
            status = 'resolved';
          }
        }
      }
      const supervised = flags.domesticAbuse || flags.childInvolved || flags.knownVulnerable;
      if (resolvedAt && resolvedAt.getTime() + HOUR < now.getTime() && (!supervised || random.chance(0.85))) {
        closedAt = new Date(resolvedAt.getTime() + random.int(10, 60) * MIN);
        status = 'closed';
      }
    }
    if (!isToday && status !== 'closed') {
      // History is finished work: attended or resolved long ago.
      status = 'closed';
      resolvedAt ??= new Date(createdMs + 2 * HOUR);
      closedAt = new Date(resolvedAt.getTime() + HOUR);
    }
    if (['open', 'assessed', 'awaiting_resource', 'deployed', 'desk_resolution'].includes(status)) counts.unresolved += 1;
    const live = status === 'deployed' || status === 'on_scene';
    if (live && unitId) {
      const unit = freeUnits.find((u) => u.status === 'available');
      if (unit) {
        unit.status = status === 'on_scene' ? 'at_scene' : 'en_route';
        unit.incidentId = id;
        unitId = unit.id!;
      }
    }
    const crimeType = type.startsWith('CRIME_') || type === 'DOMESTIC_ABUSE' || type === 'BURGLARY_IN_PROGRESS';
    incidentRows.push({
      forceId, id, reference: `${prefix}/INC/${day}/${String(n).padStart(4, '0')}`, source, type, status, summary,
      locationId: place?.id ?? null, locationText: place?.text ?? null, district: place?.district ?? random.pick(districts), latitude: place?.lat ?? null, longitude: place?.lon ?? null, areaType,
      ...flags, repeatVictimCount: victimPrior, repeatLocationCount: placePrior, thrive, answers: {},
      proposedGrade: proposal.grade, proposedReasons: proposal.reasons, grade, gradedAt, gradedBy: grade ? handler : null, targetAt,
      riskScore: riskOf({ grade, flags, thrive }).score, firstAssignedAt, arrivedAt, clearedAt, resolution, resolvedAt, resolvedBy: resolvedAt ? handler : null,
      crimeDisclosed: closedAt ? crimeType && random.chance(0.7) : null, closingCode: closedAt ? (crimeType ? 'crime_recorded' : 'public_safety_resolved') : null,
      closedAt, closedBy: closedAt ? handler : null, supervisorReviewedAt: closedAt && (flags.domesticAbuse || flags.childInvolved || flags.knownVulnerable) ? closedAt : null,
      lastReviewedAt: null, createdBy: handler, createdAt, updatedAt: closedAt ?? createdAt, version: 1,
    });
    for (const [pid, role] of involved) {
      personRows.push({ forceId, id: nextId(), incidentId: id, personId: pid, role, addedAt: createdAt, addedBy: handler });
      if (role !== 'suspect') victimDates.set(pid, [...(victimDates.get(pid) ?? []), createdMs]);
    }
    if (place) placeDates.set(place.id, [...(placeDates.get(place.id) ?? []), createdMs]);
    if (isToday) {
      logRows.push({ forceId, id: nextId(), incidentId: id, at: createdAt, userId: handler, username: 'calltaker', kind: 'system', text: `Incident created from ${source}: ${summary}` });
      if (grade && gradedAt) gradingRows.push({ forceId, id: nextId(), incidentId: id, at: gradedAt, userId: handler, username: 'calltaker', fromGrade: null, toGrade: grade, proposedGrade: proposal.grade, reason: null });
      if (firstAssignedAt && unitId) assignmentRows.push({ forceId, id: nextId(), incidentId: id, unitId, assignedAt: firstAssignedAt, assignedBy: handler, arrivedAt, clearedAt });
    }
    if (isToday) counts.today += 1;
    else counts.history += 1;
    if (incidentRows.length >= CHUNK) {
      await flush();
      options.onProgress?.(counts.today + counts.history, createdTimes.length);
    }
  }
  await flush();
  for (const unit of unitRows.filter((u) => u.incidentId)) {
    await db.update(units).set({ status: unit.status, incidentId: unit.incidentId }).where(and(eq(units.forceId, forceId), eq(units.id, unit.id!)));
  }
  counts.units = unitRows.length;

  await db.transaction(async (tx) => {
    await insertRows(tx, questionSets, SEED_QUESTION_SETS.map((s) => ({ forceId, id: nextId(), incidentType: s.incidentType, name: s.name, questions: JSON.stringify(s.questions), createdAt: now, updatedAt: now })));
    const slots = districts.flatMap((district) => Array.from({ length: 3 * 6 }, (_, k) => {
      const dayStart = new Date(`${londonDate(new Date(now.getTime() + (Math.floor(k / 6) + 1) * DAY))}T09:00:00Z`);
      const startsAt = new Date(dayStart.getTime() + (k % 6) * 1.5 * HOUR);
      return { forceId, id: nextId(), district, startsAt, endsAt: new Date(startsAt.getTime() + HOUR) };
    }));
    await insertRows(tx, appointmentSlots, slots);
    for (const [day, value] of counters) {
      await tx.insert(referenceCounters).values({ forceId, series: `INC/${day}`, lastValue: value })
        .onConflictDoUpdate({ target: [referenceCounters.forceId, referenceCounters.series], set: { lastValue: sql`greatest(${referenceCounters.lastValue}, excluded.last_value)` } });
    }
  });
  return counts;
}
