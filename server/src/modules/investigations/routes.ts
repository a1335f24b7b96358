import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ifMatchVersion, withEtag } from '../../platform/http/context.js';
import { IfMatchHeader } from '../../platform/http/params.js';
import { ctxOf } from '../../platform/http/request.js';
import {
  ActionInput, ActionParams, ActionResultBody, AllocateBody, CandidateList, CandidatesQuery, CaseloadQuery, CaseloadView, CompleteForensicBody,
  CreateSampleBody, ExhibitBody, ExhibitParams, FinaliseBody, ForensicQueue, ForensicQueueQuery, ForensicRequestBody, ForensicRequestView, HandoverBody,
  InformVictimBody, InvestigationList, InvestigationListQuery, InvestigationTeamList, InvestigationParams, InvestigationView, MovementBody, PlanBody, QualityTrend, ReopenBody,
  ReviewBody, RuleSetBody, RuleSetView, SampleItemParams, SampleList, SampleView, ScoreItemBody, ScreenCrimeBody,
} from './contract.js';
import { allocateInvestigation, allocationCandidates, handOverInvestigation } from './use-cases/allocate.js';
import { caseloadView } from './use-cases/caseload.js';
import { createSample, listFileQualitySamples, qualityTrend, readSample, scoreSampleItem } from './use-cases/file-quality.js';
import { finaliseInvestigation, reopenInvestigation } from './use-cases/finalise.js';
import { completeForensicExamination, forensicQueue, requestForensicExamination, startForensicExamination } from './use-cases/forensics.js';
import { addAction, addExhibit, moveExhibit, recordActionResult, recordPlan } from './use-cases/plan.js';
import { listInvestigations, listInvestigationTeams, readInvestigation } from './use-cases/read.js';
import { reviewInvestigation } from './use-cases/review.js';
import { currentRuleSet, publishRuleSet } from './use-cases/rule-sets.js';
import { informVictimOfScreenOut, screenCrime } from './use-cases/screen.js';

const IF_MATCH = 'Send If-Match with the ETag you last read; 409 if it changed since, 428 if missing.';
const tags = ['investigations'];

