import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withBuildLock } from './build-lock';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const API_MAIN = join(REPO_ROOT, 'dist/api/apps/api/src/main.js');

/** Newest modification time of any file below the given folders. */
export function newestMtime(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}

/** Builds the API (as `npm start` runs it) unless dist/ is newer than every source file. */
export function ensureApiBuild(): void {
  const sources = ['apps/api/src', 'libs/domain/src', 'libs/access/src', 'libs/db/src'].map((d) => join(REPO_ROOT, d));
  const isFresh = () => existsSync(API_MAIN) && statSync(API_MAIN).mtimeMs >= newestMtime(sources);
  if (isFresh()) return;
  // Held while one test worker builds, so parallel test files do not write into dist/ at once.
  withBuildLock(join(REPO_ROOT, 'dist', '.e2e-api-build.lock'), () => {
    if (isFresh()) return; // another worker built it while this one waited
    console.log('building the API (npm run build -w @routekaart/api)…');
    execFileSync('npm', ['run', 'build', '--silent', '-w', '@routekaart/api'], { cwd: REPO_ROOT, stdio: 'inherit' });
  });
}
