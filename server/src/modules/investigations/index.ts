import { defineModule } from '../../platform/module.js';
import { INVESTIGATION_PERMISSIONS } from './policy.js';
import { investigationRoutes } from './routes.js';

export const investigationsModule = defineModule({
  name: 'investigations',
  permissions: INVESTIGATION_PERMISSIONS,
  routes: investigationRoutes,
  schedules: [],
});

export type { InvestigationView, InvestigationSummary } from './contract.js';
export { OUTCOME_CODES, OUTCOME_LABELS } from './rules.js';
