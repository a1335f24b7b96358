import type { Actor } from '../../platform/http/context.js';
import type { PersonRef } from '../../platform/pole/disclosure.js';
import type { CrimeSummary, CrimeView } from './contract.js';
import { crimeAbilities } from './policy.js';
import type { CrimeHistoryRow, CrimeRow, LocationRow, findCrimePersons } from './queries.js';
import { CLASSIFICATION_BY_CODE } from './reference/classifications.js';
import { lastOutcomeCategory, ncrsDueAt, ncrsState } from './rules.js';

type PersonRow = Awaited<ReturnType<typeof findCrimePersons>>[number];

export function presentClassification(code: string) {
  const c = CLASSIFICATION_BY_CODE.get(code);
  return { code, description: c?.description ?? code, policeUkCrimeType: c?.policeUk ?? 'Other crime', group: c?.group ?? 'miscellaneous' };
}

export function locationLabel(l: LocationRow): string {
  const first = [l.buildingName, [l.buildingNumber, l.street].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [first, l.town, l.postcode].filter(Boolean).join(', ') || l.description || l.reference;
}

/** Withheld from a viewer who may not see the person: the reasons name their age and warning markers. */
const WITHHELD_REASONS = ['Reasons withheld: restricted record'];

/** A person on the crime as this viewer may see them (the reference from personRefs: redacted unless on the access list or a reason was given). */
function presentPerson(row: PersonRow, refs: ReadonlyMap<string, PersonRef>) {
  const ref = refs.get(row.personId);
  const shown = ref && !ref.redacted;
  return {
    id: row.crimePerson.id,
    role: row.crimePerson.role,
    person: {
      id: row.personId, reference: ref?.reference ?? '', name: ref?.name ?? 'Unknown person',
      forenames: ref?.forenames ?? '', surname: ref?.surname ?? '', dateOfBirth: shown ? ref.dateOfBirth : null,
      restricted: ref?.restricted ?? false, redacted: !shown,
    },
    vulnerable: row.crimePerson.vulnerable,
    repeat: row.crimePerson.repeat,
    child: row.crimePerson.child,
    reasons: shown || row.crimePerson.reasons.length === 0 ? row.crimePerson.reasons : WITHHELD_REASONS,
  };
}

function presentHistory(h: CrimeHistoryRow) {
  return {
    at: h.at.toISOString(), username: h.username, action: h.action, fromCode: h.fromCode, toCode: h.toCode,
    cancellationCode: h.cancellationCode, reason: h.reason, additionalVerifiableInformation: h.additionalVerifiableInformation,
  };
}

export type CrimeParts = {
  location: LocationRow | null;
  persons: PersonRow[];
  /** The people on the crime for this viewer, from the platform's personRefs. */
  refs: ReadonlyMap<string, PersonRef>;
  history: CrimeHistoryRow[];
  /** The incident the crime came from (its reference), when it has one. */
  incident: { id: string; reference: string } | null;
};

export function presentCrime(crime: CrimeRow, parts: CrimeParts, user: Actor): CrimeView {
  const recorded = parts.history.find((h) => h.action === 'crime.recorded');
  const alsoRecorded = (recorded?.detail?.alsoRecorded as { id: string; reference: string }[] | undefined) ?? [];
  return {
    id: crime.id,
    reference: crime.reference,
    eventId: crime.eventId,
    status: crime.status as CrimeView['status'],
    classification: presentClassification(crime.classificationCode),
    classificationVersion: crime.classificationVersion,
    committedFrom: crime.committedFrom.toISOString(),
    committedTo: crime.committedTo?.toISOString() ?? null,
    reportedAt: crime.reportedAt.toISOString(),
    recordedAt: crime.recordedAt.toISOString(),
    ncrs: {
      dueAt: ncrsDueAt(crime.reportedAt).toISOString(),
      state: ncrsState(crime.reportedAt, crime.recordedAt, crime.recordedAt),
      hoursToRecord: Math.round(((crime.recordedAt.getTime() - crime.reportedAt.getTime()) / 3_600_000) * 10) / 10,
    },
    source: crime.source,
    location: parts.location
      ? { id: parts.location.id, reference: parts.location.reference, label: locationLabel(parts.location), district: parts.location.district, latitude: parts.location.latitude, longitude: parts.location.longitude }
      : null,
    victimOrganisation: crime.victimOrganisation,
    summary: crime.summary,
    modusOperandi: crime.modusOperandi,
    flags: crime.flags,
    hateStrands: crime.hateStrands,
    vulnerableVictim: crime.vulnerableVictim,
    repeatVictim: crime.repeatVictim,
    incidentId: crime.incidentId,
    incident: parts.incident ? { id: parts.incident.id, reference: parts.incident.reference } : null,
    outcome: crime.outcome,
    lastOutcomeCategory: lastOutcomeCategory(crime.outcome),
    cancellationCode: crime.cancellationCode,
    persons: parts.persons.map((p) => presentPerson(p, parts.refs)),
    history: parts.history.map(presentHistory),
    alsoRecorded: alsoRecorded.filter((c) => c.id !== crime.id),
    version: crime.version,
    abilities: crimeAbilities(user, crime.status, crime.incidentId !== null),
  };
}

export function presentCrimeSummary(crime: CrimeRow): CrimeSummary {
  return {
    id: crime.id,
    reference: crime.reference,
    status: crime.status,
    classification: presentClassification(crime.classificationCode),
    committedFrom: crime.committedFrom.toISOString(),
    recordedAt: crime.recordedAt.toISOString(),
    district: crime.district,
    summary: crime.summary,
    flags: crime.flags,
    vulnerableVictim: crime.vulnerableVictim,
    repeatVictim: crime.repeatVictim,
  };
}
