import { z } from 'zod';
import { isValid } from 'postcode';
import { PNC_ID_PATTERN } from './rules.js';
import {
  ADDRESS_TYPES, ETHNICITY_CODES, GENDERS, LINK_ROLES, NAME_KINDS, OBJECT_KINDS, PHONE_TYPES, WARNING_MARKER_CODES,
} from './reference/catalogue.js';

const name = z.string().trim().min(1).max(100);
const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const PhoneInput = z.strictObject({ number: z.string().trim().min(3).max(30), type: z.enum(PHONE_TYPES).default('mobile') });
export const AliasInput = z.strictObject({ kind: z.enum(NAME_KINDS).default('alias'), forenames: name, surname: name });

const personFields = {
  forenames: name,
  surname: name,
  dateOfBirth: isoDate.nullish(),
  gender: z.enum(GENDERS).default('unknown'),
  ethnicity: z.enum(ETHNICITY_CODES).nullish(),
  pncId: z.string().trim().toUpperCase().regex(PNC_ID_PATTERN, 'must look like 85/123456X').nullish(),
  email: z.email().max(200).nullish(),
  heightCm: z.number().int().min(30).max(250).nullish(),
  build: text(50).nullish(),
  hairColour: text(50).nullish(),
  eyeColour: text(50).nullish(),
  distinguishingMarks: text(2000).nullish(),
  notes: text(4000).nullish(),
};

export const CreatePersonBody = z.strictObject({
  ...personFields,
  phones: z.array(PhoneInput).max(20).default([]),
  aliases: z.array(AliasInput).max(20).default([]),
});
export type CreatePersonBody = z.infer<typeof CreatePersonBody>;

export const UpdatePersonBody = z
  .strictObject({
    forenames: name.optional(),
    surname: name.optional(),
    dateOfBirth: isoDate.nullish(),
    gender: z.enum(GENDERS).optional(),
    ethnicity: personFields.ethnicity,
    pncId: personFields.pncId,
    email: personFields.email,
    heightCm: personFields.heightCm,
    build: personFields.build,
    hairColour: personFields.hairColour,
    eyeColour: personFields.eyeColour,
    distinguishingMarks: personFields.distinguishingMarks,
    notes: personFields.notes,
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'send at least one field to change' });
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;

export const DuplicateCheckBody = z.strictObject({
  forenames: name,
  surname: name,
  dateOfBirth: isoDate.nullish(),
  pncId: z.string().trim().max(20).nullish(),
  phones: z.array(z.string().trim().max(30)).max(20).optional(),
});
export type DuplicateCheckBody = z.infer<typeof DuplicateCheckBody>;

