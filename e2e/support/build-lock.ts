import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const STALE_LOCK_MS = 5 * 60_000;

/**
 * Runs `action` while holding a lock directory, so test workers running in parallel do not build
 * into the same output folder at once. A lock older than five minutes is taken to be left over
 * from a killed run. Synchronous on purpose: callers run in a `beforeAll` that must not interleave.
 */
export function withBuildLock(lock: string, action: () => void): void {
  mkdirSync(dirname(lock), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - mtime(lock) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}
