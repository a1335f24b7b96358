import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { rowsOf } from '../db/connect.js';

/**
 * Issue 13 item 8: every id a request body gives must name a record of the caller's force. A BEDS user who
 * names a HERTS record, or an id that names nothing, gets 422 problem+json naming the field, and nothing is
 * stored (the rows of the table the request writes, and BEDS's audit trail, are unchanged).
 */

const HOUR = 3_600_000;
let t: TestApp;

type Method = 'POST' | 'PATCH';
const send = (user: string, method: Method, url: string, payload: object, ifMatch?: number) =>
  t.as(user, { method, url: `/api/v1${url}`, payload, headers: ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` } });
const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });
const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
const ahead = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();

async function created(res: LightMyRequestResponse): Promise<{ id: string; version: number; reference?: string }> {
  assert.equal(res.statusCode, 201, res.body);
  return json(res);
}

async function count(table: string, where = sql`force_id = 'BEDS'`): Promise<number> {
  return rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0].n;
}

/** One row read straight from the database (reading through the API would itself be audited). */
async function row(query: ReturnType<typeof sql>): Promise<unknown> {
  return rowsOf(await t.db.execute(query))[0];
}

function paths(res: LightMyRequestResponse): string[] {
  return ((json(res).errors ?? []) as { path: string }[]).map((e) => e.path);
}

/** 422 problem+json whose field errors are exactly `expected`, each saying the record is not one of the force's. */
function assertUnreferenced(res: LightMyRequestResponse, expected: string[]) {
  assert.equal(res.statusCode, 422, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = json(res);
  assert.equal(body.type, '/problems/unprocessable');
  assert.deepEqual(paths(res), expected);
  for (const e of body.errors as { message: string }[]) assert.match(e.message, /^(no such .+ in|not an active user of) your force$/);
}

const ids: Record<string, string> = {};
const versions: Record<string, number> = {};

const shoplifting = (over: Record<string, unknown> = {}) => ({
  classificationCode: '46', committedFrom: ago(3), reportedAt: ago(2), source: 'walk_in',
  summary: 'Razor blades taken from the shelf; the thief left without paying.', victimOrganisation: 'Corner Stores', ...over,
});

before(async () => {
  t = await createTestApp();
  // HERTS records a BEDS user must not be able to refer to.
  ids.hertsIncident = (await created(await send('calltaker', 'POST', '/incidents', { source: '999', type: 'CRIME_THEFT', summary: 'Bike taken from a front garden' }))).id;
  ids.hertsCrime = (await created(await send('constable', 'POST', '/crimes', shoplifting()))).id;
  ids.hertsPerson = (await created(await send('constable', 'POST', '/persons', { forenames: 'Harriet', surname: 'Hertford', dateOfBirth: '1980-01-01' }))).id;
  ids.hertsLocation = (await created(await send('constable', 'POST', '/locations', { street: 'Fore Street', town: 'Hertford' }))).id;
  ids.hertsObject = (await created(await send('constable', 'POST', '/objects', { kind: 'phone', description: 'Black smartphone' }))).id;
  ids.hertsEvent = (await created(await send('constable', 'POST', '/events', { type: 'sighting', summary: 'Seen in Hertford' }))).id;
  ids.hertsTask = (await created(await send('constable', 'POST', '/tasks', { title: 'HERTS own work', dueAt: ahead(24) }))).id;
  const hertsUsers = json(await get('sergeant', '/users?q=constable')).items as { id: string; username: string }[];
  ids.hertsUser = hertsUsers.find((u) => u.username === 'constable')!.id;
  // BEDS's own records, so that the only bad id in each request is the one under test.
  ids.bedsPerson = (await created(await send('constable.beds', 'POST', '/persons', { forenames: 'Bella', surname: 'Bedford', dateOfBirth: '1985-05-05' }))).id;
  ids.bedsOther = (await created(await send('constable.beds', 'POST', '/persons', { forenames: 'Ben', surname: 'Biggleswade', dateOfBirth: '1979-09-09' }))).id;
  ids.bedsIncident = (await created(await send('calltaker.beds', 'POST', '/incidents', { source: '101', type: 'CRIME_THEFT', summary: 'Purse taken on the bus' }))).id;
  ids.bedsEvent = (await created(await send('constable.beds', 'POST', '/events', { type: 'sighting', summary: 'Seen in Bedford' }))).id;
  ids.bedsCrime = (await created(await send('constable.beds', 'POST', '/crimes', shoplifting()))).id;
  const investigation = await created(await send('constable.beds', 'POST', '/investigations', { crimeId: (await created(await send('constable.beds', 'POST', '/crimes', shoplifting()))).id, thrive: {} }));
  ids.bedsInvestigation = investigation.id;
  versions.bedsInvestigation = investigation.version;
  const task = await created(await send('sergeant.beds', 'POST', '/tasks', { title: 'BEDS own work', dueAt: ahead(24) }));
  ids.bedsTask = task.id;
  versions.bedsTask = task.version;
  // Every BEDS user below has signed in already, so the audit trail moves only if a refused request wrote to it.
  for (const user of ['constable.beds', 'sergeant.beds', 'calltaker.beds']) assert.equal((await get(user, '/auth/me')).statusCode, 200);
});
after(async () => { await t.close(); });

type Case = {
  name: string;
  user: string;
  method?: Method;
  url: () => string;
  ifMatch?: () => number;
  /** The body, with `id` in the field under test. */
  body: (id: string) => object;
  path: string;
  /** The HERTS record named in the field. */
  herts: () => string;
  /** What must not change: a count or the state of the record the request would change. */
  stored: () => Promise<unknown>;
};

const CASES: Case[] = [
  {
    name: 'POST /crimes incidentId', user: 'constable.beds', url: () => '/crimes', body: (id) => shoplifting({ incidentId: id }),
    path: 'body.incidentId', herts: () => ids.hertsIncident, stored: () => count('crimes'),
  },
  {
    name: 'POST /crimes suspects', user: 'constable.beds', url: () => '/crimes', body: (id) => shoplifting({ suspects: [ids.bedsPerson, id] }),
    path: 'body.suspects.1', herts: () => ids.hertsPerson, stored: () => count('crimes'),
  },
  {
    name: 'POST /crimes locationId', user: 'constable.beds', url: () => '/crimes', body: (id) => shoplifting({ locationId: id }),
    path: 'body.locationId', herts: () => ids.hertsLocation, stored: () => count('crimes'),
  },
  {
    name: 'POST /crimes taskId', user: 'constable.beds', url: () => '/crimes', body: (id) => shoplifting({ incidentId: ids.bedsIncident, taskId: id }),
    path: 'body.taskId', herts: () => ids.hertsTask, stored: () => count('crimes'),
  },
  {
    name: 'POST /crimes/{id}/persons personId', user: 'constable.beds', url: () => `/crimes/${ids.bedsCrime}/persons`, ifMatch: () => 1,
    body: (id) => ({ role: 'witness', personId: id }), path: 'body.personId', herts: () => ids.hertsPerson, stored: () => count('crime_persons'),
  },
  {
    name: 'POST /dash-assessments linkedId (crime)', user: 'constable.beds', url: () => '/dash-assessments',
    body: (id) => ({ victimPersonId: ids.bedsPerson, incidentAt: ago(2), answers: {}, linkedType: 'crime', linkedId: id }),
    path: 'body.linkedId', herts: () => ids.hertsCrime, stored: () => count('dash_assessments'),
  },
  {
    name: 'POST /safeguarding-referrals linkedId (incident)', user: 'constable.beds', url: () => '/safeguarding-referrals',
    body: (id) => ({ subjectKind: 'child', subjectDescription: 'Boy, about 8, at the address', concern: 'Heard shouting at the address', linkedType: 'incident', linkedId: id }),
    path: 'body.linkedId', herts: () => ids.hertsIncident, stored: () => count('safeguarding_referrals'),
  },
  {
    name: 'POST /tasks entityId (person)', user: 'constable.beds', url: () => '/tasks',
    body: (id) => ({ title: 'Check the address history', dueAt: ahead(4), entityType: 'person', entityId: id }),
    path: 'body.entityId', herts: () => ids.hertsPerson, stored: () => count('tasks'),
  },
  {
    name: 'POST /tasks assigneeUserId', user: 'sergeant.beds', url: () => '/tasks',
    body: (id) => ({ title: 'Visit the victim', dueAt: ahead(4), assigneeUserId: id }),
    path: 'body.assigneeUserId', herts: () => ids.hertsUser, stored: () => count('tasks'),
  },
  {
    name: 'POST /tasks/{id}/reassign userId', user: 'sergeant.beds', url: () => `/tasks/${ids.bedsTask}/reassign`, ifMatch: () => versions.bedsTask,
    body: (id) => ({ userId: id, reason: 'Moving this to the day shift' }),
    path: 'body.userId', herts: () => ids.hertsUser, stored: () => row(sql`select version, assignee_user_id from tasks where id = ${ids.bedsTask}`),
  },
  {
    name: 'POST /investigations crimeId', user: 'constable.beds', url: () => '/investigations', body: (id) => ({ crimeId: id, thrive: {} }),
    path: 'body.crimeId', herts: () => ids.hertsCrime, stored: () => count('investigations'),
  },
  {
    name: 'POST /investigations/{id}/finalise suspect.personId', user: 'constable.beds', url: () => `/investigations/${ids.bedsInvestigation}/finalise`,
    ifMatch: () => versions.bedsInvestigation, body: (id) => ({ outcome: '18', rationale: 'No suspect identified', suspect: { personId: id, named: true } }),
    path: 'body.suspect.personId', herts: () => ids.hertsPerson, stored: () => count('investigation_outcomes'),
  },
  {
    name: 'POST /links eventId', user: 'constable.beds', url: () => '/links', body: (id) => ({ role: 'witness', personId: ids.bedsPerson, eventId: id }),
    path: 'body.eventId', herts: () => ids.hertsEvent, stored: () => count('pole_links'),
  },
  {
    name: 'POST /links personId', user: 'constable.beds', url: () => '/links', body: (id) => ({ role: 'witness', personId: id, eventId: ids.bedsEvent }),
    path: 'body.personId', herts: () => ids.hertsPerson, stored: () => count('pole_links'),
  },
  {
    name: 'POST /links objectId', user: 'constable.beds', url: () => '/links', body: (id) => ({ role: 'owner', personId: ids.bedsPerson, objectId: id }),
    path: 'body.objectId', herts: () => ids.hertsObject, stored: () => count('pole_links'),
  },
  {
    name: 'POST /links locationId', user: 'constable.beds', url: () => '/links', body: (id) => ({ role: 'scene', eventId: ids.bedsEvent, locationId: id }),
    path: 'body.locationId', herts: () => ids.hertsLocation, stored: () => count('pole_links'),
  },
  {
    name: 'POST /persons/{id}/addresses locationId', user: 'constable.beds', url: () => `/persons/${ids.bedsPerson}/addresses`,
    body: (id) => ({ locationId: id, type: 'home' }), path: 'body.locationId', herts: () => ids.hertsLocation, stored: () => count('person_addresses'),
  },
  {
    name: 'POST /persons/{id}/merge duplicateId', user: 'sergeant.beds', url: () => `/persons/${ids.bedsPerson}/merge`,
    body: (id) => ({ duplicateId: id, reason: 'The same woman recorded twice' }), path: 'body.duplicateId', herts: () => ids.hertsPerson, stored: () => count('person_merges'),
  },
  {
    name: 'POST /persons/{id}/restrict accessUserIds', user: 'sergeant.beds', url: () => `/persons/${ids.bedsOther}/restrict`,
    body: (id) => ({ reason: 'Victim is a serving police officer', accessUserIds: [id] }), path: 'body.accessUserIds.0', herts: () => ids.hertsUser,
    stored: async () => [await count('person_access'), await row(sql`select restricted, version from persons where id = ${ids.bedsOther}`)],
  },
];

describe('a BEDS user referring to a HERTS record, or to an id that names nothing, gets 422 naming the field and nothing is stored', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      for (const [what, id] of [['HERTS record', c.herts()], ['unknown id', randomUUID()]] as const) {
        const before = [await c.stored(), await count('audit_log')];
        const res = await send(c.user, c.method ?? 'POST', c.url(), c.body(id), c.ifMatch?.());
        assertUnreferenced(res, [c.path]);
        assert.doesNotMatch(res.body, /Harriet|Hertford|HT\//, `${what}: the answer says nothing about the other force's record`);
        assert.deepEqual([await c.stored(), await count('audit_log')], before, `${what}: nothing stored`);
      }
    });
  }
});

