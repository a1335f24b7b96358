import type { Config } from './config.js';
import type { Db } from './platform/db/connect.js';
import { ensureForces, isDatabaseEmpty, seedAdministrator, seedDemo } from './demo/seed.js';
import { passwordWeakness } from './platform/auth/password-strength.js';

export type FirstRun = { summary: string };

/** On an empty database: demo forces, users and data (DEMO=1), or just an administrator (DEMO=0). */
export async function prepareFirstRun(db: Db, config: Config): Promise<FirstRun | null> {
  if (!(await isDatabaseEmpty(db))) return null;
  if (!config.DEMO) {
    if (!config.ADMIN_PASSWORD) throw new Error('DEMO=0 needs ADMIN_PASSWORD (at least 12 characters) to create the administrator.');
    const weakness = passwordWeakness(config.ADMIN_PASSWORD, { username: 'admin' });
    if (weakness) throw new Error(`ADMIN_PASSWORD is too weak: ${weakness}`);
    await ensureForces(db);
    await seedAdministrator(db, config.ADMIN_PASSWORD);
    return { summary: 'created the administrator account "admin"' };
  }
  // Demo users skip the strength check: DEMO_PASSWORD is public by design (printed at start, in the README).
  const results = await seedDemo(db, { password: config.DEMO_PASSWORD, people: config.DEMO_PEOPLE });
  const people = results.reduce((n, r) => n + r.counts.persons, 0);
  return { summary: `created demo forces HERTS and BEDS, their users, and ${people} synthetic people` };
}
