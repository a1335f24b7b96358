import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Import rules of DESIGN §1, read from the source text so new modules are covered without editing this file.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = join(ROOT, 'server/src');
const PLATFORM = join(SERVER, 'platform');
const MODULES_DIR = join(SERVER, 'modules');
const WEB = join(ROOT, 'web/src');

type Import = { specifier: string; typeOnly: boolean; line: number };

const CLAUSE = String.raw`(?:(?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)|[\w$]+)`;
const IMPORT_PATTERNS = [
  new RegExp(String.raw`\b(import|export)\s+(type\s+)?(${CLAUSE})\s*from\s*['"]([^'"]+)['"]`, 'g'),
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Every import/export-from/dynamic import of a source text, with whether it brings in types only. */
function importsOf(source: string): Import[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT_PATTERNS[0])) {
    const clause = m[3];
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    const names = braces ? braces[1].split(',').map((s) => s.trim()).filter(Boolean) : [];
    const allTypes = braces !== null && names.length > 0 && names.every((n) => n.startsWith('type '));
    found.push({ specifier: m[4], typeOnly: Boolean(m[2]) || allTypes, line: lineAt(m.index ?? 0) });
  }
  for (const m of text.matchAll(IMPORT_PATTERNS[1])) found.push({ specifier: m[1], typeOnly: false, line: lineAt(m.index ?? 0) });
  for (const m of text.matchAll(IMPORT_PATTERNS[2])) found.push({ specifier: m[1], typeOnly: false, line: lineAt(m.index ?? 0) });
  return found;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier points at (`./x.js` → `x.ts`, a folder → its index), or undefined for packages. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|jsx|ts|tsx|mjs)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? `${stem}.ts`;
}

const rel = (path: string) => relative(ROOT, path).split(sep).join('/');
const within = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);
const isTestFile = (path: string) => /\.test\.tsx?$/.test(path) || path.split(sep).includes('test');

type Edge = { from: string; to: string | undefined; specifier: string; typeOnly: boolean; line: number };

function edgesOf(files: string[]): Edge[] {
  return files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).map((i) => ({ from: file, to: resolveImport(file, i.specifier), ...i })),
  );
}

const where = (e: Edge) => `${rel(e.from)}:${e.line} imports '${e.specifier}'`;

/** The module a file belongs to (first folder under server/src/modules), or undefined. */
function moduleOf(path: string): string | undefined {
  if (!within(path, MODULES_DIR)) return undefined;
  const parts = relative(MODULES_DIR, path).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Module folder names in the order of the MODULES list in server/src/modules/index.ts. */
function moduleOrder(): string[] {
  const index = join(MODULES_DIR, 'index.ts');
  const source = readFileSync(index, 'utf8');
  const folderOf = new Map<string, string>();
  for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]\.\/([\w-]+)(?:\/index)?(?:\.js)?['"]/g)) {
    for (const name of m[1].split(',').map((s) => s.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop() as string)) {
      if (name) folderOf.set(name, m[2]);
    }
  }
  const list = /export const MODULES[^=]*=\s*\[([\s\S]*?)\]/.exec(source);
  assert.ok(list, 'server/src/modules/index.ts exports a MODULES array');
  const names = list[1].split(',').map((s) => s.trim()).filter(Boolean);
  return names.map((name) => {
    const folder = folderOf.get(name);
    assert.ok(folder, `MODULES entry ${name} is imported from a module folder in server/src/modules/index.ts`);
    return folder;
  });
}

