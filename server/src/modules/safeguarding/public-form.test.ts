import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, json, type TestApp } from '../../test/api.js';

/**
 * Issue 14 item 17: the public Clare's Law form lets the applicant choose the force. The route takes the force the
 * form sends (checked against the forces table); a request made to Bedfordshire is Bedfordshire's application —
 * its reference, its queue and its officers' work — and Hertfordshire never sees it.
 */
let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const form = {
  applicantName: 'Priya Shah', applyingFor: 'someone_else', relationship: 'My sister’s new partner', phone: '07700 900123',
  safeContactNote: 'Text first, evenings only', subjectName: 'Connor Wade', subjectDetails: 'About 30, lives in Luton',
  concern: 'My sister says he takes her phone and money, and his last partner moved away to get away from him.', consent: true,
};
const submit = (payload: object, remoteAddress = '192.0.2.40') => t.app.inject({ method: 'POST', url: '/api/v1/public/clares-law', payload, remoteAddress });
const queue = async (user: string) => {
  const res = await t.as(user, { method: 'GET', url: '/api/v1/dvds-applications?open=true&limit=100' });
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items as { reference: string; source: string; subjectName: string }[];
};
const total = async (user: string) => json(await t.as(user, { method: 'GET', url: '/api/v1/dvds-applications?limit=1' })).total as number;

describe('public Clare’s Law form: the applicant chooses the force', () => {
  test('a request to BEDS gets a Bedfordshire reference, sits in the BEDS queue with a task for BEDS, and HERTS cannot see it', async () => {
    const res = await submit({ ...form, force: 'BEDS' });
    assert.equal(res.statusCode, 202, res.body);
    const { reference } = json(res);
    assert.match(reference, /^BD\/DVDS\/\d{7}$/, 'Bedfordshire’s reference prefix');
    const beds = (await queue('ppu.beds')).find((a) => a.reference === reference);
    assert.ok(beds, 'in the Bedfordshire DVDS queue');
    assert.equal(beds.source, 'public_form');
    assert.equal(beds.subjectName, 'Connor Wade');
    assert.equal((await queue('ppu')).some((a) => a.reference === reference), false, 'not in the Hertfordshire queue');
    const tasks = json(await t.as('ppu.beds', { method: 'GET', url: '/api/v1/tasks/mine?limit=200' })).items as { kind: string; title: string }[];
    assert.ok(tasks.some((x) => x.kind === 'dvds-initial-checks' && x.title.includes(reference)), 'Bedfordshire’s initial-checks task names the request');
  });

  test('HERTS, as the form sent before it offered a choice, still lands in Hertfordshire', async () => {
    const res = await submit({ ...form, force: 'HERTS' });
    assert.equal(res.statusCode, 202, res.body);
    const { reference } = json(res);
    assert.match(reference, /^HT\/DVDS\/\d{7}$/);
    assert.ok((await queue('ppu')).some((a) => a.reference === reference));
    assert.equal((await queue('ppu.beds')).some((a) => a.reference === reference), false);
  });

  test('a force the service does not cover, or none, is a field error on force and stores nothing', async () => {
    const before = (await total('ppu')) + (await total('ppu.beds'));
    for (const force of ['KENT', 'beds', undefined]) {
      const res = await submit({ ...form, force }, '192.0.2.41');
      assert.equal(res.statusCode, 400, `${force}: ${res.body}`);
      assert.deepEqual((json(res).errors as { path: string }[]).map((e) => e.path), ['body.force'], String(force));
    }
    assert.equal((await total('ppu')) + (await total('ppu.beds')), before);
  });
});
