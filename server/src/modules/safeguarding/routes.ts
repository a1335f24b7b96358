import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request.js';
import { ifMatchVersion, withEtag } from '../../platform/http/context.js';
import { IfMatchHeader } from '../../platform/http/params.js';
import {
  AdvanceDvdsBody, AuthoriseNoticeBody, BreachBody, CompleteMaracActionBody, CreateDashBody, CreateDvdsBody, CreateMaracActionBody, CreateMaracMeetingBody,
  CreateMaracReferralBody, CreateNoticeBody, CreateSafeguardingReferralBody, DashboardQuery, DashboardView, DashHistoryQuery, DashList, DashView, DvdsList,
  DvdsQuery, DvdsView, HearingBody, HoldMeetingBody, IdParams, IdvaContactBody, IdvaReferralList, IdvaReferralView, ListCaseBody, MaracActionList,
  MaracActionQuery, MaracActionView, MaracMeetingList, MaracMeetingQuery, MaracMeetingView, MaracReferralList, MaracReferralQuery, MaracReferralView, MashOutcomeBody,
  NoticeList, NoticeQuery, NoticeView, PageQuery, PublicClaresLawBody, PublicClaresLawReceipt, SafeguardingReferralList, SafeguardingReferralQuery,
  SafeguardingReferralView, SchoolNotifiedBody, SecondaryReviewBody, ServeNoticeBody, TriageBody,
} from './contract.js';
import { DASH_QUESTION_LIST, createDashAssessment, dashHistory, readDashAssessment, secondaryReview } from './use-cases/dash.js';
import {
  addMaracAction, completeMaracAction, createMaracMeeting, createMaracReferral, holdMaracMeeting, listActions, listCaseAtMeeting, listMaracReferralQueue,
  listMeetings, readMaracAction, readMaracMeeting, readMaracReferral,
} from './use-cases/marac.js';
import {
  createSafeguardingReferral, listIdva, readSafeguardingReferral, recordIdvaContact, recordMashOutcome, recordSchoolNotified, referralHub, triageReferral,
} from './use-cases/referrals.js';
import { authoriseNotice, listProtectionNotices, readNotice, recordBreach, recordHearing, requestNotice, serveNotice } from './use-cases/notices.js';
import { advanceDvds, createDvdsApplication, dvdsQueue, readDvds, submitPublicClaresLaw } from './use-cases/dvds.js';
import { daDashboard } from './use-cases/dashboard.js';


/** The public Clare's Law form: a person may send a few requests; a script may not flood the queue. */
export const PUBLIC_FORM_LIMIT = { max: 8, timeWindow: '15 minutes' } as const;

