import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { acquireLock, DatabaseLockedError, LOCK_FILE, processStartTime } from './lock.js';

// Issue 13 item 15: one process per embedded data directory, and a stale lock never needs deleting by hand.
const dir = mkdtempSync(join(tmpdir(), 'watchhouse-lock-'));
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
after(() => {
  sleeper.kill();
  rmSync(dir, { recursive: true, force: true });
});
const lockPath = join(dir, LOCK_FILE);

test('the lock names this process by pid and start time, and is removed on release', () => {
  const release = acquireLock(dir);
  assert.equal(readFileSync(lockPath, 'utf8'), `${process.pid} ${processStartTime(process.pid)}`);
  release();
  assert.throws(() => readFileSync(lockPath));
});

test('a live Watchhouse holder refuses a second start with a clear message', () => {
  writeFileSync(lockPath, `${sleeper.pid} ${processStartTime(sleeper.pid!)}`);
  assert.throws(() => acquireLock(dir), (e: Error) => e instanceof DatabaseLockedError && /in use by another Watchhouse process \(pid \d+\)/.test(e.message));
});

test('a lock whose pid now belongs to another process (pid reuse after a crash) is taken over', { skip: processStartTime(process.pid) ? false : 'no /proc on this system' }, () => {
  writeFileSync(lockPath, `${sleeper.pid} 1`); // alive pid, but not the process that wrote the lock
  const release = acquireLock(dir);
  assert.match(readFileSync(lockPath, 'utf8'), new RegExp(`^${process.pid} `));
  release();
});

test('a lock of a dead process, or an unreadable one, is taken over', () => {
  for (const content of ['999999999 123', 'garbage', '']) {
    writeFileSync(lockPath, content);
    acquireLock(dir)();
  }
});
