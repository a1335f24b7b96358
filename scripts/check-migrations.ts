/**
 * `npm run db:check`: fails when the Drizzle schema has changes that no committed migration holds,
 * by running drizzle-kit generate against a copy of db/migrations and looking for new files.
 */
import '../server/src/supported-node.js';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = process.cwd();
// drizzle-kit resolves `out` relative to the working directory, so the copy lives under ./.tmp (ignored).
mkdirSync(resolve(root, '.tmp'), { recursive: true });
const work = mkdtempSync(resolve(root, '.tmp/db-check-'));
try {
  const out = join(work, 'migrations');
  cpSync(resolve(root, 'db/migrations'), out, { recursive: true });
  const config = join(work, 'drizzle.config.mjs');
  writeFileSync(config, `export default ${JSON.stringify({
    dialect: 'postgresql',
    schema: ['./server/src/platform/**/schema.ts', './server/src/modules/**/schema.ts'],
    out: relative(root, out),
  })};\n`);
  const before = new Set(readdirSync(out));
  const run = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0 || /\bError\b|ENOENT/.test(run.stderr + run.stdout)) {
    console.error(run.stdout, run.stderr);
    throw new Error('drizzle-kit generate failed');
  }
  const added = readdirSync(out).filter((f) => !before.has(f));
  if (added.length > 0) {
    console.error(`The schema has changes with no migration (drizzle-kit would add ${added.join(', ')}). Run: npm run db:generate`);
    process.exitCode = 1;
  } else {
    console.log('Migrations match the schema.');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
