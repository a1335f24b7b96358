import { defineModule } from '../../platform/module.js';
import { INVESTIGATION_PERMISSIONS } from './policy.js';
import { investigationRoutes } from './routes.js';
import { ensureReviewTasks } from './use-cases/ensure-reviews.js';

export const investigationsModule = defineModule({
  name: 'investigations',
  permissions: INVESTIGATION_PERMISSIONS,
  routes: investigationRoutes,
  schedules: [
    {
      name: 'investigation-review-tasks',
      everyMinutes: 15,
      run: async (ctx) => {
        await ensureReviewTasks(ctx);
      },
    },
  ],
});

export type { InvestigationView, InvestigationSummary } from './contract.js';
export { OUTCOME_CODES, OUTCOME_LABELS } from './rules.js';
export { ensureReviewTasks } from './use-cases/ensure-reviews.js';
