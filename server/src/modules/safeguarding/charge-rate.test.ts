import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const DAY = 86_400_000;
const ago = (days: number) => new Date(t.clock.now().getTime() - days * DAY).toISOString();
const post = (user: string, url: string, payload: object) => t.as(user, { method: 'POST', url: `/api/v1${url}`, payload });
const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });

describe('DA charge rate (F16)', () => {
  test('the dashboard shows the charge rate of DA crimes from their outcomes, beside the arrest rate', async () => {
    const victim = json(await post('constable', '/persons', { forenames: 'Rowena', surname: 'Achterberg', dateOfBirth: '1990-03-04' })).id;
    const record = async () => {
      const res = await post('constable', '/crimes', {
        classificationCode: '105A', committedFrom: ago(30), reportedAt: ago(29), source: 'phone', summary: 'Partner pushed her into a door.',
        victims: [{ personId: victim }], flags: ['domestic_abuse'],
      });
      assert.equal(res.statusCode, 201, res.body);
      return json(res).id as string;
    };
    const [charged, withdrawn] = [await record(), await record()];
    await t.db.execute(sql`update crimes set outcome = case when id = ${charged} then '1' else '16' end where id in (${charged}, ${withdrawn})`);
    const d = json(await get('analyst', '/safeguarding/dashboard'));
    assert.deepEqual(d.charges, { daCrimes: 2, finalised: 2, charged: 1, chargeRate: 50 });
    assert.equal(json(await get('analyst.beds', '/safeguarding/dashboard')).charges.daCrimes, 0);
  });
});
