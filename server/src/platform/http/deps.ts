import type { Config } from '../../config.js';
import type { Db } from '../db/connect.js';
import type { Role } from '../auth/roles.js';
import type { PersonColumn } from '../module.js';
import type { EntityTargets } from '../db/referenced.js';

/** What the app hands every route: shared, built once in app.ts. */
export type AppDeps = {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  now: () => Date;
  config: Config;
  permissionsOf: (role: Role) => ReadonlySet<string>;
  /** Person-id columns of the registered modules, moved when two person records are merged. */
  personColumns: readonly PersonColumn[];
  /** Entity type → table, for checking polymorphic links (server/src/entities.ts). */
  entities: EntityTargets;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}
