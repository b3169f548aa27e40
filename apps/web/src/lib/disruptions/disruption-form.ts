/**
 * The disruption report form's conversions, pure and tested: a report → the form, the form as typed →
 * the API's input (with a message key per field at fault), the API's refusals → the form's fields, the
 * rule that "no measures" excludes every other measure, and the few texts the list derives from a
 * report. What the form cannot judge by itself (a material that does not exist, an item the reporter
 * may not read) is the API's, which names the field.
 */
import type { DisruptionCause, DisruptionMeasure, DisruptionReportFieldsFragment, DisruptionReportInput, Visibility } from '$lib/api/generated/graphql';
import { BadUserInputError, NotFoundError } from '$lib/api/errors';
import type { MessageKey } from '$lib/i18n';
import { apiFieldProblems, parseNumber } from '$lib/monitoring/monitoring-forms';
import { isIsoDate } from '@routekaart/domain/src/chain/chain-validation';
import { DISRUPTION_DESCRIPTION_MAX, DISRUPTION_WEEKS_MAX } from '@routekaart/domain/src/monitoring/disruptions';
import { materialLabel } from '$lib/materials/names';

export { DISRUPTION_DESCRIPTION_MAX, DISRUPTION_WEEKS_MAX };

// ---- choices -------------------------------------------------------------------------------------

/** In the order the form shows them (the API's order, libs/domain/src/monitoring/disruptions.ts). */
export const DISRUPTION_CAUSES = ['NATURAL', 'GEOPOLITICAL', 'MALICIOUS', 'IDIOSYNCRATIC'] as const satisfies readonly DisruptionCause[];
export const DISRUPTION_MEASURES = [
	'PRODUCT_DESIGN',
	'MATERIAL_EFFICIENCY',
	'ALTERNATIVE_MATERIALS',
	'ACCEPT_LATER_DELIVERY',
	'OWN_STOCK',
	'SUPPLIER_KNOWLEDGE',
	'LONG_TERM_AGREEMENTS',
	'MORE_SUPPLIERS',
	'PURCHASE_TERMS',
	'SALES_TERMS',
	'NONE',
	'OTHER',
] as const satisfies readonly DisruptionMeasure[];
export const VISIBILITIES = ['OWNER', 'GOVERNMENT', 'ROADMAP'] as const satisfies readonly Visibility[];
/** The smallest price effect: the price cannot fall by more than all of it. */
export const PRICE_EFFECT_MIN = -100;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
/** Characters as a person counts them (the API counts the same way). */
const textLength = (s: string): number => [...s].length;

// ---- the form ------------------------------------------------------------------------------------

export interface DisruptionFormValues {
	/** A material's id, or "" for none. */
	materialId: string;
	/** An item's id, or "" for none. */
	itemId: string;
	/** YYYY-MM-DD from the date input, or "". */
	startedOn: string;
	/** Numbers as typed (Dutch or English notation), "" for unknown. */
	durationWeeks: string;
	delayWeeks: string;
	priceEffectPct: string;
	cause: DisruptionCause | '';
	measures: DisruptionMeasure[];
	description: string;
	visibility: Visibility;
}

/** In the order the form shows them (the first with an error gets the focus). */
export const DISRUPTION_FIELDS = [
	'materialId',
	'itemId',
	'startedOn',
	'durationWeeks',
	'delayWeeks',
	'priceEffectPct',
	'cause',
	'measures',
	'description',
	'visibility',
] as const;
export type DisruptionField = (typeof DISRUPTION_FIELDS)[number];
export type DisruptionFieldErrors = Partial<Record<DisruptionField, MessageKey>>;

export function emptyDisruptionForm(): DisruptionFormValues {
	return { materialId: '', itemId: '', startedOn: '', durationWeeks: '', delayWeeks: '', priceEffectPct: '', cause: '', measures: [], description: '', visibility: 'OWNER' };
}

/** A number as the form shows it for editing: "" for none, else as JavaScript writes it ("2.5"), which parseNumber reads back. */
const numberText = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The form for editing a report. */
export function disruptionFormOf(report: DisruptionReportFieldsFragment): DisruptionFormValues {
	return {
		materialId: report.material?.id ?? '',
		itemId: report.item?.id ?? '',
		startedOn: report.startedOn,
		durationWeeks: numberText(report.durationWeeks),
		delayWeeks: numberText(report.delayWeeks),
		priceEffectPct: numberText(report.priceEffectPct),
		cause: report.cause,
		measures: DISRUPTION_MEASURES.filter((m) => report.measures.includes(m)),
		description: report.description ?? '',
		visibility: report.visibility,
	};
}

