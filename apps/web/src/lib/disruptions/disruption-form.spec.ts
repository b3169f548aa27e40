import { describe, expect, it } from 'vitest';
import { ApiError, BadUserInputError, toApiError } from '$lib/api/errors';
import type { DisruptionReportFieldsFragment } from '$lib/api/generated/graphql';
import { translate } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import {
	DISRUPTION_CAUSES as DOMAIN_CAUSES,
	DISRUPTION_DESCRIPTION_MAX as DOMAIN_DESCRIPTION_MAX,
	DISRUPTION_MEASURES as DOMAIN_MEASURES,
	validateDisruptionReport,
} from '@routekaart/domain/src/monitoring/disruptions';
import { disruptionFormEn, disruptionFormNl } from './form-messages';
import {
	DISRUPTION_CAUSES,
	DISRUPTION_DESCRIPTION_MAX,
	DISRUPTION_FIELDS,
	DISRUPTION_MEASURES,
	disruptionErrorsFromApi,
	disruptionFieldMessage,
	disruptionFieldOf,
	disruptionFormOf,
	disruptionSubject,
	emptyDisruptionForm,
	formatPriceEffect,
	formatWeeks,
	itemsByGroup,
	localToday,
	toDisruptionInput,
	toggleMeasure,
	VISIBILITIES,
	type DisruptionFormValues,
} from './disruption-form';

const TODAY = '2025-06-15';

/** An error as the API sends it (through the client's own mapping). */
function apiError(code: string, field: string, extensions: Record<string, unknown> = {}): ApiError {
	return toApiError({ message: 'English text', extensions: { code, field, ...extensions } });
}

const filled: DisruptionFormValues = {
	...emptyDisruptionForm(),
	materialId: 'mat-co',
	startedOn: '2025-03-01',
	cause: 'GEOPOLITICAL',
	measures: ['OWN_STOCK'],
};

const report: DisruptionReportFieldsFragment = {
	id: 'd-1',
	startedOn: '2025-02-03',
	durationWeeks: 6,
	delayWeeks: 2.5,
	priceEffectPct: -10,
	cause: 'IDIOSYNCRATIC',
	measures: ['OWN_STOCK', 'ALTERNATIVE_MATERIALS'],
	description: 'Brand bij de leverancier',
	visibility: 'GOVERNMENT',
	canUpdate: true,
	material: { id: 'mat-co', name: 'Cobalt', nameNl: 'Kobalt', symbol: 'Co', chemicalSymbol: 'Co' },
	item: { id: 'item-1', name: 'Accupakket' },
	reportingOrganisation: { id: 'org-1', name: 'Fietsfabriek' },
};

describe('the choices', () => {
	it('are the API’s causes and measures, in its order', () => {
		expect([...DISRUPTION_CAUSES]).toEqual([...DOMAIN_CAUSES]);
		expect([...DISRUPTION_MEASURES]).toEqual([...DOMAIN_MEASURES]);
		expect(DISRUPTION_DESCRIPTION_MAX).toBe(DOMAIN_DESCRIPTION_MAX);
		expect([...VISIBILITIES]).toEqual(['OWNER', 'GOVERNMENT', 'ROADMAP']);
	});

	it('starts empty, visible to the own organisation only', () => {
		expect(emptyDisruptionForm()).toEqual({
			materialId: '',
			itemId: '',
			startedOn: '',
			durationWeeks: '',
			delayWeeks: '',
			priceEffectPct: '',
			cause: '',
			measures: [],
			description: '',
			visibility: 'OWNER',
		});
	});
});

