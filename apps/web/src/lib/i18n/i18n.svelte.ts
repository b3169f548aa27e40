import { getContext, setContext } from 'svelte';
import { DEFAULT_LOCALE, isLocale, translate, type Catalogue, type Locale, type MessageKey, type MessageParams } from './catalogue';
import { en } from './en';
import { nl } from './nl';

const CATALOGUES: Record<Locale, Catalogue> = { nl, en };

export const LOCALE_STORAGE_KEY = 'routekaart.locale';

/** The part of `localStorage` the language choice needs (injectable for tests and private windows). */
export type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The chosen language and the lookup in it; one per app, shared through context. */
export class I18n {
	locale = $state<Locale>(DEFAULT_LOCALE);
	readonly #storage: LocaleStorage | null;

	constructor(storage: LocaleStorage | null = browserStorage()) {
		this.#storage = storage;
		const stored = safely(() => storage?.getItem(LOCALE_STORAGE_KEY));
		if (isLocale(stored)) this.locale = stored;
	}

	/**
	 * The message for `key` in the current language, in the plural form its count asks for. Reading it
	 * in a template tracks the language.
	 */
	t = (key: MessageKey, params?: MessageParams): string =>
		translate(CATALOGUES[this.locale], CATALOGUES[DEFAULT_LOCALE], key, params, this.locale);

	/** Switches the language and remembers the choice for the next visit. */
	setLocale(locale: Locale): void {
		this.locale = locale;
		safely(() => this.#storage?.setItem(LOCALE_STORAGE_KEY, locale));
	}
}

function browserStorage(): LocaleStorage | null {
	return safely(() => (typeof localStorage === 'undefined' ? null : localStorage)) ?? null;
}

/** Storage can throw (disabled cookies, quota); the language choice is not worth failing for. */
function safely<T>(action: () => T): T | undefined {
	try {
		return action();
	} catch {
		return undefined;
	}
}

const KEY = Symbol('i18n');

export function setI18n(i18n: I18n): I18n {
	return setContext(KEY, i18n);
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
