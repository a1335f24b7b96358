import { defineModule } from '../module.js';
import { geographyRoutes } from './routes.js';

export { placeAt } from './maps.js';

export const geographyPart = defineModule({
  name: 'geography',
  permissions: ['geography:read'] as const,
  routes: geographyRoutes,
});
