import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, json, type TestApp } from '../../test/api.js';

/**
 * Issue 14 item 4 in safeguarding: every list the web app shows (MARAC referrals, meetings and actions, the referrals
 * hub, DVPNs, the DVDS queue) was capped at its first 50 or 100 with no count and no way on. Each pages by cursor on
 * the server, in its own order, and every page carries the true total.
 */
let t: TestApp;
const N = 7;
const HOUR = 3_600_000;
type Page = { items: { id: string }[]; nextCursor: string | null; total: number };

const post = async (user: string, url: string, payload: unknown) => {
  const res = await t.as(user, { method: 'POST', url: `/api/v1${url}`, payload: payload as object });
  assert.equal(res.statusCode, 201, `${url}: ${res.body}`);
  return json(res);
};
const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });
const ahead = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();

let n = 0;
const person = async (dateOfBirth = '1988-03-04') => (await post('constable', '/persons', { forenames: `Paging${++n}`, surname: `Person${n}`, dateOfBirth })).id as string;

before(async () => {
  t = await createTestApp();
  // One case listed at a meeting carries the actions; N more referrals wait to be listed.
  const meeting = await post('ppu', '/marac-meetings', { area: 'Stevenage', meetingAt: ahead(48), agencies: ['Police', 'IDVA service'] });
  const listedCase = await post('ppu', '/marac-referrals', { victimPersonId: await person(), professionalJudgementNote: 'Escalating coercive control, listed case' });
  const listed = await t.as('ppu', { method: 'POST', url: `/api/v1/marac-meetings/${meeting.id}/cases`, payload: { referralId: listedCase.id }, headers: { 'if-match': `"${meeting.version}"` } });
  assert.equal(listed.statusCode, 200, listed.body);
  for (let i = 0; i < N; i++) {
    await post('ppu', '/marac-referrals', { victimPersonId: await person(), professionalJudgementNote: `Escalating coercive control, case ${i}` });
    await post('ppu', `/marac-meetings/${meeting.id}/actions`, { referralId: listedCase.id, agency: 'IDVA service', description: `Safety plan ${i}`, dueAt: ahead(24 + (i % 3)) });
    if (i > 0) await post('ppu', '/marac-meetings', { area: `Area ${i}`, meetingAt: ahead(72 + i), agencies: ['Police'] });
    await post('constable', '/safeguarding-referrals', { subjectKind: 'adult', subjectDescription: `Older person ${i}`, concern: 'Neighbour reports financial exploitation by a carer' });
    await post('constable', '/protection-notices', {
      victimPersonId: await person(), perpetratorPersonId: await person('1980-05-05'), grounds: 'Punched the victim and threatened to return', violenceOrThreat: true,
      necessaryToProtect: true, conditions: ['Not to enter the address'],
    });
    await post('ppu', '/dvds-applications', { route: 'right_to_know', applicantName: 'Police', applicantRelationship: 'Police', subjectName: `Subject ${i}`, concern: 'New partner at risk' });
    t.clock.advance(60_000); // distinct times, as in life
  }
});
after(async () => { await t.close(); });

/** Follows the cursor from the first page to the last; each page carries the same total. */
async function follow(user: string, path: string, limit: number) {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res = await get(user, `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(res.statusCode, 200, `${path}: ${res.body}`);
    pages.push(json<Page>(res));
    cursor = pages.at(-1)!.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

const LISTS: [string, string, string][] = [
  ['MARAC referrals', 'ppu', '/marac-referrals?status=referred'],
  ['MARAC meetings', 'ppu', '/marac-meetings'],
  ['MARAC actions', 'ppu', '/marac-actions?status=open'],
  ['referrals hub', 'ppu', '/safeguarding-referrals?status=new'],
  ['DVPNs', 'constable', '/protection-notices'],
  ['DVDS queue', 'ppu', '/dvds-applications?open=true'],
];

for (const [name, user, path] of LISTS) {
  test(`${name}: pages of 3 reach every row once, in the list's own order, under the true total`, async () => {
    const whole = json<Page>(await get(user, `${path}${path.includes('?') ? '&' : '?'}limit=200`));
    assert.equal(whole.total, N, 'the true total');
    assert.equal(whole.items.length, N);
    assert.equal(whole.nextCursor, null);
    const pages = await follow(user, path, 3);
    assert.equal(pages.length, 3);
    assert.ok(pages.every((p) => p.total === N), 'every page carries the total');
    assert.deepEqual(pages.flatMap((p) => p.items.map((i) => i.id)), whole.items.map((i) => i.id), 'the same rows in the same order');
    const bad = await get(user, `${path}${path.includes('?') ? '&' : '?'}cursor=garbage`);
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.body, /cursor/);
  });
}

test('a filter narrows the total on the server; a bad filter is a 400 naming the field', async () => {
  assert.equal(json<Page>(await get('ppu', '/safeguarding-referrals?status=triaged')).total, 0);
  assert.equal(json<Page>(await get('ppu', '/marac-referrals?status=heard')).total, 0);
  assert.equal(json<Page>(await get('ppu', '/dvds-applications?open=false')).total, 0);
  for (const [url, field] of [['/safeguarding-referrals?status=urgent', 'status'], ['/dvds-applications?open=yes', 'open'], ['/marac-actions?status=late', 'status'], ['/marac-meetings?limit=0', 'limit']]) {
    const res = await get('ppu', url);
    assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
    assert.match(JSON.stringify(json(res).errors), new RegExp(field), url);
  }
  assert.equal(json<Page>(await get('ppu.beds', '/dvds-applications')).total, 0, 'another force sees none of them');
});
