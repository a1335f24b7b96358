import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { audit } from '../../../platform/audit/audit.js';
import { victimLinkDates } from '../../../platform/pole/index.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import { publishIncidentEvent } from '../events.js';
import { presentIncident, type IncidentRecord, type PersonFacts } from '../present.js';
import {
  activeMarkersOf, findQuestionSetById, findSlot, getIncident, listAssignments, listGradings, listIncidentPersons, listLog, listReviews,
  priorLocationIncidentDates, priorVictimIncidentDates, setDerivedColumns, settingsOf, updateIncident, type IncidentChanges, type IncidentRow,
} from '../queries.js';
import {
  VICTIM_ROLES, hasDangerousSuspect, isKnownVulnerable, isRepeatLocation, isThriveComplete, priorWithin, proposedGrade, repeatWindowStart, riskOf, victimisationDates,
  type ControlRoomSettings, type HandlerFlags, type PersonRole, type RiskFlags,
} from '../rules.js';
import type { IncidentView } from '../contract.js';

export const ENTITY = 'incident';

export type IncidentCtx = Pick<Ctx, 'db' | 'user' | 'forceId' | 'requestId' | 'now' | 'accessReason'>;

/** Linked people (ids, not names) with their active markers and prior incidents as victim (by person, STANDARDS §2 C3). */
export async function personFacts(db: Db, incident: IncidentRow, settings: ControlRoomSettings, now: Date): Promise<PersonFacts[]> {
  const links = await listIncidentPersons(db, incident.forceId, incident.id);
  const ids = [...new Set(links.map((l) => l.personId))];
  const since = repeatWindowStart(now, settings.repeatWindowMonths);
  // One after another: inside a transaction these share one connection.
  const markers = await activeMarkersOf(db, incident.forceId, ids);
  const priors = await priorVictimIncidentDates(db, incident.forceId, ids, since, incident.id);
  const crimeVictimisations = await victimLinkDates(db, incident.forceId, ids);
  return links.map((link) => {
    const role = link.role as PersonRole;
    const codes = markers.filter((m) => m.personId === link.personId).map((m) => m.code);
    const dates = victimisationDates(
      priors.filter((p) => p.personId === link.personId).map((p) => p.at),
      crimeVictimisations.filter((v) => v.personId === link.personId).map((v) => v.at),
    );
    const prior = priorWithin(dates, now, settings.repeatWindowMonths);
    const victimLike = role === 'caller' || VICTIM_ROLES.includes(role);
    return {
      linkId: link.linkId, personId: link.personId, role, markerCodes: codes, priorIncidentsAsVictim: prior,
      repeatVictim: victimLike && prior >= settings.repeatVictimMinPrior,
      knownVulnerable: isKnownVulnerable(codes.map((code) => ({ code, personRole: role }))),
    };
  });
}

export function handlerFlagsOf(incident: IncidentRow): HandlerFlags {
  return { domesticAbuse: incident.domesticAbuse, mentalHealth: incident.mentalHealth, hate: incident.hate, childInvolved: incident.childInvolved, firearms: incident.firearms };
}

export type Derived = { flags: RiskFlags; repeatVictimCount: number; repeatLocationCount: number };

/** Flags that come from the people and place rather than the handler (STANDARDS §2 C2, C3; F05). */
export async function deriveFlags(db: Db, incident: IncidentRow, people: PersonFacts[], settings: ControlRoomSettings, now: Date): Promise<Derived> {
  const markers = people.flatMap((p) => p.markerCodes.map((code) => ({ code, personRole: p.role })));
  const repeatVictimCount = Math.max(0, ...people.filter((p) => p.repeatVictim || p.role === 'caller' || VICTIM_ROLES.includes(p.role)).map((p) => p.priorIncidentsAsVictim));
  const locationDates = incident.locationId
    ? await priorLocationIncidentDates(db, incident.forceId, incident.locationId, repeatWindowStart(now, settings.repeatWindowMonths), incident.id)
    : [];
  return {
    flags: {
      ...handlerFlagsOf(incident),
      knownVulnerable: isKnownVulnerable(markers),
      dangerousSuspect: hasDangerousSuspect(markers),
      repeatVictim: people.some((p) => p.repeatVictim),
      repeatLocation: isRepeatLocation(locationDates, now, settings),
    },
    repeatVictimCount,
    repeatLocationCount: priorWithin(locationDates, now, settings.repeatWindowMonths),
  };
}

