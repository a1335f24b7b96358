import { defineModule } from '../module.js';
import { deleteExpired } from './queries.js';
import { IDEMPOTENCY_TTL_HOURS } from './rules.js';

export const idempotencyPart = defineModule({
  name: 'idempotency',
  permissions: [] as const,
  routes: () => {},
  schedules: [
    {
      name: 'idempotency-keys-expire',
      everyMinutes: 60,
      run: (ctx) => deleteExpired(ctx.db, ctx.forceId, new Date(ctx.now().getTime() - IDEMPOTENCY_TTL_HOURS * 3_600_000)),
    },
  ],
});

export { registerIdempotency } from './hooks.js';
