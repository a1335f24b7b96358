/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement one person search runs, on PostgreSQL (DATABASE_URL), to see where
 * a slow search spends its time:
 *
 *   DATABASE_URL=postgres://…/watchhouse_bench_2000000 npx tsx bench/person-search-explain.ts "Jon Smyth 1985" [--dob 1985-03-12]
 */
import '../server/src/supported-node.js';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { londonDate, systemClock } from '../server/src/platform/clock.js';
import type { Db } from '../server/src/platform/db/connect.js';
import { parsePersonQuery } from '../server/src/platform/search/query.js';
import { searchPersons } from '../server/src/platform/search/search.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { dob: { type: 'string' }, force: { type: 'string' }, 'plan-only': { type: 'boolean' } } });
const url = process.env.DATABASE_URL;
if (!url || positionals.length !== 1) {
  console.error('Usage: DATABASE_URL=postgres://… npx tsx bench/person-search-explain.ts "search text" [--dob YYYY-MM-DD] [--force HERTS] [--plan-only]');
  process.exit(1);
}

const statements: { query: string; params: unknown[] }[] = [];
const pool = new pg.Pool({ connectionString: url, max: 1 });
const db = drizzle(pool, { logger: { logQuery: (query, params) => statements.push({ query, params }) } }) as unknown as Db;
try {
  const parsed = parsePersonQuery(positionals[0], { dob: values.dob, today: londonDate(systemClock.now()) });
  console.log('Parsed:', JSON.stringify(parsed));
  const started = performance.now();
  // --plan-only: the search still runs once (to learn its statements) but under a 1 s statement timeout.
  if (values['plan-only']) await pool.query(`set statement_timeout = 1000`);
  const found = await searchPersons(db, values.force ?? 'HERTS', parsed, { limit: 10, offset: 0 }).catch((error: Error) => error);
  if (found instanceof Error) console.log(`Search failed after ${(performance.now() - started).toFixed(1)} ms: ${found.message}`);
  else console.log(`Search took ${(performance.now() - started).toFixed(1)} ms, ${found.items.length} results:`, found.items.map((m) => `${m.matchedName.forenames} ${m.matchedName.surname} ${m.score}`).join('; '));
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const { query, params } of statements) {
      if (/^\s*(begin|commit|rollback)\b/i.test(query)) continue;
      if (!/^\s*\(?\s*select/i.test(query) || /set_config/.test(query)) {
        await client.query(query, params);
        continue;
      }
      const plan = await client.query(`explain ${values['plan-only'] ? '' : '(analyze, buffers) '}${query}`, params);
      console.log(`\n${query.replace(/\s+/g, ' ').slice(0, 300)}…\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
    await client.query('rollback');
  } finally {
    client.release();
  }
} finally {
  await pool.end();
}