/** Today as YYYY-MM-DD in the reader's own time zone (what "not after today" means to the person filling in). */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The measures after (un)checking one: "no measures" (NONE) unchecks all others, any other measure
 * unchecks NONE; always without repeats, in the order of DISRUPTION_MEASURES.
 */
export function toggleMeasure(measures: readonly DisruptionMeasure[], measure: DisruptionMeasure, checked: boolean): DisruptionMeasure[] {
	if (!checked) return DISRUPTION_MEASURES.filter((m) => m !== measure && measures.includes(m));
	if (measure === 'NONE') return ['NONE'];
	return DISRUPTION_MEASURES.filter((m) => m !== 'NONE' && (m === measure || measures.includes(m)));
}

export type DisruptionConversion = { ok: true; input: DisruptionReportInput } | { ok: false; errors: DisruptionFieldErrors };

type NumberField = 'durationWeeks' | 'delayWeeks' | 'priceEffectPct';

/**
 * The report input from the form: a material, an item or both; a start date that exists and is not
 * after `today` (YYYY-MM-DD); weeks from 0 to 520 and a price effect of at least -100 %, each optional;
 * a cause; at least one measure and "none" alone; a description of at most 2000 characters (empty is
 * null); a visibility.
 */
export function toDisruptionInput(values: DisruptionFormValues, today: string): DisruptionConversion {
	const errors: DisruptionFieldErrors = {};

	const materialId = values.materialId.trim();
	const itemId = values.itemId.trim();
	if (!materialId && !itemId) errors.materialId = 'disruptions.form.error.materialOrItem';

	const startedOn = values.startedOn.trim();
	if (!startedOn) errors.startedOn = 'disruptions.form.error.dateRequired';
	else if (!isIsoDate(startedOn)) errors.startedOn = 'disruptions.form.error.dateInvalid';
	else if (startedOn > today) errors.startedOn = 'disruptions.form.error.dateInFuture';

	const number = (field: NumberField, inRange: (n: number) => boolean, rangeMessage: MessageKey): number | null => {
		const reading = parseNumber(values[field]);
		if (!reading.ok) {
			errors[field] = reading.code === 'AMBIGUOUS_NUMBER' ? 'disruptions.form.error.ambiguousNumber' : 'disruptions.form.error.notANumber';
			return null;
		}
		if (reading.value !== null && !inRange(reading.value)) errors[field] = rangeMessage;
		return reading.value;
	};
	const weeksInRange = (n: number) => n >= 0 && n <= DISRUPTION_WEEKS_MAX;
	const durationWeeks = number('durationWeeks', weeksInRange, 'disruptions.form.error.weeksRange');
	const delayWeeks = number('delayWeeks', weeksInRange, 'disruptions.form.error.weeksRange');
	const priceEffectPct = number('priceEffectPct', (n) => n >= PRICE_EFFECT_MIN, 'disruptions.form.error.priceRange');

	const cause = isOneOf(DISRUPTION_CAUSES, values.cause) ? values.cause : null;
	if (!cause) errors.cause = 'disruptions.form.error.causeRequired';

	const measures = DISRUPTION_MEASURES.filter((m) => values.measures.includes(m));
	if (measures.length === 0) errors.measures = 'disruptions.form.error.measuresRequired';
	else if (measures.includes('NONE') && measures.length > 1) errors.measures = 'disruptions.form.error.noneCombined';

	const description = values.description.trim();
	if (textLength(description) > DISRUPTION_DESCRIPTION_MAX) errors.description = 'disruptions.form.error.descriptionTooLong';

	const visibility = isOneOf(VISIBILITIES, values.visibility) ? values.visibility : null;
	if (!visibility) errors.visibility = 'disruptions.form.error.visibilityRequired';

	if (Object.keys(errors).length > 0 || !cause || !visibility) return { ok: false, errors };
	return {
		ok: true,
		input: {
			materialId: materialId || null,
			itemId: itemId || null,
			startedOn,
			durationWeeks,
			delayWeeks,
			priceEffectPct,
			cause,
			measures,
			description: description || null,
			visibility,
		},
	};
}

// ---- API refusals --------------------------------------------------------------------------------

