import { defineModule } from '../../platform/module.js';
import { INCIDENT_PERMISSIONS } from './policy.js';
import { incidentRoutes } from './routes.js';
import { raiseReassessments } from './use-cases/reassess.js';

export const incidentsModule = defineModule({
  name: 'incidents',
  permissions: INCIDENT_PERMISSIONS,
  routes: incidentRoutes,
  schedules: [
    {
      name: 'incident-reassessment',
      everyMinutes: 5,
      run: async (ctx) => {
        await raiseReassessments(ctx);
      },
    },
  ],
});

export { INCIDENT_PERMISSIONS } from './policy.js';
export { raiseReassessments } from './use-cases/reassess.js';
