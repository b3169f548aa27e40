/**
 * Plural forms chosen by the language's own rules (Intl.PluralRules), so a count never reads as
 * "1 organisaties". Pure; the locale is passed in.
 */

/** A CLDR plural category: Dutch and English use only `one` and `other`, other languages more. */
export type PluralCategory = Intl.LDMLPluralRule;

/** The forms of one message by plural category; `other` is required, as every language has it. */
export type PluralForms<T = string> = { readonly [C in Exclude<PluralCategory, 'other'>]?: T } & { readonly other: T };

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
	let found = rules.get(locale);
	if (!found) {
		found = new Intl.PluralRules(locale);
		rules.set(locale, found);
	}
	return found;
}

/**
 * The plural category of `count` in `locale` ("one" for 1 in Dutch and English, "other" for 0, 2 and 1.5).
 * Anything that is not a finite number counts as `other`.
 */
export function pluralCategory(count: number, locale: string): PluralCategory {
	if (!Number.isFinite(count)) return 'other';
	return pluralRules(locale).select(count);
}

/** The form of `forms` for `count` in `locale`, falling back to `other` when the language's category has no form. */
export function selectPlural<T>(forms: PluralForms<T>, count: number, locale: string): T {
	return forms[pluralCategory(count, locale)] ?? forms.other;
}

/** Does `value` hold plural forms rather than a single text? */
export function isPluralForms(value: unknown): value is PluralForms<unknown> {
	return typeof value === 'object' && value !== null && 'other' in value;
}
