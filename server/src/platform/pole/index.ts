import { defineModule } from '../module.js';
import { personRoutes } from './person-routes.js';
import { poleRoutes } from './pole-routes.js';

export const polePart = defineModule({
  name: 'pole',
  permissions: [
    'persons:read', 'persons:write', 'persons:merge', 'persons:restrict', 'markers:write',
    'locations:read', 'locations:write', 'objects:read', 'objects:write', 'events:read', 'events:write', 'links:write',
  ] as const,
  routes: async (app) => {
    await personRoutes(app);
    await poleRoutes(app);
  },
});

export { createEvent } from './use-cases/events.js';
export { victimLinkDates } from './queries.js';
