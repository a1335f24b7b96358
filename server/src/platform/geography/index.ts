import { defineModule } from '../module.js';
import { geographyRoutes } from './routes.js';

export { placeAt } from './maps.js';
export { districtFilter, findDistrict, forceDistricts, type Beat, type District } from './areas.js';

export const geographyPart = defineModule({
  name: 'geography',
  permissions: ['geography:read'] as const,
  routes: geographyRoutes,
});
