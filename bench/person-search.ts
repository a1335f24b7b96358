/**
 * Person search benchmark: builds N synthetic people with the seeded demo generator, then times 1,000 mixed
 * searches (misspelt, phonetic, nickname/initial, partial, name + year, name + date of birth, name + age range)
 * through searchPersons, each derived from a generated person so it has a known target, and measures how often
 * the generator's planted duplicates find their originals.
 *
 *   npm run bench:person-search -- --people N [--queries 1000] [--seed 42] [--planted 1000] [--database name] [--owner]
 *
 * With DATABASE_URL it builds (or reuses) the database watchhouse_bench_<N> on that server; otherwise PGlite in a
 * temporary data directory, removed afterwards.
 */
import '../server/src/supported-node.js';
import { percentile } from './lib.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { seedDemoData } from '../server/src/demo/seed.js';
import { Random } from '../server/src/demo/random.js';
import { hasNickname, nicknameOf } from '../server/src/demo/variations.js';
import { londonDate, systemClock } from '../server/src/platform/clock.js';
import { openDatabase, rowsOf, type Database, type Db } from '../server/src/platform/db/connect.js';
import { parsePersonQuery, type PersonQueryOptions } from '../server/src/platform/search/query.js';
import { searchPersons } from '../server/src/platform/search/search.js';
import { runInForce } from '../server/src/platform/db/scope.js';

const FORCE = 'HERTS';
const TOP = 10;
const WARM_UP = 20;
const DUPLICATE_SHARE = 0.03;
const USAGE = 'Usage: npm run bench:person-search -- --people N [--queries 1000] [--seed 42] [--planted 1000] [--database name] [--owner]';

const QUERY_KINDS = ['misspelt', 'phonetic', 'nickname_initial', 'partial', 'name_year', 'name_dob', 'name_age_range'] as const;
type QueryKind = (typeof QUERY_KINDS)[number];

type Person = { id: string; forenames: string; surname: string; dateOfBirth: string | null };
type BenchQuery = { kind: QueryKind; text: string; options: PersonQueryOptions; targetId: string; targetName: string };
type Planted = { originalId: string; duplicateId: string; variation: string };
/** rank: 1-based rank of the target in the top ten, 0 when absent; named: someone of the target's name (first forename + surname) is in the top ten. */
type Outcome = { ms: number; rank: number; named: boolean };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parse() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        people: { type: 'string' },
        queries: { type: 'string' },
        seed: { type: 'string' },
        planted: { type: 'string' },
        database: { type: 'string' },
        owner: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const positive = (value: string | undefined, name: string, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0) fail(`--${name} ${value} is not a positive whole number.\n${USAGE}`);
    return n;
  };
  const people = positive(values.people, 'people', 2_000_000);
  const seed = positive(values.seed, 'seed', 42);
  const database = values.database ?? `watchhouse_bench_${people}${seed === 42 ? '' : `_s${seed}`}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) fail(`--database ${database}: use lower-case letters, digits and underscores.`);
  return { people, seed, database, owner: values.owner === true, queries: positive(values.queries, 'queries', 1_000), planted: positive(values.planted, 'planted', 1_000) };
}

type Args = ReturnType<typeof parse>;

// ---------------------------------------------------------------------------------------------------------------
// Database: PostgreSQL (own database, reused when it already holds the same build) or PGlite in a temp directory.
// ---------------------------------------------------------------------------------------------------------------

type Opened = { database: Database; reused: boolean; cleanup: () => void; label: string };

async function openBenchDatabase(args: Args): Promise<Opened> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'watchhouse-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, reused: false, cleanup: () => rmSync(dir, { recursive: true, force: true }), label: `PGlite in ${dir}` };
  }
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${args.database}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [args.database])).rowCount === 1;
    if (exists && (await holdsBuild(benchUrl.toString(), args))) {
      const database = await openDatabase({ databaseUrl: benchUrl.toString(), dataDir: null });
      return { database, reused: true, cleanup: () => {}, label: `PostgreSQL database ${args.database}` };
    }
    if (exists) {
      console.log(`Database ${args.database} exists but does not hold a finished build of ${args.people} people (seed ${args.seed}): recreating it.`);
      await admin.query(`drop database "${args.database}" with (force)`);
    }
    await admin.query(`create database "${args.database}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: benchUrl.toString(), dataDir: null });
  return { database, reused: false, cleanup: () => {}, label: `PostgreSQL database ${args.database}` };
}