describe('measures', () => {
	it('unchecks every other measure when "none" is checked', () => {
		expect(toggleMeasure(['OWN_STOCK', 'MORE_SUPPLIERS'], 'NONE', true)).toEqual(['NONE']);
	});

	it('unchecks "none" when another measure is checked, and keeps the API’s order', () => {
		expect(toggleMeasure(['NONE'], 'OTHER', true)).toEqual(['OTHER']);
		expect(toggleMeasure(['MORE_SUPPLIERS'], 'PRODUCT_DESIGN', true)).toEqual(['PRODUCT_DESIGN', 'MORE_SUPPLIERS']);
		expect(toggleMeasure(['OWN_STOCK'], 'OWN_STOCK', true)).toEqual(['OWN_STOCK']);
	});

	it('removes an unchecked measure, "none" too', () => {
		expect(toggleMeasure(['PRODUCT_DESIGN', 'OWN_STOCK'], 'PRODUCT_DESIGN', false)).toEqual(['OWN_STOCK']);
		expect(toggleMeasure(['NONE'], 'NONE', false)).toEqual([]);
	});
});

describe('form → input', () => {
	it('names every missing field at once', () => {
		expect(toDisruptionInput(emptyDisruptionForm(), TODAY)).toEqual({
			ok: false,
			errors: {
				materialId: 'disruptions.form.error.materialOrItem',
				startedOn: 'disruptions.form.error.dateRequired',
				cause: 'disruptions.form.error.causeRequired',
				measures: 'disruptions.form.error.measuresRequired',
			},
		});
	});

	it('sends a material only, with the unknown figures and an empty description as null', () => {
		expect(toDisruptionInput({ ...filled, description: '   ' }, TODAY)).toEqual({
			ok: true,
			input: {
				materialId: 'mat-co',
				itemId: null,
				startedOn: '2025-03-01',
				durationWeeks: null,
				delayWeeks: null,
				priceEffectPct: null,
				cause: 'GEOPOLITICAL',
				measures: ['OWN_STOCK'],
				description: null,
				visibility: 'OWNER',
			},
		});
	});

	it('takes an item alone, or both; numbers in Dutch or English notation; the text trimmed', () => {
		const itemOnly = toDisruptionInput({ ...filled, materialId: '', itemId: 'item-1' }, TODAY);
		expect(itemOnly.ok && itemOnly.input).toMatchObject({ materialId: null, itemId: 'item-1' });
		const both = toDisruptionInput(
			{ ...filled, itemId: 'item-1', durationWeeks: '12', delayWeeks: '2,5', priceEffectPct: '+40.5', description: ' Exportstop ', visibility: 'ROADMAP' },
			TODAY,
		);
		expect(both.ok && both.input).toMatchObject({
			materialId: 'mat-co',
			itemId: 'item-1',
			durationWeeks: 12,
			delayWeeks: 2.5,
			priceEffectPct: 40.5,
			description: 'Exportstop',
			visibility: 'ROADMAP',
		});
	});

	it('refuses a start after today and a date that does not exist; today itself is fine', () => {
		expect(toDisruptionInput({ ...filled, startedOn: '2025-06-16' }, TODAY)).toEqual({ ok: false, errors: { startedOn: 'disruptions.form.error.dateInFuture' } });
		expect(toDisruptionInput({ ...filled, startedOn: '2025-02-30' }, TODAY)).toEqual({ ok: false, errors: { startedOn: 'disruptions.form.error.dateInvalid' } });
		expect(toDisruptionInput({ ...filled, startedOn: '1-3-2025' }, TODAY)).toEqual({ ok: false, errors: { startedOn: 'disruptions.form.error.dateInvalid' } });
		expect(toDisruptionInput({ ...filled, startedOn: TODAY }, TODAY).ok).toBe(true);
	});

	it('keeps weeks within 0 to 520 and a price effect at least -100 %', () => {
		expect(toDisruptionInput({ ...filled, durationWeeks: '0', delayWeeks: '520', priceEffectPct: '-100' }, TODAY).ok).toBe(true);
		expect(toDisruptionInput({ ...filled, durationWeeks: '-1', delayWeeks: '520,5', priceEffectPct: '-100,1' }, TODAY)).toEqual({
			ok: false,
			errors: {
				durationWeeks: 'disruptions.form.error.weeksRange',
				delayWeeks: 'disruptions.form.error.weeksRange',
				priceEffectPct: 'disruptions.form.error.priceRange',
			},
		});
	});

	it('says which numbers it cannot read, and which can be read two ways', () => {
		expect(toDisruptionInput({ ...filled, durationWeeks: 'zes', priceEffectPct: '1.234' }, TODAY)).toEqual({
			ok: false,
			errors: { durationWeeks: 'disruptions.form.error.notANumber', priceEffectPct: 'disruptions.form.error.ambiguousNumber' },
		});
	});

	it('refuses "none" with other measures, a cause or visibility it does not know, and a description over 2000 characters', () => {
		const result = toDisruptionInput(
			{
				...filled,
				measures: ['NONE', 'OWN_STOCK'],
				cause: 'WEATHER' as DisruptionFormValues['cause'],
				visibility: 'PUBLIC' as DisruptionFormValues['visibility'],
				description: 'é'.repeat(2001),
			},
			TODAY,
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				measures: 'disruptions.form.error.noneCombined',
				cause: 'disruptions.form.error.causeRequired',
				visibility: 'disruptions.form.error.visibilityRequired',
				description: 'disruptions.form.error.descriptionTooLong',
			},
		});
		expect(toDisruptionInput({ ...filled, description: '😀'.repeat(2000) }, TODAY).ok).toBe(true);
	});

	it('sends measures without repeats, in the API’s order', () => {
		const result = toDisruptionInput({ ...filled, measures: ['OTHER', 'PRODUCT_DESIGN', 'OTHER'] }, TODAY);
		expect(result.ok && result.input.measures).toEqual(['PRODUCT_DESIGN', 'OTHER']);
	});

	it('sends only what the API’s own validator accepts', () => {
		const result = toDisruptionInput({ ...filled, itemId: 'item-1', delayWeeks: '3', priceEffectPct: '25', description: 'x' }, TODAY);
		if (!result.ok) throw new Error('expected a valid input');
		const { materialId, itemId, priceEffectPct, ...rest } = result.input;
		const domainInput = { ...rest, materialId: materialId == null ? null : String(materialId), itemId: itemId == null ? null : String(itemId), priceEffectPercent: priceEffectPct };
		expect(validateDisruptionReport(domainInput, { today: TODAY })).toMatchObject({ ok: true, value: { materialId: 'mat-co', itemId: 'item-1', priceEffectPercent: 25 } });
	});

	it('gives the errors in the order of the fields', () => {
		const result = toDisruptionInput(emptyDisruptionForm(), TODAY);
		const order = Object.keys(result.ok ? {} : result.errors).map((f) => DISRUPTION_FIELDS.indexOf(f as never));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});
});

