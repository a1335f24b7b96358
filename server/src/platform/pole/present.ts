import { londonDate } from '../clock.js';
import { can, type Ctx } from '../http/context.js';
import { ETHNICITY_LABEL, WARNING_MARKER_BY_CODE } from './reference/catalogue.js';
import { ageOn, compareMarkers, markerSeverity } from './rules.js';
import type { EventRow, LocationRow, MarkerRow, ObjectRow, PersonRow } from './queries.js';
import type { LocationView, MarkerView, ObjectView, PersonView } from './contract.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentMarker(m: MarkerRow): MarkerView {
  const ref = WARNING_MARKER_BY_CODE.get(m.code);
  return {
    id: m.id, code: m.code, label: ref?.label ?? m.code, severity: markerSeverity(m.code), kind: ref?.kind ?? 'force',
    reason: m.reason, source: m.source, startDate: m.startDate, reviewDate: m.reviewDate, active: m.endedAt === null,
    endedAt: iso(m.endedAt), endReason: m.endReason, createdAt: m.createdAt.toISOString(),
  };
}

export function presentMarkers(rows: MarkerRow[]): MarkerView[] {
  return [...rows].sort(compareMarkers).map(presentMarker);
}

export function locationLabel(l: Pick<LocationRow, 'buildingName' | 'buildingNumber' | 'street' | 'town' | 'postcode' | 'description'>): string {
  const first = [l.buildingName, [l.buildingNumber, l.street].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const label = [first, l.town, l.postcode].filter(Boolean).join(', ');
  return label || l.description || 'Unnamed location';
}

export function presentLocation(l: LocationRow): LocationView {
  return {
    id: l.id, reference: l.reference, uprn: l.uprn, buildingName: l.buildingName, buildingNumber: l.buildingNumber, street: l.street,
    locality: l.locality, town: l.town, postcode: l.postcode, latitude: l.latitude, longitude: l.longitude, district: l.district,
    beat: l.beat, description: l.description, label: locationLabel(l), version: l.version,
  };
}

export function objectLabel(o: Pick<ObjectRow, 'kind' | 'vrm' | 'make' | 'model' | 'colour' | 'serialNumber' | 'description'>): string {
  const what = [o.colour, o.make, o.model].filter(Boolean).join(' ');
  const id = o.vrm ?? o.serialNumber;
  return [id, what || o.description || o.kind].filter(Boolean).join(' — ');
}

export function presentObject(o: ObjectRow): ObjectView {
  return {
    id: o.id, reference: o.reference, kind: o.kind, vrm: o.vrm, make: o.make, model: o.model, colour: o.colour,
    serialNumber: o.serialNumber, description: o.description, label: objectLabel(o), version: o.version,
  };
}

export function presentEventSummary(e: EventRow) {
  return { id: e.id, reference: e.reference, type: e.type, summary: e.summary, occurredAt: iso(e.occurredAt) };
}

export type PersonParts = {
  person: PersonRow;
  names: { id: string; kind: string; forenames: string; surname: string }[];
  phones: { id: string; number: string; type: string }[];
  addresses: { address: { id: string; type: string; fromDate: string | null; toDate: string | null }; location: LocationRow }[];
  markers: MarkerRow[];
  links: { link: { id: string; role: string; notes: string | null; createdAt: Date; endedAt: Date | null }; event: EventRow | null; object: ObjectRow | null; location: LocationRow | null }[];
  mergedInto: { id: string; reference: string } | null;
  mergedFrom: { mergeId: string; id: string; reference: string; mergedAt: Date }[];
  accessList: { userId: string; username: string; displayName: string }[];
};

export function personAbilities(ctx: Pick<Ctx, 'user'>, person: PersonRow) {
  const live = person.mergedIntoId === null;
  return {
    edit: live && can(ctx, 'persons:write'),
    addMarker: live && can(ctx, 'markers:write'),
    merge: live && can(ctx, 'persons:merge'),
    restrict: live && can(ctx, 'persons:restrict'),
    undoMerge: can(ctx, 'persons:merge'),
  };
}

export function presentPerson(parts: PersonParts, ctx: Pick<Ctx, 'user' | 'now'>): PersonView {
  const p = parts.person;
  return {
    id: p.id, reference: p.reference, forenames: p.forenames, surname: p.surname, dateOfBirth: p.dateOfBirth,
    ageYears: p.dateOfBirth ? ageOn(p.dateOfBirth, londonDate(ctx.now())) : null,
    gender: p.gender, ethnicity: p.ethnicity, ethnicityLabel: p.ethnicity ? (ETHNICITY_LABEL.get(p.ethnicity) ?? null) : null,
    pncId: p.pncId, email: p.email, heightCm: p.heightCm, build: p.build, hairColour: p.hairColour, eyeColour: p.eyeColour,
    distinguishingMarks: p.distinguishingMarks, notes: p.notes, restricted: p.restricted, restrictionReason: p.restrictionReason,
    version: p.version, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
    aliases: parts.names.filter((n) => n.kind !== 'primary').map((n) => ({ id: n.id, kind: n.kind, forenames: n.forenames, surname: n.surname })),
    phones: parts.phones.map((ph) => ({ id: ph.id, number: ph.number, type: ph.type })),
    addresses: parts.addresses.map(({ address, location }) => ({
      id: address.id, type: address.type, fromDate: address.fromDate, toDate: address.toDate, location: presentLocation(location),
    })),
    warningMarkers: presentMarkers(parts.markers),
    links: parts.links.map(({ link, event, object, location }) => ({
      id: link.id, role: link.role, notes: link.notes, createdAt: link.createdAt.toISOString(), endedAt: iso(link.endedAt),
      person: null,
      event: event ? presentEventSummary(event) : null,
      object: object ? presentObject(object) : null,
      location: location ? presentLocation(location) : null,
    })),
    mergedInto: parts.mergedInto,
    mergedFrom: parts.mergedFrom.map((m) => ({ ...m, mergedAt: m.mergedAt.toISOString() })),
    accessList: parts.accessList,
    abilities: personAbilities(ctx, p),
  };
}
