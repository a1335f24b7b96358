import { z } from 'zod';
import {
  AREA_TYPES, CLOSING_CODES, DESK_OUTCOMES, FLAG_NAMES, GRADES, INCIDENT_STATUSES, INCIDENT_TYPE_CODES, PERSON_ROLES, REASSESSMENT_KINDS,
  SOURCES, THRIVE_ELEMENTS, THRIVE_LEVELS,
} from './rules.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const iso = z.string();

export const IncidentIdParams = z.strictObject({ id: z.uuid() });
export { IfMatchHeader } from '../../platform/http/params.js';

export const FlagsInput = z.strictObject(Object.fromEntries(FLAG_NAMES.map((f) => [f, z.boolean().optional()])) as Record<(typeof FLAG_NAMES)[number], z.ZodOptional<z.ZodBoolean>>);
export type FlagsInput = z.infer<typeof FlagsInput>;

export const IncidentPersonInput = z.strictObject({ personId: z.uuid(), role: z.enum(PERSON_ROLES) });
export type IncidentPersonInput = z.infer<typeof IncidentPersonInput>;

export const CreateIncidentBody = z.strictObject({
  source: z.enum(SOURCES),
  type: z.enum(INCIDENT_TYPE_CODES),
  summary: text(500),
  locationId: z.uuid().nullish(),
  locationText: text(300).nullish(),
  district: text(100).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  areaType: z.enum(AREA_TYPES).default('urban'),
  flags: FlagsInput.default({}),
  persons: z.array(IncidentPersonInput).max(30).default([]),
  narrative: text(4000).nullish(),
});
export type CreateIncidentBody = z.infer<typeof CreateIncidentBody>;

export const AddLogBody = z.strictObject({ text: text(4000) });
export type AddLogBody = z.infer<typeof AddLogBody>;

export const SetFlagsBody = z.strictObject({ flags: FlagsInput });
export type SetFlagsBody = z.infer<typeof SetFlagsBody>;

export const AnswersBody = z.strictObject({ answers: z.record(z.string().min(1).max(60), z.union([z.boolean(), z.string().trim().max(1000)])) });
export type AnswersBody = z.infer<typeof AnswersBody>;

export const ThriveEntryInput = z.strictObject({ level: z.enum(THRIVE_LEVELS), rationale: z.string().trim().max(2000) });
export const ThriveBody = z.strictObject({
  thrive: z.strictObject(Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, ThriveEntryInput.optional()])) as Record<(typeof THRIVE_ELEMENTS)[number], z.ZodOptional<typeof ThriveEntryInput>>),
});
export type ThriveBody = z.infer<typeof ThriveBody>;

export const GradeBody = z.strictObject({ grade: z.enum(GRADES), reason: z.string().trim().max(1000).nullish() });
export type GradeBody = z.infer<typeof GradeBody>;

export const ReviewBody = z.strictObject({ note: text(2000), thriveQuality: z.number().int().min(1).max(5).nullish() });
export type ReviewBody = z.infer<typeof ReviewBody>;

export const UnitActionBody = z.strictObject({ unitId: z.uuid() });
export type UnitActionBody = z.infer<typeof UnitActionBody>;

export const ResolveBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('telephone'), outcome: z.enum(DESK_OUTCOMES), reason: text(1000), thriveRationale: text(2000) }),
  z.strictObject({ kind: z.literal('appointment'), slotId: z.uuid(), contactPreference: text(300), reason: text(1000), thriveRationale: text(2000) }),
]);
export type ResolveBody = z.infer<typeof ResolveBody>;

export const CloseBody = z.strictObject({ closingCode: z.enum(CLOSING_CODES), crimeDisclosed: z.boolean(), note: z.string().trim().max(2000).nullish() });
export type CloseBody = z.infer<typeof CloseBody>;

const Marker = z.object({ code: z.string(), label: z.string(), severity: z.string() });

export const IncidentPersonView = z.object({
  linkId: z.string(),
  personId: z.string(),
  reference: z.string(),
  /** "Forenames Surname", or "Restricted record" when hidden from you. */
  name: z.string(),
  dateOfBirth: z.string().nullable(),
  /** The person record is restricted (need-to-know). */
  restricted: z.boolean(),
  /** Hidden from you (not on the access list, no X-Access-Reason): no name, date of birth or markers. */
  redacted: z.boolean(),
  role: z.enum(PERSON_ROLES),
  warningMarkers: z.array(Marker),
  priorIncidentsAsVictim: z.number(),
  repeatVictim: z.boolean(),
  knownVulnerable: z.boolean(),
});

