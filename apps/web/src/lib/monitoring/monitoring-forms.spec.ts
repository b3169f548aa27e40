import { describe, expect, it } from 'vitest';
import { ApiError, BadUserInputError, toApiError } from '$lib/api/errors';
import { translate } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { monitoringFormsEn, monitoringFormsNl } from './form-messages';
import {
	apiFieldProblems,
	bytesToBase64,
	checkImportFile,
	emptyObservationForm,
	emptySeriesForm,
	emptyThresholdForm,
	IMPORT_ERROR_CODES,
	importColumnLabel,
	importErrorMessage,
	importRowErrors,
	INDICATOR_KINDS,
	observationErrorsFromApi,
	observationFieldOf,
	observationSavedMessage,
	parseNumber,
	rowsWithErrors,
	SERIES_FREQUENCIES,
	seriesErrorsFromApi,
	SUBJECT_KINDS,
	THRESHOLD_KINDS,
	thresholdErrorsFromApi,
	toObservationInput,
	toSeriesInput,
	toThresholdInput,
} from './monitoring-forms';

/** A BAD_USER_INPUT as the API sends it (through the client's own mapping). */
function badInput(field: string, extensions: Record<string, unknown> = {}): ApiError {
	return toApiError({ message: 'English text', extensions: { code: 'BAD_USER_INPUT', field, ...extensions } });
}

