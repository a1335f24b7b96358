import { defineModule } from '../../platform/module.js';
import { VICTIM_PERMISSIONS } from './policy.js';
import { victimRoutes } from './routes.js';
import { restartUpdateChains } from './use-cases/update-chain.js';

export const victimsModule = defineModule({
  name: 'victims',
  permissions: VICTIM_PERMISSIONS,
  routes: victimRoutes,
  schedules: [
    { name: 'victims.update-chains', everyMinutes: 60, run: async (ctx) => { await restartUpdateChains(ctx); } },
  ],
});

export type { VictimView, VictimSummary } from './contract.js';
