import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request.js';
import { ifMatchVersion, withEtag } from '../../platform/http/context.js';
import {
  AddLogBody, AnswersBody, CloseBody, CreateIncidentBody, CreateSlotsBody, CreateUnitBody, Dashboard, DashboardQuery, GradeBody, IfMatchHeader,
  IncidentIdParams, IncidentPersonInput, IncidentTypeList, IncidentView, MapView, QuestionSetBody, QuestionSetParams, QuestionSetView, QueuePage,
  QueueQuery, ResolveBody, ReviewBody, SetFlagsBody, SlotList, SlotQuery, ThriveBody, UnitActionBody, UnitList, UnitStatusBody, UnitView,
} from './contract.js';
import { onIncidentEvent } from './events.js';
import { INCIDENT_TYPES } from './rules.js';
import { createIncident } from './use-cases/create-incident.js';
import { addIncidentPerson, addLogEntry, answerQuestions, assessThrive, setIncidentFlags } from './use-cases/update-incident.js';
import { gradeIncident } from './use-cases/grade-incident.js';
import { reviewIncident } from './use-cases/review-incident.js';
import { assignUnit, clearUnit, recordArrival } from './use-cases/dispatch.js';
import { closeIncident, resolveIncident } from './use-cases/resolve-incident.js';
import { incidentDashboard, incidentMap, readIncident, unresolvedQueue } from './use-cases/queue.js';
import {
  createSlots, createUnit, freeSlots, listQuestionSetViews, listUnitViews, readQuestionSet, readUnit, saveQuestionSet, setUnitStatus,
} from './use-cases/admin.js';

const tags = ['incidents'];
const IF_MATCH = 'Send If-Match with the ETag you last read; 409 if the incident changed since, 428 if missing.';
const HEARTBEAT_MS = 25_000;

