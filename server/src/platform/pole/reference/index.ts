import { defineModule } from '../../module.js';
import { referenceRoutes } from './routes.js';

export const referencePart = defineModule({
  name: 'reference',
  permissions: ['reference:read'] as const,
  routes: referenceRoutes,
});
