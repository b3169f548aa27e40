import { describe, expect, it } from 'vitest';
import { translate, type Catalogue } from './catalogue';
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

	it('uses the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
		}
	});
});

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
