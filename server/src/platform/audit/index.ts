import { defineModule } from '../module.js';
import { auditRoutes } from './routes.js';

export const auditPart = defineModule({
  name: 'audit',
  permissions: ['audit:read'] as const,
  routes: auditRoutes,
});
