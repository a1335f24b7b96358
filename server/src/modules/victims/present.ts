import type { PersonRef } from '../../platform/pole/disclosure.js';
import type { ContactView, EntitlementView, ReferralView, VictimSummary } from './contract.js';
import type { ContactRow, EntitlementRecord, ReferralRow, VictimSummaryRow } from './queries.js';
import { isCrimeLive } from './queries.js';
import { classificationLabel, eventLabel, metAtOf, stateOf } from './use-cases/shared.js';

/** The victim as this viewer may see them: a person's fields come only from personRefs (redacted when restricted). */
export function presentPerson(ref: PersonRef) {
  return { id: ref.id, reference: ref.reference, forenames: ref.forenames, surname: ref.surname };
}

export function presentSummary(row: VictimSummaryRow, people: ReadonlyMap<string, PersonRef>, nextDueAt: Date | null): VictimSummary {
  return {
    id: row.victim.id,
    crime: { id: row.crime.id, reference: row.crime.reference, classification: classificationLabel(row.crime.classificationCode), live: isCrimeLive(row.crime) },
    person: presentPerson(people.get(row.victim.personId)!),
    level: row.victim.level as 'standard' | 'enhanced',
    oic: row.oic,
    nextDueAt: nextDueAt?.toISOString() ?? null,
  };
}

export function presentEntitlement(r: EntitlementRecord, now: Date): EntitlementView {
  return {
    id: r.entitlement.id,
    event: r.entitlement.event,
    label: eventLabel(r.entitlement.event),
    eventAt: r.entitlement.eventAt.toISOString(),
    dueAt: r.task.dueAt.toISOString(),
    level: r.entitlement.level,
    taskId: r.task.id,
    taskStatus: r.task.status,
    taskVersion: r.task.version,
    state: stateOf(r, now),
    metAt: metAtOf(r)?.toISOString() ?? null,
    contactId: r.entitlement.contactId,
    note: r.entitlement.note,
  };
}

export function presentContact(c: { contact: ContactRow; recorder: string; crimeReferences: string[] }): ContactView {
  return {
    id: c.contact.id,
    made: c.contact.made,
    contactedAt: c.contact.contactedAt.toISOString(),
    method: c.contact.method,
    summary: c.contact.summary,
    noContactReasonCode: c.contact.noContactReasonCode,
    noContactReason: c.contact.noContactReason,
    recordedBy: c.recorder,
    recordedAt: c.contact.recordedAt.toISOString(),
    crimeReferences: c.crimeReferences,
  };
}

export function presentReferral(r: { referral: ReferralRow; serviceName: string }): ReferralView {
  return {
    id: r.referral.id, serviceCode: r.referral.serviceCode, serviceName: r.serviceName, basis: r.referral.basis, status: r.referral.status,
    sentAt: r.referral.sentAt.toISOString(), statusAt: r.referral.statusAt.toISOString(), note: r.referral.note, version: r.referral.version,
  };
}
