/**
 * Keyboard shortcuts as the toolbar shows them in its titles. The keys are Tiptap's (`Mod` is Cmd on
 * a Mac, Ctrl elsewhere); this only writes them the way the platform's users read them.
 */

export function isMacPlatform(platform: string): boolean {
	return /mac|iphone|ipad|ipod/i.test(platform);
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };

/** `Mod-Shift-8` -> `Ctrl+Shift+8` (or `⌘⇧8` on a Mac). */
export function formatShortcut(keys: string, mac: boolean): string {
	const parts = keys.split('-').map((part) => (part.length === 1 ? part.toUpperCase() : part));
	if (mac) return parts.map((part) => MAC_SYMBOLS[part] ?? part).join('');
	return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
}

/**
 * A link target from what someone typed: a bare host gets https, only web and mail links pass (a
 * `javascript:` link in a shared document would run in every co-editor's browser).
 */
export function normalizeLinkHref(input: string): string | null {
	const value = input.trim();
	if (!value) return null;
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return null;
	}
	if (url.protocol === 'mailto:') return url.pathname ? withScheme : null;
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
	return url.href;
}

/** A document or version name as the API accepts it (apps/api documents: 1-200 characters after trimming). */
export const MAX_NAME_LENGTH = 200;

export type NameProblem = 'required' | 'tooLong';

export function nameProblem(input: string): NameProblem | null {
	const clean = input.trim().replace(/\s+/g, ' ');
	if (!clean) return 'required';
	if (clean.length > MAX_NAME_LENGTH) return 'tooLong';
	return null;
}