describe('report → form', () => {
	it('fills the form from a report, and the form gives the same report back', () => {
		const values = disruptionFormOf(report);
		expect(values).toEqual({
			materialId: 'mat-co',
			itemId: 'item-1',
			startedOn: '2025-02-03',
			durationWeeks: '6',
			delayWeeks: '2.5',
			priceEffectPct: '-10',
			cause: 'IDIOSYNCRATIC',
			measures: ['ALTERNATIVE_MATERIALS', 'OWN_STOCK'],
			description: 'Brand bij de leverancier',
			visibility: 'GOVERNMENT',
		});
		expect(toDisruptionInput(values, TODAY)).toEqual({
			ok: true,
			input: {
				materialId: 'mat-co',
				itemId: 'item-1',
				startedOn: '2025-02-03',
				durationWeeks: 6,
				delayWeeks: 2.5,
				priceEffectPct: -10,
				cause: 'IDIOSYNCRATIC',
				measures: ['ALTERNATIVE_MATERIALS', 'OWN_STOCK'],
				description: 'Brand bij de leverancier',
				visibility: 'GOVERNMENT',
			},
		});
	});

	it('leaves out what the report does not have', () => {
		const values = disruptionFormOf({ ...report, material: null, durationWeeks: null, delayWeeks: null, priceEffectPct: null, description: null });
		expect(values).toMatchObject({ materialId: '', durationWeeks: '', delayWeeks: '', priceEffectPct: '', description: '' });
	});
});

