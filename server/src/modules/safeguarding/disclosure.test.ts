import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_DIR } from '../../platform/db/connect.js';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { DASH_QUESTION_KEYS } from './dash-questions.js';

// Safeguarding shows people only through the platform's personRefs (issue 13 item 5; DPA 2018 s.62). In its own
// file: routes.test.ts is at its length limit, and a fresh database keeps the lists below small and exact.
let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

type Res = Awaited<ReturnType<TestApp['as']>>;
const HOUR = 3_600_000;
const post = (user: string, url: string, payload: unknown) => t.as(user, { method: 'POST', url: `/api/v1${url}`, payload: payload as object });
const get = (user: string, url: string, headers: Record<string, string> = {}) => t.as(user, { method: 'GET', url: `/api/v1${url}`, headers });
const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
const requestOf = (res: Res) => String(res.headers['x-request-id']);
const ok = (res: Res) => {
  assert.equal(res.statusCode, 200, res.body);
  return json(res);
};

async function person(forenames: string, surname: string, dateOfBirth: string) {
  const res = await post('constable', '/persons', { forenames, surname, dateOfBirth });
  assert.equal(res.statusCode, 201, res.body);
  return { id: json(res).id as string, reference: json(res).reference as string };
}

async function userId(username: string) {
  return (json(await get('sergeant', `/users?q=${username}&limit=100`)).items as { id: string; username: string }[]).find((u) => u.username === username)!.id;
}

/**
 * A high-risk DASH (MARAC, IDVA and a child referral follow), a DVPN and a Clare's Law application about the same
 * victim and perpetrator; then the public protection officer restricts both with the given access list.
 */
async function restrictedCase(victimName: [string, string], perpetratorName: [string, string], accessUserIds: string[]) {
  const victim = await person(...victimName, '1988-08-08');
  const perpetrator = await person(...perpetratorName, '1979-03-03');
  const dashRes = await post('constable', '/dash-assessments', {
    victimPersonId: victim.id, perpetratorPersonId: perpetrator.id, incidentAt: ago(3), childrenPresent: true, childrenCount: 2,
    answers: Object.fromEntries(DASH_QUESTION_KEYS.map((k) => [k, 'yes'])), positiveAction: { powerOfArrest: true, arrested: true },
  });
  assert.equal(dashRes.statusCode, 201, dashRes.body);
  const dash = json(dashRes);
  const notice = await post('constable', '/protection-notices', {
    perpetratorPersonId: perpetrator.id, victimPersonId: victim.id, dashAssessmentId: dash.id, grounds: 'Assaulted the victim and threatened to return',
    violenceOrThreat: true, necessaryToProtect: true, conditions: ['Not to enter the victim’s address'],
  });
  assert.equal(notice.statusCode, 201, notice.body);
  const dvds = await post('ppu', '/dvds-applications', {
    route: 'right_to_know', applicantName: 'DC Harper (PPU)', applicantRelationship: 'Police-initiated disclosure', subjectName: perpetratorName.join(' '),
    subjectPersonId: perpetrator.id, atRiskPersonId: victim.id, subjectDetails: 'Born 1979, lives in Stevenage', concern: 'Previous partners report violence.',
  });
  assert.equal(dvds.statusCode, 201, dvds.body);
  for (const p of [victim, perpetrator]) {
    const res = await post('ppu', `/persons/${p.id}/restrict`, { reason: 'Victim and family are in a refuge', accessUserIds });
    assert.equal(res.statusCode, 200, res.body);
  }
  return { victim, perpetrator, dash, notice: json(notice), dvds: json(dvds) };
}

/** Every list of the module that names the case's people, read by a constable or an inspector as each may. */
async function readLists(c: Awaited<ReturnType<typeof restrictedCase>>, headers: Record<string, string> = {}) {
  const idva = await get('constable', '/idva-referrals?limit=200', headers);
  const notices = await get('constable', '/protection-notices?limit=200', headers);
  const marac = await get('inspector', '/marac-referrals?limit=200', headers);
  const hub = await get('inspector', '/safeguarding-referrals?limit=200', headers);
  const dvds = await get('inspector', '/dvds-applications?limit=200', headers);
  const find = (res: Res, pick: (i: Record<string, unknown>) => boolean) => (ok(res).items as Record<string, unknown>[]).find(pick)!;
  return {
    responses: [idva, notices, marac, hub, dvds],
    idva: find(idva, (i) => i.id === c.dash.idvaReferralId) as { victim: { name: string } },
    notice: find(notices, (i) => i.id === c.notice.id) as { victim: { name: string }; perpetrator: { name: string } },
    marac: find(marac, (i) => i.id === c.dash.maracReferralId) as { victim: { name: string } },
    hub: find(hub, (i) => i.id === c.dash.safeguardingReferralIds[0]) as { subjectDescription: string },
    dvds: find(dvds, (i) => i.id === c.dvds.id) as { subjectName: string; subjectDetails: string | null; subject: { name: string }; atRisk: { name: string } },
  };
}

