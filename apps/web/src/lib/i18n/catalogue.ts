import { selectPlural } from '../format/plural';
import type { Message, PluralMessage } from './message';
import type { MessageKey, nl } from './nl';

export type { Message, MessageKey, PluralMessage };

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** A catalogue has every Dutch key, with plural forms exactly where the Dutch text has them. */
export type Catalogue = { readonly [K in MessageKey]: (typeof nl)[K] extends string ? string : PluralMessage };
export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Looks a message up in the catalogue, falling back to the default catalogue and then to the key
 * itself (so a missing text shows up as its key, never as an empty spot), picks the plural form for
 * the count in `locale`, and fills in `{name}` placeholders. Placeholders without a value stay as
 * they are; a plural message without its count takes the `other` form.
 */
export function translate(
	catalogue: Partial<Catalogue>,
	fallback: Partial<Catalogue>,
	key: MessageKey,
	params?: MessageParams,
	locale: string = DEFAULT_LOCALE,
): string {
	const message: Message = catalogue[key] ?? fallback[key] ?? key;
	const template = typeof message === 'string' ? message : selectPlural(message, Number(params?.[message.by ?? 'count']), locale);
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
		Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
	);
}
