import { defineModule } from '../../platform/module.js';
import { VICTIM_PERMISSIONS } from './policy.js';
import { victimRoutes } from './routes.js';
import { restartUpdateChains } from './use-cases/update-chain.js';
import { victimContacts, victims } from './schema.js';

export const victimsModule = defineModule({
  name: 'victims',
  permissions: VICTIM_PERMISSIONS,
  routes: victimRoutes,
  // A person merge moves these with the person, so a victim's care record and contacts follow them.
  personColumns: [
    { table: victims, forceId: victims.forceId, id: victims.id, person: victims.personId },
    { table: victimContacts, forceId: victimContacts.forceId, id: victimContacts.id, person: victimContacts.personId },
  ],
  schedules: [
    { name: 'victims.update-chains', everyMinutes: 60, run: async (ctx) => { await restartUpdateChains(ctx); } },
  ],
});

export type { VictimView, VictimSummary } from './contract.js';
