import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { persons } from '../pole/schema.js';

// Issue 13 item 13: a client that gave up waiting can retry a create without creating the record twice.
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

const create = (key: string | undefined, body: object, who = 'constable') =>
  t.as(who, { method: 'POST', url: '/api/v1/persons', payload: body, headers: key ? { 'idempotency-key': key } : {} });
const named = async (surname: string) => (await t.db.select({ n: count() }).from(persons).where(eq(persons.surname, surname)))[0].n;

test('the same key and body replays the first response; nothing is created twice', async () => {
  const body = { forenames: 'Retry', surname: 'Idempotent' };
  const first = await create('7b1f0c2e-0001', body);
  assert.equal(first.statusCode, 201, first.body);
  const again = await create('7b1f0c2e-0001', body);
  assert.equal(again.statusCode, 201);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.equal(json(again).id, json(first).id);
  assert.equal(again.headers.etag, first.headers.etag);
  assert.equal(await named('Idempotent'), 1);
});

test('the same key with a different body is 422 naming the header, and stores nothing', async () => {
  await create('7b1f0c2e-0002', { forenames: 'One', surname: 'Keyholder' });
  const other = await create('7b1f0c2e-0002', { forenames: 'Two', surname: 'Keyholder' });
  assert.equal(other.statusCode, 422, other.body);
  assert.equal(json(other).errors[0].path, 'headers.idempotency-key');
  assert.equal(await named('Keyholder'), 1);
});

test('keys are per user: another user with the same key makes their own record', async () => {
  const body = { forenames: 'Shared', surname: 'Keyspace' };
  assert.equal((await create('7b1f0c2e-0003', body, 'constable')).statusCode, 201);
  const second = await create('7b1f0c2e-0003', body, 'sergeant');
  assert.equal(second.statusCode, 201);
  assert.equal(second.headers['idempotent-replayed'], undefined);
  assert.equal(await named('Keyspace'), 2);
});

test('invalid input is refused before the key is taken, so the corrected request may use it; a bad key is 400; no key behaves as before', async () => {
  const bad = await create('7b1f0c2e-0004', { forenames: '', surname: '' });
  assert.equal(bad.statusCode, 400);
  const corrected = await create('7b1f0c2e-0004', { forenames: 'Corrected', surname: 'Keyholder2' });
  assert.equal(corrected.statusCode, 201, corrected.body);
  assert.equal(corrected.headers['idempotent-replayed'], undefined);
  const short = await create('abc', { forenames: 'Short', surname: 'Key' });
  assert.equal(short.statusCode, 400);
  assert.equal(json(short).errors[0].path, 'headers.idempotency-key');
  assert.equal((await create(undefined, { forenames: 'No', surname: 'Keyless' })).statusCode, 201);
  assert.equal((await create(undefined, { forenames: 'No', surname: 'Keyless' })).statusCode, 201);
  assert.equal(await named('Keyless'), 2);
});
