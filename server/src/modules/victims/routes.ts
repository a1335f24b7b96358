import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/request.js';
import { ifMatchVersion } from '../../platform/http/context.js';
import { IdParams, IfMatchHeader } from '../../platform/http/params.js';
import {
  AssessVictimBody, CandidateList, CandidatesQuery, ContactResult, ContractBody, DashboardQuery, DashboardView, DrillDownQuery, DrillDownView,
  EntitlementView, LetterView, MyVictimList, MyVictimsQuery, ReassessVictimBody, RecordContactBody, RecordEventBody, RecordVpsBody, ReferBody, ReferralStatusBody,
  ReferralView, ReviewRequestBody, SupportService, SupportServiceBody, SupportServiceList, SurveyBody, VictimView,
} from './contract.js';
import { assessVictim, changeContract, reassessVictim } from './use-cases/assess-victim.js';
import { recordContact, recordVictimEvent } from './use-cases/contacts.js';
import { complianceDashboard, complianceDrillDown } from './use-cases/dashboard.js';
import { victimLetter } from './use-cases/letter.js';
import { listCandidates, listMyVictims, readVictim } from './use-cases/read-victim.js';
import { addSupportService, changeReferralStatus, listSupportServices, recordSurvey, recordVps, referVictim, requestReview } from './use-cases/records.js';

const IF_MATCH = 'Send If-Match with the ETag you last read; 409 if it changed since, 428 if missing.';
const tags = ['victims'];

export async function victimRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.deps);

  r.get('/victims/candidates', {
    config: { permission: 'victims:read' },
    schema: { tags, summary: 'The victims of a crime, with their victim-care record where one exists', querystring: CandidatesQuery, response: { 200: CandidateList } },
  }, async (request) => listCandidates(ctx(request), request.query.crimeId));

  r.get('/victims/mine', {
    config: { permission: 'victims:read' },
    schema: { tags, summary: 'Victims I am officer in the case for, newest first, with the next entitlement due (paged; total counts them all)', querystring: MyVictimsQuery, response: { 200: MyVictimList } },
  }, async (request) => listMyVictims(ctx(request), request.query));

  r.get('/victims/dashboard', {
    config: { permission: 'victims:dashboard' },
    schema: { tags, summary: 'Victims’ Code compliance (on time / late / missed, live vs closed) and satisfaction, by officer, team or crime type', querystring: DashboardQuery, response: { 200: DashboardView } },
  }, async (request) => complianceDashboard(ctx(request), request.query));

  r.get('/victims/dashboard/cases', {
    config: { permission: 'victims:dashboard' },
    schema: { tags, summary: 'The entitlements behind one dashboard cell, worst first (audited)', querystring: DrillDownQuery, response: { 200: DrillDownView } },
  }, async (request) => complianceDrillDown(ctx(request), request.query));

  r.post('/victims', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Needs assessment of a victim of a crime: derives enhanced or standard, agrees the contract, starts the entitlement tasks', body: AssessVictimBody, response: { 201: VictimView } },
  }, async (request, reply) => {
    const view = await assessVictim(ctx(request), request.body);
    reply.status(201).header('ETag', `"${view.version}"`);
    return view;
  });

  r.get('/victims/:id', {
    config: { permission: 'victims:read' },
    schema: { tags, summary: 'A victim record (every read is audited)', params: IdParams, response: { 200: VictimView } },
  }, async (request, reply) => {
    const view = await readVictim(ctx(request), request.params.id);
    reply.header('ETag', `"${view.version}"`);
    return view;
  });

  r.post('/victims/:id/reassess', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Re-assess the victim’s needs at a later stage', description: IF_MATCH, params: IdParams, headers: IfMatchHeader, body: ReassessVictimBody, response: { 200: VictimView } },
  }, async (request, reply) => {
    const view = await reassessVictim(ctx(request), request.params.id, ifMatchVersion(request), request.body);
    reply.header('ETag', `"${view.version}"`);
    return view;
  });

  r.post('/victims/:id/contract', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Agree the victim contract (update interval, method, update points); If-Match is the contract’s version', description: IF_MATCH, params: IdParams, headers: IfMatchHeader, body: ContractBody, response: { 200: VictimView } },
  }, async (request) => changeContract(ctx(request), request.params.id, ifMatchVersion(request), request.body));

  r.post('/victims/:id/events', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Record an event the victim must be told of (arrest, charge, bail…): a task due in 1 or 5 working days', params: IdParams, body: RecordEventBody, response: { 201: EntitlementView } },
  }, async (request, reply) => reply.status(201).send(await recordVictimEvent(ctx(request), request.params.id, request.body)));

  r.post('/victims/:id/contacts', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Record a contact (when, how, what was said) or why it could not be made; counts for the victim’s linked crimes and clears their tasks', params: IdParams, body: RecordContactBody, response: { 201: ContactResult } },
  }, async (request, reply) => reply.status(201).send(await recordContact(ctx(request), request.params.id, request.body)));

  r.post('/victims/:id/vps', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Record the Victim Personal Statement: offered, declined, taken or updated', params: IdParams, body: RecordVpsBody, response: { 201: VictimView } },
  }, async (request, reply) => reply.status(201).send(await recordVps(ctx(request), request.params.id, request.body)));

  r.post('/victims/:id/referrals', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Refer the victim to a support service (automatic, or by consent for DA and sexual offences)', params: IdParams, body: ReferBody, response: { 201: VictimView } },
  }, async (request, reply) => reply.status(201).send(await referVictim(ctx(request), request.params.id, request.body)));

  r.post('/victim-referrals/:id/status', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Track a referral: accepted, declined, closed', description: IF_MATCH, params: IdParams, headers: IfMatchHeader, body: ReferralStatusBody, response: { 200: ReferralView } },
  }, async (request, reply) => {
    const view = await changeReferralStatus(ctx(request), request.params.id, ifMatchVersion(request), request.body);
    reply.header('ETag', `"${view.version}"`);
    return view;
  });

  r.post('/victims/:id/review-requests', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Log the victim’s request to review a decision not to charge or proceed; tasked', params: IdParams, body: ReviewRequestBody, response: { 201: VictimView } },
  }, async (request, reply) => reply.status(201).send(await requestReview(ctx(request), request.params.id, request.body)));

  r.post('/victims/:id/surveys', {
    config: { permission: 'victims:write' },
    schema: { tags, summary: 'Record the victim’s satisfaction survey answers', params: IdParams, body: SurveyBody, response: { 201: VictimView } },
  }, async (request, reply) => reply.status(201).send(await recordSurvey(ctx(request), request.params.id, request.body)));

  r.get('/victims/:id/letter', {
    config: { permission: 'victims:read' },
    schema: { tags, summary: 'The victim’s plain-English summary letter: what to expect, next update, who to contact', params: IdParams, response: { 200: LetterView } },
  }, async (request) => victimLetter(ctx(request), request.params.id));

  r.get('/victim-support-services', {
    config: { permission: 'victims:read' },
    schema: { tags, summary: 'The support services your force refers victims to', response: { 200: SupportServiceList } },
  }, async (request) => listSupportServices(ctx(request)));

  r.post('/victim-support-services', {
    config: { permission: 'victims:configure' },
    schema: { tags, summary: 'Add a support service to your force’s list', body: SupportServiceBody, response: { 201: SupportService } },
  }, async (request, reply) => reply.status(201).send(await addSupportService(ctx(request), request.body)));
}

