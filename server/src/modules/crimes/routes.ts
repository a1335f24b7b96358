import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ifMatchVersion, withEtag } from '../../platform/http/context.js';
import { IfMatchHeader } from '../../platform/http/params.js';
import { ctxOf } from '../../platform/http/request.js';
import {
  AddCrimePersonBody, AuditComparison, AuditItemParams, AuditList, AuditParams, AuditView, CancelCrimeBody, ClassificationList, CreateAuditBody,
  CrimeList, CrimeListQuery, CrimeParams, CrimeView, ExportQuery, IncidentCrimeRecordingView, IncidentParams, LinkIncidentBody, ReclassifyCrimeBody,
  RecordCrimeBody, ReviewAuditItemBody, StatsQuery, RecordingDecisionBody, RecordingDecisionView, TimelinessStats,
} from './contract.js';
import {
  CANCELLATION_CODES, CLASSIFICATION_LIST_VERSION, CLASSIFICATIONS, CRIME_FLAGS, HATE_STRANDS, POLICE_UK_CRIME_TYPES,
} from './reference/classifications.js';
import { recordingDecision } from './rules.js';
import { compareCrimeAudits, completeCrimeAudit, createCrimeAudit, listCrimeAudits, readCrimeAudit, reviewAuditItem } from './use-cases/audits.js';
import { addCrimePerson, cancelCrime, reclassifyCrime } from './use-cases/change-crime.js';
import { incidentCrimeRecording, linkCrimeToIncident } from './use-cases/incident-link.js';
import { policeUkFile } from './use-cases/police-uk.js';
import { listCrimes, readCrime } from './use-cases/read-crime.js';
import { recordCrime } from './use-cases/record-crime.js';
import { timelinessStats } from './use-cases/stats.js';

const IF_MATCH = 'Send If-Match with the ETag you last read; 409 if it changed since, 428 if missing.';