describe('numbers as typed', () => {
	it('reads Dutch and English notation', () => {
		expect(parseNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseNumber('1234.5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseNumber('1234,5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseNumber(' -0,75 ')).toEqual({ ok: true, value: -0.75 });
		expect(parseNumber('1 234,5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseNumber('40')).toEqual({ ok: true, value: 40 });
	});

	it('gives null for nothing, and refuses text and numbers that can be read two ways', () => {
		expect(parseNumber('  ')).toEqual({ ok: true, value: null });
		expect(parseNumber('abc')).toEqual({ ok: false, code: 'NOT_A_NUMBER' });
		expect(parseNumber('12,')).toEqual({ ok: false, code: 'NOT_A_NUMBER' });
		expect(parseNumber('1.234')).toEqual({ ok: false, code: 'AMBIGUOUS_NUMBER' });
		expect(parseNumber('1,234')).toEqual({ ok: false, code: 'AMBIGUOUS_NUMBER' });
	});
});

describe('the series form', () => {
	const filled = {
		...emptySeriesForm(),
		name: ' Galliumprijs ',
		materialId: 'mat-1',
		indicator: 'PRICE' as const,
		unit: ' USD/kg ',
		frequency: 'MONTHLY' as const,
		source: ' Fastmarkets ',
	};

	it('names every missing field at once', () => {
		const result = toSeriesInput(emptySeriesForm());
		expect(result).toEqual({
			ok: false,
			errors: {
				name: 'monitoring.series.form.error.nameRequired',
				materialId: 'monitoring.series.form.error.material',
				indicator: 'monitoring.series.form.error.indicator',
				unit: 'monitoring.series.form.error.unitRequired',
				frequency: 'monitoring.series.form.error.frequency',
				source: 'monitoring.series.form.error.sourceRequired',
			},
		});
	});

	it('sends only the subject the kind asks for, trimmed, with an empty licence as null', () => {
		expect(toSeriesInput({ ...filled, country: 'CN', customName: 'ignored' })).toEqual({
			ok: true,
			input: {
				name: 'Galliumprijs',
				subjectKind: 'MATERIAL',
				materialId: 'mat-1',
				itemId: null,
				country: null,
				indicator: 'PRICE',
				customName: null,
				unit: 'USD/kg',
				frequency: 'MONTHLY',
				source: 'Fastmarkets',
				licence: null,
			},
		});
	});

	it('takes a country as a two-letter code, in capitals', () => {
		const country = toSeriesInput({ ...filled, subjectKind: 'COUNTRY', country: ' cn ' });
		expect(country.ok && country.input).toMatchObject({ subjectKind: 'COUNTRY', country: 'CN', materialId: null });
		expect(toSeriesInput({ ...filled, subjectKind: 'COUNTRY', country: 'China' })).toEqual({ ok: false, errors: { country: 'monitoring.series.form.error.country' } });
		const none = toSeriesInput({ ...filled, subjectKind: 'NONE', country: 'CN' });
		expect(none.ok && none.input).toMatchObject({ subjectKind: 'NONE', country: null, materialId: null });
	});

	it('asks which item a series about an item is about, and sends only that', () => {
		expect(toSeriesInput({ ...filled, subjectKind: 'ITEM', itemId: ' ' })).toEqual({ ok: false, errors: { itemId: 'monitoring.series.form.error.item' } });
		const item = toSeriesInput({ ...filled, subjectKind: 'ITEM', itemId: 'item-7' });
		expect(item.ok && item.input).toMatchObject({ subjectKind: 'ITEM', itemId: 'item-7', materialId: null, country: null });
	});

	it('asks what a custom indicator measures, and checks the lengths', () => {
		expect(toSeriesInput({ ...filled, indicator: 'CUSTOM' })).toEqual({ ok: false, errors: { customName: 'monitoring.series.form.error.customNameRequired' } });
		const custom = toSeriesInput({ ...filled, indicator: 'CUSTOM', customName: ' Aantal ' });
		expect(custom.ok && custom.input.customName).toBe('Aantal');
		const long = toSeriesInput({ ...filled, name: 'x'.repeat(201), unit: 'u'.repeat(41), licence: 'l'.repeat(301) });
		expect(long.ok ? null : long.errors).toEqual({
			name: 'monitoring.series.form.error.nameTooLong',
			unit: 'monitoring.series.form.error.unitTooLong',
			licence: 'monitoring.series.form.error.licenceTooLong',
		});
	});

	it('puts every problem the API lists at its field, subjectId as the material', () => {
		const error = badInput('unit', {
			errors: [
				{ field: 'unit', code: 'TOO_LONG', message: 'Use at most 40 characters' },
				{ field: 'customName', code: 'REQUIRED', message: 'Give …' },
				{ field: 'subjectId', code: 'REQUIRED', message: 'Choose …' },
			],
		});
		expect(seriesErrorsFromApi(error)).toEqual({
			unit: 'monitoring.series.form.error.unitTooLong',
			customName: 'monitoring.series.form.error.customNameRequired',
			materialId: 'monitoring.series.form.error.material',
		});
		expect(seriesErrorsFromApi(badInput('country'))).toEqual({ country: 'monitoring.series.form.error.country' });
		expect(seriesErrorsFromApi(badInput('publisherOrgId'))).toBeNull();
		expect(seriesErrorsFromApi(new Error('network'))).toBeNull();
	});
});

describe('one observation', () => {
	it('converts the typed value and keeps an empty note as null', () => {
		expect(toObservationInput({ date: '2025-03-31', value: '1.234,5', note: ' ' })).toEqual({ ok: true, input: { date: '2025-03-31', value: 1234.5, note: null } });
		expect(toObservationInput({ date: '2025-03-31', value: '0', note: ' na staking ' })).toEqual({ ok: true, input: { date: '2025-03-31', value: 0, note: 'na staking' } });
	});

	it('names a missing date and value, a value that is not a number, and a long note', () => {
		expect(toObservationInput(emptyObservationForm())).toEqual({
			ok: false,
			errors: { date: 'monitoring.form.error.dateRequired', value: 'monitoring.form.error.valueRequired' },
		});
		expect(toObservationInput({ date: '31-3-2025', value: 'veel', note: 'n'.repeat(501) })).toEqual({
			ok: false,
			errors: { date: 'monitoring.form.error.dateInvalid', value: 'monitoring.form.error.notANumber', note: 'monitoring.form.error.noteTooLong' },
		});
		expect(toObservationInput({ date: '2025-03-31', value: '1.234', note: '' })).toEqual({ ok: false, errors: { value: 'monitoring.form.error.ambiguousNumber' } });
	});

	it('maps observations.0.date and friends to the form', () => {
		expect(observationFieldOf('observations.0.date')).toBe('date');
		expect(observationFieldOf('observations.12.value')).toBe('value');
		expect(observationFieldOf('note')).toBe('note');
		expect(observationFieldOf('observations')).toBeNull();
		const error = badInput('observations.0.date', { errors: [{ field: 'observations.0.date', code: 'TOO_FAR_IN_FUTURE', message: '…' }] });
		expect(observationErrorsFromApi(error)).toEqual({ date: 'monitoring.form.error.dateTooFar' });
		expect(observationErrorsFromApi(badInput('observations.0.value'))).toEqual({ value: 'monitoring.form.error.notANumber' });
		expect(observationErrorsFromApi(badInput('observations'))).toBeNull();
	});

	it('announces the save, with the new alerts in the right plural', () => {
		expect(observationSavedMessage(0)).toEqual({ key: 'monitoring.form.observation.saved' });
		const one = observationSavedMessage(1);
		expect(translate(nl, nl, one.key, { count: one.count ?? 0 }, 'nl')).toBe('Waarneming opgeslagen; 1 nieuw signaal.');
		const two = observationSavedMessage(2);
		expect(translate(en, nl, two.key, { count: two.count ?? 0 }, 'en')).toBe('Observation saved; 2 new alerts.');
	});
});

describe('thresholds', () => {
	it('sends a value for ABOVE and BELOW, and nothing of CHANGE', () => {
		expect(toThresholdInput({ ...emptyThresholdForm(), value: '1.250,5' })).toEqual({
			ok: true,
			input: { kind: 'ABOVE', value: 1250.5, percent: null, periods: null, severity: 'WARNING' },
		});
		expect(toThresholdInput({ ...emptyThresholdForm(), kind: 'BELOW', value: '' })).toEqual({ ok: false, errors: { value: 'monitoring.threshold.error.valueRequired' } });
	});

	it('sends a percentage above 0 and 1 to 366 periods for CHANGE', () => {
		expect(toThresholdInput({ ...emptyThresholdForm(), kind: 'CHANGE', value: '99', percent: '12,5', periods: '12', severity: 'CRITICAL' })).toEqual({
			ok: true,
			input: { kind: 'CHANGE', value: null, percent: 12.5, periods: 12, severity: 'CRITICAL' },
		});
		expect(toThresholdInput({ ...emptyThresholdForm(), kind: 'CHANGE' })).toEqual({
			ok: false,
			errors: { percent: 'monitoring.threshold.error.percentRequired', periods: 'monitoring.threshold.error.periodsRequired' },
		});
		expect(toThresholdInput({ ...emptyThresholdForm(), kind: 'CHANGE', percent: '0', periods: '1,5' })).toEqual({
			ok: false,
			errors: { percent: 'monitoring.threshold.error.percentRange', periods: 'monitoring.threshold.error.periodsRange' },
		});
		expect(toThresholdInput({ ...emptyThresholdForm(), kind: 'CHANGE', percent: '5', periods: '367' }).ok).toBe(false);
	});

	it('puts the API refusal at the field it names', () => {
		const error = badInput('percent', {
			errors: [
				{ field: 'percent', code: 'OUT_OF_RANGE', message: '…' },
				{ field: 'value', code: 'NOT_ALLOWED', message: '…' },
			],
		});
		expect(thresholdErrorsFromApi(error)).toEqual({ percent: 'monitoring.threshold.error.percentRange', value: 'monitoring.threshold.error.notAllowed' });
		expect(thresholdErrorsFromApi(badInput('seriesId'))).toBeNull();
	});
});

describe('API problems', () => {
	it('reads the listed errors, else the one field, and nothing of other errors', () => {
		expect(apiFieldProblems(badInput('name'))).toEqual([{ field: 'name', code: null }]);
		expect(apiFieldProblems(badInput('name', { errors: [{ field: 'name', code: 'REQUIRED' }, { nonsense: true }] }))).toEqual([{ field: 'name', code: 'REQUIRED' }]);
		expect(apiFieldProblems(new BadUserInputError('x'))).toEqual([]);
		expect(apiFieldProblems(toApiError({ message: 'no', extensions: { code: 'FORBIDDEN' } }))).toEqual([]);
	});
});

describe('the import', () => {
	const refusal = badInput('file', {
		rows: [
			{ row: 4, field: 'value', code: 'AMBIGUOUS_NUMBER', message: '"1.234" can be read two ways' },
			{ row: 2, field: 'date', code: 'INVALID_DATE', message: '…' },
			{ row: 4, field: 'date', code: 'DUPLICATE', message: '…' },
			{ row: 7, field: 'note', code: 'SOMETHING_NEW', message: '…' },
		],
	});

	it('lists every row error, in row order, and counts the rows', () => {
		const rows = importRowErrors(refusal);
		expect(rows?.map((r) => [r.row, r.field, r.code])).toEqual([
			[2, 'date', 'INVALID_DATE'],
			[4, 'value', 'AMBIGUOUS_NUMBER'],
			[4, 'date', 'DUPLICATE'],
			[7, 'note', 'SOMETHING_NEW'],
		]);
		expect(rowsWithErrors(rows ?? [])).toBe(3);
		expect(translate(nl, nl, 'monitoring.import.summary', { count: 3 }, 'nl')).toBe('3 rijen hebben fouten; er is niets ingelezen.');
		expect(translate(nl, nl, 'monitoring.import.summary', { count: 1 }, 'nl')).toBe('1 rij heeft fouten; er is niets ingelezen.');
		expect(importRowErrors(badInput('file'))).toBeNull();
		expect(importRowErrors(new Error('x'))).toBeNull();
	});

	it('has a translated text for every code, and one for a code it does not know', () => {
		for (const code of IMPORT_ERROR_CODES) {
			const key = importErrorMessage(code);
			expect(key).toBe(`monitoring.import.code.${code}`);
			expect(nl[key]).toBeTruthy();
			expect(en[key]).toBeTruthy();
		}
		expect(importErrorMessage('SOMETHING_NEW')).toBe('monitoring.import.code.UNKNOWN');
		expect(importColumnLabel('value')).toBe('monitoring.import.column.value');
		expect(importColumnLabel('foo')).toBeNull();
	});

	it('accepts .csv and .xlsx up to 5 MB', () => {
		expect(checkImportFile({ name: 'prijzen.CSV', size: 10 })).toEqual({ ok: true });
		expect(checkImportFile({ name: 'prijzen.xlsx', size: 5 * 1024 * 1024 })).toEqual({ ok: true });
		expect(checkImportFile(null)).toEqual({ ok: false, message: 'monitoring.import.error.noFile' });
		expect(checkImportFile({ name: 'prijzen.xls', size: 10 })).toEqual({ ok: false, message: 'monitoring.import.error.fileType' });
		expect(checkImportFile({ name: 'leeg.csv', size: 0 })).toEqual({ ok: false, message: 'monitoring.import.error.empty' });
		expect(checkImportFile({ name: 'groot.csv', size: 5 * 1024 * 1024 + 1 })).toEqual({ ok: false, message: 'monitoring.import.error.tooLarge' });
	});

	it('encodes bytes as base64, a 5 MB file without overflowing the stack', () => {
		expect(bytesToBase64(new TextEncoder().encode('datum;waarde\n2025-01-31;1,5\n'))).toBe(btoa('datum;waarde\n2025-01-31;1,5\n'));
		expect(bytesToBase64(new Uint8Array([0, 255, 128]))).toBe('AP+A');
		const big = new Uint8Array(5 * 1024 * 1024).map((_, i) => i % 256);
		const encoded = bytesToBase64(big);
		expect(encoded.length).toBe(Math.ceil(big.length / 3) * 4);
		expect(Uint8Array.from(atob(encoded.slice(0, 8)), (c) => c.charCodeAt(0))).toEqual(big.subarray(0, 6));
	});
});

describe('the texts', () => {
	it('has a label for every choice, in both languages', () => {
		const keys = [
			...INDICATOR_KINDS.map((k) => `monitoring.form.indicator.${k}` as const),
			...SERIES_FREQUENCIES.map((k) => `monitoring.form.frequency.${k}` as const),
			...SUBJECT_KINDS.map((k) => `monitoring.form.subject.${k}` as const),
			...THRESHOLD_KINDS.map((k) => `monitoring.form.thresholdKind.${k}` as const),
		];
		for (const key of keys) {
			expect(monitoringFormsNl[key], key).toBeTruthy();
			expect(monitoringFormsEn[key], key).toBeTruthy();
		}
	});

	it('keeps every key under the form prefixes', () => {
		for (const key of Object.keys(monitoringFormsNl)) expect(key).toMatch(/^monitoring\.(form|import|threshold|series)\./);
	});
});
