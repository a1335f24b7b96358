import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { systemClock, type Clock } from './platform/clock.js';
import { openDatabase, type Database } from './platform/db/connect.js';
import { startScheduler } from './platform/tasks/scheduler.js';
import { PLATFORM_PARTS } from './platform/parts.js';
import { MODULES } from './modules/index.js';
import type { ModuleDefinition } from './platform/module.js';
import { buildApp } from './app.js';
import { prepareFirstRun, type FirstRun } from './first-run.js';

export type RunningServer = { url: string; app: FastifyInstance; database: Database; firstRun: FirstRun | null; close: () => Promise<void> };

/** Opens the database, seeds it on first run, and serves the API and web app. */
export async function startServer(config: Config, clock: Clock = systemClock): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, appDatabaseUrl: config.APP_DATABASE_URL, dataDir: config.DATABASE_URL ? null : config.DATA_DIR, poolSize: config.DB_POOL_SIZE });
  try {
    const firstRun = await prepareFirstRun(database.db, config);
    const app = await buildApp({ database, config, clock });
    await app.listen({ port: config.PORT, host: config.HOST });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const scheduler = startScheduler(database.db, clock, [...PLATFORM_PARTS, ...MODULES] as ModuleDefinition[], app.log);
    let closed = false;
    return {
      url: `http://${config.HOST}:${port}`,
      app,
      database,
      firstRun,
      close: async () => {
        if (closed) return;
        closed = true;
        await scheduler.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
