import { z } from 'zod';
import { PageQuery } from '../../platform/http/pagination.js';
import {
  CANCELLATION_CODE_LIST, CLASSIFICATION_CODES, CRIME_FLAGS, CRIME_GROUPS, HATE_STRANDS, POLICE_UK_CRIME_TYPES,
} from './reference/classifications.js';
import { AUDIT_GROUPS, CRIME_RECORDING_STATES, MIN_REASON_LENGTH } from './rules.js';

export const CRIME_STATUSES = ['recorded', 'cancelled', 'transferred'] as const;
export const CRIME_SOURCES = ['incident', 'online', 'walk_in', 'phone', 'other'] as const;
export const CRIME_PERSON_ROLES = ['victim', 'suspect', 'witness'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const queryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z.string().transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean)).pipe(z.array(z.enum(values)));

export const CrimePersonInput = z.strictObject({
  personId: z.uuid(),
  /** The officer's judgement that the victim is vulnerable (intimidated, disability not on record, …). */
  officerJudgesVulnerable: z.boolean().default(false),
});

export const RecordCrimeBody = z
  .strictObject({
    classificationCode: z.enum(CLASSIFICATION_CODES),
    committedFrom: instant,
    committedTo: instant.nullish(),
    reportedAt: instant,
    source: z.enum(CRIME_SOURCES).default('other'),
    locationId: z.uuid().nullish(),
    summary: text(4000),
    modusOperandi: text(2000).nullish(),
    /** A business or body as victim (e.g. the store in a shoplifting). */
    victimOrganisation: text(200).nullish(),
    victims: z.array(CrimePersonInput).max(20).default([]),
    suspects: z.array(z.uuid()).max(20).default([]),
    witnesses: z.array(z.uuid()).max(20).default([]),
    objectIds: z.array(z.uuid()).max(50).default([]),
    flags: z.array(z.enum(CRIME_FLAGS)).max(CRIME_FLAGS.length).default([]),
    hateStrands: z.array(z.enum(HATE_STRANDS)).max(HATE_STRANDS.length).default([]),
    /** From the control room: the incident and its crime-recording-decision task, completed when the crime is recorded. */
    incidentId: z.uuid().nullish(),
    taskId: z.uuid().nullish(),
  })
  .superRefine((body, issues) => {
    if (body.committedTo && new Date(body.committedTo) < new Date(body.committedFrom)) {
      issues.addIssue({ code: 'custom', path: ['committedTo'], message: 'must not be before committedFrom' });
    }
    if (new Date(body.reportedAt) < new Date(body.committedFrom)) {
      issues.addIssue({ code: 'custom', path: ['reportedAt'], message: 'must not be before the crime was committed' });
    }
    if (body.taskId && !body.incidentId) issues.addIssue({ code: 'custom', path: ['incidentId'], message: 'give the incident with its task' });
    const people = [...body.victims.map((v) => v.personId), ...body.suspects, ...body.witnesses];
    if (new Set(people).size !== people.length) issues.addIssue({ code: 'custom', path: ['victims'], message: 'a person appears more than once' });
  });
export type RecordCrimeBody = z.infer<typeof RecordCrimeBody>;

export const ReclassifyCrimeBody = z.strictObject({
  classificationCode: z.enum(CLASSIFICATION_CODES),
  reason: z.string().trim().min(MIN_REASON_LENGTH).max(2000),
});
export type ReclassifyCrimeBody = z.infer<typeof ReclassifyCrimeBody>;

export const CancelCrimeBody = z.strictObject({
  code: z.enum(CANCELLATION_CODE_LIST),
  reason: z.string().trim().min(1).max(2000),
  additionalVerifiableInformation: z.string().trim().max(4000).nullish(),
  duplicateOfReference: z.string().trim().max(40).nullish(),
  transferToForce: z.string().trim().max(40).nullish(),
});
export type CancelCrimeBody = z.infer<typeof CancelCrimeBody>;

