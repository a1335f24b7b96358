import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DatabaseLockedError extends Error {}

export const LOCK_FILE = 'watchhouse.lock';

/**
 * When the process started (clock ticks since boot, from /proc on Linux), or '' where that cannot be read. With the
 * pid it names one process for ever: a pid reused by another program after a crash has a different start time.
 */
export function processStartTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock's holder ("pid start-time") is still the Watchhouse process that wrote it. */
export function lockHolderRunning(content: string): number | null {
  const [pidText, startTime = ''] = content.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  if (startTime && processStartTime(pid) && processStartTime(pid) !== startTime) return null;
  return pid;
}

/** PGlite allows one process per data directory: a lock file turns a second start into a clear error. */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  const take = () => {
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, `${process.pid} ${processStartTime(process.pid)}`);
    closeSync(fd);
  };
  try {
    take();
  } catch {
    const holder = lockHolderRunning(readFileSync(lockPath, 'utf8'));
    if (holder) {
      throw new DatabaseLockedError(
        `The embedded database in ${dataDir} is in use by another Watchhouse process (pid ${holder}). ` +
          'Stop that process first, or set DATA_DIR to another folder, or DATABASE_URL to use PostgreSQL.',
      );
    }
    unlinkSync(lockPath);
    take();
  }
  return () => {
    if (existsSync(lockPath)) unlinkSync(lockPath);
  };
}
