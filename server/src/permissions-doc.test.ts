import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { permissionsMarkdown } from './permissions-doc.js';

test('docs/permissions.md is the role → permission matrix of grants.ts (run npm run docs:permissions after changing a grant)', () => {
  const file = readFileSync(new URL('../../docs/permissions.md', import.meta.url), 'utf8');
  assert.equal(file, permissionsMarkdown());
});
