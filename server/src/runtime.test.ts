import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unsupportedNodeReason } from './runtime.js';

test('Node 24 and newer are supported; older majors are refused with the way to run it', () => {
  assert.equal(unsupportedNodeReason('v24.21.0'), null);
  assert.equal(unsupportedNodeReason('v26.1.0'), null);
  const reason = unsupportedNodeReason('v20.20.2');
  assert.match(reason ?? '', /needs Node\.js 24 LTS or newer; this is v20\.20\.2/);
  assert.match(reason ?? '', /npm start, npm test/);
});

test('the test run itself is on the supported Node (npm scripts put node_modules/.bin first)', () => {
  assert.equal(unsupportedNodeReason(process.version), null, process.version);
});
