/**
 * Victim care for a demo force's recorded crimes (STANDARDS §5, §14, §16; F13, F14): needs assessments with the
 * enhanced/standard rule, victim contracts, a history of agreed updates and investigation events met on time,
 * late or missed — officers differ, and closed cases do better than live ones as the inspection found (67% / 41%)
 * — open updates (some overdue), referrals, VPS records and satisfaction surveys on closed cases.
 * Seeded and safe to run twice: crimes whose victims already have a record are skipped.
 */
import { eq, sql } from 'drizzle-orm';
import { endOfWorkingDays } from '../platform/clock.js';
import type { Db } from '../platform/db/connect.js';
import { rowsOf } from '../platform/db/connect.js';
import { tasks } from '../platform/tasks/schema.js';
import { users } from '../platform/auth/schema.js';
import { CLASSIFICATION_BY_CODE } from '../modules/crimes/reference/classifications.js';
import {
  victimContactCrimes, victimContacts, victimContracts, victimEntitlements, victimReferrals, victimStatements, victimSupportServices, victims, victimSurveys,
} from '../modules/victims/schema.js';
import {
  DEFAULT_VICTIMS_CODE, entitlementDueAt, entitlementLevel, entitlementTimescale, referralBasis, SATISFACTION_SCALE, type EntitlementEvent,
  type EntitlementLevel, type VulnerabilityReason,
} from '../modules/victims/rules.js';
import { DEFAULT_SUPPORT_SERVICES } from '../modules/victims/use-cases/records.js';
import { CLOSES_VIA } from '../modules/victims/use-cases/shared.js';
import { insertRows } from './bulk-insert.js';
import { bulkIds } from './ids.js';
import { Random } from './random.js';
import { crimeFactsOf } from '../modules/victims/use-cases/shared.js';

const DAY = 86_400_000;

export type DemoVictimOptions = { forceId: string; seed: number; today: Date; limit?: number };

type CrimeVictim = {
  crime_id: string; reference: string; classification_code: string; flags: string[]; hate_strands: string[]; recorded_at: Date; outcome: string | null;
  recorded_by: string; crime_person_id: string; person_id: string; person_reference: string; vulnerable: boolean; repeat: boolean; child: boolean;
};

const SUMMARIES = [
  'Updated on progress: CCTV requested from the shop opposite; no arrest yet.',
  'Explained the house-to-house enquiries and that forensic results are awaited.',
  'Told the victim the suspect was interviewed and released under investigation.',
  'Discussed the safety plan and confirmed the agreed weekly call continues.',
  'Confirmed the next update date and gave the direct number of the OIC.',
];
const NO_CONTACT = [
  ['no_answer', 'Rang twice and left voicemail; no call back before the due date.'],
  ['unreachable', 'Mobile number disconnected; letter sent to the home address.'],
] as const;