export const RiskFlagsView = z.object({
  domesticAbuse: z.boolean(), mentalHealth: z.boolean(), hate: z.boolean(), childInvolved: z.boolean(), firearms: z.boolean(),
  knownVulnerable: z.boolean(), dangerousSuspect: z.boolean(), repeatVictim: z.boolean(), repeatVictimCount: z.number(),
  repeatLocation: z.boolean(), repeatLocationCount: z.number(),
});

const ThriveView = z.record(z.string(), z.object({ level: z.enum(THRIVE_LEVELS), rationale: z.string() }));
const QuestionView = z.object({ id: z.string(), text: z.string(), kind: z.enum(['yes_no', 'text', 'choice']), options: z.array(z.string()).optional(), advice: z.string().optional(), required: z.boolean().optional() });

export const QuestionSetView = z.object({
  id: z.string(), incidentType: z.string(), name: z.string(), questions: z.array(QuestionView), active: z.boolean(), version: z.number(),
});
export type QuestionSetView = z.infer<typeof QuestionSetView>;

export const QuestionSetBody = z.strictObject({
  name: text(200),
  questions: z.array(z.strictObject({
    id: z.string().trim().regex(/^[a-z0-9_]{1,60}$/, 'lower-case letters, digits and _ only'),
    text: text(500),
    kind: z.enum(['yes_no', 'text', 'choice']),
    options: z.array(text(100)).max(20).optional(),
    advice: text(1000).optional(),
    required: z.boolean().optional(),
  })).min(1).max(60),
  active: z.boolean().default(true),
});
export type QuestionSetBody = z.infer<typeof QuestionSetBody>;
export const QuestionSetParams = z.strictObject({ type: z.enum(INCIDENT_TYPE_CODES) });

export const IncidentView = z.object({
  id: z.string(),
  reference: z.string(),
  source: z.enum(SOURCES),
  type: z.string(),
  typeLabel: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  summary: z.string(),
  location: z.object({ id: z.string().nullable(), text: z.string().nullable(), district: z.string().nullable(), latitude: z.number().nullable(), longitude: z.number().nullable() }),
  areaType: z.enum(AREA_TYPES),
  flags: RiskFlagsView,
  persons: z.array(IncidentPersonView),
  thrive: ThriveView,
  thriveMissing: z.array(z.string()),
  questionSet: QuestionSetView.nullable(),
  answers: z.record(z.string(), z.union([z.string(), z.boolean()])),
  proposedGrade: z.object({ grade: z.enum(GRADES), reasons: z.array(z.string()) }).nullable(),
  grade: z.enum(GRADES).nullable(),
  gradedAt: iso.nullable(),
  targetAt: iso.nullable(),
  minutesPastTarget: z.number(),
  risk: z.object({ score: z.number(), reasons: z.array(z.string()) }),
  reassessmentsDue: z.array(z.enum(REASSESSMENT_KINDS)),
  assignments: z.array(z.object({ id: z.string(), unitId: z.string(), callSign: z.string(), assignedAt: iso, arrivedAt: iso.nullable(), clearedAt: iso.nullable() })),
  log: z.array(z.object({ id: z.string(), at: iso, username: z.string(), kind: z.string(), text: z.string() })),
  gradings: z.array(z.object({ at: iso, username: z.string(), fromGrade: z.string().nullable(), toGrade: z.string(), proposedGrade: z.string(), reason: z.string().nullable() })),
  reviews: z.array(z.object({ at: iso, username: z.string(), role: z.string(), supervisory: z.boolean(), note: z.string(), thriveQuality: z.number().nullable() })),
  arrivedAt: iso.nullable(),
  resolution: z.object({ kind: z.enum(['telephone', 'appointment']), outcome: z.string().nullable(), reason: z.string(), thriveRationale: z.string() }).nullable(),
  appointment: z.object({ id: z.string(), district: z.string(), startsAt: iso, endsAt: iso, contactPreference: z.string().nullable() }).nullable(),
  crimeDisclosed: z.boolean().nullable(),
  closingCode: z.string().nullable(),
  closedAt: iso.nullable(),
  lastReviewedAt: iso.nullable(),
  lastReviewedBy: z.string().nullable(),
  supervisorReviewedAt: iso.nullable(),
  createdAt: iso,
  version: z.number(),
  abilities: z.object({
    edit: z.boolean(), grade: z.boolean(), lowerSupervisedGrade: z.boolean(), review: z.boolean(), dispatch: z.boolean(), resolve: z.boolean(), close: z.boolean(),
  }),
});
export type IncidentView = z.infer<typeof IncidentView>;

