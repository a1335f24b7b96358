import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { audit } from '../../../platform/audit/audit.js';
import { personToChange } from '../../../platform/pole/use-cases/access.js';
import type { AssessVictimBody, ContractBody, ReassessVictimBody, VictimView } from '../contract.js';
import { findContract, findCrimeVictim, getCrimeForVictimCare, insertContract, insertVictim, updateContractAtVersion, updateVictimAtVersion } from '../queries.js';
import { contractRefusal, entitlementLevel, isUnder18, referralBasis, victimsCode, type EntitlementLevel, type NeedsAnswers } from '../rules.js';
import { buildVictimView } from './read-victim.js';
import { crimeFactsOf, officerInCase, raiseEntitlement, tightenUpdateClock, VICTIM_ENTITY, victimForUser } from './shared.js';

function answersOf(body: ReassessVictimBody, under18: boolean): NeedsAnswers {
  const vulnerabilities = new Set(body.vulnerabilities);
  if (under18 && !body.businessVictim) vulnerabilities.add('under_18');
  return {
    businessVictim: body.businessVictim, vulnerabilities: [...vulnerabilities], intimidated: body.intimidated,
    persistentlyTargeted: body.persistentlyTargeted, bereavedRelative: body.bereavedRelative,
  };
}

function needsColumns(body: ReassessVictimBody, answers: NeedsAnswers) {
  return {
    businessVictim: answers.businessVictim, vulnerabilities: [...answers.vulnerabilities], intimidated: answers.intimidated,
    persistentlyTargeted: answers.persistentlyTargeted, bereavedRelative: answers.bereavedRelative,
    language: body.language ?? null, interpreterNeeded: body.interpreterNeeded, communicationNeeds: body.communicationNeeds ?? null,
    specialMeasures: body.specialMeasures ?? null, preferredContactMethod: body.preferredContactMethod, contactDetails: body.contactDetails ?? null,
    referralConsent: body.referralConsent,
  };
}

/**
 * Needs assessment of one victim of one crime (STANDARDS §5): derives enhanced or standard with the reasons,
 * agrees the victim contract, and starts the clocks — the first agreed update and, unless the victim opted out or
 * consent is needed and missing, the referral to support services — as tasks for the officer in the case.
 */
export async function assessVictim(ctx: Ctx, body: AssessVictimBody): Promise<VictimView> {
  return ctx.db.transaction(async (tx) => {
    const found = await findCrimeVictim(tx, ctx.forceId, body.crimePersonId);
    if (!found || found.role !== 'victim') throw problem('unprocessable', 'Choose a victim of a crime of your force.', [{ path: 'body.crimePersonId', message: 'not a victim of a crime of your force' }]);
    if (found.crime.status !== 'recorded') throw problem('invalid-state', `Crime ${found.crime.reference} is ${found.crime.status}; victim care applies to recorded crimes.`);
    // The date of birth decides under-18 (a rule input, never shown); the view shows the person through personRefs.
    const person = await personToChange(tx, ctx, found.personId);
    const code = victimsCode(body.codeVersion);
    const oic = await officerInCase(tx, ctx, body.oicUserId ?? found.crime.recordedBy, 'body.oicUserId');
    const answers = answersOf(body, isUnder18(person.dateOfBirth, found.crime.committedFrom.toISOString().slice(0, 10)));
    const { level, reasons } = entitlementLevel(crimeFactsOf(found.crime), answers, code);
    const interval = body.updateIntervalDays ?? code.maxUpdateIntervalDays[level];
    const refusal = contractRefusal({ updateIntervalDays: interval }, level, code);
    if (refusal) throw problem('unprocessable', refusal, [{ path: 'body.updateIntervalDays', message: refusal }]);
    const now = ctx.now();
    const victim = await insertVictim(tx, {
      forceId: ctx.forceId, crimeId: found.crime.id, crimePersonId: found.crimePersonId, personId: found.personId, codeVersion: code.version,
      level, reasons, ...needsColumns(body, answers), oicUserId: oic.id, assessedAt: now, assessedBy: ctx.user.id, createdAt: now, updatedAt: now,
    });
    await insertContract(tx, {
      forceId: ctx.forceId, victimId: victim.id, updateIntervalDays: interval, method: body.preferredContactMethod,
      updatePoints: body.updatePoints ?? 'Arrest, interview, charge or release, any decision not to proceed, the outcome, and at the agreed interval in between.',
      agreedAt: now, agreedBy: ctx.user.id, createdAt: now, updatedAt: now,
    });
    const common = { crimeReference: found.crime.reference, assignee: oic };
    await raiseEntitlement(tx, ctx, victim, { event: 'update', eventAt: now, intervalDays: interval, ...common });
    const basis = referralBasis(crimeFactsOf(found.crime), body.referralConsent);
    if (basis.basis !== 'none') await raiseEntitlement(tx, ctx, victim, { event: 'referral', eventAt: now, note: basis.why, ...common });
    await audit(tx, ctx, 'victim.assessed', { type: VICTIM_ENTITY, id: victim.id }, {
      detail: { crimeId: found.crime.id, personId: found.personId, level, reasons: reasons.map((r) => r.code), codeVersion: code.version, oicUserId: oic.id, referral: basis.basis },
    });
    return buildVictimView(tx, ctx, victim.id);
  });
}