/** Inserts victim care for up to `limit` recorded crimes with a named victim; returns how many victims. */
export async function seedDemoVictims(db: Db, options: DemoVictimOptions): Promise<number> {
  const { forceId, today } = options;
  const random = new Random(options.seed);
  const newId = bulkIds();
  await db.insert(victimSupportServices).values(DEFAULT_SUPPORT_SERVICES.map((s) => ({ ...s, forceId, active: true, createdAt: today }))).onConflictDoNothing();
  const found = rowsOf<CrimeVictim>(await db.execute(sql`
    select c.id as crime_id, c.reference, c.classification_code, c.flags, c.hate_strands, c.recorded_at, c.outcome, c.recorded_by,
      cp.id as crime_person_id, p.id as person_id, p.reference as person_reference, cp.vulnerable, cp.repeat, cp.child
    from crimes c
    join crime_persons cp on cp.force_id = c.force_id and cp.crime_id = c.id and cp.role = 'victim'
    join pole_links l on l.force_id = cp.force_id and l.id = cp.link_id
    join persons p on p.force_id = l.force_id and p.id = l.person_id
    where c.force_id = ${forceId} and c.status = 'recorded' and c.recorded_at < ${today.toISOString()}::timestamptz
      and not exists (select 1 from victims v where v.force_id = cp.force_id and v.crime_person_id = cp.id)
    order by c.recorded_at desc, cp.id
    limit ${options.limit ?? 2500}`));
  if (found.length === 0) return 0;
  const officers = await db.select({ id: users.id, team: users.team }).from(users).where(eq(users.forceId, forceId));
  const teamOf = new Map(officers.map((o) => [o.id, o.team]));
  // Each officer keeps to the Code at their own rate: the dashboard shows real variation between them.
  const skill = new Map<string, number>();
  const skillOf = (id: string) => {
    if (!skill.has(id)) skill.set(id, 0.3 + random.next() * 0.5);
    return skill.get(id)!;
  };

  const rows = {
    victims: [] as Record<string, unknown>[], contracts: [] as Record<string, unknown>[], tasks: [] as Record<string, unknown>[],
    entitlements: [] as Record<string, unknown>[], contacts: [] as Record<string, unknown>[], contactCrimes: [] as Record<string, unknown>[],
    referrals: [] as Record<string, unknown>[], statements: [] as Record<string, unknown>[], surveys: [] as Record<string, unknown>[],
  };

  for (const c of found) {
    const facts = crimeFactsOf({ classificationCode: c.classification_code, flags: c.flags, hateStrands: c.hate_strands });
    const vulnerabilities: VulnerabilityReason[] = c.child ? ['under_18'] : c.vulnerable ? [random.pick(['mental_disorder', 'physical_disability', 'impaired_intelligence'] as const)] : [];
    const answers = { businessVictim: false, vulnerabilities, intimidated: random.chance(0.04), persistentlyTargeted: c.repeat && random.chance(0.6), bereavedRelative: false };
    const { level, reasons } = entitlementLevel(facts, answers);
    const interval = DEFAULT_VICTIMS_CODE.maxUpdateIntervalDays[level];
    const consent = random.chance(0.7) ? 'given' : random.chance(0.5) ? 'refused' : 'not_asked';
    const assessedAt = new Date(Math.min(new Date(c.recorded_at).getTime() + random.int(1, 36) * 3_600_000, today.getTime() - 3_600_000));
    const closed = c.outcome !== null;
    const end = closed ? new Date(Math.min(today.getTime(), assessedAt.getTime() + random.int(20, 150) * DAY)) : today;
    const victimId = newId();
    const oic = c.recorded_by;
    const ability = Math.min(0.95, skillOf(oic) + (closed ? 0.25 : 0));
    rows.victims.push({
      forceId, id: victimId, crimeId: c.crime_id, crimePersonId: c.crime_person_id, personId: c.person_id, codeVersion: DEFAULT_VICTIMS_CODE.version,
      level, reasons, businessVictim: false, vulnerabilities, intimidated: answers.intimidated, persistentlyTargeted: answers.persistentlyTargeted,
      bereavedRelative: false, interpreterNeeded: false, preferredContactMethod: random.chance(0.7) ? 'phone' : 'email', referralConsent: consent,
      oicUserId: oic, assessedAt, assessedBy: oic, version: 1, createdAt: assessedAt, updatedAt: assessedAt,
    });
    rows.contracts.push({
      forceId, id: newId(), victimId, updateIntervalDays: interval, method: 'phone', updatePoints: 'At arrest, charge or release, any decision not to proceed, the outcome, and in between at the agreed interval.',
      agreedAt: assessedAt, agreedBy: oic, version: 1, createdAt: assessedAt, updatedAt: assessedAt,
    });
    // Task titles carry the person's reference, never the name: titles are shown outside need-to-know (My work, lists).
    const who = c.person_reference;

    /** One entitlement with its task: met on time, late, missed, or still open. */
    const entitlement = (event: EntitlementEvent, eventAt: Date, dueAt: Date, fate: 'on_time' | 'late' | 'missed' | 'open'): Date => {
      const taskId = newId();
      let contactId: string | null = null;
      let doneAt: Date | null = null;
      if (fate !== 'open') {
        const at = fate === 'on_time' ? new Date(Math.max(eventAt.getTime(), dueAt.getTime() - random.int(1, 48) * 3_600_000)) : new Date(dueAt.getTime() + random.int(6, 200) * 3_600_000);
        doneAt = new Date(Math.min(at.getTime(), today.getTime() - 60_000));
        contactId = newId();
        const [reasonCode, reason] = random.pick(NO_CONTACT);
        rows.contacts.push({
          forceId, id: contactId, personId: c.person_id, made: fate !== 'missed', contactedAt: doneAt, method: 'phone',
          summary: fate === 'missed' ? null : random.pick(SUMMARIES), noContactReasonCode: fate === 'missed' ? reasonCode : null, noContactReason: fate === 'missed' ? reason : null,
          recordedBy: oic, recordedAt: doneAt,
        });
        rows.contactCrimes.push({ forceId, contactId, victimId });
      }
      rows.tasks.push({
        forceId, id: taskId, kind: `victim-${event.replaceAll('_', '-')}`, title: `${event === 'update' ? 'Agreed update to the victim' : 'Tell the victim of the arrest'}: ${who} (${c.reference})`,
        entityType: 'victim', entityId: victimId, assigneeUserId: oic, assigneeTeam: teamOf.get(oic) ?? null, dueAt, escalateToRole: 'sergeant',
        escalatedAt: fate === 'open' && dueAt < today ? new Date(dueAt.getTime() + 60_000) : null, closesVia: CLOSES_VIA,
        status: fate === 'open' ? 'open' : fate === 'missed' ? 'closed' : 'completed',
        outcome: fate === 'open' ? null : fate === 'missed' ? 'no_contact' : 'contact_made', outcomeReason: fate === 'open' ? null : fate === 'missed' ? 'Could not contact the victim' : 'Victim updated',
        completedBy: fate === 'open' ? null : oic, completedAt: doneAt, createdBy: oic, version: fate === 'open' ? 1 : 2, createdAt: eventAt, updatedAt: doneAt ?? eventAt,
      });
      rows.entitlements.push({ forceId, id: newId(), victimId, event, eventAt, dueAt, level, codeVersion: DEFAULT_VICTIMS_CODE.version, taskId, contactId, createdAt: eventAt });
      return doneAt ?? dueAt;
    };
    const fate = (): 'on_time' | 'late' | 'missed' => {
      const r = random.next();
      return r < ability ? 'on_time' : r < ability + (1 - ability) * 0.6 ? 'late' : 'missed';
    };

    // Agreed updates from the assessment to today (live) or to the close.
    let anchor = assessedAt;
    for (;;) {
      const due = new Date(anchor.getTime() + interval * DAY);
      if (due >= end) {
        if (!closed) entitlement('update', anchor, due, 'open');
        break;
      }
      if (!closed && due.getTime() + interval * DAY >= today.getTime() && random.chance((1 - ability) * 0.5)) {
        entitlement('update', anchor, due, 'open'); // the latest update was never made: overdue now
        break;
      }
      anchor = entitlement('update', anchor, due, fate());
    }
    if (random.chance(0.3)) {
      const arrestAt = new Date(assessedAt.getTime() + random.int(1, 20) * DAY);
      if (arrestAt < end) entitlement('arrest', arrestAt, entitlementDueAt(arrestAt, entitlementTimescale('arrest', level as EntitlementLevel), { endOfWorkingDays }), fate());
    }
    const basis = referralBasis(facts, consent);
    if (basis.basis !== 'none') {
      const sentAt = new Date(assessedAt.getTime() + random.int(1, 60) * 3_600_000);
      const due = entitlementDueAt(assessedAt, entitlementTimescale('referral', level), { endOfWorkingDays });
      const taskId = newId();
      rows.tasks.push({
        forceId, id: taskId, kind: 'victim-referral', title: `Refer the victim to support services: ${who} (${c.reference})`, entityType: 'victim', entityId: victimId,
        assigneeUserId: oic, assigneeTeam: teamOf.get(oic) ?? null, dueAt: due, escalateToRole: 'sergeant', closesVia: CLOSES_VIA, status: 'completed',
        outcome: 'referred', outcomeReason: 'Referred to the force victim service hub', completedBy: oic, completedAt: sentAt, createdBy: oic, version: 2, createdAt: assessedAt, updatedAt: sentAt,
      });
      rows.entitlements.push({ forceId, id: newId(), victimId, event: 'referral', eventAt: assessedAt, dueAt: due, level, codeVersion: DEFAULT_VICTIMS_CODE.version, taskId, createdAt: assessedAt });
      const service = c.flags.includes('domestic_abuse') ? 'da-specialist' : facts.group === 'sexual_offences' ? 'sv-specialist' : 'victim-hub';
      const status = random.pick(['sent', 'accepted', 'accepted', 'closed', 'declined_by_victim'] as const);
      rows.referrals.push({ forceId, id: newId(), victimId, serviceCode: service, basis: basis.basis, status, sentAt, statusAt: sentAt, recordedBy: oic, version: 1, createdAt: sentAt, updatedAt: sentAt });
    }
    if (random.chance(0.35)) {
      const offeredAt = new Date(assessedAt.getTime() + random.int(0, 3) * DAY);
      if (offeredAt < today) {
        rows.statements.push({ forceId, id: newId(), victimId, status: 'offered', at: offeredAt, recordedBy: oic, recordedAt: offeredAt });
        rows.statements.push({ forceId, id: newId(), victimId, status: random.chance(0.6) ? 'taken' : 'declined', at: offeredAt, recordedBy: oic, recordedAt: offeredAt });
      }
    }
    if (closed && random.chance(0.4)) {
      // Satisfaction follows how well the victim was kept informed; the force ran near 88–90% (STANDARDS §14).
      const answer = (p: number) => (random.chance(p) ? random.pick(SATISFACTION_SCALE.slice(0, 3)) : random.pick(SATISFACTION_SCALE.slice(3)));
      rows.surveys.push({
        forceId, id: newId(), victimId, surveyedAt: end, wholeExperience: answer(0.7 + ability * 0.25), easeOfContact: answer(0.9), actionsTaken: answer(0.75),
        keptInformed: answer(0.5 + ability * 0.4), treatment: answer(0.93), recordedBy: oic, recordedAt: end,
      });
    }
  }

  await db.transaction(async (tx) => {
    // Reasons are JSON, which the literal bulk writer does not take: victims go through Drizzle in chunks.
    for (let i = 0; i < rows.victims.length; i += 500) await tx.insert(victims).values(rows.victims.slice(i, i + 500) as (typeof victims.$inferInsert)[]);
    await insertRows(tx, victimContracts, rows.contracts);
    await insertRows(tx, tasks, rows.tasks);
    await insertRows(tx, victimContacts, rows.contacts);
    await insertRows(tx, victimContactCrimes, rows.contactCrimes);
    await insertRows(tx, victimEntitlements, rows.entitlements);
    await insertRows(tx, victimReferrals, rows.referrals);
    await insertRows(tx, victimStatements, rows.statements);
    await insertRows(tx, victimSurveys, rows.surveys);
  });
  return rows.victims.length;
}

