/**
 * `npm test [unit|api|e2e]`: finds the test files and runs them in one node:test run, so the summary
 * line at the end counts everything. API tests use PGlite, or PostgreSQL when DATABASE_URL is set.
 */
import '../server/src/supported-node.js';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadConfig } from '../server/src/config.js';

const root = process.cwd();
/** No single test may hang the run: a stuck guard or an SSE wait fails that test after this long. */
const TEST_TIMEOUT_MS = 180_000;
const kinds = ['unit', 'api', 'e2e'] as const;
type Kind = (typeof kinds)[number];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}

function kindOf(file: string): Kind {
  if (relative(root, file).startsWith('e2e')) return 'e2e';
  return /openTestDatabase|createTestApp/.test(readFileSync(file, 'utf8')) ? 'api' : 'unit';
}

const wanted = process.argv.slice(2).filter((a): a is Kind => (kinds as readonly string[]).includes(a));
const files = ['server', 'scripts', 'e2e', 'bench']
  .flatMap((d) => { try { return walk(join(root, d)); } catch { return []; } })
  .filter((f) => wanted.length === 0 || wanted.includes(kindOf(f)))
  .sort((a, b) => kinds.indexOf(kindOf(a)) - kinds.indexOf(kindOf(b)) || a.localeCompare(b))
  .map((f) => relative(root, f));

if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
console.log(`Running ${files.length} test files on ${loadConfig().DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, Node ${process.version}`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', `--test-timeout=${TEST_TIMEOUT_MS}`, '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
