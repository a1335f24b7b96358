import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { decodeCursor, pageOf } from '../../../platform/http/pagination.js';
import { z } from 'zod';
import { audit } from '../../../platform/audit/audit.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import type { VictimView } from '../contract.js';
import { victimAbilities } from '../policy.js';
import { presentContact, presentEntitlement, presentPerson, presentReferral, presentSummary } from '../present.js';
import {
  findContract, findSurvey, getCrimeForVictimCare, getVictimSummary, isCrimeLive, listContactsOfVictim, listCrimeVictims, listEntitlements,
  countVictimsOfOfficer, listReferrals, listReviews, listStatements, listVictimsOfOfficer, listVictimsOfPerson, nextDueByVictim,
} from '../queries.js';
import { referralBasis } from '../rules.js';
import { classificationLabel, crimeFactsOf, VICTIM_ENTITY, victimForUser } from './shared.js';

/**
 * The whole victim record as the officer sees it. The person comes through personRefs, which records the disclosure
 * (DPA s.62) in this transaction; callers audit the read or the change itself.
 */
export async function buildVictimView(tx: Db, ctx: Ctx, id: string): Promise<VictimView> {
  const now = ctx.now();
  const row = await getVictimSummary(tx, ctx.forceId, id);
  const v = row.victim;
  const siblings = (await listVictimsOfPerson(tx, ctx.forceId, v.personId)).filter((s) => s.victim.id !== v.id);
  const people = await personRefs(tx, ctx, [v.personId, ...siblings.map((s) => s.victim.personId)], { type: VICTIM_ENTITY, id: v.id });
  const due = await nextDueByVictim(tx, ctx.forceId, [v.id, ...siblings.map((s) => s.victim.id)]);
  const contract = await findContract(tx, ctx.forceId, v.id);
  const survey = await findSurvey(tx, ctx.forceId, v.id);
  return {
    ...presentSummary(row, people, due.get(v.id) ?? null),
    codeVersion: v.codeVersion,
    reasons: v.reasons,
    needs: {
      businessVictim: v.businessVictim, vulnerabilities: v.vulnerabilities, intimidated: v.intimidated, persistentlyTargeted: v.persistentlyTargeted,
      bereavedRelative: v.bereavedRelative, language: v.language, interpreterNeeded: v.interpreterNeeded, communicationNeeds: v.communicationNeeds,
      specialMeasures: v.specialMeasures, preferredContactMethod: v.preferredContactMethod, contactDetails: v.contactDetails, referralConsent: v.referralConsent,
    },
    referralBasis: referralBasis(crimeFactsOf(row.crime), v.referralConsent as 'given' | 'refused' | 'not_asked'),
    assessedAt: v.assessedAt.toISOString(),
    contract: contract && {
      id: contract.id, updateIntervalDays: contract.updateIntervalDays, method: contract.method, updatePoints: contract.updatePoints,
      agreedAt: contract.agreedAt.toISOString(), version: contract.version,
    },
    entitlements: (await listEntitlements(tx, ctx.forceId, [v.id])).map((e) => presentEntitlement(e, now)),
    contacts: (await listContactsOfVictim(tx, ctx.forceId, v.id)).map(presentContact),
    statements: (await listStatements(tx, ctx.forceId, v.id)).map((s) => ({ id: s.id, status: s.status, at: s.at.toISOString(), note: s.note })),
    referrals: (await listReferrals(tx, ctx.forceId, v.id)).map(presentReferral),
    reviews: (await listReviews(tx, ctx.forceId, v.id)).map((r) => ({
      id: r.id, decision: r.decision, decisionToldAt: r.decisionToldAt.toISOString(), requestedAt: r.requestedAt.toISOString(), late: r.late, grounds: r.grounds, taskId: r.taskId,
    })),
    survey: survey && {
      id: survey.id, surveyedAt: survey.surveyedAt.toISOString(), wholeExperience: survey.wholeExperience, easeOfContact: survey.easeOfContact,
      actionsTaken: survey.actionsTaken, keptInformed: survey.keptInformed, treatment: survey.treatment, comments: survey.comments,
    },
    linked: siblings.map((s) => presentSummary(s, people, due.get(s.victim.id) ?? null)),
    version: v.version,
    abilities: victimAbilities(ctx.user, v, isCrimeLive(row.crime)),
  };
}

/** Reading a victim record is audited (DESIGN §5), in the same transaction as the read. */
export function readVictim(ctx: Ctx, id: string): Promise<VictimView> {
  return ctx.db.transaction(async (tx) => {
    await victimForUser(tx, ctx, id);
    const view = await buildVictimView(tx, ctx, id);
    await audit(tx, ctx, 'victim.read', { type: VICTIM_ENTITY, id }, { detail: { personId: view.person.id, crimeId: view.crime.id } });
    return view;
  });
}

/**
 * The victims of a crime, with their victim-care record where one exists (for the needs-assessment form). A
 * restricted victim is "Restricted record" with no date of birth unless the viewer is on the access list or gave a reason.
 */
export function listCandidates(ctx: Ctx, crimeId: string) {
  return ctx.db.transaction(async (tx) => {
    const crime = await getCrimeForVictimCare(tx, ctx.forceId, crimeId);
    const items = await listCrimeVictims(tx, ctx.forceId, crimeId);
    const people = await personRefs(tx, ctx, items.map((i) => i.personId), { type: 'crime', id: crimeId });
    await audit(tx, ctx, 'victims.listed', { type: 'crime', id: crimeId }, { detail: { personIds: items.map((i) => i.personId) } });
    return {
      crime: { id: crime.id, reference: crime.reference, classification: classificationLabel(crime.classificationCode) },
      items: items.map((i) => {
        const ref = people.get(i.personId)!;
        return { crimePersonId: i.crimePersonId, person: { ...presentPerson(ref), dateOfBirth: ref.dateOfBirth }, victimId: i.victimId };
      }),
    };
  });
}

const MineCursor = z.tuple([z.string(), z.uuid()]);

/** The victims the caller is officer in the case for, newest first: paged by cursor, with the true total. */
export function listMyVictims(ctx: Ctx, query: { limit: number; cursor?: string }) {
  const after = decodeCursor(query.cursor, MineCursor);
  return ctx.db.transaction(async (tx) => {
    const rows = await listVictimsOfOfficer(tx, ctx.forceId, ctx.user.id, query.limit + 1, after);
    const total = await countVictimsOfOfficer(tx, ctx.forceId, ctx.user.id);
    const page = pageOf(rows, query.limit, (last) => [last.victim.createdAt.toISOString(), last.victim.id]);
    const people = await personRefs(tx, ctx, page.items.map((r) => r.victim.personId), { type: VICTIM_ENTITY, id: null });
    const due = await nextDueByVictim(tx, ctx.forceId, page.items.map((r) => r.victim.id));
    await audit(tx, ctx, 'victims.listed', { type: VICTIM_ENTITY, id: null }, { detail: { victimIds: page.items.map((r) => r.victim.id) } });
    return { items: page.items.map((r) => presentSummary(r, people, due.get(r.victim.id) ?? null)), nextCursor: page.nextCursor, total };
  });
}
