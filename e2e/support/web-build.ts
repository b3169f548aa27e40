import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, newestMtime } from './api-build';
import { mtime, withBuildLock } from './build-lock';

export const WEB_DIR = join(REPO_ROOT, 'apps/web');
export const WEB_INDEX = join(WEB_DIR, 'build/index.html');

/** Held while one test worker builds, so parallel browser test files do not build into the same folder at once. */
const LOCK = join(WEB_DIR, '.svelte-kit', 'e2e-build.lock');

/**
 * Builds the web app (`npx vite build` in apps/web) unless build/index.html is newer than every file
 * under apps/web/src, apps/web/static, the pure libraries it bundles (libs/access, libs/domain) and
 * vite.config.ts. Browser tests run against that build,
 * served by the API as in production.
 */
export function ensureWebBuild(): void {
	if (isFresh()) {
		console.log(`web app build is up to date (${WEB_INDEX})`);
		return;
	}
	withBuildLock(LOCK, () => {
		if (isFresh()) return; // another worker built it while this one waited
		console.log(
			existsSync(WEB_INDEX)
				? 'web app sources changed since the last build: building apps/web (npx vite build)…'
				: 'web app not built yet: building apps/web (npx vite build)…',
		);
		const started = Date.now();
		// vitest sets NODE_ENV=test, which a child vite build would inherit and turn into a development
		// build (Svelte's and SvelteKit's dev code); the browser tests must run what production serves.
		execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			cwd: WEB_DIR,
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production' },
		});
		if (!existsSync(WEB_INDEX)) throw new Error(`vite build finished without writing ${WEB_INDEX}`);
		console.log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	});
}

function isFresh(): boolean {
	const inputs = Math.max(newestMtime([join(WEB_DIR, 'src'), join(WEB_DIR, 'static'), join(REPO_ROOT, 'libs/access/src'), join(REPO_ROOT, 'libs/domain/src')]), mtime(join(WEB_DIR, 'vite.config.ts')));
	const built = mtime(WEB_INDEX);
	return built > 0 && built >= inputs;
}
