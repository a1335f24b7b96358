/**
 * A year of synthetic domestic abuse and safeguarding work for a demo force (STANDARDS §8, §9, §16):
 * DASH assessments scored by the real rules (about 1 in 6 high), MARAC referrals with their reasons and
 * monthly meetings in three areas with agency actions, IDVA referrals (≈96% contacted within 24 h),
 * child referrals through the hub, DVPNs and DVPOs with breaches, and Clare's Law applications at
 * every stage (ask ≈ know). Seeded: the same seed gives the same records.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { forces, users } from '../platform/auth/schema.js';
import { isWorkingDay } from '../platform/clock.js';
import type { Db } from '../platform/db/connect.js';
import { persons, referenceCounters } from '../platform/pole/schema.js';
import { DASH_QUESTION_KEYS } from '../modules/safeguarding/dash-questions.js';
import {
  addMonths, childSafeguardingDue, dashRiskLevel, dashScore, dvdsStageDueAt, dvpnHearingDeadline, dvpoExpiry, idvaDueAt, isDvpnExcludedDay,
  maracReferralReasons, RULES_VERSION, DVDS_STAGES, NO_ARREST_REASON_CODES, type DvdsStage,
} from '../modules/safeguarding/rules.js';
import {
  dashAssessments, dvdsApplications, idvaReferrals, maracActions, maracMeetings, maracReferrals, protectionBreaches, protectionNotices, safeguardingReferrals,
} from '../modules/safeguarding/schema.js';
import { bulkIds } from './ids.js';
import { Random } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** DASH assessments per synthetic person a year: DA incidents outnumber DA crimes (about 13% of the demo crime volume of 0.4 per person). */
export const DEMO_DASH_PER_PERSON = 0.1;

const AREAS = ['Western (Watford, Three Rivers, Dacorum)', 'Central (St Albans, Welwyn Hatfield, Hertsmere)', 'Eastern (Stevenage, North Herts, East Herts, Broxbourne)'];
const AGENCIES = ['Police', "Children's Services", 'IDVA service', 'Health', 'Housing', 'Probation'];
const FIRST_NAMES = ['Sarah', 'Emma', 'Claire', 'Jade', 'Louise', 'Amy', 'Priya', 'Grace', 'Chloe', 'Rebecca'];
const SURNAMES = ['Walker', 'Hughes', 'Patel', 'Morgan', 'Clarke', 'Evans', 'Turner', 'Khan', 'Wright', 'Baker'];
const bankHoliday = (d: string) => { const w = new Date(`${d}T12:00:00Z`).getUTCDay(); return w !== 0 && w !== 6 && !isWorkingDay(d); };

type Row = Record<string, unknown>;

