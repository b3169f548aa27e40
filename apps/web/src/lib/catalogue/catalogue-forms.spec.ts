import { describe, expect, it } from 'vitest';
import { toApiError } from '$lib/api/errors';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import {
	describeChange,
	emptyRestrictionForm,
	emptySupplyRow,
	endDateErrorFromApi,
	figuresErrorsFromApi,
	figuresForm,
	numberInputText,
	percentInputText,
	restrictionErrorsFromApi,
	sharesTotal,
	shortDate,
	suppliesErrorsFromApi,
	suppliesFieldOrder,
	suppliesForm,
	toEndDateInput,
	toRecordRestrictionInput,
	toReplaceSuppliesInput,
	toUpdateMaterialInput,
	type CurrentSupply,
	type SuppliesFormValues,
} from './catalogue-forms';
import { catalogueFormsEn, catalogueFormsNl } from './form-messages';

const badInput = (field: string, extensions: Record<string, unknown> = {}) =>
	toApiError({ message: 'English text', extensions: { code: 'BAD_USER_INPUT', field, ...extensions } });

const tNl = (key: MessageKey, params?: MessageParams) => translate(nl, nl, key, params, 'nl');
const tEn = (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params, 'en');

describe('numbers for editing', () => {
	it('writes shares as percentages in the reader’s notation, without thousands separators', () => {
		expect(percentInputText(0.938, 'nl')).toBe('93,8');
		expect(percentInputText(0.938, 'en')).toBe('93.8');
		expect(percentInputText(0.07, 'nl')).toBe('7');
		expect(percentInputText(null, 'nl')).toBe('');
		expect(numberInputText(12345.5, 'nl')).toBe('12345,5');
	});

	it('never writes exactly three decimals, which would read as a thousands separator', () => {
		expect(percentInputText(0.12345, 'nl')).toBe('12,3450');
		expect(numberInputText(0.125, 'en')).toBe('0.1250');
	});
});

describe('the figures form', () => {
	const material = { crmStatus: 'CRITICAL' as const, importReliance: 0.938, eolRecyclingRate: 0.12, substitutionIndex: 0.94 };
	const initial = figuresForm(material, 'nl');

	it('is prefilled with the figures, percentages as %', () => {
		expect(initial).toEqual({ crmStatus: 'CRITICAL', importReliance: '93,8', eolRecyclingRate: '12', substitutionIndex: '0,94' });
	});

	it('sends only what changed, percentages as fractions', () => {
		const result = toUpdateMaterialInput({ ...initial, importReliance: '95,5', substitutionIndex: '0.7' }, initial);
		expect(result).toEqual({ ok: true, input: { importReliance: 0.955, substitutionIndex: 0.7 }, changed: ['importReliance', 'substitutionIndex'] });
	});

	it('sends nothing when nothing changed, and null for an emptied figure', () => {
		expect(toUpdateMaterialInput({ ...initial }, initial)).toEqual({ ok: true, input: {}, changed: [] });
		expect(toUpdateMaterialInput({ ...initial, eolRecyclingRate: ' ' }, initial)).toEqual({ ok: true, input: { eolRecyclingRate: null }, changed: ['eolRecyclingRate'] });
		expect(toUpdateMaterialInput({ ...initial, crmStatus: 'STRATEGIC' }, initial)).toEqual({ ok: true, input: { crmStatus: 'STRATEGIC' }, changed: ['crmStatus'] });
	});

	it('names the field at fault', () => {
		const result = toUpdateMaterialInput({ crmStatus: '', importReliance: '120', eolRecyclingRate: 'veel', substitutionIndex: '-1' }, initial);
		expect(result).toEqual({
			ok: false,
			errors: {
				crmStatus: 'catalogue.figures.error.crmStatus',
				importReliance: 'catalogue.error.percentRange',
				eolRecyclingRate: 'catalogue.error.notANumber',
				substitutionIndex: 'catalogue.figures.error.substitutionNegative',
			},
		});
		expect(toUpdateMaterialInput({ ...initial, substitutionIndex: '1,234' }, initial)).toEqual({
			ok: false,
			errors: { substitutionIndex: 'catalogue.error.ambiguousNumber' },
		});
	});

	it('puts the API’s refusal at its field', () => {
		expect(figuresErrorsFromApi(badInput('importReliance'))).toEqual({ importReliance: 'catalogue.error.percentRange' });
		expect(figuresErrorsFromApi(badInput('substitutionIndex'))).toEqual({ substitutionIndex: 'catalogue.figures.error.substitutionNegative' });
		expect(figuresErrorsFromApi(badInput('id'))).toBeNull();
		expect(figuresErrorsFromApi(new Error('network'))).toBeNull();
	});
});