describe('the API’s refusals', () => {
	it('puts every problem the validator lists at its field', () => {
		const error = apiError('BAD_USER_INPUT', 'materialId', {
			errors: [
				{ field: 'materialId', code: 'REQUIRED', message: 'Choose the material or item that was disrupted' },
				{ field: 'startedOn', code: 'IN_FUTURE', message: 'Give a start date not after today' },
				{ field: 'durationWeeks', code: 'OUT_OF_RANGE', message: '…' },
				{ field: 'priceEffectPct', code: 'OUT_OF_RANGE', message: '…' },
				{ field: 'cause', code: 'UNKNOWN_VALUE', message: '…' },
				{ field: 'measures', code: 'NOT_ALLOWED', message: 'NONE cannot be combined with other measures' },
				{ field: 'description', code: 'TOO_LONG', message: '…' },
			],
		});
		expect(error).toBeInstanceOf(BadUserInputError);
		expect(disruptionErrorsFromApi(error)).toEqual({
			materialId: 'disruptions.form.error.materialOrItem',
			startedOn: 'disruptions.form.error.dateInFuture',
			durationWeeks: 'disruptions.form.error.weeksRange',
			priceEffectPct: 'disruptions.form.error.priceRange',
			cause: 'disruptions.form.error.causeRequired',
			measures: 'disruptions.form.error.noneCombined',
			description: 'disruptions.form.error.descriptionTooLong',
		});
	});

	it('says a material outside the catalogue is unknown (one field, no list)', () => {
		expect(disruptionErrorsFromApi(apiError('BAD_USER_INPUT', 'materialId'))).toEqual({ materialId: 'disruptions.form.error.materialUnknown' });
		expect(disruptionErrorsFromApi(apiError('BAD_USER_INPUT', 'measures', { errors: [{ field: 'measures', code: 'REQUIRED', message: '…' }] }))).toEqual({
			measures: 'disruptions.form.error.measuresRequired',
		});
	});

	it('puts a NOT_FOUND on itemId at the item (one the reporter may not read)', () => {
		expect(disruptionErrorsFromApi(apiError('NOT_FOUND', 'itemId'))).toEqual({ itemId: 'disruptions.form.error.itemNotFound' });
	});

	it('leaves what names no field of the form to the general message', () => {
		expect(disruptionErrorsFromApi(apiError('NOT_FOUND', 'id'))).toBeNull();
		expect(disruptionErrorsFromApi(apiError('BAD_USER_INPUT', 'sharedWith'))).toBeNull();
		expect(disruptionErrorsFromApi(apiError('FORBIDDEN', 'itemId'))).toBeNull();
		expect(disruptionErrorsFromApi(new Error('network'))).toBeNull();
	});

	it('maps the API’s field names, the domain’s and input-prefixed ones to the form’s', () => {
		expect(disruptionFieldOf('priceEffectPercent')).toBe('priceEffectPct');
		expect(disruptionFieldOf('input.delayWeeks')).toBe('delayWeeks');
		expect(disruptionFieldOf('sharedWith')).toBeNull();
		expect(disruptionFieldOf('toString')).toBeNull();
	});

	it('has a message for every field and code, in both languages', () => {
		const codes = [null, 'REQUIRED', 'INVALID_DATE', 'IN_FUTURE', 'OUT_OF_RANGE', 'NOT_A_NUMBER', 'UNKNOWN_VALUE', 'NOT_ALLOWED', 'TOO_LONG', 'NOT_FOUND'];
		for (const field of DISRUPTION_FIELDS) {
			for (const code of codes) {
				const key = disruptionFieldMessage(field, code);
				expect(key.startsWith('disruptions.form.error.'), key).toBe(true);
				expect(nl[key], key).toBeTruthy();
				expect(en[key], key).toBeTruthy();
			}
		}
	});
});

