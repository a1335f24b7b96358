import { defineModule } from '../../platform/module.js';
import { SAFEGUARDING_PERMISSIONS } from './policy.js';
import { safeguardingRoutes } from './routes.js';
import { expireProtectionOrders } from './use-cases/expire-orders.js';

/** Domestic abuse and safeguarding (issue 8; STANDARDS §8, §9). */
export const safeguardingModule = defineModule({
  name: 'safeguarding',
  permissions: SAFEGUARDING_PERMISSIONS,
  routes: safeguardingRoutes,
  schedules: [{ name: 'dvpo-expiry', everyMinutes: 15, run: async (ctx) => { await expireProtectionOrders(ctx); } }],
});

export { dashScore, DASH_QUESTIONS, RISK_LEVELS, type RiskLevel } from './dash-questions.js';