describe('the country shares form', () => {
	const supplies: CurrentSupply[] = [
		{ stage: 'EXTRACTION', scope: 'GLOBAL', country: null, countryName: 'Other countries', share: 0.1, source: 'USGS 2025', year: 2024 },
		{ stage: 'EXTRACTION', scope: 'GLOBAL', country: 'AU', countryName: 'Australia', share: 0.2, source: 'USGS 2025', year: 2024 },
		{ stage: 'EXTRACTION', scope: 'GLOBAL', country: 'CN', countryName: 'China', share: 0.7, source: 'USGS 2025', year: 2024 },
		{ stage: 'PROCESSING', scope: 'GLOBAL', country: 'CN', countryName: 'China', share: 0.9, source: 'JRC', year: null },
	];

	it('is prefilled with the stage’s rows, largest first and residuals last', () => {
		const form = suppliesForm(supplies, 'EXTRACTION', 'GLOBAL', 'nl');
		expect(form.rows.map((r) => [r.country, r.countryName, r.share])).toEqual([
			['CN', 'China', '70'],
			['AU', 'Australia', '20'],
			['', 'Other countries', '10'],
		]);
		expect(form.source).toBe('USGS 2025');
		expect(form.year).toBe('2024');
		const empty = suppliesForm(supplies, 'EXTRACTION', 'EU_SOURCING', 'nl');
		expect(empty.rows).toHaveLength(1);
		expect(empty.source).toBe('');
		expect(empty.year).toBe('');
	});

	it('adds the shares up as they are typed', () => {
		expect(sharesTotal([{ share: '62,5' }, { share: '30' }, { share: '' }])).toEqual({ total: 0.925, unreadable: false });
		expect(sharesTotal([{ share: '62,5' }, { share: 'x' }])).toEqual({ total: 0.625, unreadable: true });
	});

	it('sends the rows as fractions, empty rows left out and a residual without a code', () => {
		const form: SuppliesFormValues = {
			...suppliesForm(supplies, 'EXTRACTION', 'GLOBAL', 'nl'),
			source: ' USGS MCS 2025 ',
			year: '2025',
		};
		form.rows[0].country = 'cn';
		form.rows.push(emptySupplyRow());
		expect(toReplaceSuppliesInput('m1', form)).toEqual({
			ok: true,
			input: {
				materialId: 'm1',
				stage: 'EXTRACTION',
				scope: 'GLOBAL',
				source: 'USGS MCS 2025',
				year: 2025,
				supplies: [
					{ country: 'CN', countryName: 'China', share: 0.7 },
					{ country: 'AU', countryName: 'Australia', share: 0.2 },
					{ country: null, countryName: 'Other countries', share: 0.1 },
				],
			},
		});
	});

	it('refuses a total above 100% before sending, and names each row’s faults', () => {
		const form = suppliesForm(supplies, 'EXTRACTION', 'GLOBAL', 'nl');
		form.rows[1].share = '30,6';
		form.rows[2].country = 'AUS';
		form.source = '';
		form.year = '25';
		expect(toReplaceSuppliesInput('m1', form)).toEqual({
			ok: false,
			errors: {
				total: 'catalogue.supplies.error.total',
				'rows.2.country': 'catalogue.supplies.error.country',
				source: 'catalogue.supplies.error.sourceRequired',
				year: 'catalogue.supplies.error.year',
			},
		});
		// Rounding in published figures: up to 100.5% passes, as the API allows.
		form.rows[1].share = '20,4';
		form.rows[2].country = '';
		form.source = 'USGS';
		form.year = '';
		expect(toReplaceSuppliesInput('m1', form).ok).toBe(true);
	});

	it('wants each country once, a name and a share on every row', () => {
		const form = suppliesForm(supplies, 'EXTRACTION', 'GLOBAL', 'nl');
		form.rows[1].country = 'CN';
		form.rows[2].countryName = '';
		form.rows[0].share = '';
		const result = toReplaceSuppliesInput('m1', form);
		expect(result.ok ? null : result.errors).toEqual({
			'rows.0.share': 'catalogue.supplies.error.shareRequired',
			'rows.1.country': 'catalogue.supplies.error.countryTwice',
			'rows.2.countryName': 'catalogue.supplies.error.countryNameRequired',
		});
		expect(suppliesFieldOrder(2)).toEqual([
			'rows.0.country',
			'rows.0.countryName',
			'rows.0.share',
			'rows.1.country',
			'rows.1.countryName',
			'rows.1.share',
			'total',
			'source',
			'year',
		]);
	});

	it('puts the API’s refusal at the row it meant, counting only the rows sent', () => {
		const form = suppliesForm(supplies, 'EXTRACTION', 'GLOBAL', 'nl');
		form.rows.splice(1, 0, emptySupplyRow());
		expect(suppliesErrorsFromApi(badInput('supplies[1].country'), form)).toEqual({ 'rows.2.country': 'catalogue.supplies.error.country' });
		expect(suppliesErrorsFromApi(badInput('supplies'), form)).toEqual({ total: 'catalogue.supplies.error.apiTotal' });
		expect(suppliesErrorsFromApi(badInput('source'), form)).toEqual({ source: 'catalogue.supplies.error.sourceRequired' });
		expect(suppliesErrorsFromApi(badInput('materialId'), form)).toBeNull();
	});
});

