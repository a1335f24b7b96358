import { defineModule } from '../module.js';
import { authRoutes } from './routes.js';
import { pruneLoginThrottle } from './service.js';

export const authPart = defineModule({
  name: 'auth',
  permissions: ['users:read', 'users:admin'] as const,
  routes: authRoutes,
  schedules: [{ name: 'login-throttle-prune', everyMinutes: 60, run: (ctx) => pruneLoginThrottle(ctx.db, ctx.forceId, ctx.now()) }],
});
