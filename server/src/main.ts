import './supported-node.js';
import { loadConfig } from './config.js';
import { DatabaseLockedError } from './platform/db/connect.js';
import { DEMO_USERNAMES } from './platform/auth/roles.js';
import { startServer } from './server.js';

async function main() {
  const config = loadConfig();
  let server;
  try {
    server = await startServer(config);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const running = server;
  const shutdown = async (signal: string) => {
    running.app.log.info(`${signal} received, shutting down`);
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const lines = [
    '',
    `Watchhouse is running at ${running.url}  (API docs: ${running.url}/api/docs)`,
    `Node ${process.version} · database: ${running.database.kind === 'pglite' ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL'}`,
  ];
  if (config.DEMO) {
    lines.push(
      `Demo logins (password: ${config.DEMO_PASSWORD}):`,
      `  Hertfordshire (HERTS): ${Object.values(DEMO_USERNAMES).join(', ')}`,
      `  Bedfordshire  (BEDS):  the same names with .beds, e.g. constable.beds`,
    );
  } else {
    lines.push('Demo mode is off: sign in as admin with the password from ADMIN_PASSWORD.');
  }
  if (running.firstRun) lines.push(`First run: ${running.firstRun.summary}`);
  console.log(lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