/** Re-assessment at a later stage; the earlier answers stay in the audit log. A shorter interval brings the next update forward. */
export async function reassessVictim(ctx: Ctx, id: string, version: number, body: ReassessVictimBody): Promise<VictimView> {
  return ctx.db.transaction(async (tx) => {
    const victim = await victimForUser(tx, ctx, id);
    if (victim.version !== version) throw problem('stale-version', `The victim record is at version ${victim.version}; reload it and try again.`);
    const crime = await getCrimeForVictimCare(tx, ctx.forceId, victim.crimeId);
    const person = await personToChange(tx, ctx, victim.personId);
    const code = victimsCode(victim.codeVersion);
    const oic = body.oicUserId ? await officerInCase(tx, ctx, body.oicUserId, 'body.oicUserId') : null;
    const answers = answersOf(body, isUnder18(person.dateOfBirth, crime.committedFrom.toISOString().slice(0, 10)));
    const { level, reasons } = entitlementLevel(crimeFactsOf(crime), answers, code);
    const contract = await findContract(tx, ctx.forceId, id);
    if (contract && contractRefusal(contract, level, code)) {
      // An enhanced victim's contract must tighten with the level: it is brought to the longest interval allowed.
      await updateContractAtVersion(tx, contract, contract.version, { updateIntervalDays: code.maxUpdateIntervalDays[level as EntitlementLevel] }, ctx.now());
    }
    const updated = await updateVictimAtVersion(tx, ctx.forceId, id, version, {
      level, reasons, ...needsColumns(body, answers), ...(oic ? { oicUserId: oic.id } : {}), assessedAt: ctx.now(), assessedBy: ctx.user.id,
    }, ctx.now());
    if (!updated) throw problem('stale-version', 'Someone changed the victim record while you were saving; reload it and try again.');
    const interval = (await findContract(tx, ctx.forceId, id))?.updateIntervalDays ?? code.maxUpdateIntervalDays[level as EntitlementLevel];
    await tightenUpdateClock(tx, ctx, updated, interval);
    await audit(tx, ctx, 'victim.reassessed', { type: VICTIM_ENTITY, id }, {
      detail: { from: { level: victim.level, reasons: victim.reasons.map((r) => r.code) }, to: { level, reasons: reasons.map((r) => r.code) }, oicUserId: oic?.id ?? victim.oicUserId },
    });
    return buildVictimView(tx, ctx, id);
  });
}

/** The victim contract as agreed with the victim; a shorter interval brings the next update forward (STANDARDS §5). */
export async function changeContract(ctx: Ctx, id: string, version: number, body: ContractBody): Promise<VictimView> {
  return ctx.db.transaction(async (tx) => {
    const victim = await victimForUser(tx, ctx, id);
    const contract = await findContract(tx, ctx.forceId, id);
    if (!contract) throw problem('not-found', 'This victim has no contract');
    if (contract.version !== version) throw problem('stale-version', `The contract is at version ${contract.version}; reload it and try again.`);
    const refusal = contractRefusal(body, victim.level as EntitlementLevel, victimsCode(victim.codeVersion));
    if (refusal) throw problem('unprocessable', refusal, [{ path: 'body.updateIntervalDays', message: refusal }]);
    const updated = await updateContractAtVersion(tx, contract, version, { ...body, agreedAt: ctx.now(), agreedBy: ctx.user.id }, ctx.now());
    if (!updated) throw problem('stale-version', 'Someone changed the contract while you were saving; reload it and try again.');
    await tightenUpdateClock(tx, ctx, victim, body.updateIntervalDays);
    await audit(tx, ctx, 'victim.contract_agreed', { type: VICTIM_ENTITY, id }, { detail: { from: { interval: contract.updateIntervalDays, method: contract.method }, to: { interval: body.updateIntervalDays, method: body.method } } });
    return buildVictimView(tx, ctx, id);
  });
}
