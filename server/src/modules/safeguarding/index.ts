import { defineModule } from '../../platform/module.js';
import { SAFEGUARDING_PERMISSIONS } from './policy.js';
import { safeguardingRoutes } from './routes.js';
import {
  dashAssessments, dvdsApplications, idvaReferrals, maracReferrals, protectionNotices, safeguardingReferrals,
} from './schema.js';
import { expireProtectionOrders } from './use-cases/expire-orders.js';

/** Domestic abuse and safeguarding (issue 8; STANDARDS §8, §9). */
export const safeguardingModule = defineModule({
  name: 'safeguarding',
  permissions: SAFEGUARDING_PERMISSIONS,
  routes: safeguardingRoutes,
  schedules: [{ name: 'dvpo-expiry', everyMinutes: 15, run: async (ctx) => { await expireProtectionOrders(ctx); } }],
  // A person merge moves these to the surviving record, so a victim's DASH history follows them.
  personColumns: [
    { table: dashAssessments, forceId: dashAssessments.forceId, id: dashAssessments.id, person: dashAssessments.victimPersonId },
    { table: dashAssessments, forceId: dashAssessments.forceId, id: dashAssessments.id, person: dashAssessments.perpetratorPersonId },
    { table: maracReferrals, forceId: maracReferrals.forceId, id: maracReferrals.id, person: maracReferrals.victimPersonId },
    { table: idvaReferrals, forceId: idvaReferrals.forceId, id: idvaReferrals.id, person: idvaReferrals.victimPersonId },
    { table: safeguardingReferrals, forceId: safeguardingReferrals.forceId, id: safeguardingReferrals.id, person: safeguardingReferrals.subjectPersonId },
    { table: protectionNotices, forceId: protectionNotices.forceId, id: protectionNotices.id, person: protectionNotices.perpetratorPersonId },
    { table: protectionNotices, forceId: protectionNotices.forceId, id: protectionNotices.id, person: protectionNotices.victimPersonId },
    { table: dvdsApplications, forceId: dvdsApplications.forceId, id: dvdsApplications.id, person: dvdsApplications.subjectPersonId },
    { table: dvdsApplications, forceId: dvdsApplications.forceId, id: dvdsApplications.id, person: dvdsApplications.atRiskPersonId },
  ],
});

export { dashScore, DASH_QUESTIONS, RISK_LEVELS, type RiskLevel } from './dash-questions.js';
