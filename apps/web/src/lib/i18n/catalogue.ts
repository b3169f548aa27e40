import type { MessageKey } from './nl';

export type { MessageKey };

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export type Catalogue = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Looks a message up in the catalogue, falling back to the default catalogue and then to the key
 * itself (so a missing text shows up as its key, never as an empty spot), and fills in `{name}`
 * placeholders. Placeholders without a value stay as they are.
 */
export function translate(
	catalogue: Partial<Catalogue>,
	fallback: Partial<Catalogue>,
	key: MessageKey,
	params?: MessageParams,
): string {
	const template = catalogue[key] ?? fallback[key] ?? key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
		Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
	);
}