/** The stored, derived columns: flags, proposed grade and risk score, recomputed after every change. */
export function derivedColumns(incident: IncidentRow, derived: Derived): IncidentChanges {
  const proposal = proposedGrade(incident.thrive, derived.flags, incident.type);
  return {
    knownVulnerable: derived.flags.knownVulnerable,
    dangerousSuspect: derived.flags.dangerousSuspect,
    repeatVictim: derived.flags.repeatVictim,
    repeatVictimCount: derived.repeatVictimCount,
    repeatLocation: derived.flags.repeatLocation,
    repeatLocationCount: derived.repeatLocationCount,
    proposedGrade: proposal.grade,
    proposedReasons: proposal.reasons,
    riskScore: riskOf({ grade: incident.grade as never, flags: derived.flags, thrive: incident.thrive }).score,
  };
}

export async function loadIncidentRecord(db: Db, ctx: IncidentCtx, incident: IncidentRow, known?: { people: PersonFacts[]; derived: Derived }): Promise<IncidentRecord> {
  const settings = await settingsOf(db, ctx.forceId);
  const now = ctx.now();
  const people = known?.people ?? await personFacts(db, incident, settings, now);
  const derived = known?.derived ?? await deriveFlags(db, incident, people, settings, now);
  const log = await listLog(db, ctx.forceId, incident.id);
  const gradings = incident.grade ? await listGradings(db, ctx.forceId, incident.id) : [];
  const reviews = incident.lastReviewedAt ? await listReviews(db, ctx.forceId, incident.id) : [];
  const assignments = incident.firstAssignedAt ? await listAssignments(db, ctx.forceId, incident.id) : [];
  const slot = await findSlot(db, ctx.forceId, incident.appointmentId);
  const questionSet = await findQuestionSetById(db, ctx.forceId, incident.questionSetId);
  // Every linked person in one call: redacted for this viewer unless on the access list or a reason was given; the disclosure is audited.
  const refs = await personRefs(db, ctx, people.map((p) => p.personId), { type: ENTITY, id: incident.id });
  return { incident, people, refs, derived, log, gradings, reviews, assignments, slot, questionSet, settings };
}

export async function viewOf(db: Db, ctx: IncidentCtx, incident: IncidentRow, known?: { people: PersonFacts[]; derived: Derived }): Promise<IncidentView> {
  return presentIncident(await loadIncidentRecord(db, ctx, incident, known), ctx.user, ctx.now());
}

export type IncidentChange = {
  changes: IncidentChanges;
  action: string;
  reason?: string | null;
  detail?: Record<string, unknown>;
  /** Runs after the update in the same transaction (log lines, tasks, bookings). */
  after?: (tx: Db, updated: IncidentRow) => Promise<void>;
};

/**
 * Loads and locks the incident, checks the version when one is given (If-Match), applies the decided change,
 * recomputes the derived columns, audits, and returns the new view; publishes the change after commit.
 */
export async function changeIncident(
  ctx: IncidentCtx,
  id: string,
  version: number | null,
  decide: (tx: Db, incident: IncidentRow) => Promise<IncidentChange> | IncidentChange,
): Promise<IncidentView> {
  let action = '';
  const view = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const incident = await getIncident(tx, ctx.forceId, id, { lock: true });
    if (version !== null && incident.version !== version) throw problem('stale-version', `The incident is at version ${incident.version}; reload it and try again.`);
    const decision = await decide(tx, incident);
    const { changes, reason, detail, after } = decision;
    action = decision.action;
    let updated = await updateIncident(tx, ctx.forceId, id, changes, now);
    if (!updated) throw problem('stale-version', 'Someone changed the incident while you were saving; reload it and try again.');
    if (after) await after(tx, updated);
    const settings = await settingsOf(tx, ctx.forceId);
    const people = await personFacts(tx, updated, settings, now);
    const derived = await deriveFlags(tx, updated, people, settings, now);
    updated = await setDerivedColumns(tx, ctx.forceId, id, derivedColumns(updated, derived));
    await audit(tx, ctx, action, { type: ENTITY, id }, { reason: reason ?? null, detail });
    return viewOf(tx, ctx, updated, { people, derived });
  });
  publishIncidentEvent({ forceId: ctx.forceId, kind: 'incident', id, action, at: ctx.now().toISOString() });
  return view;
}

export function thriveComplete(incident: IncidentRow): boolean {
  return isThriveComplete(incident.thrive);
}