describe('what the form and list show', () => {
	it('groups items by product group, in the order the groups come, each by name', () => {
		const items = [
			{ id: 'b', name: 'Motor', group: 'E-bikes' },
			{ id: 'c', name: 'Omvormer', group: 'Warmtepompen' },
			{ id: 'a', name: 'Accu', group: 'E-bikes' },
		];
		expect(itemsByGroup(items)).toEqual([
			{ group: 'E-bikes', items: [items[2], items[0]] },
			{ group: 'Warmtepompen', items: [items[1]] },
		]);
		expect(itemsByGroup([])).toEqual([]);
	});

	it('names what a report is about', () => {
		expect(disruptionSubject(report, 'nl')).toBe('Kobalt (Co) · Accupakket');
		expect(disruptionSubject({ material: null, item: report.item }, 'nl')).toBe('Accupakket');
		expect(disruptionSubject({ material: report.material, item: null }, 'nl')).toBe('Kobalt (Co)');
		expect(disruptionSubject({ material: null, item: null }, 'nl')).toBe('');
	});

	it('writes the price effect with its sign and weeks in the reader’s notation', () => {
		expect(formatPriceEffect(40, 'en')).toBe('+40%');
		expect(formatPriceEffect(-10, 'en')).toBe('-10%');
		expect(formatPriceEffect(0, 'en')).toBe('0%');
		expect(formatPriceEffect(12.5, 'nl')).toMatch(/^\+12,5\s?%$/);
		expect(formatPriceEffect(null, 'nl')).toBe('');
		expect(formatWeeks(2.5, 'nl')).toBe('2,5');
		expect(formatWeeks(2.5, 'en')).toBe('2.5');
		expect(formatWeeks(null, 'en')).toBe('');
	});

	it('knows today in the reader’s own time zone', () => {
		expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
	});
});

describe('the texts', () => {
	it('has a label for every cause (with what it covers), measure and visibility (with who sees it), in both languages', () => {
		const keys = [
			...DISRUPTION_CAUSES.flatMap((c) => [`disruptions.cause.${c}`, `disruptions.cause.${c}.explain`] as const),
			...DISRUPTION_MEASURES.map((m) => `disruptions.measure.${m}` as const),
			...VISIBILITIES.flatMap((v) => [`disruptions.visibility.${v}`, `disruptions.visibility.${v}.explain`] as const),
		];
		for (const key of keys) {
			expect(disruptionFormNl[key], key).toBeTruthy();
			expect(disruptionFormEn[key], key).toBeTruthy();
		}
		expect(disruptionFormNl['disruptions.measure.NONE']).toBe('Geen maatregelen');
		expect(disruptionFormNl['disruptions.visibility.OWNER.explain']).toBe(
			'Alleen mijn organisatie; anderen zien de melding alleen in cijfers van 3 of meer bedrijven.',
		);
	});

	it('keeps every key under its prefixes, and the catalogues hold them', () => {
		for (const key of Object.keys(disruptionFormNl)) {
			expect(key).toMatch(/^disruptions\.(form|list|cause|measure|visibility)\./);
			expect(key in nl && key in en, key).toBe(true);
		}
	});

	it('names a row in its buttons', () => {
		expect(translate(nl, nl, 'disruptions.list.deleteLabel', { date: '3 februari 2025', subject: 'Kobalt (Co)' }, 'nl')).toBe(
			'Melding van 3 februari 2025 over Kobalt (Co) verwijderen',
		);
		expect(translate(en, nl, 'disruptions.list.editLabel', { date: '3 February 2025', subject: 'Accupakket' }, 'en')).toBe(
			'Edit the report of 3 February 2025 on Accupakket',
		);
	});
});