export async function investigationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: FastifyRequest) => ctxOf(request, app.deps);

  r.get('/investigation-rules', {
    config: { permission: 'investigations:read' },
    schema: { tags, summary: 'The force’s allocation table and review cadence in effect now (design defaults until set)', response: { 200: RuleSetView } },
  }, async (request) => currentRuleSet(ctx(request)));

  r.post('/investigation-rules', {
    config: { permission: 'investigations:configure' },
    schema: { tags, summary: 'Publish a new version of the force’s allocation table and review cadence', body: RuleSetBody, response: { 201: RuleSetView } },
  }, async (request, reply) => reply.status(201).send(await publishRuleSet(ctx(request), request.body)));

  r.post('/investigations', {
    config: { permission: 'investigations:screen' },
    schema: {
      tags, summary: 'Screen a recorded crime: solvability and THRIVE risk, and the unit the force’s allocation table proposes',
      description: 'Volume crime with no lines of enquiry is screened out and raises the task of telling the victim. One investigation per crime (409).',
      body: ScreenCrimeBody, response: { 201: InvestigationView },
    },
  }, async (request, reply) => withEtag(reply.status(201), await screenCrime(ctx(request), request.body)));

  r.get('/investigations', {
    config: { permission: 'investigations:read' },
    schema: {
      tags, summary: 'Investigations, highest risk then oldest first; filter by status (or open), risk, unit, officer (or mine), crime, overdue review',
      description: 'Filtered and paged on the server: follow nextCursor for the next page; total counts every match.',
      querystring: InvestigationListQuery, response: { 200: InvestigationList },
    },
  }, async (request) => listInvestigations(ctx(request), request.query));

  r.get('/investigations/teams', {
    config: { permission: 'investigations:read' },
    schema: { tags, summary: 'The units holding investigations, with their open cases (for the unit filter)', response: { 200: InvestigationTeamList } },
  }, async (request) => listInvestigationTeams(ctx(request)));

  r.get('/investigations/caseload', {
    config: { permission: 'investigations:caseload' },
    schema: { tags, summary: 'Supervisor caseload view: per officer open cases by risk and age, overdue actions and reviews, throughput, outliers', querystring: CaseloadQuery, response: { 200: CaseloadView } },
  }, async (request) => caseloadView(ctx(request), request.query));

  r.get('/investigations/:id', {
    config: { permission: 'investigations:read' },
    schema: { tags, summary: 'One investigation with its plan, actions, reviews, handovers, outcomes, exhibits and abilities', params: InvestigationParams, response: { 200: InvestigationView } },
  }, async (request, reply) => withEtag(reply, await readInvestigation(ctx(request), request.params.id)));

  r.get('/investigations/:id/candidates', {
    config: { permission: 'investigations:allocate' },
    schema: { tags, summary: 'Officers to allocate to, with their live caseload and accreditation', params: InvestigationParams, querystring: CandidatesQuery, response: { 200: CandidateList } },
  }, async (request) => allocationCandidates(ctx(request), request.params.id, request.query.team));

  const verb = <B>(
    path: string,
    permission: string,
    summary: string,
    body: B,
    run: (request: FastifyRequest<{ Params: { id: string }; Body: never }>, version: number) => Promise<InvestigationView>,
  ) => {
    r.post(path, {
      config: { permission },
      schema: { tags, summary, description: IF_MATCH, params: InvestigationParams, headers: IfMatchHeader, body: body as never, response: { 200: InvestigationView } },
    }, async (request, reply) => {
      const version = ifMatchVersion(request);
      return withEtag(reply, await run(request as never, version));
    });
  };

  verb('/investigations/:id/allocate', 'investigations:allocate', 'Allocate to a unit and officer (accreditation override for high-risk DA, rape and child cases); raises the first review', AllocateBody,
    (q, v) => allocateInvestigation(ctx(q), q.params.id, v, q.body as AllocateBody));
  verb('/investigations/:id/plan', 'investigations:plan', 'Record the structured plan: lines of enquiry, scene, BWV, safeguarding, victim contact', PlanBody,
    (q, v) => recordPlan(ctx(q), q.params.id, v, q.body as PlanBody));
  verb('/investigations/:id/actions', 'investigations:plan', 'Add a line of enquiry with owner and due date', ActionInput,
    (q, v) => addAction(ctx(q), q.params.id, v, q.body as ActionInput));
  verb('/investigations/:id/exhibits', 'investigations:plan', 'Record an exhibit (a POLE object); starts its continuity log', ExhibitBody,
    (q, v) => addExhibit(ctx(q), q.params.id, v, q.body as ExhibitBody));
  verb('/investigations/:id/reviews', 'investigations:review', 'Supervisory review with direction; needs a plan; closes the review task and raises the next', ReviewBody,
    (q, v) => reviewInvestigation(ctx(q), q.params.id, v, q.body as ReviewBody));
  verb('/investigations/:id/handover', 'investigations:review', 'Hand over to another officer with a written supervisory entry', HandoverBody,
    (q, v) => handOverInvestigation(ctx(q), q.params.id, v, q.body as HandoverBody));
  verb('/investigations/:id/finalise', 'investigations:finalise', 'Finalise with an outcome type (1–22); each type’s preconditions and authority are enforced (422 names what is missing)', FinaliseBody,
    (q, v) => finaliseInvestigation(ctx(q), q.params.id, v, q.body as FinaliseBody));
  verb('/investigations/:id/reopen', 'investigations:reopen', 'Reopen a finalised or screened-out investigation with a reason; clears the outcome', ReopenBody,
    (q, v) => reopenInvestigation(ctx(q), q.params.id, v, q.body as ReopenBody));
  verb('/investigations/:id/victim-informed', 'investigations:screen', 'Record that the victim was told their crime was screened out', InformVictimBody,
    (q, v) => informVictimOfScreenOut(ctx(q), q.params.id, v, q.body as InformVictimBody));

  r.post('/investigations/:id/actions/:actionId/result', {
    config: { permission: 'investigations:plan' },
    schema: { tags, summary: 'Record the result of a line of enquiry', description: IF_MATCH, params: ActionParams, headers: IfMatchHeader, body: ActionResultBody, response: { 200: InvestigationView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await recordActionResult(ctx(request), request.params.id, request.params.actionId, version, request.body));
  });

  r.post('/investigations/:id/exhibits/:exhibitId/movements', {
    config: { permission: 'investigations:plan' },
    schema: { tags, summary: 'Move an exhibit: appended to its continuity log', description: IF_MATCH, params: ExhibitParams, headers: IfMatchHeader, body: MovementBody, response: { 200: InvestigationView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await moveExhibit(ctx(request), request.params.id, request.params.exhibitId, version, request.body));
  });

  r.post('/investigations/:id/forensic-requests', {
    config: { permission: 'investigations:forensics' },
    schema: { tags: ['digital forensics'], summary: 'Request a device examination, prioritised by the investigation’s risk', params: InvestigationParams, body: ForensicRequestBody, response: { 201: ForensicRequestView } },
  }, async (request, reply) => withEtag(reply.status(201), await requestForensicExamination(ctx(request), request.params.id, request.body)));

  r.get('/forensic-requests', {
    config: { permission: 'investigations:forensics' },
    schema: { tags: ['digital forensics'], summary: 'The digital forensics queue: priority then age, with backlog age and median turnaround', querystring: ForensicQueueQuery, response: { 200: ForensicQueue } },
  }, async (request) => forensicQueue(ctx(request), request.query));

  r.post('/forensic-requests/:id/start', {
    config: { permission: 'investigations:forensics-manage' },
    schema: { tags: ['digital forensics'], summary: 'Start an examination', description: IF_MATCH, params: InvestigationParams, headers: IfMatchHeader, response: { 200: ForensicRequestView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await startForensicExamination(ctx(request), request.params.id, version));
  });

  r.post('/forensic-requests/:id/complete', {
    config: { permission: 'investigations:forensics-manage' },
    schema: { tags: ['digital forensics'], summary: 'Complete an examination with its result', description: IF_MATCH, params: InvestigationParams, headers: IfMatchHeader, body: CompleteForensicBody, response: { 200: ForensicRequestView } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await completeForensicExamination(ctx(request), request.params.id, version, request.body));
  });

  r.post('/file-quality-samples', {
    config: { permission: 'investigations:file-quality' },
    schema: { tags: ['file quality'], summary: 'Draw a reproducible random sample of finalised investigations to score', body: CreateSampleBody, response: { 201: SampleView } },
  }, async (request, reply) => reply.status(201).send(await createSample(ctx(request), request.body)));

  r.get('/file-quality-samples', {
    config: { permission: 'investigations:file-quality' },
    schema: { tags: ['file quality'], summary: 'Samples drawn, newest first, with their results', response: { 200: SampleList } },
  }, async (request) => listFileQualitySamples(ctx(request)));

  r.get('/file-quality-samples/trend', {
    config: { permission: 'investigations:file-quality' },
    schema: { tags: ['file quality'], summary: 'File effectiveness and victim care per team and month', response: { 200: QualityTrend } },
  }, async (request) => qualityTrend(ctx(request)));

  r.get('/file-quality-samples/:id', {
    config: { permission: 'investigations:file-quality' },
    schema: { tags: ['file quality'], summary: 'One sample with its files and scores', params: InvestigationParams, response: { 200: SampleView } },
  }, async (request) => readSample(ctx(request), request.params.id));

  r.post('/file-quality-samples/:id/items/:itemId/score', {
    config: { permission: 'investigations:file-quality' },
    schema: { tags: ['file quality'], summary: 'Score one file against the checklist', description: 'Send If-Match with the item’s version.', params: SampleItemParams, headers: IfMatchHeader, body: ScoreItemBody, response: { 200: SampleView } },
  }, async (request) => scoreSampleItem(ctx(request), request.params.id, request.params.itemId, ifMatchVersion(request), request.body));
}