export const QueueQuery = z.strictObject({
  district: z.string().trim().max(100).optional(),
  grade: z.enum([...GRADES, 'ungraded']).optional(),
  flag: z.enum([...FLAG_NAMES, 'knownVulnerable', 'repeatVictim', 'repeatLocation']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const QueueItem = z.object({
  id: z.string(), reference: z.string(), type: z.string(), typeLabel: z.string(), status: z.enum(INCIDENT_STATUSES), summary: z.string(),
  district: z.string().nullable(), grade: z.enum(GRADES).nullable(), risk: z.number(), riskReasons: z.array(z.string()),
  thriveSummary: z.string(), flags: RiskFlagsView, createdAt: iso, ageMinutes: z.number(), targetAt: iso.nullable(), minutesPastTarget: z.number(),
  reassessmentsDue: z.array(z.enum(REASSESSMENT_KINDS)), lastReviewedAt: iso.nullable(), lastReviewedBy: z.string().nullable(),
  latitude: z.number().nullable(), longitude: z.number().nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;
export const QueuePage = z.object({ items: z.array(QueueItem), total: z.number(), generatedAt: iso });
export type QueuePage = z.infer<typeof QueuePage>;

export const UNIT_STATUSES = ['available', 'assigned', 'en_route', 'at_scene', 'unavailable'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UnitView = z.object({
  id: z.string(), callSign: z.string(), kind: z.string(), district: z.string().nullable(), status: z.enum(UNIT_STATUSES),
  latitude: z.number().nullable(), longitude: z.number().nullable(), incidentId: z.string().nullable(), statusAt: iso, active: z.boolean(), version: z.number(),
});
export type UnitView = z.infer<typeof UnitView>;
export const CreateUnitBody = z.strictObject({
  callSign: z.string().trim().regex(/^[A-Z0-9]{2,12}$/, 'upper-case letters and digits, 2–12'),
  kind: z.enum(['response', 'neighbourhood', 'arv', 'dog', 'roads', 'mental_health_triage']).default('response'),
  district: text(100).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
});
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;
export const UnitStatusBody = z.strictObject({
  status: z.enum(['available', 'unavailable']),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  active: z.boolean().optional(),
});
export type UnitStatusBody = z.infer<typeof UnitStatusBody>;
export const UnitList = z.object({ items: z.array(UnitView) });

export const SlotQuery = z.strictObject({ district: z.string().trim().min(1).max(100), from: z.iso.datetime({ offset: true }).optional() });
export const SlotView = z.object({ id: z.string(), district: z.string(), startsAt: iso, endsAt: iso, booked: z.boolean() });
export const SlotList = z.object({ items: z.array(SlotView) });
export const CreateSlotsBody = z.strictObject({
  district: text(100),
  slots: z.array(z.strictObject({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) })).min(1).max(200),
});
export type CreateSlotsBody = z.infer<typeof CreateSlotsBody>;

export const DashboardQuery = z.strictObject({ hours: z.coerce.number().int().min(1).max(24 * 90).default(24) });
export const Dashboard = z.object({
  from: iso,
  to: iso,
  total: z.number(),
  byGrade: z.array(z.object({ grade: z.string(), count: z.number() })),
  byType: z.array(z.object({ type: z.string(), label: z.string(), count: z.number() })),
  attendedWithinTarget: z.array(z.object({ grade: z.string(), attended: z.number(), withinTarget: z.number(), percent: z.number().nullable() })),
  resolvedWithoutDeployment: z.object({ count: z.number(), percent: z.number().nullable() }),
  backlog: z.array(z.object({ age: z.string(), high: z.number(), medium: z.number(), low: z.number() })),
  domesticAbuseAwaitingAttendance: z.array(z.object({ age: z.string(), count: z.number() })),
  mentalHealthShare: z.number().nullable(),
  repeatVictimShare: z.number().nullable(),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const IncidentTypeList = z.object({ items: z.array(z.object({ code: z.string(), label: z.string(), category: z.string(), mustAttend: z.boolean() })) });

export const MapView = z.object({
  districts: z.unknown(),
  incidents: z.array(z.object({ id: z.string(), reference: z.string(), typeLabel: z.string(), grade: z.enum(GRADES).nullable(), status: z.string(), latitude: z.number(), longitude: z.number(), domesticAbuse: z.boolean() })),
  units: z.array(UnitView),
});