/** Whether the bench database records a finished build of this size and seed (bench_build is written last). */
async function holdsBuild(url: string, args: Args): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`select to_regclass('bench_build') as t`);
    if (!table.rows[0].t) return false;
    const build = await client.query('select 1 from bench_build where people = $1 and seed = $2', [args.people, args.seed]);
    if (build.rowCount !== 1) return false;
    const persons = await client.query('select count(*)::int as n from persons where force_id = $1', [FORCE]);
    return persons.rows[0].n === args.people;
  } finally {
    await client.end();
  }
}

type BuildFigures = { seconds: number; peoplePerSecond: number; builtAt: string };

async function build(db: Db, args: Args): Promise<BuildFigures> {
  console.log(`Building ${args.people.toLocaleString('en-GB')} people in ${FORCE} (seed ${args.seed}, ${DUPLICATE_SHARE * 100}% planted duplicates)…`);
  const started = performance.now();
  let reported = 0;
  const result = await seedDemoData(db, {
    forceId: FORCE,
    people: args.people,
    seed: args.seed,
    duplicateShare: DUPLICATE_SHARE,
    concurrency: 3,
    onProgress: (done, total) => {
      if (done - reported < total / 10 && done < total) return;
      reported = done;
      const seconds = (performance.now() - started) / 1000;
      console.log(`  ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} people, ${seconds.toFixed(0)} s, ${Math.round(done / seconds)} people/s`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  await db.execute(sql`create table bench_planted (original_id uuid not null, duplicate_id uuid not null, variation text not null)`);
  for (let i = 0; i < result.plantedDuplicates.length; i += 5_000) {
    const chunk = result.plantedDuplicates.slice(i, i + 5_000);
    await db.execute(sql`insert into bench_planted (original_id, duplicate_id, variation) values ${sql.join(
      chunk.map((d) => sql`(${d.originalId}::uuid, ${d.duplicateId}::uuid, ${d.variation})`),
      sql`, `,
    )}`);
  }
  const figures = { seconds, peoplePerSecond: Math.round(args.people / seconds), builtAt: new Date().toISOString() };
  await db.execute(sql`create table bench_build (people integer not null, seed integer not null, seconds double precision not null, people_per_second integer not null, built_at timestamptz not null)`);
  await db.execute(sql`insert into bench_build values (${args.people}, ${args.seed}, ${seconds}, ${figures.peoplePerSecond}, ${figures.builtAt})`);
  return figures;
}

async function storedBuild(db: Db): Promise<BuildFigures> {
  const [row] = rowsOf<{ seconds: number; people_per_second: number; built_at: Date | string }>(
    await db.execute(sql`select seconds, people_per_second, built_at from bench_build`),
  );
  return { seconds: Number(row.seconds), peoplePerSecond: Number(row.people_per_second), builtAt: new Date(row.built_at).toISOString() };
}

type DataSize = { persons: number; names: number; phones: number; locations: number; addresses: number; planted: number; databaseMb: number };

async function dataSize(db: Db): Promise<DataSize> {
  const [row] = rowsOf<Record<string, string | number>>(
    await db.execute(sql`select
      (select count(*) from persons) as persons, (select count(*) from person_names) as names,
      (select count(*) from person_phones) as phones, (select count(*) from locations) as locations,
      (select count(*) from person_addresses) as addresses, (select count(*) from bench_planted) as planted,
      pg_database_size(current_database()) as bytes`),
  );
  const n = (k: string) => Number(row[k]);
  return {
    persons: n('persons'), names: n('names'), phones: n('phones'), locations: n('locations'), addresses: n('addresses'), planted: n('planted'),
    databaseMb: Math.round(n('bytes') / 1024 / 1024),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Queries derived from generated people.
// ---------------------------------------------------------------------------------------------------------------

/** A reproducible sample of live people: ordered by a hash of id and seed, so the same build gives the same sample. */
async function samplePeople(db: Db, seed: number, count: number): Promise<Person[]> {
  const rows = rowsOf<{ id: string; forenames: string; surname: string; dob: string | null }>(
    await db.execute(sql`select id, forenames, surname, date_of_birth::text as dob from persons
      where force_id = ${FORCE} and merged_into_id is null
      order by md5(id::text || ${String(seed)}) limit ${count}`),
  );
  return rows.map((r) => ({ id: r.id, forenames: r.forenames, surname: r.surname, dateOfBirth: r.dob }));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One edit (substitute, delete or insert a letter) anywhere after the first letter, keeping the word's case style. */
function oneEdit(word: string, r: Random): string {
  for (;;) {
    const at = r.int(1, word.length - 1);
    const kind = r.int(0, 2);
    const letter = r.pick([...LETTERS]);
    let out: string;
    if (kind === 0) out = word.slice(0, at) + letter + word.slice(at + 1);
    else if (kind === 1 && word.length >= 4) out = word.slice(0, at) + word.slice(at + 1);
    else out = word.slice(0, at) + letter + word.slice(at);
    if (out.toLowerCase() !== word.toLowerCase()) return out;
  }
}

/** Whole names spelt differently but said the same. */
const SOUNDS_ALIKE_GROUPS: readonly (readonly string[])[] = [
  ['Smith', 'Smyth', 'Smythe'], ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad'], ['Ahmed', 'Ahmad'], ['Hussain', 'Hussein', 'Husain'],
  ['Thompson', 'Thomson'], ['Stephen', 'Steven'], ['Catherine', 'Katherine', 'Kathryn'], ['Philip', 'Phillip'], ['Clark', 'Clarke'],
  ['Reid', 'Reed', 'Read'], ['Brown', 'Browne'], ['Gray', 'Grey'], ['Matthews', 'Mathews'], ['Stewart', 'Stuart'], ['Davies', 'Davis'],
  ['Mackenzie', 'McKenzie'], ['Macdonald', 'McDonald'], ['Sara', 'Sarah'], ['Hannah', 'Hanna'], ['Rachel', 'Rachael'], ['Louise', 'Louisa'],
  ['Jon', 'John'], ['Ellis', 'Elis'], ['Wright', 'Right'], ['Khan', 'Kahn'], ['Ali', 'Aly'], ['Begum', 'Baygum'], ['Yusuf', 'Yousef', 'Youssef'],
  ['Chaudhry', 'Choudhury', 'Chowdhury'], ['Rahman', 'Rehman'], ['Kowalski', 'Kovalski'], ['Nowak', 'Novak'], ['Lewis', 'Louis'],
];

/** Spelling rewrites that keep the sound: [pattern, replacement]. */
const SOUNDS_ALIKE_RULES: readonly [RegExp, string][] = [
  [/ph/, 'f'], [/(?<=.)f(?=.)/, 'ph'], [/ck/, 'k'], [/(?<=.)y(?=.)/, 'i'], [/(?<=.)i(?=[^aeiou])/, 'y'], [/ee/, 'ea'], [/ea/, 'ee'],
  [/ai/, 'ay'], [/ay/, 'ai'], [/ei/, 'ey'], [/([bdgklmnprst])\1/, '$1'], [/(?<=[aeiou])([lnrt])(?=[aeiou])/, '$1$1'], [/c(?=[aou])/, 'k'],
  [/k(?=[aou])/, 'c'], [/ie$/, 'y'], [/y$/, 'ie'], [/ou/, 'ow'], [/z/, 's'], [/(?<=[aeiou])s(?=[aeiou])/, 'z'], [/ks/, 'x'], [/x/, 'ks'],
  [/sz/, 'sh'], [/w(?=[aeiou])/, 'v'],
];

function matchCase(like: string, word: string): string {
  return like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

/** A sounds-alike spelling of the word: another member of its group, else one spelling rule applied at random. */
function soundsAlike(word: string, r: Random): string | undefined {
  const group = SOUNDS_ALIKE_GROUPS.find((g) => g.some((n) => n.toLowerCase() === word.toLowerCase()));
  if (group) return r.pick(group.filter((n) => n.toLowerCase() !== word.toLowerCase()));
  const lower = word.toLowerCase();
  const rules = SOUNDS_ALIKE_RULES.filter(([pattern]) => pattern.test(lower.slice(1)));
  if (!rules.length) return undefined;
  const [pattern, replacement] = r.pick(rules);
  return matchCase(word, lower[0] + lower.slice(1).replace(pattern, replacement));
}

const firstName = (p: Person) => p.forenames.split(' ')[0];
/** The longest word of a surname ("Smith-Jones" → "Smith", "van der Berg" → "Berg"), the one an edit is made in. */
const mainWord = (surname: string) => surname.split(/[\s-]+/).reduce((a, b) => (b.length > a.length ? b : a));
const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** The query of this kind for this person, or undefined when the person does not suit it. */
function queryFor(kind: QueryKind, p: Person, r: Random, today: string): Pick<BenchQuery, 'text' | 'options'> | undefined {
  const first = firstName(p);
  const word = mainWord(p.surname);
  const name = `${first} ${p.surname}`;
  switch (kind) {
    case 'misspelt': {
      if (r.chance(0.7) && word.length >= 4) return { text: `${first} ${p.surname.replace(word, oneEdit(word, r))}`, options: {} };
      return first.length >= 4 ? { text: `${oneEdit(first, r)} ${p.surname}`, options: {} } : undefined;
    }
    case 'phonetic': {
      const order = r.chance(0.5) ? ['surname', 'forename'] : ['forename', 'surname'];
      for (const part of order) {
        const original = part === 'surname' ? word : first;
        const variant = soundsAlike(original, r);
        if (!variant || variant.toLowerCase() === original.toLowerCase()) continue;
        return { text: part === 'surname' ? `${first} ${p.surname.replace(word, variant)}` : `${variant} ${p.surname}`, options: {} };
      }
      return undefined;
    }
    case 'nickname_initial': {
      if (r.chance(0.5)) return { text: `${first[0]} ${p.surname}`, options: {} };
      return hasNickname(first) ? { text: `${nicknameOf(first, r)} ${p.surname}`, options: {} } : undefined;
    }
    case 'partial': {
      // The start of the surname after the forename, or of the forename before the surname.
      if (r.chance(0.5) && word.length >= 5) return { text: `${first} ${p.surname.replace(word, word.slice(0, Math.max(3, Math.ceil(word.length * 0.6))))}`, options: {} };
      return first.length >= 5 ? { text: `${first.slice(0, Math.max(3, Math.ceil(first.length * 0.6)))} ${p.surname}`, options: {} } : undefined;
    }
    case 'name_year':
      return p.dateOfBirth ? { text: `${name} ${p.dateOfBirth.slice(0, 4)}`, options: {} } : undefined;
    case 'name_dob':
      return p.dateOfBirth ? { text: `${name} ${ukDate(p.dateOfBirth)}`, options: { today } } : undefined;
    case 'name_age_range': {
      if (!p.dateOfBirth) return undefined;
      const age = ageOn(p.dateOfBirth, today);
      const from = Math.max(0, age - r.int(0, 5));
      return { text: `${name} age ${from}-${from + 5}`, options: { today } };
    }
  }
}

/** `count` queries, the kinds in turn, each from the next person in the sample that suits it. */
function buildQueries(people: Person[], count: number, seed: number, today: string): BenchQuery[] {
  const r = new Random(seed * 7919 + 1);
  const next = Object.fromEntries(QUERY_KINDS.map((k) => [k, 0])) as Record<QueryKind, number>;
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const kind = QUERY_KINDS[i % QUERY_KINDS.length];
    for (;;) {
      // Each kind walks the sample from its own offset so kinds do not all land on the same people.
      const index = (next[kind]++ + QUERY_KINDS.indexOf(kind) * Math.floor(people.length / QUERY_KINDS.length)) % people.length;
      if (next[kind] > people.length) throw new Error(`Not enough sampled people suit ${kind} queries`);
      const person = people[index];
      const query = queryFor(kind, person, r, today);
      if (query) {
        out.push({ kind, targetId: person.id, targetName: nameOf(firstName(person), person.surname), ...query });
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Running and reporting.
// ---------------------------------------------------------------------------------------------------------------

const nameOf = (forename: string, surname: string) => `${forename} ${surname}`.toLowerCase();

/** Runs one search and returns its time and where the target (or someone of its name) came in the top ten. */
/** As a request runs (app role, row-level security for the force), unless --owner measures the owner's bare queries. */
let asOwner = false;

async function run(db: Db, text: string, options: PersonQueryOptions, targetId: string, targetName: string): Promise<Outcome> {
  const started = performance.now();
  const search = () => searchPersons(db, FORCE, parsePersonQuery(text, options), { limit: TOP, offset: 0 });
  const { items } = asOwner ? await search() : await runInForce(FORCE, search);
  const ms = performance.now() - started;
  const rank = items.findIndex((m) => m.personId === targetId) + 1;
  return { ms, rank, named: rank > 0 || items.some((m) => nameOf(m.matchedName.forenames.split(' ')[0], m.matchedName.surname) === targetName) };
}


type Stats = { n: number; p50: number; p95: number; p99: number; max: number; mean: number; top1: number; top10: number; named10: number };

function stats(outcomes: Outcome[]): Stats {
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const share = (f: (o: Outcome) => boolean) => Math.round((outcomes.filter(f).length / outcomes.length) * 1000) / 10;
  return {
    n: outcomes.length,
    p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)), max: round(ms[ms.length - 1]),
    mean: round(ms.reduce((a, b) => a + b, 0) / ms.length),
    top1: share((o) => o.rank === 1), top10: share((o) => o.rank >= 1), named10: share((o) => o.named),
  };
}

function printTable(title: string, rows: Record<string, Stats>, recallLabel = 'target', named = true) {
  console.log(`\n${title}`);
  console.log(`${'kind'.padEnd(24)}${'n'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${`${recallLabel} top1 %`.padStart(16)}${`${recallLabel} top10 %`.padStart(17)}${named ? 'same name top10 %'.padStart(19) : ''}`);
  for (const [kind, s] of Object.entries(rows)) {
    console.log(
      `${kind.padEnd(24)}${String(s.n).padStart(6)}${s.p50.toFixed(1).padStart(9)}${s.p95.toFixed(1).padStart(9)}${s.p99.toFixed(1).padStart(9)}` +
        `${s.max.toFixed(1).padStart(9)}${s.top1.toFixed(1).padStart(16)}${s.top10.toFixed(1).padStart(17)}${named ? s.named10.toFixed(1).padStart(19) : ''}`,
    );
  }
}

async function plantedSample(db: Db, seed: number, limit: number): Promise<(Planted & { duplicate: Person })[]> {
  const rows = rowsOf<{ original_id: string; duplicate_id: string; variation: string; forenames: string; surname: string; dob: string | null }>(
    await db.execute(sql`select b.original_id, b.duplicate_id, b.variation, p.forenames, p.surname, p.date_of_birth::text as dob
      from bench_planted b join persons p on p.force_id = ${FORCE} and p.id = b.duplicate_id
      order by md5(b.duplicate_id::text || ${String(seed)}) limit ${limit}`),
  );
  return rows.map((r) => ({
    originalId: r.original_id, duplicateId: r.duplicate_id, variation: r.variation,
    duplicate: { id: r.duplicate_id, forenames: r.forenames, surname: r.surname, dateOfBirth: r.dob },
  }));
}

async function main() {
  const args = parse();
  asOwner = args.owner;
  const today = londonDate(systemClock.now());
  const opened = await openBenchDatabase(args);
  const { db, kind } = opened.database;
  const loadBefore = loadavg()[0];
  try {
    console.log(`Person search benchmark${asOwner ? ' (owner, no row-level security)' : ' (app role, row-level security)'}: ${opened.label}, ${cpus().length} CPU cores (shared; 1-min load average ${loadBefore.toFixed(2)} at start)`);
    let figures: BuildFigures;
    if (opened.reused) {
      figures = await storedBuild(db);
      console.log(`Reusing ${args.database}: it already holds ${args.people.toLocaleString('en-GB')} people (seed ${args.seed}), built ${figures.builtAt} in ${figures.seconds.toFixed(0)} s (${figures.peoplePerSecond} people/s).`);
    } else {
      figures = await build(db, args);
      console.log(`Built in ${figures.seconds.toFixed(1)} s: ${figures.peoplePerSecond} people/s (generation + insert + index maintenance + analyse).`);
    }
    const size = await dataSize(db);
    console.log(
      `Data: ${size.persons.toLocaleString('en-GB')} persons, ${size.names.toLocaleString('en-GB')} names, ${size.phones.toLocaleString('en-GB')} phones, ` +
        `${size.locations.toLocaleString('en-GB')} locations, ${size.addresses.toLocaleString('en-GB')} person addresses, ` +
        `${size.planted.toLocaleString('en-GB')} planted duplicates; database ${size.databaseMb.toLocaleString('en-GB')} MB (${kind})`,
    );

    const sample = await samplePeople(db, args.seed, Math.max(5_000, args.queries * 5));
    const queries = buildQueries(sample, args.queries, args.seed, today);
    const warmUp = buildQueries(sample.slice().reverse(), WARM_UP, args.seed + 1, today);
    for (const q of warmUp) await run(db, q.text, q.options, q.targetId, q.targetName);

    const byKind = new Map<QueryKind, Outcome[]>(QUERY_KINDS.map((k) => [k, []]));
    const examples = new Map<QueryKind, string[]>();
    const started = performance.now();
    for (const q of queries) {
      const outcome = await run(db, q.text, q.options, q.targetId, q.targetName);
      byKind.get(q.kind)!.push(outcome);
      const seen = examples.get(q.kind) ?? [];
      if (seen.length < 3) examples.set(q.kind, [...seen, q.text]);
    }
    const wall = (performance.now() - started) / 1000;
    const kinds = Object.fromEntries(QUERY_KINDS.map((k) => [k, stats(byKind.get(k)!)]));
    const overall = stats([...byKind.values()].flat());
    console.log(`\n${args.queries} queries run one at a time in ${wall.toFixed(1)} s after ${WARM_UP} warm-up queries; target = the generated person the query was derived from; "same name" = the target or another person with its first forename and surname.`);
    for (const k of QUERY_KINDS) console.log(`  e.g. ${k}: ${examples.get(k)!.map((t) => JSON.stringify(t)).join(', ')}`);
    printTable(`Latency per query (ms) and target rank, ${size.persons.toLocaleString('en-GB')} people on ${kind}:`, { ...kinds, overall });

    const planted = await plantedSample(db, args.seed, args.planted);
    const byVariation = new Map<string, Outcome[]>();
    for (const d of planted) {
      const text = `${d.duplicate.forenames} ${d.duplicate.surname}`;
      const outcome = await run(db, text, d.duplicate.dateOfBirth ? { dob: d.duplicate.dateOfBirth, today } : { today }, d.originalId, '');
      byVariation.set(d.variation, [...(byVariation.get(d.variation) ?? []), outcome]);
    }
    const variations = Object.fromEntries([...byVariation.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([v, o]) => [v, stats(o)]));
    const plantedOverall = stats([...byVariation.values()].flat());
    printTable(
      `Planted-duplicate recall: ${planted.length.toLocaleString('en-GB')} of ${size.planted.toLocaleString('en-GB')} planted duplicates, searched by the duplicate's name (+ its date of birth when it has one); hit = the original in the top ${TOP}:`,
      { ...variations, overall: plantedOverall },
      'original',
      false,
    );

    const loadAfter = loadavg()[0];
    console.log(`\n1-min load average ${loadBefore.toFixed(2)} at start, ${loadAfter.toFixed(2)} at end, on ${cpus().length} cores shared with other work.`);
    const summary = {
      bench: 'person-search', database: kind, people: size.persons, names: size.names, databaseMb: size.databaseMb, reused: opened.reused,
      buildSeconds: Math.round(figures.seconds), buildPeoplePerSecond: figures.peoplePerSecond, queries: overall.n,
      p50Ms: overall.p50, p95Ms: overall.p95, p99Ms: overall.p99, maxMs: overall.max, top1Pct: overall.top1, top10Pct: overall.top10,
      p95MsByKind: Object.fromEntries(QUERY_KINDS.map((k) => [k, kinds[k].p95])),
      top10PctByKind: Object.fromEntries(QUERY_KINDS.map((k) => [k, kinds[k].top10])), sameNameTop10Pct: overall.named10,
      plantedSearched: plantedOverall.n, plantedRecallTop10Pct: plantedOverall.top10, plantedP95Ms: plantedOverall.p95,
      cores: cpus().length, loadAverage: [Math.round(loadBefore * 100) / 100, Math.round(loadAfter * 100) / 100], seed: args.seed, today,
    };
    console.log(JSON.stringify(summary));
  } finally {
    await opened.database.close();
    opened.cleanup();
  }
}

await main();
