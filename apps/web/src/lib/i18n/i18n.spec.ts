import { describe, expect, it } from 'vitest';
import { translate, type Catalogue, type Message, type MessageKey, type PluralMessage } from './catalogue';
import { en } from './en';
import { I18n, LOCALE_STORAGE_KEY, type LocaleStorage } from './i18n.svelte';
import { nl } from './nl';

function memoryStorage(initial: Record<string, string> = {}): LocaleStorage & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (key) => data[key] ?? null,
		setItem: (key, value) => {
			data[key] = value;
		},
	};
}

describe('translate', () => {
	it('returns the message of the chosen catalogue', () => {
		expect(translate(en, nl, 'login.submit')).toBe('Log in');
		expect(translate(nl, nl, 'login.submit')).toBe('Inloggen');
	});

	it('falls back to the default catalogue when the chosen one lacks the key', () => {
		const partial: Partial<Catalogue> = { 'login.title': 'Log in' };
		expect(translate(partial, nl, 'login.password')).toBe('Wachtwoord');
	});

	it('falls back to the key itself when no catalogue has it', () => {
		expect(translate({}, {}, 'login.password')).toBe('login.password');
	});

	it('fills in placeholders and leaves unknown ones visible', () => {
		expect(translate(nl, nl, 'dashboard.welcome', { name: 'Willem Smit' })).toBe('Welkom, Willem Smit');
		expect(translate(nl, nl, 'dashboard.health.up', { ms: 1.5 })).toBe('Verbonden (1.5 ms)');
		expect(translate(nl, nl, 'dashboard.welcome', {})).toBe('Welkom, {name}');
	});

	it('has an English text for every Dutch key, none of them empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
		for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
	});

	it('uses the same placeholders in both languages, in every plural form', () => {
		for (const key of Object.keys(nl) as MessageKey[]) {
			const dutch = placeholders(forms(nl[key]).other);
			for (const text of [...Object.values(forms(nl[key])), ...Object.values(forms(en[key]))]) expect(placeholders(text), key).toEqual(dutch);
		}
	});

	it('gives every plural text a form for one and for other, chosen by a parameter the text uses', () => {
		const plural = (Object.keys(nl) as MessageKey[]).filter((key) => typeof nl[key] !== 'string');
		expect(plural).toContain('chain.countries.contributors');
		for (const key of plural) {
			for (const message of [nl[key], en[key]]) {
				if (typeof message === 'string') throw new Error(`${key} is plural in Dutch but not in English`);
				const plural: PluralMessage = message;
				expect(Object.keys(plural).filter((k) => k !== 'by').sort(), key).toEqual(['one', 'other']);
				expect(placeholders(plural.other), key).toContain(plural.by ?? 'count');
			}
			expect((en[key] as PluralMessage).by, key).toBe((nl[key] as PluralMessage).by);
		}
	});

	it('says “1 organisatie” and “2 organisaties”, in English too', () => {
		const contributors = (count: number, locale: 'nl' | 'en') =>
			translate(locale === 'nl' ? nl : en, nl, 'chain.countries.contributors', { count }, locale);
		expect(contributors(1, 'nl')).toBe('Op basis van gegevens van 1 organisatie.');
		expect(contributors(2, 'nl')).toBe('Op basis van gegevens van 2 organisaties.');
		expect(contributors(0, 'nl')).toBe('Op basis van gegevens van 0 organisaties.');
		expect(contributors(1, 'en')).toBe('Based on data from 1 organisation.');
		expect(contributors(3, 'en')).toBe('Based on data from 3 organisations.');
	});

	it('chooses the form by the parameter the text names', () => {
		expect(translate(nl, nl, 'materials.count', { shown: 0, total: 1 }, 'nl')).toBe('0 van 1 grondstof');
		expect(translate(nl, nl, 'materials.count', { shown: 1, total: 4 }, 'nl')).toBe('1 van 4 grondstoffen');
		expect(translate(en, nl, 'scenario.duration.months', { n: 1 }, 'en')).toBe('1 month');
		expect(translate(en, nl, 'scenario.duration.months', { n: 6 }, 'en')).toBe('6 months');
	});

	it('takes the other form when the count is missing, and falls back per key as before', () => {
		expect(translate(nl, nl, 'count.parts', undefined, 'nl')).toBe('{count} onderdelen');
		const partial: Partial<Catalogue> = {};
		expect(translate(partial, nl, 'count.lines', { count: 1 }, 'en')).toBe('1 regel');
	});
});

/** A message's texts by plural form; a plain text is its own `other`. */
function forms(message: Message): Record<string, string> {
	if (typeof message === 'string') return { other: message };
	const { by: _by, ...texts } = message;
	return texts as Record<string, string>;
}

function placeholders(text: string): string[] {
	return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

describe('I18n', () => {
	it('starts in Dutch when nothing was chosen before', () => {
		const i18n = new I18n(memoryStorage());
		expect(i18n.locale).toBe('nl');
		expect(i18n.t('login.email')).toBe('E-mailadres');
	});

	it('switches language and remembers the choice', () => {
		const storage = memoryStorage();
		const i18n = new I18n(storage);
		i18n.setLocale('en');
		expect(i18n.t('header.logout')).toBe('Log out');
		expect(storage.data[LOCALE_STORAGE_KEY]).toBe('en');
		expect(new I18n(storage).locale).toBe('en');
	});

	it('picks the plural form in the chosen language', () => {
		const i18n = new I18n(memoryStorage());
		expect(i18n.t('count.parts', { count: 1 })).toBe('1 onderdeel');
		expect(i18n.t('count.parts', { count: 2 })).toBe('2 onderdelen');
		i18n.setLocale('en');
		expect(i18n.t('count.parts', { count: 1 })).toBe('1 part');
	});

	it('ignores a stored value that is not a known language', () => {
		expect(new I18n(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' })).locale).toBe('nl');
	});

	it('keeps working when storage is unavailable or throws', () => {
		const broken: LocaleStorage = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('quota');
			},
		};
		const i18n = new I18n(broken);
		expect(i18n.locale).toBe('nl');
		i18n.setLocale('en');
		expect(i18n.locale).toBe('en');
		expect(new I18n(null).locale).toBe('nl');
	});
});
