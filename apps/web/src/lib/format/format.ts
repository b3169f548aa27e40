/**
 * Formatting of figures for people: shares as percentages, countries by name in the reader's language
 * with their ISO code, quantities with their unit. Pure; the locale is passed in.
 */

import { COUNTRY_CODES, countryName as libraryCountryName } from '@routekaart/domain/src/materials/countries';

const EM_DASH = '—';

/** A share (0..1) as a percentage, e.g. 0.625 -> "62,5%" in Dutch; null -> "—"; upper bounds as "<0,1%". */
export function formatShare(share: number | null | undefined, locale: string, options: { upperBound?: boolean } = {}): string {
	if (share === null || share === undefined || !Number.isFinite(share)) return EM_DASH;
	const percent = new Intl.NumberFormat(locale, {
		style: 'percent',
		maximumFractionDigits: share !== 0 && Math.abs(share) < 0.01 ? 2 : 1,
	}).format(share);
	return options.upperBound ? `<${percent}` : percent;
}

/** A number with at most `maximumFractionDigits` decimals; null -> "—". */
export function formatNumber(value: number | null | undefined, locale: string, maximumFractionDigits = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return EM_DASH;
	return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * A quantity with its unit label, e.g. "× 3.072 st.". Very small quantities (a wafer per chip) keep
 * enough significant digits to stay readable.
 */
export function formatQuantity(quantity: number, unitLabel: string, locale: string): string {
	const digits = quantity !== 0 && Math.abs(quantity) < 1 ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 };
	return `${new Intl.NumberFormat(locale, digits).format(quantity)} ${unitLabel}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as the API sends it (YYYY-MM-DD) in words, e.g. "1 augustus 2023"; read as a day,
 * not as midnight somewhere, so no time zone can move it. Anything else is shown as it came.
 */
export function formatDate(date: string | null | undefined, locale: string): string {
	if (!date) return EM_DASH;
	const match = ISO_DATE.exec(date);
	if (!match) return date;
	const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	if (!Number.isFinite(utc) || new Date(utc).getUTCDate() !== Number(match[3])) return date;
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
}

const ALPHA2 = /^[A-Z]{2}$/;

/** The country's name in the reader's language ("CN" -> "China"), or the code itself when it is no current country code. */
export function countryName(code: string, locale: string): string {
	if (!ALPHA2.test(code)) return code;
	// Names from ISO 3166 through i18n-iso-countries (the same table the API maps its data with).
	return libraryCountryName(code, locale === 'nl' ? 'nl' : 'en') ?? code;
}

/**
 * The country as plain text, name and code: "China (CN)". No flag emoji: Debian's Chromium (and
 * other systems without a colour emoji font) draws them as empty boxes. Where markup is possible,
 * CountryLabel shows the code as a badge.
 */
export function countryLabel(code: string, locale: string): string {
	const name = countryName(code, locale);
	return name === code ? code : `${name} (${code})`;
}

/** The current ISO 3166-1 alpha-2 codes (the same list the API accepts), sorted by their name in `locale`. */
export function isoCountryCodes(locale: string): string[] {
	const collator = new Intl.Collator(locale);
	return [...COUNTRY_CODES].sort((x, y) => collator.compare(countryName(x, locale), countryName(y, locale)));
}

/** Does the country (code or its name in `locale`) match a filter text typed by the reader? */
export function countryMatches(code: string | null | undefined, filter: string, locale: string): boolean {
	const needle = filter.trim().toLocaleLowerCase(locale);
	if (!needle) return true;
	if (!code) return false;
	if (code.toLowerCase() === needle) return true;
	return countryName(code, locale).toLocaleLowerCase(locale).includes(needle);
}

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

/**
 * A number typed by a person: "12,5", "12.5" and " 40 " are fine; empty is null; anything else
 * (letters, "1.000,5", two separators) is refused rather than guessed.
 */
export function parseDecimal(text: string | null | undefined): ParsedNumber {
	const trimmed = (text ?? '').trim().replace(/\s+/g, '');
	if (!trimmed) return { ok: true, value: null };
	if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return { ok: false };
	return { ok: true, value: Number(trimmed.replace(',', '.')) };
}

/** A whole number typed by a person; empty is null. */
export function parseWholeNumber(text: string | null | undefined): ParsedNumber {
	const parsed = parseDecimal(text);
	if (!parsed.ok || parsed.value === null) return parsed;
	return Number.isInteger(parsed.value) ? parsed : { ok: false };
}

/**
 * A percentage typed by a person as the fraction the API stores ("62,5" -> 0.625). The range is left
 * to the API, which reports it on the field.
 */
export function percentToShare(text: string | null | undefined): ParsedNumber {
	const parsed = parseDecimal(text);
	if (!parsed.ok || parsed.value === null) return parsed;
	return { ok: true, value: Math.round(parsed.value * 1e6) / 1e8 };
}