describe('the export restriction form', () => {
	const filled = { country: 'cn ', measure: 'LICENSING' as const, since: '2023-08-01', until: '', description: ' Gallium and germanium ', source: 'MOFCOM 23/2023' };

	it('sends a new restriction, in force without an end date', () => {
		expect(toRecordRestrictionInput('m1', filled)).toEqual({
			ok: true,
			input: { materialId: 'm1', country: 'CN', measure: 'LICENSING', since: '2023-08-01', until: null, description: 'Gallium and germanium', source: 'MOFCOM 23/2023' },
		});
	});

	it('names every field at fault', () => {
		expect(toRecordRestrictionInput('m1', emptyRestrictionForm())).toEqual({
			ok: false,
			errors: {
				country: 'catalogue.restriction.error.country',
				measure: 'catalogue.restriction.error.measure',
				since: 'catalogue.restriction.error.sinceRequired',
				description: 'catalogue.restriction.error.descriptionRequired',
				source: 'catalogue.restriction.error.sourceRequired',
			},
		});
		expect(toRecordRestrictionInput('m1', { ...filled, since: '2023-02-30', until: '2023-07-01' })).toEqual({
			ok: false,
			errors: { since: 'catalogue.error.dateInvalid' },
		});
		expect(toRecordRestrictionInput('m1', { ...filled, until: '2023-07-01' })).toEqual({
			ok: false,
			errors: { until: 'catalogue.restriction.error.untilBeforeSince' },
		});
	});

	it('sets an end date not before the start', () => {
		expect(toEndDateInput('2023-08-01', '2025-12-31')).toEqual({ ok: true, input: { until: '2025-12-31' } });
		expect(toEndDateInput('2023-08-01', '')).toEqual({ ok: false, error: 'catalogue.restriction.error.untilRequired' });
		expect(toEndDateInput('2023-08-01', '2023-07-31')).toEqual({ ok: false, error: 'catalogue.restriction.error.untilBeforeSince' });
		expect(toEndDateInput('2023-08-01', '31-12-2025')).toEqual({ ok: false, error: 'catalogue.error.dateInvalid' });
	});

	it('puts the API’s refusals at their fields, a duplicate at the start date', () => {
		expect(restrictionErrorsFromApi(badInput('country'))).toEqual({ country: 'catalogue.restriction.error.country' });
		expect(restrictionErrorsFromApi(badInput('source', { errors: [{ field: 'source', code: 'TOO_LONG' }] }))).toEqual({
			source: 'catalogue.restriction.error.sourceTooLong',
		});
		expect(restrictionErrorsFromApi(toApiError({ message: 'dup', extensions: { code: 'CONFLICT', field: 'since' } }))).toEqual({
			since: 'catalogue.restriction.error.duplicate',
		});
		expect(restrictionErrorsFromApi(badInput('materialId'))).toBeNull();
		expect(endDateErrorFromApi(badInput('until'))).toBe('catalogue.restriction.error.untilBeforeSince');
		expect(endDateErrorFromApi(badInput('id'))).toBeNull();
	});
});

