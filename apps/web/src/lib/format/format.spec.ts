import { describe, expect, it } from 'vitest';
import {
	countryLabel,
	countryMatches,
	countryName,
	formatDate,
	formatNumber,
	formatQuantity,
	formatShare,
	isoCountryCodes,
	parseDecimal,
	parseWholeNumber,
	percentToShare,
} from './format';

describe('formatShare', () => {
	it.each([
		[0.625, 'nl', '62,5%'],
		[0.625, 'en', '62.5%'],
		[1, 'nl', '100%'],
		[0, 'nl', '0%'],
		[0.938, 'nl', '93,8%'],
		[0.003, 'nl', '0,3%'],
		[0.0004, 'en', '0.04%'],
	])('shows %s in %s as %s', (share, locale, text) => {
		expect(formatShare(share, locale)).toBe(text);
	});

	it('marks an upper bound and shows a dash for nothing', () => {
		expect(formatShare(0.001, 'nl', { upperBound: true })).toBe('<0,1%');
		expect(formatShare(null, 'nl')).toBe('—');
		expect(formatShare(undefined, 'en')).toBe('—');
		expect(formatShare(Number.NaN, 'en')).toBe('—');
	});
});

describe('formatNumber and formatQuantity', () => {
	it('rounds to the given decimals in the reader’s notation', () => {
		expect(formatNumber(2.5, 'nl')).toBe('2,5');
		expect(formatNumber(3.8867, 'en', 2)).toBe('3.89');
		expect(formatNumber(null, 'nl')).toBe('—');
	});

	it('keeps small quantities readable and groups large ones', () => {
		expect(formatQuantity(3072, 'st.', 'nl')).toBe('3.072 st.');
		expect(formatQuantity(0.004, 'st.', 'nl')).toBe('0,004 st.');
		expect(formatQuantity(0.0002, 'kg', 'en')).toBe('0.0002 kg');
		expect(formatQuantity(1.25, 'kg', 'en')).toBe('1.25 kg');
	});
});

describe('formatDate', () => {
	it('writes a calendar date in words in the reader’s language, whatever the time zone', () => {
		expect(formatDate('2023-08-01', 'nl')).toBe('1 augustus 2023');
		expect(formatDate('2023-08-01', 'en')).toBe('August 1, 2023');
		expect(formatDate('2025-12-31', 'nl')).toBe('31 december 2025');
	});

	it('keeps what is not a date as it came, and shows a dash for nothing', () => {
		expect(formatDate('2023-02-30', 'nl')).toBe('2023-02-30');
		expect(formatDate('binnenkort', 'nl')).toBe('binnenkort');
		expect(formatDate(null, 'nl')).toBe('—');
	});
});

describe('countries', () => {
	it('writes a country as its name and code, without a flag emoji, and an unknown code once', () => {
		expect(countryLabel('NL', 'nl')).toBe('Nederland (NL)');
		expect(countryLabel('CN', 'en')).toBe('China (CN)');
		expect(countryLabel('QQ', 'nl')).toBe('QQ');
		expect(countryLabel('NLD', 'nl')).toBe('NLD');
		expect(countryLabel('DE', 'nl')).not.toMatch(/\p{Regional_Indicator}/u);
	});

	it('names the country in the reader’s language, or keeps the code', () => {
		expect(countryName('DE', 'nl')).toBe('Duitsland');
		expect(countryName('DE', 'en')).toBe('Germany');
		expect(countryName('??', 'nl')).toBe('??');
		expect(countryName('DD', 'nl')).toBe('DD');
		expect([countryName('CD', 'nl'), countryName('CD', 'en')]).toEqual(['Congo-Kinshasa', 'Democratic Republic of the Congo']);
	});

	it('matches a filter by code or by part of the name', () => {
		expect(countryMatches('CN', 'cn', 'nl')).toBe(true);
		expect(countryMatches('CN', 'chin', 'nl')).toBe(true);
		expect(countryMatches('DE', 'duits', 'nl')).toBe(true);
		expect(countryMatches('DE', 'duits', 'en')).toBe(false);
		expect(countryMatches(null, 'cn', 'nl')).toBe(false);
		expect(countryMatches(null, '  ', 'nl')).toBe(true);
	});

	it('lists the assigned ISO codes by name, without the EU or the UN', () => {
		const codes = isoCountryCodes('nl');
		expect(codes.length).toBeGreaterThan(240);
		expect(codes).toEqual(expect.arrayContaining(['NL', 'CN', 'CD', 'ZA', 'KZ']));
		expect(codes).not.toContain('EU');
		expect(codes).not.toContain('UN');
		expect(codes).not.toContain('XX');
		// Obsolete codes are no choice: DD (East Germany), UK (not ISO), ZR (Zaire).
		for (const obsolete of ['DD', 'UK', 'ZR', 'RH', 'VD']) expect(codes).not.toContain(obsolete);
		// Sorted by the Dutch name: Duitsland before Nederland before Zweden.
		expect(codes.indexOf('DE')).toBeLessThan(codes.indexOf('NL'));
		expect(codes.indexOf('NL')).toBeLessThan(codes.indexOf('SE'));
	});
});

describe('numbers typed by people', () => {
	it.each([
		['40', 40],
		['12,5', 12.5],
		['12.5', 12.5],
		[' 7 ', 7],
		['-3', -3],
	])('reads %j as %s', (text, value) => {
		expect(parseDecimal(text)).toEqual({ ok: true, value });
	});

	it('reads an empty field as no value', () => {
		expect(parseDecimal('')).toEqual({ ok: true, value: null });
		expect(parseDecimal('   ')).toEqual({ ok: true, value: null });
		expect(parseDecimal(null)).toEqual({ ok: true, value: null });
	});

	it.each(['abc', '1.000,5', '12,5,1', '1e3', '%', '12 %'])('refuses %j rather than guess', (text) => {
		expect(parseDecimal(text)).toEqual({ ok: false });
	});

	it('wants whole numbers where only those make sense', () => {
		expect(parseWholeNumber('2')).toEqual({ ok: true, value: 2 });
		expect(parseWholeNumber('2,5')).toEqual({ ok: false });
		expect(parseWholeNumber('')).toEqual({ ok: true, value: null });
	});

	it('turns a percentage into the fraction the API stores, without floating-point residue', () => {
		expect(percentToShare('62,5')).toEqual({ ok: true, value: 0.625 });
		expect(percentToShare('150')).toEqual({ ok: true, value: 1.5 });
		expect(percentToShare('14,3')).toEqual({ ok: true, value: 0.143 });
		expect(percentToShare('')).toEqual({ ok: true, value: null });
		expect(percentToShare('veel')).toEqual({ ok: false });
	});
});