async function insertChunks(db: Db, table: PgTable, rows: Row[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(table).values(rows.slice(i, i + 500) as never);
}

async function counterOf(db: Db, forceId: string, series: string): Promise<number> {
  const [row] = await db.select({ v: referenceCounters.lastValue }).from(referenceCounters).where(and(eq(referenceCounters.forceId, forceId), eq(referenceCounters.series, series)));
  return row?.v ?? 0;
}

async function setCounter(db: Db, forceId: string, series: string, value: number) {
  await db.insert(referenceCounters).values({ forceId, series, lastValue: value })
    .onConflictDoUpdate({ target: [referenceCounters.forceId, referenceCounters.series], set: { lastValue: sql`greatest(${referenceCounters.lastValue}, excluded.last_value)` } });
}

/** Answers whose "yes" count follows the demo mix: most standard, some medium, about one in six high. */
function demoAnswers(random: Random): Record<string, string> {
  const target = random.chance(0.16) ? random.int(14, 20) : random.chance(0.3) ? random.int(10, 13) : random.int(1, 9);
  const keys = [...DASH_QUESTION_KEYS];
  for (let i = keys.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  const answers: Record<string, string> = {};
  keys.forEach((k, i) => { answers[k] = i < target ? 'yes' : random.chance(0.1) ? 'not_known' : 'no'; });
  return answers;
}

export type DemoSafeguardingCounts = { dash: number; marac: number; meetings: number; idva: number; referrals: number; notices: number; dvds: number };

export async function seedDemoSafeguarding(db: Db, options: { forceId: string; count: number; seed: number; today: Date }): Promise<DemoSafeguardingCounts> {
  const { forceId, today } = options;
  const empty = { dash: 0, marac: 0, meetings: 0, idva: 0, referrals: 0, notices: 0, dvds: 0 };
  if (options.count <= 0) return empty;
  const random = new Random(options.seed);
  const nextId = bulkIds();
  const [force] = await db.select().from(forces).where(eq(forces.id, forceId));
  const officers = await db.select({ id: users.id, role: users.role }).from(users).where(and(eq(users.forceId, forceId), sql`${users.role} in ('constable', 'sergeant', 'public_protection_officer')`));
  const [superintendent] = await db.select({ id: users.id }).from(users).where(and(eq(users.forceId, forceId), eq(users.role, 'superintendent')));
  const people = await db.select({ id: persons.id, dob: persons.dateOfBirth, gender: persons.gender }).from(persons).where(eq(persons.forceId, forceId)).limit(20_000);
  const adultYear = today.getUTCFullYear() - 18;
  const adults = people.filter((p) => p.dob !== null && Number(p.dob.slice(0, 4)) <= adultYear);
  const victimsPool = adults.filter((p) => p.gender === 'female');
  const perpetratorsPool = adults.filter((p) => p.gender === 'male' && Number(p.dob!.slice(0, 4)) < adultYear - 2);
  if (!force || !superintendent || officers.length === 0 || victimsPool.length < 5 || perpetratorsPool.length < 5) return empty;
  const ref = (series: string, n: number) => `${force.referencePrefix}/${series}/${String(n).padStart(7, '0')}`;
  const seq: Record<string, number> = {};
  for (const s of ['DASH', 'MARAC', 'MTG', 'SGR', 'DVPN', 'DVDS']) seq[s] = await counterOf(db, forceId, s);
  const next = (s: string) => ref(s, ++seq[s]);

  // Meetings first, monthly in each area, so referrals can be listed at the next one.
  const meetings: Row[] = [];
  for (let m = 11; m >= -1; m--) {
    for (const [i, area] of AREAS.entries()) {
      const at = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m, 8 + i * 7, 10));
      meetings.push({
        forceId, id: nextId(), reference: next('MTG'), area, meetingAt: at, agencies: AGENCIES, status: at < today ? 'held' : 'scheduled',
        outcome: at < today ? 'Cases heard; action plans agreed with each agency.' : null, createdBy: superintendent.id, createdAt: new Date(at.getTime() - 20 * DAY), updatedAt: at,
      });
    }
  }
  const meetingAfter = (at: Date, areaIndex: number) => meetings.find((m, i) => i % AREAS.length === areaIndex && (m.meetingAt as Date) > at);

  const repeatVictims = victimsPool.slice(0, Math.max(3, Math.floor(options.count * 0.08)));
  const rows = { dash: [] as Row[], marac: [] as Row[], actions: [] as Row[], idva: [] as Row[], referrals: [] as Row[] };
  const history = new Map<string, { at: Date }[]>();
  const lastMarac = new Map<string, Date>();
  const incidents = Array.from({ length: options.count }, () => {
    const victim = random.chance(0.3) ? random.pick(repeatVictims) : random.pick(victimsPool);
    return { victim, at: new Date(today.getTime() - random.int(1, 364) * DAY - random.int(0, 23) * HOUR) };
  }).sort((a, b) => a.at.getTime() - b.at.getTime());

  for (const { victim, at } of incidents) {
    const answers = demoAnswers(random);
    const score = dashScore(answers as never);
    const computed = dashRiskLevel(score);
    const raise = computed !== 'high' && random.chance(0.05);
    const finalLevel = raise ? 'high' : computed;
    const prior = (history.get(victim.id) ?? []).filter((h) => h.at >= addMonths(at, -12));
    const reasons = maracReferralReasons({ score, finalLevel, incidentAt: at, incidentsLast12m: prior.length + 1, crimesLast12m: 0, lastMaracAt: lastMarac.get(victim.id) ?? null });
    history.set(victim.id, [...(history.get(victim.id) ?? []), { at }]);
    const officer = random.pick(officers);
    const assessedAt = new Date(at.getTime() + random.int(1, 6) * HOUR);
    const childrenPresent = random.chance(0.3);
    const childrenResident = childrenPresent || random.chance(0.15);
    const powerOfArrest = random.chance(0.8);
    const arrested = powerOfArrest && random.chance(finalLevel === 'high' ? 0.89 : 0.5);
    const dashId = nextId();
    const dashRef = next('DASH');
    rows.dash.push({
      forceId, id: dashId, reference: dashRef, victimPersonId: victim.id, perpetratorPersonId: random.pick(perpetratorsPool).id, incidentAt: at,
      intimatePartner: random.chance(0.8), answers, answerNotes: {}, victimDeclined: random.chance(0.04), score, computedLevel: computed, finalLevel,
      levelBasis: raise ? 'professional_judgement_raised' : 'score', levelReason: raise ? 'Officer’s judgement: recent threats and escalating control' : null,
      childrenPresent, childrenResident, childrenCount: childrenResident ? random.int(1, 3) : 0, powerOfArrest, arrested,
      noArrestReason: powerOfArrest && !arrested ? random.pick(NO_ARREST_REASON_CODES) : null, maracReasons: reasons, assessedBy: officer.id, assessedAt,
      rulesVersion: RULES_VERSION, createdAt: assessedAt, updatedAt: assessedAt,
    });
    if (reasons.length) {
      const referralId = nextId();
      const areaIndex = random.int(0, AREAS.length - 1);
      const meeting = meetingAfter(assessedAt, areaIndex);
      const heard = meeting && (meeting.meetingAt as Date) < today;
      rows.marac.push({
        forceId, id: referralId, reference: next('MARAC'), victimPersonId: victim.id, dashAssessmentId: dashId, reasons, isRepeat: reasons.includes('repeat'),
        status: meeting ? (heard ? 'heard' : 'listed') : 'referred', meetingId: meeting?.id ?? null, referredBy: officer.id, referredAt: assessedAt, createdAt: assessedAt, updatedAt: assessedAt,
      });
      lastMarac.set(victim.id, assessedAt);
      if (meeting && heard) {
        for (const agency of ['Police', random.pick(AGENCIES.slice(1))]) {
          const due = new Date((meeting.meetingAt as Date).getTime() + random.int(7, 28) * DAY);
          const done = due < today && random.chance(0.85);
          rows.actions.push({
            forceId, id: nextId(), referralId, meetingId: meeting.id, agency, description: agency === 'Police' ? 'Flag the address for an urgent response; review bail conditions' : 'Contact the victim and agree a support plan',
            dueAt: due, status: done ? 'done' : 'open', outcome: done ? 'Completed and recorded' : null, completedAt: done ? due : null, createdBy: officer.id, createdAt: meeting.meetingAt, updatedAt: meeting.meetingAt,
          });
        }
      }
    }
    if (finalLevel === 'high') {
      const contacted = random.chance(0.96) ? new Date(at.getTime() + random.int(2, 22) * HOUR) : new Date(idvaDueAt(at).getTime() + random.int(2, 48) * HOUR);
      rows.idva.push({
        forceId, id: nextId(), victimPersonId: victim.id, dashAssessmentId: dashId, incidentAt: at, referredAt: assessedAt,
        contactedAt: contacted < today ? contacted : null, provider: 'Independent domestic violence advisory service', createdAt: assessedAt, updatedAt: assessedAt,
      });
    }
    const due = childSafeguardingDue({ childrenPresent, childrenResident, incidentAt: at }, isWorkingDay);
    if (due) {
      const old = today.getTime() - at.getTime() > 3 * DAY;
      rows.referrals.push({
        forceId, id: nextId(), reference: next('SGR'), subjectKind: 'child', subjectDescription: 'Children in the household of the victim',
        concern: `Domestic abuse incident (${dashRef}) with children ${childrenPresent ? 'present' : 'normally resident'}; DASH ${finalLevel} risk.`, dashAssessmentId: dashId,
        riskLevel: finalLevel, childHarmIndicated: answers.children_hurt === 'yes' || answers.children_threatened === 'yes', dueAt: due.referralDueAt,
        schoolNotificationDueAt: due.schoolNotificationDueAt, schoolNotifiedAt: old ? new Date(due.schoolNotificationDueAt.getTime() - HOUR) : null,
        status: old ? 'closed' : 'new', rag: old ? (finalLevel === 'high' ? 'red' : finalLevel === 'medium' ? 'amber' : 'green') : null,
        agency: old ? "Children's Services (MASH)" : null, triagedBy: old ? officer.id : null, triagedAt: old ? new Date(at.getTime() + 12 * HOUR) : null,
        mashOutcome: old ? random.pick(['no_further_action', 'early_help', 'child_in_need_s17', 'strategy_discussion_s47']) : null, mashOutcomeAt: old ? new Date(at.getTime() + 2 * DAY) : null,
        createdBy: officer.id, createdAt: assessedAt, updatedAt: assessedAt,
      });
    }
  }

  // DVPNs: a few a year against high-risk perpetrators (STANDARDS §16: 23 DVPNs, 21 DVPOs, 8 breached).
  const notices: Row[] = [];
  const breaches: Row[] = [];
  const highDash = rows.dash.filter((d) => d.finalLevel === 'high');
  for (const d of highDash.slice(0, Math.max(3, Math.ceil(highDash.length * 0.25)))) {
    const requestedAt = new Date((d.incidentAt as Date).getTime() + 3 * HOUR);
    const servedAt = new Date(requestedAt.getTime() + 2 * HOUR);
    const hearingDueAt = dvpnHearingDeadline(servedAt, (day) => isDvpnExcludedDay(day, bankHoliday));
    const recent = servedAt.getTime() > today.getTime() - 2 * DAY;
    const orderMade = !recent && random.chance(0.9);
    const hearingAt = recent ? null : new Date(hearingDueAt.getTime() - random.int(2, 20) * HOUR);
    const days = random.int(14, 28);
    const expires = hearingAt && orderMade ? dvpoExpiry(hearingAt, days) : null;
    const id = nextId();
    notices.push({
      forceId, id, reference: next('DVPN'), perpetratorPersonId: d.perpetratorPersonId, victimPersonId: d.victimPersonId, dashAssessmentId: d.id,
      grounds: 'Violence towards an associated person; notice necessary to protect her from further violence.', violenceOrThreat: true, necessaryToProtect: true,
      conditions: ['Not to molest the victim', 'Not to enter the victim’s home'], status: recent ? 'served' : orderMade ? (expires! < today ? 'order_expired' : 'order_made') : 'order_refused',
      requestedBy: d.assessedBy, requestedAt, authorisedBy: superintendent.id, authorisedAt: new Date(requestedAt.getTime() + HOUR), decisionReason: 'Test met: necessary to protect the victim',
      servedAt, hearingDueAt, hearingAt, court: hearingAt ? 'Hertfordshire Magistrates’ Court' : null, orderMadeAt: orderMade ? hearingAt : null, orderDays: orderMade ? days : null,
      orderExpiresAt: expires, createdAt: requestedAt, updatedAt: requestedAt,
    });
    if (orderMade && hearingAt && random.chance(0.38)) {
      const occurredAt = new Date(hearingAt.getTime() + random.int(1, days - 1) * DAY);
      if (occurredAt < today) breaches.push({ forceId, id: nextId(), noticeId: id, against: 'dvpo', occurredAt, detail: 'Attended the victim’s address in breach of the order', arrested: true, recordedBy: d.assessedBy, recordedAt: occurredAt });
    }
  }

  // Clare's Law: right to ask and right to know in about equal numbers, at every stage (STANDARDS §16: ask 41, know 47).
  const dvds: Row[] = [];
  const dvdsCount = Math.max(8, Math.round(options.count * 0.12));
  for (let i = 0; i < dvdsCount; i++) {
    const receivedAt = new Date(today.getTime() - random.int(1, 300) * DAY);
    const ageDays = (today.getTime() - receivedAt.getTime()) / DAY;
    const reached: DvdsStage = ageDays > 30 ? 'closed' : DVDS_STAGES[Math.min(4, Math.floor(ageDays / 6))];
    const disclose = random.chance(0.55);
    const route = random.chance(0.47) ? 'right_to_ask' : 'right_to_know';
    const closedAt = reached === 'closed' ? new Date(receivedAt.getTime() + random.int(14, ageDays > 40 && random.chance(0.15) ? 40 : 28) * DAY) : null;
    const history = DVDS_STAGES.slice(0, DVDS_STAGES.indexOf(reached) + 1).map((stage, k) => ({ stage, at: new Date(receivedAt.getTime() + k * 5 * DAY).toISOString(), by: 'ppu', note: null }));
    dvds.push({
      forceId, id: nextId(), reference: next('DVDS'), route, source: route === 'right_to_ask' ? (random.chance(0.6) ? 'public_form' : 'police') : 'police',
      applicantName: route === 'right_to_ask' ? `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}` : 'Police-initiated (right to know)',
      applicantRelationship: route === 'right_to_ask' ? 'Applying for themself: new partner' : 'Police', applicantEmail: route === 'right_to_ask' ? 'applicant@example.org' : null,
      subjectName: `${random.pick(['Darren', 'Lee', 'Craig', 'Jason', 'Mark'])} ${random.pick(SURNAMES)}`, concern: 'Concern about a new partner’s past behaviour towards former partners.',
      stage: reached, stageDueAt: dvdsStageDueAt(receivedAt, reached), receivedAt, identityVerified: DVDS_STAGES.indexOf(reached) >= 2,
      decision: DVDS_STAGES.indexOf(reached) >= 4 ? (disclose ? 'disclose' : 'no_disclosure') : null,
      safetyPlan: DVDS_STAGES.indexOf(reached) >= 4 && disclose ? 'Disclosure in person with the IDVA; safety plan agreed' : null,
      disclosedAt: reached === 'closed' && disclose ? closedAt : null, closedAt, history, createdAt: receivedAt, updatedAt: receivedAt,
    });
  }

  await db.transaction(async (tx) => {
    await insertChunks(tx, maracMeetings, meetings);
    await insertChunks(tx, dashAssessments, rows.dash);
    await insertChunks(tx, maracReferrals, rows.marac);
    await insertChunks(tx, maracActions, rows.actions);
    await insertChunks(tx, idvaReferrals, rows.idva);
    await insertChunks(tx, safeguardingReferrals, rows.referrals);
    await insertChunks(tx, protectionNotices, notices);
    await insertChunks(tx, protectionBreaches, breaches);
    await insertChunks(tx, dvdsApplications, dvds);
    for (const [series, value] of Object.entries(seq)) await setCounter(tx, forceId, series, value);
  });
  return { dash: rows.dash.length, marac: rows.marac.length, meetings: meetings.length, idva: rows.idva.length, referrals: rows.referrals.length, notices: notices.length, dvds: dvds.length };
}
