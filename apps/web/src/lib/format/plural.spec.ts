import { describe, expect, it } from 'vitest';
import { isPluralForms, pluralCategory, selectPlural, type PluralForms } from './plural';

const organisations: Record<'nl' | 'en', PluralForms> = {
	nl: { one: '{count} organisatie', other: '{count} organisaties' },
	en: { one: '{count} organisation', other: '{count} organisations' },
};

describe('pluralCategory', () => {
	it.each([
		['nl', 1, 'one'],
		['nl', 0, 'other'],
		['nl', 2, 'other'],
		['nl', 1.5, 'other'],
		['nl', 1000, 'other'],
		['en', 1, 'one'],
		['en', 0, 'other'],
		['en', 21, 'other'],
		['en', 0.5, 'other'],
	] as const)('puts %s %s in %s', (locale, count, category) => {
		expect(pluralCategory(count, locale)).toBe(category);
	});

	it('follows languages with more categories too', () => {
		// Polish: 2–4 is "few", 5 is "many"; the helper is not tied to Dutch and English.
		expect(pluralCategory(3, 'pl')).toBe('few');
		expect(pluralCategory(5, 'pl')).toBe('many');
	});

	it('counts what is not a finite number as other', () => {
		expect(pluralCategory(Number.NaN, 'nl')).toBe('other');
		expect(pluralCategory(Number.POSITIVE_INFINITY, 'en')).toBe('other');
	});
});

describe('selectPlural', () => {
	it('says one organisation in Dutch and English, and more of them otherwise', () => {
		expect(selectPlural(organisations.nl, 1, 'nl')).toBe('{count} organisatie');
		expect(selectPlural(organisations.nl, 0, 'nl')).toBe('{count} organisaties');
		expect(selectPlural(organisations.nl, 3, 'nl')).toBe('{count} organisaties');
		expect(selectPlural(organisations.en, 1, 'en')).toBe('{count} organisation');
		expect(selectPlural(organisations.en, 0, 'en')).toBe('{count} organisations');
		expect(selectPlural(organisations.en, 12, 'en')).toBe('{count} organisations');
	});

	it('falls back to other when the language’s category has no form', () => {
		expect(selectPlural({ other: 'x' }, 1, 'nl')).toBe('x');
		expect(selectPlural({ one: 'one', other: 'other' }, 3, 'pl')).toBe('other');
	});
});

describe('isPluralForms', () => {
	it('tells plural forms from plain text', () => {
		expect(isPluralForms(organisations.nl)).toBe(true);
		expect(isPluralForms('{count} organisaties')).toBe(false);
		expect(isPluralForms(null)).toBe(false);
	});
});