/** The API's field names (and the domain's, should one come through) → the form's fields. */
const API_FIELDS: Readonly<Record<string, DisruptionField>> = {
	materialId: 'materialId',
	itemId: 'itemId',
	startedOn: 'startedOn',
	durationWeeks: 'durationWeeks',
	delayWeeks: 'delayWeeks',
	priceEffectPct: 'priceEffectPct',
	priceEffectPercent: 'priceEffectPct',
	cause: 'cause',
	measures: 'measures',
	description: 'description',
	visibility: 'visibility',
};

/** The form's field for an API field (`input.startedOn` as well as `startedOn`); null when the form has none. */
export function disruptionFieldOf(apiField: string): DisruptionField | null {
	const name = apiField.replace(/^input\./, '');
	return Object.prototype.hasOwnProperty.call(API_FIELDS, name) ? (API_FIELDS[name] ?? null) : null;
}

/** What to say at a field for an API code (the validator's codes; null when the API gave none). */
export function disruptionFieldMessage(field: DisruptionField, code: string | null): MessageKey {
	switch (field) {
		case 'materialId':
			return code === 'REQUIRED' ? 'disruptions.form.error.materialOrItem' : 'disruptions.form.error.materialUnknown';
		case 'itemId':
			return 'disruptions.form.error.itemNotFound';
		case 'startedOn':
			return code === 'IN_FUTURE' ? 'disruptions.form.error.dateInFuture' : code === 'REQUIRED' ? 'disruptions.form.error.dateRequired' : 'disruptions.form.error.dateInvalid';
		case 'durationWeeks':
		case 'delayWeeks':
			return code === 'NOT_A_NUMBER' ? 'disruptions.form.error.notANumber' : 'disruptions.form.error.weeksRange';
		case 'priceEffectPct':
			return code === 'NOT_A_NUMBER' ? 'disruptions.form.error.notANumber' : 'disruptions.form.error.priceRange';
		case 'cause':
			return 'disruptions.form.error.causeRequired';
		case 'measures':
			return code === 'NOT_ALLOWED' ? 'disruptions.form.error.noneCombined' : 'disruptions.form.error.measuresRequired';
		case 'description':
			return 'disruptions.form.error.descriptionTooLong';
		case 'visibility':
			return 'disruptions.form.error.visibilityRequired';
	}
}

/**
 * The form's errors from an API refusal, the first message per field: every problem of a
 * BAD_USER_INPUT, and a NOT_FOUND on `itemId` (an item the reporter may not read, or that is gone) or
 * `materialId`. Null when nothing names a field of the form (the caller shows the general message).
 */
export function disruptionErrorsFromApi(error: unknown): DisruptionFieldErrors | null {
	const errors: DisruptionFieldErrors = {};
	if (error instanceof BadUserInputError) {
		for (const problem of apiFieldProblems(error)) {
			const field = disruptionFieldOf(problem.field);
			if (field && !errors[field]) errors[field] = disruptionFieldMessage(field, problem.code);
		}
	} else if (error instanceof NotFoundError) {
		const apiField = error.extensions['field'];
		const field = typeof apiField === 'string' ? disruptionFieldOf(apiField) : null;
		if (field === 'itemId' || field === 'materialId') errors[field] = disruptionFieldMessage(field, 'NOT_FOUND');
	}
	return Object.keys(errors).length > 0 ? errors : null;
}

// ---- choices shown ---------------------------------------------------------------------------------

/** Items under their product group, the groups in the order they first appear, each group's items by name. */
export function itemsByGroup<T extends { id: string; name: string; group: string }>(items: readonly T[], locale = 'nl'): { group: string; items: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const list = groups.get(item.group);
		if (list) list.push(item);
		else groups.set(item.group, [item]);
	}
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	return [...groups].map(([group, list]) => ({ group, items: [...list].sort((a, b) => collator.compare(a.name, b.name)) }));
}

// ---- the list ------------------------------------------------------------------------------------

/** What a report is about: "Kobalt (Co)", the item's name, or both joined by " · "; "" when the reader may see neither. */
export function disruptionSubject(report: Pick<DisruptionReportFieldsFragment, 'material' | 'item'>, locale: string): string {
	const material = report.material ? materialLabel(report.material, locale) : null;
	return [material, report.item?.name ?? null].filter((part): part is string => !!part).join(' · ');
}

/** A price effect with its sign, "+40 %" / "−10 %" in Dutch, "+40%" in English; "" for none. */
export function formatPriceEffect(value: number | null | undefined, locale: string): string {
	if (value === null || value === undefined) return '';
	return new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value / 100);
}

/** A number of weeks as a plain number in the locale ("2,5"); "" for none. */
export function formatWeeks(value: number | null | undefined, locale: string): string {
	if (value === null || value === undefined) return '';
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
