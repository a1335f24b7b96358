import { AsyncLocalStorage } from 'node:async_hooks';

/** The role every request and scheduler pass runs as (created by migration 0017): no DDL, no TRUNCATE, no BYPASSRLS. */
export const APP_ROLE = 'watchhouse_app';

/** What the database sees of the work in hand: the app role, and the force whose rows it may touch (null until known). */
export type DbScope = { force: string | null };

const scopes = new AsyncLocalStorage<DbScope>();

/**
 * Starts a request's scope: from here every query of the request runs as the app role, with `app.force_id` set once
 * the session names the force. Called from the first onRequest hook; the store follows the request's async work.
 */
export function enterRequestScope(): DbScope {
  const scope: DbScope = { force: null };
  scopes.enterWith(scope);
  return scope;
}

/** The signed-in user's force: row-level security hides every other force's rows from the rest of the request. */
export function scopeToForce(forceId: string): void {
  const scope = scopes.getStore();
  if (scope) scope.force = forceId;
}

/**
 * Runs `work` as the app role for one force (scheduler passes, benchmarks, tests). Awaited inside the scope: a
 * Drizzle query is a lazy thenable that would otherwise run after the scope had ended.
 */
export function runInForce<T>(forceId: string, work: () => PromiseLike<T>): Promise<T> {
  return scopes.run({ force: forceId }, async () => await work());
}

/**
 * Runs `work` on the owner's connection, outside row-level security. Only for statements that filter by force_id
 * themselves and cannot afford the policy: PostgreSQL applies a policy before any operator that is not LEAKPROOF, so
 * under it the key-overlap (&&) and trigram (%) GIN indexes of person search cannot be used and every search scans
 * the whole force (over a second at 100,000 people). With APP_DATABASE_URL there is no owner: the policy applies.
 */
export function outsideRowSecurity<T>(work: () => PromiseLike<T>): Promise<T> {
  return scopes.exit(async () => await work());
}

/** The scope of the work in hand; undefined for the owner's own work (migrations, demo data, test set-up). */
export function currentScope(): DbScope | undefined {
  return scopes.getStore();
}

/** role and app.force_id for a connection: the app role and its force inside a scope, the owner outside one. */
export function scopeSettings(scope: DbScope | undefined): [role: string, force: string] {
  return scope ? [APP_ROLE, scope.force ?? ''] : ['none', ''];
}

export const APPLY_SCOPE_SQL = `select set_config('role', $1, $3), set_config('app.force_id', $2, $3)`;