export async function crimeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.deps);

  r.get('/reference/crime-classifications', {
    config: { permission: 'crimes:read' },
    schema: { tags: ['crimes'], summary: 'Home Office crime classifications with their police.uk crime type, cancellation codes, flags and hate strands', response: { 200: ClassificationList } },
  }, async () => ({
    version: CLASSIFICATION_LIST_VERSION,
    items: CLASSIFICATIONS.map((c) => ({
      code: c.code, description: c.description, policeUkCrimeType: c.policeUk, group: c.group, rank: c.rank,
      rape: c.rape === true, courseOfConduct: c.courseOfConduct === true, victimless: c.victimless === true,
    })),
    policeUkCrimeTypes: [...POLICE_UK_CRIME_TYPES],
    cancellationCodes: CANCELLATION_CODES.map((c) => ({ ...c })),
    flags: [...CRIME_FLAGS],
    hateStrands: [...HATE_STRANDS],
  }));

  r.post('/crimes', {
    config: { permission: 'crimes:record' },
    schema: {
      tags: ['crimes'],
      summary: 'Record a crime directly (online report, walk-in) or from an incident; one crime per victim',
      description: 'With incidentId and taskId, the control room’s crime-recording-decision task is completed in the same transaction. Further crimes recorded for other victims are listed in alsoRecorded.',
      body: RecordCrimeBody,
      response: { 201: CrimeView },
    },
  }, async (request, reply) => withEtag(reply.status(201), await recordCrime(ctx(request), request.body)));

  r.post('/crimes/recording-decision', {
    config: { permission: 'crimes:record' },
    schema: {
      tags: ['crimes'],
      summary: 'NCRS recording decision: record, do not record, or the next question to ask (balance of probabilities, third-party reports)',
      body: RecordingDecisionBody,
      response: { 200: RecordingDecisionView },
    },
  }, async (request) => recordingDecision(request.body));

  r.get('/crimes', {
    config: { permission: 'crimes:read' },
    schema: { tags: ['crimes'], summary: 'Search crimes by reference, person, class or group, district, date, flags (newest first)', querystring: CrimeListQuery, response: { 200: CrimeList } },
  }, async (request) => listCrimes(ctx(request), request.query));

  r.get('/crimes/timeliness', {
    config: { permission: 'crimes:read' },
    schema: { tags: ['crimes'], summary: 'NCRS recording timeliness and vulnerable-victim rate for a window; open recording decisions by clock state', querystring: StatsQuery, response: { 200: TimelinessStats } },
  }, async (request) => timelinessStats(ctx(request), request.query));

  r.get('/crimes/police-uk', {
    config: { permission: 'crimes:export' },
    schema: {
      tags: ['crimes'],
      summary: 'police.uk street-level or outcomes CSV for one month, with anonymised locations',
      querystring: ExportQuery,
      response: { 200: { description: 'The police.uk CSV file (street: 12 columns; outcomes: 10 columns), named as police.uk names it', content: { 'text/csv': { schema: z.string() } } } },
    },
  }, async (request, reply) => {
    const c = ctx(request);
    const file = await policeUkFile(c.db, { id: c.forceId, name: request.forceName ?? c.forceId }, request.query.month, request.query.file);
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${file.filename}"`).send(file.csv);
  });

  r.get('/crimes/:id', {
    config: { permission: 'crimes:read' },
    schema: { tags: ['crimes'], summary: 'One crime with its people, history and abilities', params: CrimeParams, response: { 200: CrimeView } },
  }, async (request, reply) => withEtag(reply, await readCrime(ctx(request), request.params.id)));

  r.post('/crimes/:id/reclassify', {
    config: { permission: 'crimes:reclassify' },
    schema: { tags: ['crimes'], summary: 'Reclassify, keeping the history', description: IF_MATCH, params: CrimeParams, headers: IfMatchHeader, body: ReclassifyCrimeBody, response: { 200: CrimeView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await reclassifyCrime(ctx(request), request.params.id, version, request.body));
  });

  r.post('/crimes/:id/cancel', {
    config: { permission: 'crimes:cancel' },
    schema: {
      tags: ['crimes'],
      summary: 'Cancel (C2–C4) or transfer (C1) a crime: force crime registrar only, with reason and additional verifiable information',
      description: IF_MATCH, params: CrimeParams, headers: IfMatchHeader, body: CancelCrimeBody, response: { 200: CrimeView },
    },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await cancelCrime(ctx(request), request.params.id, version, request.body));
  });

  r.post('/crimes/:id/persons', {
    config: { permission: 'crimes:record' },
    schema: { tags: ['crimes'], summary: 'Add a victim, suspect or witness (victims are assessed for vulnerability and repeat victimisation)', description: IF_MATCH, params: CrimeParams, headers: IfMatchHeader, body: AddCrimePersonBody, response: { 200: CrimeView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await addCrimePerson(ctx(request), request.params.id, version, request.body));
  });

  r.post('/crimes/:id/incident', {
    config: { permission: 'crimes:record' },
    schema: {
      tags: ['crimes'],
      summary: 'Link a recorded crime to the control-room incident it came from (by incidentId or incidentReference)',
      description: `${IF_MATCH} The incident must be of your force (422 naming the field otherwise); a crime comes from one incident (409 if already linked). The incident's open crime-recording-decision task is completed in the same transaction.`,
      params: CrimeParams, headers: IfMatchHeader, body: LinkIncidentBody, response: { 200: CrimeView },
    },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await linkCrimeToIncident(ctx(request), request.params.id, version, request.body));
  });

  r.get('/incidents/:id/crime-recording', {
    config: { permission: 'crimes:read' },
    schema: {
      tags: ['crimes'],
      summary: 'What became of a crime disclosed in an incident: the crimes recorded from it and its NCRS recording-decision task',
      description: 'Served by the crimes module, which knows both the incident’s crime-recording-decision task and the crimes recorded from or linked to it.',
      params: IncidentParams, response: { 200: IncidentCrimeRecordingView },
    },
  }, async (request) => incidentCrimeRecording(ctx(request), request.params.id));

  r.post('/crime-audits', {
    config: { permission: 'crimes:audit' },
    schema: { tags: ['crime audits'], summary: 'Draw a seeded random sample for a data-integrity audit', body: CreateAuditBody, response: { 201: AuditView } },
  }, async (request, reply) => withEtag(reply.status(201), await createCrimeAudit(ctx(request), request.body)));

  r.get('/crime-audits', {
    config: { permission: 'crimes:audit' },
    schema: { tags: ['crime audits'], summary: 'Audits of your force, latest period first', response: { 200: AuditList } },
  }, async (request) => listCrimeAudits(ctx(request)));

  r.get('/crime-audits/compare', {
    config: { permission: 'crimes:audit' },
    schema: { tags: ['crime audits'], summary: 'Completed audits over time with the change in compliance and its 95% interval', response: { 200: AuditComparison } },
  }, async (request) => compareCrimeAudits(ctx(request)));

  r.get('/crime-audits/:id', {
    config: { permission: 'crimes:audit' },
    schema: { tags: ['crime audits'], summary: 'One audit: sampled items, reviews, and compliance with 95% Wilson intervals by group', params: AuditParams, response: { 200: AuditView } },
  }, async (request, reply) => withEtag(reply, await readCrimeAudit(ctx(request), request.params.id)));

  r.post('/crime-audits/:id/items/:itemId/review', {
    config: { permission: 'crimes:audit' },
    schema: { tags: ['crime audits'], summary: 'Review one sampled item (If-Match: the item’s version)', description: IF_MATCH, params: AuditItemParams, headers: IfMatchHeader, body: ReviewAuditItemBody, response: { 200: AuditView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await reviewAuditItem(ctx(request), request.params.id, request.params.itemId, version, request.body));
  });

  r.post('/crime-audits/:id/complete', {
    config: { permission: 'crimes:audit' },
    schema: { tags: ['crime audits'], summary: 'Complete the audit once every item is reviewed; results are frozen', description: IF_MATCH, params: AuditParams, headers: IfMatchHeader, response: { 200: AuditView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await completeCrimeAudit(ctx(request), request.params.id, version));
  });
}
