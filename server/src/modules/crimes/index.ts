import { defineModule } from '../../platform/module.js';
import { CRIME_PERMISSIONS } from './policy.js';
import { crimeRoutes } from './routes.js';

export const crimesModule = defineModule({
  name: 'crimes',
  permissions: CRIME_PERMISSIONS,
  routes: crimeRoutes,
  schedules: [],
});

export { recordCrime } from './use-cases/record-crime.js';
export { recordCrimeOutcome } from './use-cases/record-outcome.js';
export { domesticAbuseOutcomes } from './use-cases/da-outcomes.js';
export type { CrimeView, RecordCrimeBody } from './contract.js';
export { CLASSIFICATIONS, CLASSIFICATION_BY_CODE, POLICE_UK_CRIME_TYPES } from './reference/classifications.js';