describe('the change history in words', () => {
	it('lists changed figures with their new values', () => {
		expect(describeChange({ action: 'material.update', changes: '{"substitutionIndex":0.7}' }, tNl, 'nl')).toBe('Kerncijfers gewijzigd: substitutie-index 0,7');
		expect(
			describeChange({ action: 'material.update', changes: JSON.stringify({ crmStatus: 'STRATEGIC', importReliance: 0.938, eolRecyclingRate: null }) }, tNl, 'nl'),
		).toBe('Kerncijfers gewijzigd: CRM-status Strategisch, importafhankelijkheid 93,8%, recyclinggraad leeg');
		expect(describeChange({ action: 'material.update', changes: '{"substitutionIndex":0.7}' }, tEn, 'en')).toBe('Key figures changed: substitution index 0.7');
	});

	it('names a replacement of country shares by stage, scope, rows, source and year', () => {
		const change = { action: 'materialSupply.replace', changes: JSON.stringify({ stage: 'EXTRACTION', scope: 'GLOBAL', rows: 2, source: 'USGS MCS', year: 2025 }) };
		expect(describeChange(change, tNl, 'nl')).toBe('Landaandelen winning (wereldwijd) vervangen: 2 landen — bron USGS MCS, 2025');
		expect(describeChange(change, tEn, 'en')).toBe('Country shares extraction (global) replaced: 2 countries — source USGS MCS, 2025');
		const one = { action: 'materialSupply.replace', changes: JSON.stringify({ stage: 'PROCESSING', scope: 'EU_SOURCING', rows: 1, source: 'JRC', year: null }) };
		expect(describeChange(one, tNl, 'nl')).toBe('Landaandelen verwerking (inkoop door de EU) vervangen: 1 land — bron JRC');
	});

	it('tells export restrictions recorded, changed and deleted', () => {
		const recorded = {
			action: 'exportRestriction.record',
			changes: JSON.stringify({ materialId: 'm1', country: 'CN', measure: 'LICENSING', since: '2023-08-01', until: null, description: 'x', source: 'y' }),
		};
		expect(describeChange(recorded, tNl, 'nl')).toBe(`Exportbeperking vastgelegd: China, exportvergunning, sinds ${shortDate('2023-08-01', 'nl')}`);
		expect(shortDate('2023-08-01', 'nl')).toMatch(/^1 aug\.? 2023$/);
		const updated = { action: 'exportRestriction.update', changes: JSON.stringify({ materialId: 'm1', country: 'CN', until: { from: null, to: '2025-12-31' } }) };
		expect(describeChange(updated, tNl, 'nl')).toBe(`Exportbeperking China gewijzigd: einddatum ${shortDate('2025-12-31', 'nl')} (was leeg)`);
		expect(describeChange(updated, tEn, 'en')).toBe('Export restriction China changed: end date Dec 31, 2025 (was empty)');
		const deleted = { action: 'exportRestriction.delete', changes: JSON.stringify({ materialId: 'm1', country: 'CN', measure: 'BAN', since: '2024-12-03' }) };
		expect(describeChange(deleted, tEn, 'en')).toBe('Export restriction deleted: China, export ban, since Dec 3, 2024');
	});

	it('does not break on an unknown action or broken JSON', () => {
		expect(describeChange({ action: 'material.merge', changes: '{}' }, tNl, 'nl')).toBe('Wijziging: material.merge');
		expect(describeChange({ action: 'material.update', changes: 'not json' }, tNl, 'nl')).toBe('Kerncijfers gewijzigd: niets');
	});
});

describe('the texts', () => {
	it('has every text in both languages and in the catalogues', () => {
		expect(Object.keys(catalogueFormsEn).sort()).toEqual(Object.keys(catalogueFormsNl).sort());
		for (const key of Object.keys(catalogueFormsNl)) {
			expect(key.startsWith('catalogue.'), key).toBe(true);
			expect(nl[key as MessageKey], key).toEqual(catalogueFormsNl[key as keyof typeof catalogueFormsNl]);
			expect(en[key as MessageKey], key).toEqual(catalogueFormsEn[key as keyof typeof catalogueFormsEn]);
		}
	});
});