async function disclosures(personId: string) {
  const res = await get('auditor', `/audit?entityId=${personId}&action=person.disclosed&limit=200`);
  return ok(res).items as { requestId: string; username: string; reason: string | null; personIds: string[]; detail: Record<string, unknown> | null }[];
}

describe('restricted people in safeguarding views', () => {
  test('without access: "Restricted record" on the IDVA, DVPN, MARAC, hub and DVDS lists; the DASH refuses; nothing disclosed', async () => {
    const c = await restrictedCase(['Philippa', 'Wragge'], ['Desmond', 'Wragge'], []);
    const leaks = /Philippa|Desmond|Wragge|1988-08-08|1979|Stevenage/;
    const lists = await readLists(c);
    assert.equal(lists.idva.victim.name, 'Restricted record');
    assert.deepEqual([lists.notice.victim.name, lists.notice.perpetrator.name], ['Restricted record', 'Restricted record']);
    assert.equal(lists.marac.victim.name, 'Restricted record');
    assert.equal(lists.hub.subjectDescription, `2 children in the household of ${c.victim.reference}`, 'the household by reference, never the name');
    assert.deepEqual([lists.dvds.subjectName, lists.dvds.subjectDetails, lists.dvds.subject.name, lists.dvds.atRisk.name], ['Restricted record', null, 'Restricted record', 'Restricted record']);
    for (const res of lists.responses) assert.doesNotMatch(res.body, leaks, res.body.slice(0, 300));
    const refused = await get('constable', `/dash-assessments/${c.dash.id}`);
    assert.equal(refused.statusCode, 403);
    assert.equal(json(refused).type, '/problems/restricted-record');
    assert.doesNotMatch(refused.body, leaks);
    const read = new Set(lists.responses.map(requestOf));
    for (const p of [c.victim, c.perpetrator]) assert.deepEqual((await disclosures(p.id)).filter((d) => read.has(d.requestId)), [], 'no disclosure recorded for these reads');
  });

  test('users on the access list see the names in every list, and each list read is one disclosure row the auditor finds', async () => {
    const c = await restrictedCase(['Rosamund', 'Haythornthwaite'], ['Clement', 'Haythornthwaite'], [await userId('constable'), await userId('inspector')]);
    const lists = await readLists(c);
    assert.equal(lists.idva.victim.name, 'Rosamund Haythornthwaite');
    assert.deepEqual([lists.notice.victim.name, lists.notice.perpetrator.name], ['Rosamund Haythornthwaite', 'Clement Haythornthwaite']);
    assert.equal(lists.marac.victim.name, 'Rosamund Haythornthwaite');
    assert.equal(lists.hub.subjectDescription, '2 children in the household of Rosamund Haythornthwaite');
    assert.deepEqual([lists.dvds.subjectName, lists.dvds.subjectDetails, lists.dvds.atRisk.name], ['Clement Haythornthwaite', 'Born 1979, lives in Stevenage', 'Rosamund Haythornthwaite']);
    const logged = await disclosures(c.victim.id);
    for (const [i, res] of lists.responses.entries()) {
      const rows = logged.filter((d) => d.requestId === requestOf(res));
      assert.equal(rows.length, 1, `one disclosure row for list ${i}, not one per row`);
      assert.ok(rows[0].personIds.includes(c.victim.id));
      assert.equal(rows[0].reason, null);
    }
  });

  test('X-Access-Reason shows the people and records person.disclosed with the reason; the auditor finds it by the person’s id', async () => {
    const c = await restrictedCase(['Ottilie', 'Brackenbury'], ['Ambrose', 'Brackenbury'], []);
    const reason = 'MARAC research before Thursday’s meeting';
    const lists = await readLists(c, { 'x-access-reason': reason });
    assert.equal(lists.idva.victim.name, 'Ottilie Brackenbury');
    assert.equal(lists.notice.perpetrator.name, 'Ambrose Brackenbury');
    assert.equal(lists.marac.victim.name, 'Ottilie Brackenbury');
    assert.equal(lists.hub.subjectDescription, '2 children in the household of Ottilie Brackenbury');
    assert.equal(lists.dvds.subjectName, 'Ambrose Brackenbury');
    const dash = await get('constable', `/dash-assessments/${c.dash.id}`, { 'x-access-reason': reason });
    assert.equal(ok(dash).victim.name, 'Ottilie Brackenbury');
    const logged = await disclosures(c.victim.id);
    for (const res of [...lists.responses, dash]) {
      const row = logged.find((d) => d.requestId === requestOf(res));
      assert.ok(row, `the auditor finds the disclosure of request ${requestOf(res)}`);
      assert.equal(row.reason, reason);
      assert.ok(row.personIds.includes(c.victim.id));
      assert.ok((row.detail?.accessOverride as string[]).includes(c.victim.id));
    }
    const perpetratorRows = await disclosures(c.perpetrator.id);
    assert.ok(perpetratorRows.some((d) => d.requestId === requestOf(dash)), 'the perpetrator shown on the DASH is in the log too');
  });

  test('a partner sees MARAC actions of their agency only: no person, marker or intelligence; the lists that name people are 403', async () => {
    const c = await restrictedCase(['Winifred', 'Soames'], ['Horace', 'Soames'], []);
    const agency = "Hertfordshire County Council Children's Services";
    const meeting = json(await post('ppu', '/marac-meetings', { area: 'Stevenage', meetingAt: new Date(t.clock.now().getTime() + 48 * HOUR).toISOString(), agencies: ['Police', agency] }));
    const listed = await t.as('ppu', { method: 'POST', url: `/api/v1/marac-meetings/${meeting.id}/cases`, payload: { referralId: c.dash.maracReferralId }, headers: { 'if-match': `"${meeting.version}"` } });
    assert.equal(listed.statusCode, 200, listed.body);
    const action = await post('ppu', `/marac-meetings/${meeting.id}/actions`, { referralId: c.dash.maracReferralId, agency, description: 'Check the children are safe at school', dueAt: new Date(t.clock.now().getTime() + 100 * HOUR).toISOString() });
    assert.equal(action.statusCode, 201, action.body);
    const actions = await get('partner', '/marac-actions');
    assert.ok(ok(actions).items.some((a: { id: string }) => a.id === json(action).id));
    assert.doesNotMatch(actions.body, /Winifred|Horace|Soames|marker|intelligence|"victim"|"person"/i);
    for (const url of ['/marac-referrals', '/idva-referrals', '/protection-notices', '/safeguarding-referrals', `/dash-assessments/${c.dash.id}`, `/persons/${c.victim.id}`, `/persons?q=Soames`]) {
      assert.equal((await get('partner', url)).statusCode, 403, url);
    }
  });

  test('DASH task titles name no one; migration 0016 rewrites a stored household name to the victim’s reference', async () => {
    const c = await restrictedCase(['Cressida', 'Pankhurst'], ['Lionel', 'Pankhurst'], []);
    assert.ok(c.dash.tasks.length >= 6);
    assert.deepEqual(c.dash.tasks.filter((x: { title: string }) => /Cressida|Lionel|Pankhurst/.test(x.title)), []);
    const referralId = c.dash.safeguardingReferralIds[0];
    const description = async () => ((await t.db.execute(sql`select subject_description as d from safeguarding_referrals where id = ${referralId}`)) as unknown as { rows: { d: string }[] }).rows[0].d;
    assert.equal(await description(), `2 children in the household of ${c.victim.reference}`, 'no name stored');
    // As a deployed database holds them from before: the victim's name in the text.
    await t.db.execute(sql`update safeguarding_referrals set subject_description = '2 children in the household of Cressida Pankhurst' where id = ${referralId}`);
    const handWritten = json(await post('constable', '/safeguarding-referrals', {
      subjectKind: 'child', subjectDescription: 'Boy, 9, in the household of Cressida Pankhurst', concern: 'Seen out alone late at night', dashAssessmentId: c.dash.id,
    }));
    const migration = readFileSync(join(MIGRATIONS_DIR, '0016_safeguarding_household_without_names.sql'), 'utf8');
    await t.db.execute(sql.raw(migration));
    await t.db.execute(sql.raw(migration));
    assert.equal(await description(), `2 children in the household of ${c.victim.reference}`);
    const kept = ((await t.db.execute(sql`select subject_description as d from safeguarding_referrals where id = ${handWritten.id}`)) as unknown as { rows: { d: string }[] }).rows[0].d;
    assert.equal(kept, 'Boy, 9, in the household of Cressida Pankhurst', 'a referral made by hand is not rewritten');
  });
});