describe('the reference check', () => {
  test('names every bad reference of one request at once', async () => {
    const before = await count('crimes');
    const res = await send('constable.beds', 'POST', '/crimes', shoplifting({
      locationId: ids.hertsLocation, victims: [{ personId: ids.hertsPerson }], suspects: [randomUUID()], witnesses: [ids.bedsPerson],
      objectIds: [ids.hertsObject], incidentId: ids.hertsIncident,
    }));
    assertUnreferenced(res, ['body.locationId', 'body.objectIds.0', 'body.victims.0.personId', 'body.suspects.0', 'body.incidentId']);
    assert.equal(await count('crimes'), before);
  });

  test('a task may be about only a kind of record that can be linked, and a type needs its id', async () => {
    const before = await count('tasks');
    const unknownType = await send('constable.beds', 'POST', '/tasks', { title: 'About what?', dueAt: ahead(4), entityType: 'spaceship', entityId: ids.bedsPerson });
    assert.equal(unknownType.statusCode, 422, unknownType.body);
    assert.deepEqual(paths(unknownType), ['body.entityType']);
    const wrongType = await send('constable.beds', 'POST', '/tasks', { title: 'A person is not an incident', dueAt: ahead(4), entityType: 'incident', entityId: ids.bedsPerson });
    assertUnreferenced(wrongType, ['body.entityId']);
    assert.equal(await count('tasks'), before);
  });

  test('records of the caller’s own force are accepted (HERTS links its own incident, crime and person)', async () => {
    const task = await send('constable', 'POST', '/tasks', { title: 'Revisit the witness', dueAt: ahead(4), entityType: 'person', entityId: ids.hertsPerson });
    assert.equal(task.statusCode, 201, task.body);
    assert.equal(json(task).entityId, ids.hertsPerson);
    const crime = await send('constable', 'POST', '/crimes', shoplifting({ incidentId: ids.hertsIncident, suspects: [ids.hertsPerson] }));
    assert.equal(crime.statusCode, 201, crime.body);
    assert.equal(json(crime).incidentId, ids.hertsIncident);
    const victim = (await created(await send('constable', 'POST', '/persons', { forenames: 'Vera', surname: 'Ware', dateOfBirth: '1990-02-02' }))).id;
    const dash = await send('constable', 'POST', '/dash-assessments', { victimPersonId: victim, incidentAt: ago(2), answers: {}, linkedType: 'crime', linkedId: ids.hertsCrime });
    assert.equal(dash.statusCode, 201, dash.body);
    const referral = await send('constable', 'POST', '/safeguarding-referrals', {
      subjectKind: 'adult', subjectDescription: 'Neighbour, elderly', concern: 'Cold and without food', linkedType: 'incident', linkedId: ids.hertsIncident,
    });
    assert.equal(referral.statusCode, 201, referral.body);
  });
});