export const AddCrimePersonBody = z.strictObject({
  role: z.enum(CRIME_PERSON_ROLES),
  personId: z.uuid(),
  officerJudgesVulnerable: z.boolean().default(false),
});
export type AddCrimePersonBody = z.infer<typeof AddCrimePersonBody>;

export const CrimeParams = z.object({ id: z.uuid() });

/** The incident a crime came from, named by id or by the reference an officer reads off the incident (exactly one). */
export const LinkIncidentBody = z
  .strictObject({
    incidentId: z.uuid().optional(),
    incidentReference: z.string().trim().min(1).max(40).optional(),
  })
  .superRefine((body, issues) => {
    if ((body.incidentId === undefined) === (body.incidentReference === undefined)) {
      issues.addIssue({ code: 'custom', path: ['incidentId'], message: 'give the incident by incidentId or by incidentReference (one of them)' });
    }
  });
export type LinkIncidentBody = z.infer<typeof LinkIncidentBody>;

export const IncidentParams = z.object({ id: z.uuid() });

/**
 * What became of a crime disclosed in an incident (NCRS): the crimes recorded from it, and the control room's
 * crime-recording-decision task. `recorded` once any crime of the incident stands (not cancelled); otherwise
 * `awaiting_decision` while the task is open, `not_recorded` when it was finished without a crime.
 */
export const IncidentCrimeRecordingView = z.object({
  incident: z.object({ id: z.string(), reference: z.string(), crimeDisclosed: z.boolean().nullable() }),
  state: z.enum(CRIME_RECORDING_STATES),
  crimes: z.array(z.object({
    id: z.string(), reference: z.string(), status: z.enum(CRIME_STATUSES), classification: z.object({ code: z.string(), description: z.string() }), recordedAt: z.string(),
  })),
  /** The latest crime-recording-decision task of the incident, if one was raised. */
  decision: z.object({
    taskId: z.string(), status: z.enum(['open', 'completed', 'closed']), dueAt: z.string(), overdue: z.boolean(),
    outcome: z.string().nullable(), outcomeReason: z.string().nullable(), completedAt: z.string().nullable(),
  }).nullable(),
  abilities: z.object({ record: z.boolean() }),
});
export type IncidentCrimeRecordingView = z.infer<typeof IncidentCrimeRecordingView>;

const Classification = z.object({ code: z.string(), description: z.string(), policeUkCrimeType: z.string(), group: z.string() });

export const CrimePersonView = z.object({
  id: z.string(),
  role: z.string(),
  person: z.object({
    id: z.string(), reference: z.string(),
    /** "Forenames Surname", or "Restricted record" when hidden from you. */
    name: z.string(),
    forenames: z.string(), surname: z.string(), dateOfBirth: z.string().nullable(),
    /** The person record is restricted (need-to-know). */
    restricted: z.boolean(),
    /** Hidden from you: not on the access list and no X-Access-Reason given; only the reference is shown. */
    redacted: z.boolean(),
  }),
  vulnerable: z.boolean(),
  repeat: z.boolean(),
  child: z.boolean(),
  reasons: z.array(z.string()),
});

export const CrimeHistoryView = z.object({
  at: z.string(),
  username: z.string(),
  action: z.string(),
  fromCode: z.string().nullable(),
  toCode: z.string().nullable(),
  cancellationCode: z.string().nullable(),
  reason: z.string().nullable(),
  additionalVerifiableInformation: z.string().nullable(),
});

