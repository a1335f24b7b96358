import { defineModule } from '../../platform/module.js';
import { INCIDENT_PERMISSIONS } from './policy.js';
import { incidentRoutes } from './routes.js';
import { raiseReassessments } from './use-cases/reassess.js';
import { incidentPersons } from './schema.js';

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
  // A person merge moves incident links to the surviving record, so repeat victims are counted across duplicates (STANDARDS §2 C3).
  personColumns: [{ table: incidentPersons, forceId: incidentPersons.forceId, id: incidentPersons.id, person: incidentPersons.personId }],
});

export { INCIDENT_PERMISSIONS } from './policy.js';
export { raiseReassessments } from './use-cases/reassess.js';