/** A file of plain data: no value imports except other plain-data files, zod, or rules. */
function isPureData(path: string, seen = new Set<string>()): boolean {
  if (seen.has(path)) return true;
  seen.add(path);
  if (!existsSync(path)) return false;
  const source = readFileSync(path, 'utf8');
  if (/\bDate\.now\(|\bnew Date\(\s*\)|process\.env|\bfetch\(/.test(source)) return false;
  return importsOf(source).every((i) => {
    if (i.typeOnly || i.specifier === 'zod') return true;
    const target = resolveImport(path, i.specifier);
    return target !== undefined && isPureData(target, seen);
  });
}

const isRulesOrPolicy = (path: string) => ['rules.ts', 'policy.ts'].includes(basename(path));

describe('import parser', () => {
  test('finds value, type-only, side-effect, re-export and dynamic imports across lines', () => {
    const found = importsOf([
      "import { a, b } from './a.js';",
      "import type { T } from './t.js';",
      'import {',
      '  type U,',
      '  type V,',
      "} from './uv.js';",
      "import { type W, x } from './wx.js';",
      "import * as fs from 'node:fs';",
      "import z, { ZodType } from 'zod';",
      "import './side-effect.js';",
      "export { c } from './c.js';",
      "export type { D } from './d.js';",
      "const lazy = await import('./lazy.js');",
      "// import { gone } from './commented.js';",
      "/* import { gone } from './block.js'; */",
    ].join('\n'));
    assert.deepEqual(found.map((i) => [i.specifier, i.typeOnly]).sort(), [
      ['./a.js', false], ['./c.js', false], ['./d.js', true], ['./lazy.js', false], ['./side-effect.js', false],
      ['./t.js', true], ['./uv.js', true], ['./wx.js', false], ['node:fs', false], ['zod', false],
    ].sort());
  });

  test('sees real imports in this repository (the rules below are not checked against nothing)', () => {
    const app = edgesOf([join(SERVER, 'app.ts')]);
    assert.ok(app.some((e) => e.to === join(MODULES_DIR, 'index.ts')), 'app.ts imports the module list');
    assert.ok(sourceFiles(PLATFORM).length > 20);
    assert.ok(sourceFiles(WEB).length > 5);
    assert.ok(sourceFiles(SERVER).some(isRulesOrPolicy));
  });
});

describe('architecture (DESIGN §1 import rules)', () => {
  test('platform/ never imports a module', () => {
    const bad = edgesOf(sourceFiles(PLATFORM)).filter((e) => e.to !== undefined && within(e.to, MODULES_DIR));
    assert.deepEqual(bad.map(where), []);
  });

  test('rules.ts and policy.ts import only types, zod, plain data and other rules/policy, and never read the clock', () => {
    const files = sourceFiles(SERVER).filter(isRulesOrPolicy);
    const problems: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      if (/\bDate\.now\(/.test(source)) problems.push(`${rel(file)} calls Date.now()`);
      if (/\bnew Date\(\s*\)/.test(source)) problems.push(`${rel(file)} calls new Date() (take now as an argument)`);
      if (/process\.env/.test(source)) problems.push(`${rel(file)} reads process.env`);
      for (const e of edgesOf([file])) {
        if (e.typeOnly || e.specifier === 'zod') continue;
        if (e.to === undefined) { problems.push(`${where(e)} (a package other than zod)`); continue; }
        if (isRulesOrPolicy(e.to) || isPureData(e.to)) continue;
        problems.push(`${where(e)} (not a rules/policy file or plain data)`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('a module reaches another module only through its index.ts (queries.ts / schema.ts may use its schema.ts)', () => {
    const problems: string[] = [];
    for (const e of edgesOf(sourceFiles(MODULES_DIR))) {
      const from = moduleOf(e.from);
      const to = e.to && moduleOf(e.to);
      if (!from || !to || from === to || !e.to) continue;
      const target = relative(join(MODULES_DIR, to), e.to).split(sep).join('/');
      if (target === 'index.ts') continue;
      if (target === 'schema.ts' && ['queries.ts', 'schema.ts'].includes(basename(e.from))) continue;
      if (target.startsWith('test/') && isTestFile(e.from)) continue;
      problems.push(`${where(e)} (use modules/${to}/index.ts)`);
    }
    assert.deepEqual(problems, []);
  });

  test('a module depends only on modules listed before it in modules/index.ts (no cycles)', () => {
    const order = moduleOrder();
    assert.equal(new Set(order).size, order.length, 'each module is listed once');
    for (const folder of order) assert.ok(existsSync(join(MODULES_DIR, folder, 'index.ts')), `modules/${folder}/index.ts exists`);
    const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : Number.POSITIVE_INFINITY);
    const problems: string[] = [];
    for (const e of edgesOf(sourceFiles(MODULES_DIR))) {
      const from = moduleOf(e.from);
      const to = e.to && moduleOf(e.to);
      if (!from || !to || from === to) continue;
      if (!(rank(to) < rank(from))) problems.push(`${where(e)}: ${to} is not listed before ${from} in MODULES`);
    }
    assert.deepEqual(problems, []);
  });

  test('the web app imports nothing from server/src except contract.ts files', () => {
    const bad = edgesOf(sourceFiles(WEB)).filter((e) => e.to !== undefined && within(e.to, SERVER) && basename(e.to) !== 'contract.ts');
    assert.deepEqual(bad.map(where), []);
    const packages = edgesOf(sourceFiles(WEB)).filter((e) => /^(fastify|drizzle-orm|pg|@electric-sql\/pglite|node:)/.test(e.specifier) && !e.typeOnly);
    assert.deepEqual(packages.map(where), [], 'no server-side packages in the browser bundle');
  });
});
