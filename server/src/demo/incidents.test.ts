import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../platform/db/connect.js';
import { openTestDatabase } from '../platform/db/test-db.js';
import { incidents, units } from '../modules/incidents/schema.js';
import { seedDemoIncidents } from './incidents.js';
import { seedDemoData, seedDemoUsers } from './seed.js';

const NOW = new Date('2026-11-23T18:00:00Z');

describe('demo control-room day (STANDARDS §16)', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
    await seedDemoUsers(database.db, 'watchhouse-demo');
    await seedDemoData(database.db, { forceId: 'HERTS', people: 300, seed: 5, today: '2026-11-23' });
  });
  after(() => database.close());

  it('creates a day of incidents across grades and types, a year of history, units and an unresolved queue', async () => {
    const counts = await seedDemoIncidents(database.db, { forceId: 'HERTS', people: 300, seed: 7, now: NOW });
    assert.equal(counts.today, 180);
    assert.equal(counts.history, 150);
    assert.ok(counts.units >= 50);
    const db = database.db;
    const day = await db.select({ grade: incidents.grade, n: sql<number>`count(*)::int` }).from(incidents)
      .where(and(eq(incidents.forceId, 'HERTS'), sql`${incidents.createdAt} > ${new Date(NOW.getTime() - 86_400_000).toISOString()}`)).groupBy(incidents.grade);
    for (const grade of ['immediate', 'priority', 'scheduled', 'resolved_without_deployment']) assert.ok(day.some((r) => r.grade === grade && r.n > 0), grade);
    const [open] = await db.select({ n: sql<number>`count(*)::int` }).from(incidents).where(sql`${incidents.status} in ('open','assessed','awaiting_resource','deployed','desk_resolution')`);
    assert.ok(open.n > 10 && open.n === counts.unresolved);
    const [repeat] = await db.select({ n: sql<number>`count(*)::int` }).from(incidents).where(eq(incidents.repeatVictim, true));
    assert.ok(repeat.n > 0, 'repeat victims found by person');
    const busy = await db.select().from(units).where(sql`${units.incidentId} is not null`);
    assert.ok(busy.length > 0, 'some units are committed');
  });
});