export const CrimeView = z.object({
  id: z.string(),
  reference: z.string(),
  eventId: z.string(),
  status: z.enum(CRIME_STATUSES),
  classification: Classification,
  classificationVersion: z.string(),
  committedFrom: z.string(),
  committedTo: z.string().nullable(),
  reportedAt: z.string(),
  recordedAt: z.string(),
  ncrs: z.object({ dueAt: z.string(), state: z.string(), hoursToRecord: z.number() }),
  source: z.string(),
  location: z.object({ id: z.string(), reference: z.string(), label: z.string(), district: z.string().nullable(), latitude: z.number().nullable(), longitude: z.number().nullable() }).nullable(),
  victimOrganisation: z.string().nullable(),
  summary: z.string(),
  modusOperandi: z.string().nullable(),
  flags: z.array(z.string()),
  hateStrands: z.array(z.string()),
  vulnerableVictim: z.boolean(),
  repeatVictim: z.boolean(),
  incidentId: z.string().nullable(),
  /** The control-room incident the crime was recorded from or linked to, by its reference. */
  incident: z.object({ id: z.string(), reference: z.string() }).nullable(),
  outcome: z.string().nullable(),
  lastOutcomeCategory: z.string(),
  cancellationCode: z.string().nullable(),
  persons: z.array(CrimePersonView),
  history: z.array(CrimeHistoryView),
  alsoRecorded: z.array(z.object({ id: z.string(), reference: z.string() })),
  version: z.number().int(),
  abilities: z.object({ reclassify: z.boolean(), cancel: z.boolean(), addPerson: z.boolean(), linkIncident: z.boolean() }),
});
export type CrimeView = z.infer<typeof CrimeView>;

export const CrimeSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.string(),
  classification: Classification,
  committedFrom: z.string(),
  recordedAt: z.string(),
  district: z.string().nullable(),
  summary: z.string(),
  flags: z.array(z.string()),
  vulnerableVictim: z.boolean(),
  repeatVictim: z.boolean(),
});
export type CrimeSummary = z.infer<typeof CrimeSummary>;

export const CrimeList = z.object({
  items: z.array(CrimeSummary),
  nextCursor: z.string().nullable(),
  total: z.number().int().describe('Crimes matching the filters, on every page'),
});
export type CrimeList = z.infer<typeof CrimeList>;

export const CrimeListQuery = PageQuery.extend({
  reference: z.string().trim().max(40).optional(),
  personId: z.uuid().optional(),
  classification: z.enum(CLASSIFICATION_CODES).optional(),
  group: z.enum(CRIME_GROUPS).optional(),
  /** A district of the force by code or name (GET /geography/areas); an unknown one is a 400. */
  district: z.string().trim().max(100).optional(),
  status: z.enum(CRIME_STATUSES).optional(),
  from: instant.optional(),
  to: instant.optional(),
  flags: csv(CRIME_FLAGS).optional(),
  vulnerableVictim: queryFlag.optional(),
}).strict();
export type CrimeListQuery = z.infer<typeof CrimeListQuery>;

export const ClassificationList = z.object({
  version: z.string(),
  items: z.array(Classification.extend({ rank: z.number(), rape: z.boolean(), courseOfConduct: z.boolean(), victimless: z.boolean() })),
  policeUkCrimeTypes: z.array(z.enum(POLICE_UK_CRIME_TYPES)),
  cancellationCodes: z.array(z.object({ code: z.string(), label: z.string() })),
  flags: z.array(z.string()),
  hateStrands: z.array(z.string()),
});

export const StatsQuery = z.strictObject({ from: instant, to: instant });
export type StatsQuery = z.infer<typeof StatsQuery>;

export const TimelinessStats = z.object({
  from: z.string(),
  to: z.string(),
  recorded: z.number().int(),
  recordedInTime: z.number().int(),
  inTimeRate: z.number().nullable(),
  vulnerableVictimRate: z.number().nullable(),
  openDecisions: z.object({ due: z.number().int(), warning: z.number().int(), overdue: z.number().int() }),
});
export type TimelinessStats = z.infer<typeof TimelinessStats>;

// --- data-integrity audits

export const CreateAuditBody = z
  .strictObject({
    title: text(200),
    from: instant,
    to: instant,
    groups: z.array(z.enum(AUDIT_GROUPS)).min(1).default(['all']),
    sampleSize: z.number().int().min(1).max(500),
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  })
  .superRefine((b, issues) => {
    if (new Date(b.to) <= new Date(b.from)) issues.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
  });
export type CreateAuditBody = z.infer<typeof CreateAuditBody>;

