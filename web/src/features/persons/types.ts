import type { Severity } from '../../platform/markers';
import type { LocationView } from '../locations/types';
import type { ObjectView } from '../objects/types';

type MatchedOn = 'name' | 'alias' | 'phone' | 'pnc' | 'address';

export type PersonRow = {
  id: string;
  reference: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  gender: string;
  score: number;
  matchedOn: MatchedOn;
  matchedName: { forenames: string; surname: string } | null;
  restricted: boolean;
  warningMarkers: MarkerView[];
};

export type DuplicateCandidate = PersonRow & { reasons: string[] };

export type Page<T> = { items: T[]; nextCursor: string | null };

export type MarkerView = {
  id: string;
  code: string;
  label: string;
  severity: Severity;
  kind: 'pnc' | 'force';
  reason: string;
  source: string;
  startDate: string;
  reviewDate: string | null;
  active: boolean;
  endedAt: string | null;
  endReason: string | null;
  createdAt: string;
};

export type PersonLink = {
  id: string;
  role: string;
  notes: string | null;
  createdAt: string;
  endedAt: string | null;
  person: { id: string; reference: string; forenames: string; surname: string; dateOfBirth: string | null; restricted: boolean } | null;
  event: { id: string; reference: string; type: string; summary: string; occurredAt: string | null } | null;
  object: ObjectView | null;
  location: LocationView | null;
};

export type PersonView = {
  id: string;
  reference: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  ageYears: number | null;
  gender: string;
  ethnicity: string | null;
  ethnicityLabel: string | null;
  pncId: string | null;
  email: string | null;
  heightCm: number | null;
  build: string | null;
  hairColour: string | null;
  eyeColour: string | null;
  distinguishingMarks: string | null;
  notes: string | null;
  restricted: boolean;
  restrictionReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  aliases: { id: string; kind: string; forenames: string; surname: string }[];
  phones: { id: string; number: string; type: string }[];
  addresses: { id: string; type: string; fromDate: string | null; toDate: string | null; location: LocationView }[];
  warningMarkers: MarkerView[];
  links: PersonLink[];
  mergedInto: { id: string; reference: string } | null;
  mergedFrom: { mergeId: string; id: string; reference: string; mergedAt: string }[];
  accessList: { userId: string; username: string; displayName: string }[];
  abilities: { edit: boolean; addMarker: boolean; merge: boolean; restrict: boolean; undoMerge: boolean };
};

export type ReferenceItem = { code: string; label: string };

export type MarkerType = ReferenceItem & { kind: 'pnc' | 'force'; severity: Severity };
