/**
 * Investigations for a demo force's recorded crime (STANDARDS §6, §14, §16): every crime screened by the
 * investigation rules; crimes the crimes demo finalised keep that outcome (the 2016 mix) with a decision
 * record; the rest are open with plans, actions, review tasks (some overdue), uneven caseloads (one officer
 * well above the mean, F12), a digital forensics backlog (F18) and one scored file-quality sample.
 * Seeded: the same seed gives the same investigations.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { forces, users } from '../platform/auth/schema.js';
import type { Db } from '../platform/db/connect.js';
import { referenceCounters } from '../platform/pole/schema.js';
import { tasks } from '../platform/tasks/schema.js';
import { crimes } from '../modules/crimes/schema.js';
import { CLASSIFICATION_BY_CODE } from '../modules/crimes/reference/classifications.js';
import {
  fileQualityItems, fileQualitySamples, forensicRequests, investigationActions, investigationOutcomes, investigationReviews, investigations,
} from '../modules/investigations/schema.js';
import {
  allocationDecision, DEVICE_TYPES, drawFileSample, ENQUIRY_KINDS, firstReviewDueAt, forensicPriority, INVESTIGATION_RULES_VERSION, isAccredited, nextReviewDueAt,
  screenCrime, SOLVABILITY_FACTORS, THRIVE_ELEMENTS, type CrimeFacts, type OutcomeCode, type RiskLevel, type SolvabilityFactor,
} from '../modules/investigations/rules.js';
import { insertRows } from './bulk-insert.js';
import { bulkIds } from './ids.js';
import { Random } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type DemoInvestigationOptions = { forceId: string; seed: number; today: Date };

const RATIONALES: Partial<Record<OutcomeCode, string>> = {
  '1': 'CPS authorised charge on the full code test; suspect charged and bailed to court.',
  '14': 'No suspect identified and the victim does not wish to support a prosecution.',
  '15': 'Victim supports but identification evidence does not meet the evidential test.',
  '16': 'Victim withdrew support; evidence-led prosecution considered: no independent evidence.',
  '18': 'CCTV, forensics and house-to-house completed with no lines of enquiry remaining.',
};

function factsOf(code: string, flags: string[], vulnerable: boolean): CrimeFacts {
  const c = CLASSIFICATION_BY_CODE.get(code);
  return {
    classificationCode: code, group: c?.group ?? 'miscellaneous', rape: c?.rape === true, seriousSexual: c?.seriousSexual === true,
    domesticAbuse: flags.includes('domestic_abuse'), childVictim: flags.includes('child_victim'), vulnerableVictim: vulnerable || flags.includes('vulnerable_victim'),
    victimless: c?.victimless === true,
  };
}

function conditionsFor(outcome: string): Record<string, unknown> {
  switch (outcome) {
    case '1': return { suspect: { named: true, charged: true }, chargingAuthority: 'cps' };
    case '2': return { suspect: { named: true, ageAtOffence: 15, admission: true } };
    case '3': return { suspect: { named: true, ageAtOffence: 34, admission: true }, victimViewsSought: true };
    case '8': return { suspect: { named: true, responsibilityAccepted: true }, victimViewsSought: true };
    case '14': return { suspect: { named: false }, victimSupports: false };
    case '15': return { suspect: { named: true }, victimSupports: true };
    case '16': return { suspect: { named: true }, victimSupports: false, withdrawalRecorded: true, evidenceLedConsidered: true };
    case '18': return { suspect: { named: false }, proportionateEnquiriesCompleted: true };
    case '20': return { otherBody: 'British Transport Police' };
    default: return { suspect: { named: true } };
  }
}

/** Inserts an investigation for every recorded crime of the force that has none. Returns how many. */
export async function seedDemoInvestigations(db: Db, options: DemoInvestigationOptions): Promise<number> {
  const { forceId, today } = options;
  const random = new Random(options.seed);
  const nextId = bulkIds();
  const [force] = await db.select().from(forces).where(eq(forces.id, forceId));
  const staff = await db.select({ id: users.id, role: users.role, team: users.team, skills: users.skills }).from(users)
    .where(and(eq(users.forceId, forceId), eq(users.active, true), inArray(users.role, ['constable', 'sergeant', 'public_protection_officer', 'imu_officer', 'inspector'])));
  const investigators = staff.filter((u) => u.role !== 'inspector');
  const supervisors = staff.filter((u) => u.role === 'sergeant' || u.role === 'inspector');
  const accredited = investigators.filter((u) => isAccredited(u.skills));
  const rows = await db.select({
    id: crimes.id, reference: crimes.reference, code: crimes.classificationCode, flags: crimes.flags, vulnerable: crimes.vulnerableVictim,
    recordedAt: crimes.recordedAt, outcome: crimes.outcome,
  }).from(crimes).where(and(eq(crimes.forceId, forceId), eq(crimes.status, 'recorded'), sql`not exists (select 1 from investigations i where i.force_id = ${forceId} and i.crime_id = ${crimes.id})`))
    .orderBy(crimes.recordedAt);
  if (!force || rows.length === 0 || investigators.length === 0 || supervisors.length === 0) return 0;

  // One investigator carries about twice the load of the others (F12: 82 against an average of 41.5).
  const heavy = investigators.find((u) => u.role === 'constable') ?? investigators[0];
  const pickOfficer = (needsAccredited: boolean) => {
    if (needsAccredited && accredited.length > 0) return random.pick(accredited);
    return random.chance(0.12) ? heavy : random.pick(investigators);
  };

  const out = {
    investigations: [] as Record<string, unknown>[], actions: [] as Record<string, unknown>[], reviews: [] as Record<string, unknown>[],
    outcomes: [] as Record<string, unknown>[], tasks: [] as Record<string, unknown>[], forensic: [] as Record<string, unknown>[],
  };
  const finalisedIds: { id: string; team: string; finalisedAt: Date }[] = [];
  let forensicSeq = 0;

  for (const crime of rows) {
    const facts = factsOf(crime.code, crime.flags, crime.vulnerable);
    const thrive: Record<string, 'low' | 'medium' | 'high'> = {};
    for (const element of THRIVE_ELEMENTS) if (random.chance(0.3)) thrive[element] = random.pick(['low', 'medium', 'medium', 'high'] as const);
    const solvability = SOLVABILITY_FACTORS.filter(() => random.chance(0.18)) as SolvabilityFactor[];
    const screening = screenCrime(facts, { thrive, solvability, dashLevel: facts.domesticAbuse && random.chance(0.25) ? 'high' : null });
    const decision = allocationDecision(facts, screening);
    const age = today.getTime() - crime.recordedAt.getTime();
    const latest = today.getTime() - 60_000;
    const screenedAt = new Date(Math.min(latest, crime.recordedAt.getTime() + random.int(1, 20) * HOUR));
    const id = nextId();
    const needsAccredited = facts.rape || (facts.domesticAbuse && screening.risk === 'high') || (facts.childVictim && screening.risk === 'high');
    const base = {
      forceId, id, crimeId: crime.id, risk: screening.risk, riskReasons: screening.riskReasons, thrive: JSON.stringify(thrive), solvabilityFactors: solvability,
      solvabilityScore: screening.solvabilityScore, domesticAbuse: facts.domesticAbuse, childVictim: facts.childVictim, vulnerableVictim: facts.vulnerableVictim,
      rapeOrSeriousSexual: facts.rape || facts.seriousSexual, screenedAt, screenedBy: random.pick(investigators).id, allocationRuleId: decision.ruleId,
      allocationLabel: decision.label, team: decision.unit, rulesVersion: INVESTIGATION_RULES_VERSION, createdAt: screenedAt,
    };

    if (decision.screenOut && !crime.outcome && age > 3 * DAY) {
      out.investigations.push({ ...base, status: 'screened_out', screenOutVictimInformedAt: new Date(screenedAt.getTime() + random.int(2, 72) * HOUR), screenOutVictimInformedMethod: random.pick(['phone', 'email', 'letter']), updatedAt: screenedAt });
      continue;
    }
    if (!crime.outcome && age < 2 * DAY && random.chance(0.6)) {
      out.investigations.push({ ...base, status: 'screened', updatedAt: screenedAt });
      continue;
    }
    const officer = pickOfficer(needsAccredited);
    const supervisor = random.pick(supervisors);
    const allocatedAt = new Date(Math.min(latest, screenedAt.getTime() + random.int(1, 24) * HOUR));
    const planned = crime.outcome !== null || random.chance(0.85);
    const planAt = new Date(allocatedAt.getTime() + random.int(2, 48) * HOUR);
    const plan = planned && planAt <= today ? {
      planRecordedAt: planAt, planSummary: 'Identify and trace the suspect; secure CCTV and forensic opportunities; keep the victim updated.',
      safeguarding: facts.domesticAbuse ? 'DASH completed; IDVA referral; DVPN considered.' : 'No safeguarding concerns identified.',
      victimContact: facts.vulnerableVictim || facts.domesticAbuse ? 'Every 14 days by phone (enhanced).' : 'Every 28 days by email.',
      sceneAttended: random.chance(0.8), bwvCaptured: random.chance(0.85),
    } : null;
    const record: Record<string, unknown> = {
      ...base, officerId: officer.id, allocatedAt, allocatedBy: supervisor.id,
      accreditationOverride: needsAccredited && !isAccredited(officer.skills) ? 'Only available investigator; mentored by the DS throughout.' : null,
      ...(plan ?? {}),
      ...(plan && !plan.sceneAttended ? { sceneReason: 'Reported online two days after the offence; no scene to preserve.' } : {}),
      ...(plan && !plan.bwvCaptured ? { bwvReason: 'Attended by a plain-clothes officer without a camera.' } : {}),
    };
    if (plan) {
      const n = random.int(2, 4);
      for (let k = 0; k < n; k++) {
        const dueAt = new Date(planAt.getTime() + random.int(1, 21) * DAY);
        const done = crime.outcome !== null || (dueAt < today && random.chance(0.75));
        out.actions.push({
          forceId, id: nextId(), investigationId: id, kind: random.pick(ENQUIRY_KINDS), description: 'Line of enquiry from the plan', ownerId: officer.id, dueAt,
          result: done ? 'Completed: no further evidence' : null, completedAt: done ? new Date(Math.min(today.getTime(), dueAt.getTime())) : null,
          completedBy: done ? officer.id : null, createdBy: officer.id, createdAt: planAt, updatedAt: planAt,
        });
      }
    }

    // Reviews on the cadence up to the outcome (or today); open cases leave their next review as a task, some overdue (F10).
    const end = crime.outcome ? new Date(Math.min(today.getTime(), allocatedAt.getTime() + random.int(7, Math.max(8, Math.floor(age / DAY) - 1)) * DAY)) : today;
    let due = firstReviewDueAt(allocatedAt, screening.risk as RiskLevel, facts.vulnerableVictim);
    let lastReviewedAt: Date | null = null;
    const slack = crime.outcome ? 0 : random.chance(0.15) ? random.int(2, 20) * DAY : 0;
    while (plan && due.getTime() + slack < end.getTime()) {
      const reviewedAt = new Date(Math.max(plan.planRecordedAt.getTime() + HOUR, due.getTime() - random.int(0, 24) * HOUR + (random.chance(0.1) ? 2 * DAY : 0)));
      if (reviewedAt > end) break;
      const next = nextReviewDueAt(reviewedAt, facts);
      out.reviews.push({ forceId, id: nextId(), investigationId: id, kind: lastReviewedAt ? 'periodic' : 'first', direction: 'Progress reviewed; actions set; victim contact checked.', reviewerId: supervisor.id, reviewedAt, dueAt: due, nextDueAt: next });
      lastReviewedAt = reviewedAt;
      due = next;
    }
    record.lastReviewedAt = lastReviewedAt;

    if (crime.outcome) {
      const finalisedAt = end;
      const authority = ['14', '15', '16', '18', '10', '21'].includes(crime.outcome) ? random.pick(supervisors) : officer;
      Object.assign(record, { status: 'finalised', outcome: crime.outcome, finalisedAt, nextReviewDueAt: null, updatedAt: finalisedAt });
      out.outcomes.push({
        forceId, id: nextId(), investigationId: id, outcome: crime.outcome, rationale: RATIONALES[crime.outcome as OutcomeCode] ?? 'Outcome conditions met and recorded on the file.',
        conditions: JSON.stringify(conditionsFor(crime.outcome)), victimInformed: true, victimInformedAt: finalisedAt, victimInformedMethod: random.pick(['phone', 'letter', 'email', 'in person']),
        decidedBy: authority.id, authorityRole: authority.role, decidedAt: finalisedAt, rulesVersion: INVESTIGATION_RULES_VERSION,
      });
      finalisedIds.push({ id, team: decision.unit, finalisedAt });
    } else {
      Object.assign(record, { status: plan ? 'under_investigation' : 'allocated', nextReviewDueAt: due, updatedAt: lastReviewedAt ?? plan?.planRecordedAt ?? allocatedAt });
      out.tasks.push({
        forceId, id: nextId(), kind: 'investigation-review', title: `${lastReviewedAt ? 'Supervisory review' : 'First supervisory review'} of ${crime.reference} (${screening.risk} risk)`,
        detail: 'Review progress against the plan and record direction.', entityType: 'investigation', entityId: id, assigneeUserId: supervisor.id, dueAt: due,
        escalateToRole: 'inspector', closesVia: 'recording the supervisory review on the investigation', status: 'open', createdBy: supervisor.id,
        createdAt: lastReviewedAt ?? allocatedAt, updatedAt: lastReviewedAt ?? allocatedAt,
      });
    }
    out.investigations.push(record);

    if (plan && random.chance(facts.childVictim || facts.rape || facts.seriousSexual ? 0.4 : 0.05)) {
      const requestedAt = new Date(plan.planRecordedAt.getTime() + random.int(1, 5) * DAY);
      if (requestedAt < today) {
        const completed = crime.outcome !== null || random.chance(0.55);
        const turnaround = random.int(3, 120) * DAY;
        const completedAt = completed ? new Date(Math.min(today.getTime() - HOUR, requestedAt.getTime() + turnaround)) : null;
        const childOrVulnerable = facts.childVictim || facts.vulnerableVictim;
        forensicSeq++;
        out.forensic.push({
          forceId, id: nextId(), reference: `${force.referencePrefix}/DF/${String(forensicSeq).padStart(6, '0')}`, investigationId: id, deviceType: random.pick(DEVICE_TYPES),
          description: 'Device seized for examination', risk: screening.risk, childOrVulnerable, priority: forensicPriority({ risk: screening.risk as RiskLevel, childOrVulnerable }),
          status: completed ? 'completed' : random.chance(0.3) ? 'in_progress' : 'requested', requestedBy: officer.id, requestedAt,
          startedAt: completed ? requestedAt : null, completedAt, result: completed ? 'Extraction complete; report on file.' : null, createdAt: requestedAt, updatedAt: completedAt ?? requestedAt,
        });
      }
    }
  }

  const sampleRows = sampleOf(finalisedIds, today, random);
  await db.transaction(async (tx) => {
    await insertRows(tx, investigations, out.investigations);
    await insertRows(tx, investigationActions, out.actions);
    await insertRows(tx, investigationReviews, out.reviews);
    await insertRows(tx, investigationOutcomes, out.outcomes);
    await insertRows(tx, tasks, out.tasks);
    await insertRows(tx, forensicRequests, out.forensic);
    if (sampleRows) {
      const reviewer = supervisors[0];
      const sampleId = nextId();
      await insertRows(tx, fileQualitySamples, [{ forceId, id: sampleId, reference: `${force.referencePrefix}/FQ/00001`, team: null, periodFrom: sampleRows.from, periodTo: sampleRows.to, requestedSize: sampleRows.items.length, populationSize: sampleRows.population, seed: options.seed, createdBy: reviewer.id, createdAt: sampleRows.to, updatedAt: sampleRows.to }]);
      // About the 2018 inspection's rates: 80% effective, 87% good victim care.
      await insertRows(tx, fileQualityItems, sampleRows.items.map((item, i) => ({
        forceId, id: nextId(), sampleId, investigationId: item.id, position: i + 1, team: item.team, effectiveInvestigation: random.chance(0.8), victimCare: random.chance(0.87),
        supervision: random.chance(0.7), outcomeCorrect: random.chance(0.92), reviewedBy: reviewer.id, reviewedAt: new Date(sampleRows.to.getTime() + (i + 1) * HOUR),
      })));
    }
    for (const [series, value] of [['DF', forensicSeq], ['FQ', sampleRows ? 1 : 0]] as const) {
      if (value > 0) await tx.insert(referenceCounters).values({ forceId, series, lastValue: value }).onConflictDoUpdate({ target: [referenceCounters.forceId, referenceCounters.series], set: { lastValue: sql`greatest(${referenceCounters.lastValue}, excluded.last_value)` } });
    }
  });
  return out.investigations.length;
}

/** Last month's finalised files: a sample of up to 10 for the file-quality tool. */
function sampleOf(finalised: { id: string; team: string; finalisedAt: Date }[], today: Date, random: Random) {
  const to = new Date(today.getTime() - 3 * DAY);
  const from = new Date(to.getTime() - 30 * DAY);
  const population = finalised.filter((f) => f.finalisedAt >= from && f.finalisedAt < to);
  if (population.length === 0) return null;
  const items = drawFileSample(population, 10, random.int(0, 2_147_483_646));
  return { from, to, population: population.length, items };
}
