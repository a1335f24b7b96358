import { defineModule } from '../module.js';
import { authRoutes } from './routes.js';

export const authPart = defineModule({
  name: 'auth',
  permissions: ['users:read', 'users:admin'] as const,
  routes: authRoutes,
});
