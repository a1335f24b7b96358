import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.js';
import { prepareFirstRun } from './first-run.js';
import { isDatabaseEmpty } from './demo/seed.js';
import { openTestDatabase } from './platform/db/test-db.js';

// Issue 13 item 9: ADMIN_PASSWORD goes through the same strength check as every password an administrator sets.
test('DEMO=0 refuses to start with a weak ADMIN_PASSWORD and creates nothing; a strong one creates the administrator', async () => {
  const database = await openTestDatabase();
  try {
    await assert.rejects(
      prepareFirstRun(database.db, loadConfig({ DEMO: '0', ADMIN_PASSWORD: 'password1234' })),
      /^Error: ADMIN_PASSWORD is too weak: Too easy to guess\. This is similar to a commonly used password/,
    );
    await assert.rejects(prepareFirstRun(database.db, loadConfig({ DEMO: '0', ADMIN_PASSWORD: 'admin-lantern-orchard' })), /must not contain the user name/);
    assert.equal(await isDatabaseEmpty(database.db), true);
    const run = await prepareFirstRun(database.db, loadConfig({ DEMO: '0', ADMIN_PASSWORD: 'lantern-orchard-mosaic' }));
    assert.equal(run?.summary, 'created the administrator account "admin"');
  } finally {
    await database.close();
  }
});
