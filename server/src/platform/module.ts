import type { FastifyInstance } from 'fastify';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from './http/context.js';

export type Schedule = {
  name: string;
  everyMinutes: number;
  /** Runs as the system for one force; must be safe to run twice. */
  run: (ctx: Omit<Ctx, 'accessReason'>) => Promise<void>;
};

/** A module column that holds a person's id: a person merge moves it to the survivor (and undo moves it back). */
export type PersonColumn = { table: PgTable; forceId: PgColumn; id: PgColumn; person: PgColumn };

export type ModuleDefinition = {
  name: string;
  permissions: readonly string[];
  routes: (app: FastifyInstance) => Promise<void> | void;
  schedules?: readonly Schedule[];
  /** Every column of the module's tables that refers to a person directly (not through a POLE link). */
  personColumns?: readonly PersonColumn[];
};

export function defineModule<const M extends ModuleDefinition>(module: M): M {
  return module;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a signed-in user needs; every /api/v1 route declares one unless `public`. */
    permission?: string;
    public?: boolean;
    /** Any signed-in user (e.g. sign-out, own profile). */
    signedIn?: boolean;
  }
}