export async function safeguardingRoutes(app: FastifyInstance) {
  await app.register(rateLimit, { global: false });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.deps);

  // ---------------------------------------------------------------- DASH
  let tags = ['safeguarding: DASH'];
  r.get('/dash-questions', {
    config: { permission: 'safeguarding:assess' },
    schema: { tags, summary: 'The 27 DASH questions (our wording)', response: { 200: z.object({ items: z.array(z.object({ n: z.number(), key: z.string(), text: z.string() })) }) } },
  }, async () => ({ items: DASH_QUESTION_LIST }));

  r.post('/dash-assessments', {
    config: { permission: 'safeguarding:assess' },
    schema: {
      tags, summary: 'Record a DASH risk assessment: scored by rule; raising needs a reason, lowering needs a supervisor; routes, refers to MARAC/IDVA and raises child referrals',
      body: CreateDashBody, response: { 201: DashView },
    },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createDashAssessment(ctx(request), request.body, app.deps.entities))));

  r.get('/dash-assessments', {
    config: { permission: 'safeguarding:read' },
    schema: { tags, summary: 'DASH history of one victim, newest first (each read audited)', querystring: DashHistoryQuery, response: { 200: DashList } },
  }, async (request) => dashHistory(ctx(request), request.query.victimId, request.query.limit));

  r.get('/dash-assessments/:id', {
    config: { permission: 'safeguarding:read' },
    schema: { tags, summary: 'One DASH assessment (read audited)', params: IdParams, response: { 200: DashView } },
  }, async (request, reply) => withEtag(reply, await readDashAssessment(ctx(request), request.params.id)));

  r.post('/dash-assessments/:id/secondary-review', {
    config: { permission: 'safeguarding:review' },
    schema: { tags, summary: 'Specialist secondary risk assessment: confirm or change the level with a reason (If-Match)', params: IdParams, headers: IfMatchHeader, body: SecondaryReviewBody, response: { 200: DashView } },
  }, async (request, reply) => withEtag(reply, await secondaryReview(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  // ---------------------------------------------------------------- MARAC
  tags = ['safeguarding: MARAC'];
  r.post('/marac-referrals', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'Refer a victim to MARAC; reasons are computed (score, escalation, repeat) or professional judgement with a note', body: CreateMaracReferralBody, response: { 201: MaracReferralView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createMaracReferral(ctx(request), request.body))));

  r.get('/marac-referrals', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'MARAC referrals, oldest first', querystring: MaracReferralQuery, response: { 200: MaracReferralList } },
  }, async (request) => listMaracReferralQueue(ctx(request), request.query));

  r.get('/marac-referrals/:id', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'One MARAC referral', params: IdParams, response: { 200: MaracReferralView } },
  }, async (request, reply) => withEtag(reply, await readMaracReferral(ctx(request), request.params.id)));

  r.post('/marac-meetings', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'Schedule a MARAC meeting', body: CreateMaracMeetingBody, response: { 201: MaracMeetingView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createMaracMeeting(ctx(request), request.body))));

  r.get('/marac-meetings', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'MARAC meetings, newest first (paged; total counts them all)', querystring: MaracMeetingQuery, response: { 200: MaracMeetingList } },
  }, async (request) => listMeetings(ctx(request), request.query));

  r.get('/marac-meetings/:id', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'A MARAC meeting with its case list and actions', params: IdParams, response: { 200: MaracMeetingView } },
  }, async (request, reply) => withEtag(reply, await readMaracMeeting(ctx(request), request.params.id)));

  r.post('/marac-meetings/:id/cases', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'List a referred case at the meeting (If-Match)', params: IdParams, headers: IfMatchHeader, body: ListCaseBody, response: { 200: MaracMeetingView } },
  }, async (request, reply) => withEtag(reply, await listCaseAtMeeting(ctx(request), request.params.id, ifMatchVersion(request), request.body.referralId)));

  r.post('/marac-meetings/:id/hold', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'Record that the meeting was held, with its outcome (If-Match)', params: IdParams, headers: IfMatchHeader, body: HoldMeetingBody, response: { 200: MaracMeetingView } },
  }, async (request, reply) => withEtag(reply, await holdMaracMeeting(ctx(request), request.params.id, ifMatchVersion(request), request.body.outcome)));

  r.post('/marac-meetings/:id/actions', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'Agree an action for an agency on a case at the meeting', params: IdParams, body: CreateMaracActionBody, response: { 201: MaracActionView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await addMaracAction(ctx(request), request.params.id, request.body))));

  r.get('/marac-actions', {
    config: { permission: 'safeguarding:marac-actions' },
    schema: { tags, summary: 'MARAC actions by due date; partner users see only their own agency’s', querystring: MaracActionQuery, response: { 200: MaracActionList } },
  }, async (request) => listActions(ctx(request), request.query));

  r.get('/marac-actions/:id', {
    config: { permission: 'safeguarding:marac-actions' },
    schema: { tags, summary: 'One MARAC action (404 for another agency’s)', params: IdParams, response: { 200: MaracActionView } },
  }, async (request, reply) => withEtag(reply, await readMaracAction(ctx(request), request.params.id)));

  r.post('/marac-actions/:id/complete', {
    config: { permission: 'safeguarding:marac-actions' },
    schema: { tags, summary: 'Record that an action is done, with its outcome (If-Match)', params: IdParams, headers: IfMatchHeader, body: CompleteMaracActionBody, response: { 200: MaracActionView } },
  }, async (request, reply) => withEtag(reply, await completeMaracAction(ctx(request), request.params.id, ifMatchVersion(request), request.body.outcome)));

  r.get('/idva-referrals', {
    config: { permission: 'safeguarding:read' },
    schema: { tags, summary: 'IDVA referrals with time from incident to referral and contact', querystring: PageQuery, response: { 200: IdvaReferralList } },
  }, async (request) => listIdva(ctx(request), request.query.limit));

  r.post('/idva-referrals/:id/contact', {
    config: { permission: 'safeguarding:marac' },
    schema: { tags, summary: 'Record the IDVA’s first contact with the victim (If-Match)', params: IdParams, headers: IfMatchHeader, body: IdvaContactBody, response: { 200: IdvaReferralView } },
  }, async (request, reply) => withEtag(reply, await recordIdvaContact(ctx(request), request.params.id, ifMatchVersion(request), request.body.contactedAt)));

  // ---------------------------------------------------------------- referrals hub
  tags = ['safeguarding: referrals'];
  r.post('/safeguarding-referrals', {
    config: { permission: 'safeguarding:refer' },
    schema: { tags, summary: 'Refer a child or adult to the referrals hub (one form for every concern)', body: CreateSafeguardingReferralBody, response: { 201: SafeguardingReferralView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createSafeguardingReferral(ctx(request), request.body, app.deps.entities))));

  r.get('/safeguarding-referrals', {
    config: { permission: 'safeguarding:triage' },
    schema: { tags, summary: 'The referrals hub queue: red first, then by due time', querystring: SafeguardingReferralQuery, response: { 200: SafeguardingReferralList } },
  }, async (request) => referralHub(ctx(request), request.query));

  r.get('/safeguarding-referrals/:id', {
    config: { permission: 'safeguarding:read' },
    schema: { tags, summary: 'One safeguarding referral (read audited)', params: IdParams, response: { 200: SafeguardingReferralView } },
  }, async (request, reply) => withEtag(reply, await readSafeguardingReferral(ctx(request), request.params.id)));

  r.post('/safeguarding-referrals/:id/triage', {
    config: { permission: 'safeguarding:triage' },
    schema: { tags, summary: 'Triage: RAG rating and agency; starts the 1-working-day decision clock (If-Match)', params: IdParams, headers: IfMatchHeader, body: TriageBody, response: { 200: SafeguardingReferralView } },
  }, async (request, reply) => withEtag(reply, await triageReferral(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/safeguarding-referrals/:id/outcome', {
    config: { permission: 'safeguarding:triage' },
    schema: { tags, summary: 'Record the MASH / adult services outcome (If-Match)', params: IdParams, headers: IfMatchHeader, body: MashOutcomeBody, response: { 200: SafeguardingReferralView } },
  }, async (request, reply) => withEtag(reply, await recordMashOutcome(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/safeguarding-referrals/:id/school-notified', {
    config: { permission: 'safeguarding:triage' },
    schema: { tags, summary: 'Record the school notification (If-Match)', params: IdParams, headers: IfMatchHeader, body: SchoolNotifiedBody, response: { 200: SafeguardingReferralView } },
  }, async (request, reply) => withEtag(reply, await recordSchoolNotified(ctx(request), request.params.id, ifMatchVersion(request), request.body.notifiedAt)));

  // ---------------------------------------------------------------- DVPN / DVPO
  tags = ['safeguarding: DVPN/DVPO'];
  r.post('/protection-notices', {
    config: { permission: 'safeguarding:dvpn' },
    schema: { tags, summary: 'Apply for a DVPN (perpetrator 18+, violence or threat, necessary); a superintendent authorises', body: CreateNoticeBody, response: { 201: NoticeView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await requestNotice(ctx(request), request.body))));

  r.get('/protection-notices', {
    config: { permission: 'safeguarding:read' },
    schema: { tags, summary: 'DVPNs and DVPOs, newest first', querystring: NoticeQuery, response: { 200: NoticeList } },
  }, async (request) => listProtectionNotices(ctx(request), request.query));

  r.get('/protection-notices/:id', {
    config: { permission: 'safeguarding:read' },
    schema: { tags, summary: 'One DVPN with its hearing, order and breaches', params: IdParams, response: { 200: NoticeView } },
  }, async (request, reply) => withEtag(reply, await readNotice(ctx(request), request.params.id)));

  r.post('/protection-notices/:id/authorise', {
    config: { permission: 'safeguarding:dvpn-authorise' },
    schema: { tags, summary: 'Superintendent’s decision on a DVPN, with a reason (If-Match)', params: IdParams, headers: IfMatchHeader, body: AuthoriseNoticeBody, response: { 200: NoticeView } },
  }, async (request, reply) => withEtag(reply, await authoriseNotice(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/protection-notices/:id/serve', {
    config: { permission: 'safeguarding:dvpn' },
    schema: { tags, summary: 'Record service; the DVPO hearing is due within 48 h excluding Sundays and bank holidays (If-Match)', params: IdParams, headers: IfMatchHeader, body: ServeNoticeBody, response: { 200: NoticeView } },
  }, async (request, reply) => withEtag(reply, await serveNotice(ctx(request), request.params.id, ifMatchVersion(request), request.body.servedAt)));

  r.post('/protection-notices/:id/hearing', {
    config: { permission: 'safeguarding:dvpn' },
    schema: { tags, summary: 'Record the magistrates’ hearing: DVPO made (14–28 days) or refused (If-Match)', params: IdParams, headers: IfMatchHeader, body: HearingBody, response: { 200: NoticeView } },
  }, async (request, reply) => withEtag(reply, await recordHearing(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/protection-notices/:id/breaches', {
    config: { permission: 'safeguarding:dvpn' },
    schema: { tags, summary: 'Record a breach of the notice or order, with the arrest (or why not)', params: IdParams, body: BreachBody, response: { 201: NoticeView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await recordBreach(ctx(request), request.params.id, request.body))));

  // ---------------------------------------------------------------- Clare's Law
  tags = ['safeguarding: Clare’s Law'];
  r.post('/public/clares-law', {
    config: { public: true, rateLimit: PUBLIC_FORM_LIMIT },
    schema: {
      tags, summary: 'Public right-to-ask form (no sign-in, rate limited); creates an application and returns only its reference', security: [],
      body: PublicClaresLawBody, response: { 202: PublicClaresLawReceipt },
    },
  }, async (request, reply) => reply.status(202).send(await submitPublicClaresLaw(app.deps.db, app.deps.now, request.id, request.body)));

  r.post('/dvds-applications', {
    config: { permission: 'safeguarding:dvds' },
    schema: { tags, summary: 'Record a right-to-know (police-initiated) or right-to-ask application', body: CreateDvdsBody, response: { 201: DvdsView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createDvdsApplication(ctx(request), request.body))));

  r.get('/dvds-applications', {
    config: { permission: 'safeguarding:dvds' },
    schema: { tags, summary: 'The DVDS queue by the due time of each application’s stage', querystring: DvdsQuery, response: { 200: DvdsList } },
  }, async (request) => dvdsQueue(ctx(request), request.query));

  r.get('/dvds-applications/:id', {
    config: { permission: 'safeguarding:dvds' },
    schema: { tags, summary: 'One application with its stage history', params: IdParams, response: { 200: DvdsView } },
  }, async (request, reply) => withEtag(reply, await readDvds(ctx(request), request.params.id)));

  r.post('/dvds-applications/:id/advance', {
    config: { permission: 'safeguarding:dvds' },
    schema: { tags, summary: 'Move to the next stage (identity check, panel decision, disclosure with a safety plan; urgent disclosure by an inspector) (If-Match)', params: IdParams, headers: IfMatchHeader, body: AdvanceDvdsBody, response: { 200: DvdsView } },
  }, async (request, reply) => withEtag(reply, await advanceDvds(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  // ---------------------------------------------------------------- dashboard
  r.get('/safeguarding/dashboard', {
    config: { permission: 'safeguarding:stats' },
    schema: { tags: ['safeguarding: dashboard'], summary: 'DA dashboard: risk levels, positive action, MARAC, IDVA, DVPN/DVPO, Clare’s Law, referrals', querystring: DashboardQuery, response: { 200: DashboardView } },
  }, async (request) => daDashboard(ctx(request), request.query));
}