export const PersonSearchQuery = z.strictObject({
  q: z.string().trim().max(200).default(''),
  dob: isoDate.optional(),
  ageFrom: z.coerce.number().int().min(0).max(130).optional(),
  ageTo: z.coerce.number().int().min(0).max(130).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type PersonSearchQuery = z.infer<typeof PersonSearchQuery>;

export const AddMarkerBody = z.strictObject({
  code: z.enum(WARNING_MARKER_CODES),
  reason: z.string().trim().min(3).max(2000),
  source: z.string().trim().min(1).max(200).default('Force record'),
  startDate: isoDate.optional(),
  reviewDate: isoDate.nullish(),
});
export type AddMarkerBody = z.infer<typeof AddMarkerBody>;

export const EndWithReasonBody = z.strictObject({ reason: z.string().trim().min(3).max(2000) });

export const AddAddressBody = z.strictObject({
  locationId: z.uuid(),
  type: z.enum(ADDRESS_TYPES).default('home'),
  fromDate: isoDate.nullish(),
  toDate: isoDate.nullish(),
});
export const EndAddressBody = z.strictObject({ toDate: isoDate });

export const MergeBody = z.strictObject({ duplicateId: z.uuid(), reason: z.string().trim().min(10).max(2000) });
export const RestrictBody = z.strictObject({
  reason: z.string().trim().min(10).max(2000),
  accessUserIds: z.array(z.uuid()).max(200).default([]),
});

export { IdParams, SubIdParams } from '../http/params.js';

// ---- views ----

export const MarkerView = z.object({
  id: z.string(), code: z.string(), label: z.string(), severity: z.enum(['high', 'medium', 'info']), kind: z.string(),
  reason: z.string(), source: z.string(), startDate: z.string(), reviewDate: z.string().nullable(), active: z.boolean(),
  endedAt: z.string().nullable(), endReason: z.string().nullable(), createdAt: z.string(),
});
export type MarkerView = z.infer<typeof MarkerView>;

export const LocationView = z.object({
  id: z.string(), reference: z.string(), uprn: z.string().nullable(), buildingName: z.string().nullable(), buildingNumber: z.string().nullable(),
  street: z.string().nullable(), locality: z.string().nullable(), town: z.string().nullable(), postcode: z.string().nullable(),
  latitude: z.number().nullable(), longitude: z.number().nullable(), district: z.string().nullable(), beat: z.string().nullable(),
  description: z.string().nullable(), label: z.string(), version: z.number(),
});
export type LocationView = z.infer<typeof LocationView>;

export const ObjectView = z.object({
  id: z.string(), reference: z.string(), kind: z.string(), vrm: z.string().nullable(), make: z.string().nullable(), model: z.string().nullable(),
  colour: z.string().nullable(), serialNumber: z.string().nullable(), description: z.string().nullable(), label: z.string(), version: z.number(),
});
export type ObjectView = z.infer<typeof ObjectView>;

export const EventSummary = z.object({ id: z.string(), reference: z.string(), type: z.string(), summary: z.string(), occurredAt: z.string().nullable() });

export const PersonSummary = z.object({
  id: z.string(), reference: z.string(), forenames: z.string(), surname: z.string(), dateOfBirth: z.string().nullable(), restricted: z.boolean(),
  redacted: z.boolean().describe('Restricted and you are not on its access list: only the reference is shown'),
});

export const LinkView = z.object({
  id: z.string(), role: z.string(), notes: z.string().nullable(), createdAt: z.string(), endedAt: z.string().nullable(),
  person: PersonSummary.nullable(), event: EventSummary.nullable(), object: ObjectView.nullable(), location: LocationView.nullable(),
});

export const PersonView = z.object({
  id: z.string(), reference: z.string(), forenames: z.string(), surname: z.string(), dateOfBirth: z.string().nullable(), ageYears: z.number().nullable(),
  gender: z.string(), ethnicity: z.string().nullable(), ethnicityLabel: z.string().nullable(), pncId: z.string().nullable(), email: z.string().nullable(),
  heightCm: z.number().nullable(), build: z.string().nullable(), hairColour: z.string().nullable(), eyeColour: z.string().nullable(),
  distinguishingMarks: z.string().nullable(), notes: z.string().nullable(), restricted: z.boolean(), restrictionReason: z.string().nullable(),
  version: z.number(), createdAt: z.string(), updatedAt: z.string(),
  aliases: z.array(z.object({ id: z.string(), kind: z.string(), forenames: z.string(), surname: z.string() })),
  phones: z.array(z.object({ id: z.string(), number: z.string(), type: z.string() })),
  addresses: z.array(z.object({ id: z.string(), type: z.string(), fromDate: z.string().nullable(), toDate: z.string().nullable(), location: LocationView })),
  warningMarkers: z.array(MarkerView),
  links: z.array(LinkView),
  mergedInto: z.object({ id: z.string(), reference: z.string() }).nullable(),
  mergedFrom: z.array(z.object({ mergeId: z.string(), id: z.string(), reference: z.string(), mergedAt: z.string() })),
  accessList: z.array(z.object({ userId: z.string(), username: z.string(), displayName: z.string() })),
  abilities: z.object({ edit: z.boolean(), addMarker: z.boolean(), merge: z.boolean(), restrict: z.boolean(), undoMerge: z.boolean() }),
});
export type PersonView = z.infer<typeof PersonView>;

export const PersonSearchRow = z.object({
  id: z.string(), reference: z.string(), forenames: z.string(), surname: z.string(), dateOfBirth: z.string().nullable(), gender: z.string(),
  score: z.number(), matchedOn: z.enum(['name', 'alias', 'phone', 'pnc', 'address']),
  matchedName: z.object({ forenames: z.string(), surname: z.string() }).nullable(),
  restricted: z.boolean(), warningMarkers: z.array(MarkerView), reasons: z.array(z.string()).optional(),
});
export type PersonSearchRow = z.infer<typeof PersonSearchRow>;
export const PersonSearchPage = z.object({ items: z.array(PersonSearchRow), nextCursor: z.string().nullable() });
export const DuplicateCandidates = z.object({
  items: z.array(PersonSearchRow),
  restrictedMatch: z.boolean().describe('A possible match exists that you may not see: ask the record owner before creating a new record'),
});

export const CreateLocationBody = z.strictObject({
  uprn: z.string().trim().regex(/^\d{1,12}$/, 'must be up to 12 digits').nullish(),
  buildingName: text(100).nullish(),
  buildingNumber: text(20).nullish(),
  street: text(150).nullish(),
  locality: text(100).nullish(),
  town: text(100).nullish(),
  postcode: z.string().trim().max(10).refine((v) => v === '' || isValid(v), 'is not a valid UK postcode').nullish(),
  latitude: z.number().min(49).max(61).nullish(),
  longitude: z.number().min(-9).max(3).nullish(),
  district: text(100).nullish(),
  beat: text(50).nullish(),
  description: text(1000).nullish(),
});
export type CreateLocationBody = z.infer<typeof CreateLocationBody>;
export const UpdateLocationBody = CreateLocationBody.partial();

export const CreateObjectBody = z.strictObject({
  kind: z.enum(OBJECT_KINDS),
  vrm: z.string().trim().max(10).regex(/^[A-Za-z0-9 ]+$/, 'letters, digits and spaces only').nullish(),
  make: text(100).nullish(),
  model: text(100).nullish(),
  colour: text(50).nullish(),
  serialNumber: text(100).nullish(),
  description: text(2000).nullish(),
});
export type CreateObjectBody = z.infer<typeof CreateObjectBody>;
export const UpdateObjectBody = CreateObjectBody.partial();

export const ListQuery = z.strictObject({
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});

export const CreateEventBody = z.strictObject({
  type: z.string().trim().min(1).max(50),
  summary: z.string().trim().min(1).max(2000),
  occurredAt: z.iso.datetime({ offset: true }).nullish(),
});
export const EventView = EventSummary.extend({ links: z.array(LinkView) });

export const CreateLinkBody = z
  .strictObject({
    role: z.enum(LINK_ROLES),
    personId: z.uuid().nullish(),
    objectId: z.uuid().nullish(),
    locationId: z.uuid().nullish(),
    eventId: z.uuid().nullish(),
    notes: text(1000).nullish(),
  })
  .refine((b) => [b.personId, b.objectId, b.locationId, b.eventId].filter(Boolean).length === 2, {
    message: 'a link joins exactly two of personId, objectId, locationId, eventId',
    path: ['personId'],
  });
export type CreateLinkBody = z.infer<typeof CreateLinkBody>;
