/** Where the login page sends a user back to: only paths on this site, never another origin. */
export function safeReturnTo(raw: string | null | undefined, fallback = '/'): string {
	if (!raw) return fallback;
	// "/x" is a path; "//host" and "/\host" are other origins to a browser.
	if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
	try {
		const url = new URL(raw, 'http://routekaart.invalid');
		if (url.origin !== 'http://routekaart.invalid') return fallback;
		if (url.pathname === '/login') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}

/**
 * The login page's path that returns to `returnTo` afterwards (left out for the home page); for
 * `resolve()` from `$app/paths`, which adds the base path.
 */
export function loginUrl(returnTo?: string | null): '/login' | `/login?returnTo=${string}` {
	const target = safeReturnTo(returnTo, '/');
	return target === '/' ? '/login' : `/login?returnTo=${encodeURIComponent(target)}`;
}