export async function incidentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: FastifyRequest) => ctxOf(request, app.deps);
  const created = <T extends { version: number }>(reply: FastifyReply, view: T) => withEtag(reply.status(201), view);

  r.get('/incidents/types', {
    config: { permission: 'incidents:read' },
    schema: { tags, summary: 'Opening codes (national-style list), with which must be attended', response: { 200: IncidentTypeList } },
  }, async () => ({ items: INCIDENT_TYPES.map((t) => ({ ...t })) }));

  r.get('/incidents/queue', {
    config: { permission: 'incidents:read' },
    schema: { tags, summary: 'Unresolved queue: every incident not yet attended or resolved, risk → past target → age, with risk reasons', querystring: QueueQuery, response: { 200: QueuePage } },
  }, async (request) => unresolvedQueue(ctx(request), request.query));

  r.get('/incidents/dashboard', {
    config: { permission: 'incidents:dashboard' },
    schema: { tags, summary: 'Control-room figures over the last `hours`: by grade and type, attendance within target, desk resolution, backlog, DA awaiting attendance', querystring: DashboardQuery, response: { 200: Dashboard } },
  }, async (request) => incidentDashboard(ctx(request), request.query.hours));

  r.get('/incidents/map', {
    config: { permission: 'incidents:read' },
    schema: { tags, summary: 'Open incidents and units with positions, and the force’s district boundaries (GeoJSON)', response: { 200: MapView } },
  }, async (request) => incidentMap(ctx(request)));

  r.get('/incidents/stream', {
    config: { permission: 'incidents:read' },
    schema: {
      tags, summary: 'Server-sent events: `change` whenever an incident or unit of your force changes (the live queue and map refetch)',
      response: { 200: { description: 'An endless text/event-stream: `ready`, then `change` events with {forceId, kind, id, action, at}', content: { 'text/event-stream': { schema: z.string() } } } },
    },
  }, (request, reply) => {
    const forceId = ctx(request).forceId;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(`retry: 3000\nevent: ready\ndata: {}\n\n`);
    const stop = onIncidentEvent((event) => {
      if (event.forceId === forceId) res.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    request.raw.on('close', () => {
      stop();
      clearInterval(heartbeat);
    });
  });

  r.get('/incidents/question-sets', {
    config: { permission: 'incidents:read' },
    schema: { tags, summary: 'Question sets by incident type', response: { 200: z.object({ items: z.array(QuestionSetView) }) } },
  }, async (request) => ({ items: await listQuestionSetViews(ctx(request)) }));

  r.get('/incidents/question-sets/:type', {
    config: { permission: 'incidents:read' },
    schema: { tags, summary: 'The question set of one incident type', params: QuestionSetParams, response: { 200: QuestionSetView } },
  }, async (request, reply) => withEtag(reply, await readQuestionSet(ctx(request), request.params.type)));

  r.put('/incidents/question-sets/:type', {
    config: { permission: 'incidents:admin' },
    schema: { tags, summary: 'Create or replace the question set of an incident type (If-Match required to replace)', params: QuestionSetParams, headers: IfMatchHeader, body: QuestionSetBody, response: { 200: QuestionSetView, 201: QuestionSetView } },
  }, async (request, reply) => {
    const version = request.headers['if-match'] ? ifMatchVersion(request) : null;
    const { created: isNew, view } = await saveQuestionSet(ctx(request), request.params.type, version, request.body);
    return isNew ? created(reply, view) : withEtag(reply, view);
  });

  r.get('/units', {
    config: { permission: 'incidents:read' },
    schema: { tags: ['units'], summary: 'Units (call signs) with status and position', response: { 200: UnitList } },
  }, async (request) => ({ items: await listUnitViews(ctx(request)) }));

  r.get('/units/:id', {
    config: { permission: 'incidents:read' },
    schema: { tags: ['units'], summary: 'One unit', params: IncidentIdParams, response: { 200: UnitView } },
  }, async (request, reply) => withEtag(reply, await readUnit(ctx(request), request.params.id)));

  r.post('/units', {
    config: { permission: 'incidents:units' },
    schema: { tags: ['units'], summary: 'Add a unit (call sign)', body: CreateUnitBody, response: { 201: UnitView } },
  }, async (request, reply) => created(reply, await createUnit(ctx(request), request.body)));

  r.post('/units/:id/status', {
    config: { permission: 'incidents:dispatch' },
    schema: { tags: ['units'], summary: 'Book a unit on or off (available/unavailable), move it, or stand it down', description: 'If-Match required.', params: IncidentIdParams, headers: IfMatchHeader, body: UnitStatusBody, response: { 200: UnitView } },
  }, async (request, reply) => withEtag(reply, await setUnitStatus(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.get('/appointment-slots', {
    config: { permission: 'incidents:read' },
    schema: { tags, summary: 'Free diary slots of a district from a time (default now)', querystring: SlotQuery, response: { 200: SlotList } },
  }, async (request) => ({ items: await freeSlots(ctx(request), request.query.district, request.query.from ? new Date(request.query.from) : undefined) }));

  r.post('/appointment-slots', {
    config: { permission: 'incidents:units' },
    schema: { tags, summary: 'Open diary slots for a district', body: CreateSlotsBody, response: { 201: SlotList } },
  }, async (request, reply) => reply.status(201).send({ items: await createSlots(ctx(request), request.body) }));

  r.post('/incidents', {
    config: { permission: 'incidents:create' },
    schema: { tags, summary: 'Log an incident: source, opening code, location, people by role, flags, first narrative', body: CreateIncidentBody, response: { 201: IncidentView } },
  }, async (request, reply) => created(reply, await createIncident(ctx(request), request.body)));

  r.get('/incidents/:id', {
    config: { permission: 'incidents:read' },
    schema: { tags, summary: 'An incident with flags computed from its people and place (markers, repeat victim, repeat location, known vulnerable)', params: IncidentIdParams, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await readIncident(ctx(request), request.params.id)));

  r.post('/incidents/:id/log', {
    config: { permission: 'incidents:write' },
    schema: { tags, summary: 'Append to the narrative log (append-only)', params: IncidentIdParams, body: AddLogBody, response: { 201: IncidentView } },
  }, async (request, reply) => created(reply, await addLogEntry(ctx(request), request.params.id, request.body)));

  r.post('/incidents/:id/persons', {
    config: { permission: 'incidents:write' },
    schema: { tags, summary: 'Attach a person by role; markers, repeat-victim count and vulnerability show at once', params: IncidentIdParams, body: IncidentPersonInput, response: { 201: IncidentView } },
  }, async (request, reply) => created(reply, await addIncidentPerson(ctx(request), request.params.id, request.body)));

  r.post('/incidents/:id/flags', {
    config: { permission: 'incidents:write' },
    schema: { tags, summary: 'Set handler flags (DA, mental health, hate, child, firearms); removing DA/child needs a supervisor', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: SetFlagsBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await setIncidentFlags(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/answers', {
    config: { permission: 'incidents:write' },
    schema: { tags, summary: 'Answer the type’s question set', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: AnswersBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await answerQuestions(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/thrive', {
    config: { permission: 'incidents:write' },
    schema: { tags, summary: 'Record THRIVE(+IIES) entries (merged by element)', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: ThriveBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await assessThrive(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/grade', {
    config: { permission: 'incidents:grade' },
    schema: { tags, summary: 'Grade or regrade; lowering needs a reason, lowering DA/child/known-vulnerable needs a supervisor', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: GradeBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await gradeIncident(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/review', {
    config: { permission: 'incidents:review' },
    schema: { tags, summary: 'Record a re-assessment; by a supervisor it is the supervisory review closure needs', params: IncidentIdParams, body: ReviewBody, response: { 201: IncidentView } },
  }, async (request, reply) => created(reply, await reviewIncident(ctx(request), request.params.id, request.body)));

  r.post('/incidents/:id/assign', {
    config: { permission: 'incidents:dispatch' },
    schema: { tags, summary: 'Assign an available unit', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: UnitActionBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await assignUnit(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/arrive', {
    config: { permission: 'incidents:dispatch' },
    schema: { tags, summary: 'Record a unit’s arrival (attendance time)', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: UnitActionBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await recordArrival(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/clear', {
    config: { permission: 'incidents:dispatch' },
    schema: { tags, summary: 'Clear a unit; the last to clear after attending resolves the incident', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: UnitActionBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await clearUnit(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/resolve', {
    config: { permission: 'incidents:resolve' },
    schema: { tags, summary: 'Resolve without deployment: by telephone with an outcome, or by booking a diary appointment', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: ResolveBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await resolveIncident(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/incidents/:id/close', {
    config: { permission: 'incidents:close' },
    schema: { tags, summary: 'Close with a closing code; "crime disclosed?" required (yes → NCRS 24 h task); DA/vulnerable need a supervisor review', description: IF_MATCH, params: IncidentIdParams, headers: IfMatchHeader, body: CloseBody, response: { 200: IncidentView } },
  }, async (request, reply) => withEtag(reply, await closeIncident(ctx(request), request.params.id, ifMatchVersion(request), request.body)));
}