export const ReviewAuditItemBody = z
  .strictObject({
    crimeDisclosed: z.boolean(),
    recorded: z.boolean().nullish(),
    expectedCode: z.enum(CLASSIFICATION_CODES).nullish(),
    correctClassification: z.boolean().nullish(),
    withinTime: z.boolean().nullish(),
    domesticAbuse: z.boolean().default(false),
    notes: z.string().trim().max(2000).nullish(),
  })
  .superRefine((b, issues) => {
    if (!b.crimeDisclosed) return;
    if (b.recorded === null || b.recorded === undefined) issues.addIssue({ code: 'custom', path: ['recorded'], message: 'say whether the crime was recorded' });
    if (!b.expectedCode) issues.addIssue({ code: 'custom', path: ['expectedCode'], message: 'give the class the crime should have' });
    if (b.recorded && (b.correctClassification === null || b.correctClassification === undefined)) {
      issues.addIssue({ code: 'custom', path: ['correctClassification'], message: 'say whether the recorded class was correct' });
    }
    if (b.recorded && (b.withinTime === null || b.withinTime === undefined)) {
      issues.addIssue({ code: 'custom', path: ['withinTime'], message: 'say whether it was recorded within 24 hours' });
    }
  });
export type ReviewAuditItemBody = z.infer<typeof ReviewAuditItemBody>;

export const AuditParams = z.object({ id: z.uuid() });
export const AuditItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

const Rate = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable(), lower: z.number().nullable(), upper: z.number().nullable() });
export const AuditGroupResult = z.object({ group: z.string(), compliance: Rate, classification: Rate, timeliness: Rate });

export const AuditItemView = z.object({
  id: z.string(),
  position: z.number().int(),
  subjectType: z.string(),
  subjectId: z.string(),
  subjectReference: z.string(),
  crimeId: z.string().nullable(),
  suggestion: z.object({ recorded: z.boolean(), withinTime: z.boolean().nullable(), code: z.string().nullable(), domesticAbuse: z.boolean() }),
  crimeDisclosed: z.boolean().nullable(),
  recorded: z.boolean().nullable(),
  expectedCode: z.string().nullable(),
  correctClassification: z.boolean().nullable(),
  withinTime: z.boolean().nullable(),
  domesticAbuse: z.boolean(),
  notes: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number().int(),
});
export type AuditItemView = z.infer<typeof AuditItemView>;

export const AuditView = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  population: z.string(),
  populationSize: z.number().int(),
  requestedSize: z.number().int(),
  groups: z.array(z.string()),
  seed: z.number().int(),
  status: z.string(),
  reviewed: z.number().int(),
  items: z.array(AuditItemView),
  results: z.array(AuditGroupResult),
  completedAt: z.string().nullable(),
  version: z.number().int(),
});
export type AuditView = z.infer<typeof AuditView>;

export const AuditSummary = AuditView.omit({ items: true });
export const AuditList = z.object({ items: z.array(AuditSummary) });

export const AuditComparison = z.object({
  audits: z.array(z.object({ id: z.string(), reference: z.string(), title: z.string(), from: z.string(), to: z.string(), completedAt: z.string().nullable(), results: z.array(AuditGroupResult) })),
  /** Each completed audit against the one before it, all-crime compliance (Newcombe interval of the difference). */
  changes: z.array(z.object({ from: z.string(), to: z.string(), group: z.string(), difference: z.number(), lower: z.number(), upper: z.number() })),
});

export const ExportQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
  file: z.enum(['street', 'outcomes']).default('street'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

export const RecordingDecisionBody = z.strictObject({
  offenceInLaw: z.boolean().nullable(),
  credibleEvidenceToContrary: z.boolean().nullable().default(null),
  reporter: z.enum(['victim', 'third_party']).default('victim'),
  victimConfirms: z.boolean().nullish(),
  victimCannotBeReached: z.boolean().nullish(),
  victimVulnerableProfessionalReporting: z.boolean().nullish(),
});
export type RecordingDecisionBody = z.infer<typeof RecordingDecisionBody>;

export const RecordingDecisionView = z.object({
  decision: z.enum(['record', 'do_not_record', 'ask']),
  because: z.string().optional(),
  question: z.string().optional(),
  field: z.string().optional(),
});
