/**
 * The monitoring forms' conversions, pure and tested: the form as typed → the API's input (with a
 * message key per field at fault), the API's refusals → the form's fields, and an import's row errors
 * → translated texts. What the form cannot judge by itself (a future date, a material that does not
 * exist) is the API's, which names the field.
 */
import type { IndicatorKind, MonitoringSeriesInput, ObservationInput, SeriesFrequency, SeriesSubjectKind, Severity, ThresholdInput, ThresholdKind } from '$lib/api/generated/graphql';
import { BadUserInputError } from '$lib/api/errors';
import type { MessageKey } from '$lib/i18n';
import { parseLocaleNumber } from '@routekaart/domain/src/monitoring/observations';

// ---- choices -------------------------------------------------------------------------------------

export const INDICATOR_KINDS = [
	'PRICE',
	'LEAD_TIME',
	'PRODUCTION_CONCENTRATION',
	'EXPORT_RESTRICTION_EVENTS',
	'PMI_DELIVERY_TIMES',
	'PMI_STOCKS',
	'STOCK_COVERAGE',
	'CUSTOM',
] as const satisfies readonly IndicatorKind[];
export const SERIES_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const satisfies readonly SeriesFrequency[];
export const SUBJECT_KINDS = ['MATERIAL', 'ITEM', 'COUNTRY', 'NONE'] as const satisfies readonly SeriesSubjectKind[];
export const THRESHOLD_KINDS = ['ABOVE', 'BELOW', 'CHANGE'] as const satisfies readonly ThresholdKind[];
export const SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const satisfies readonly Severity[];

/** The limits the API applies (libs/domain/src/monitoring), so the form can say so before sending. */
export const SERIES_NAME_MAX = 200;
export const SERIES_UNIT_MAX = 40;
export const SERIES_SOURCE_MAX = 300;
export const SERIES_LICENCE_MAX = 300;
export const OBSERVATION_NOTE_MAX = 500;
export const CHANGE_PERIODS_MAX = 366;
/** The largest file the import accepts. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
/** Characters as a person counts them (the API counts the same way). */
const textLength = (s: string): number => [...s].length;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---- numbers -------------------------------------------------------------------------------------

export type NumberReading = { ok: true; value: number | null } | { ok: false; code: 'NOT_A_NUMBER' | 'AMBIGUOUS_NUMBER' };

/**
 * A number as a person types it in a Dutch or an English habit: "1.234,5", "1234,5", "1,234.5",
 * "1234.5", "-0,75", "1 234,5"; empty is null. The rules are the API's import rules (one parser, in
 * libs/domain): "1.234" and "1,234" do not tell which separator is the decimal one and are refused as
 * ambiguous rather than guessed. (lib/format's parseDecimal refuses thousands separators altogether.)
 */
export function parseNumber(text: string | null | undefined): NumberReading {
	const trimmed = (text ?? '').trim();
	if (!trimmed) return { ok: true, value: null };
	const parsed = parseLocaleNumber(trimmed);
	return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, code: parsed.code };
}

const numberMessage = (reading: { code: 'NOT_A_NUMBER' | 'AMBIGUOUS_NUMBER' }): MessageKey =>
	reading.code === 'AMBIGUOUS_NUMBER' ? 'monitoring.form.error.ambiguousNumber' : 'monitoring.form.error.notANumber';

// ---- API refusals --------------------------------------------------------------------------------

/** One problem the API names: the field (as the API calls it) and its code when the API gives one. */
export interface ApiFieldProblem {
	field: string;
	code: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The problems of a BAD_USER_INPUT: every entry of `extensions.errors` when the validator reported
 * several, else the one `extensions.field`. Empty for any other error.
 */
export function apiFieldProblems(error: unknown): ApiFieldProblem[] {
	if (!(error instanceof BadUserInputError)) return [];
	const listed = error.extensions['errors'];
	if (Array.isArray(listed)) {
		const problems = listed
			.filter((entry): entry is Record<string, unknown> => isRecord(entry) && typeof entry['field'] === 'string')
			.map((entry) => ({ field: entry['field'] as string, code: typeof entry['code'] === 'string' ? entry['code'] : null }));
		if (problems.length > 0) return problems;
	}
	return error.field ? [{ field: error.field, code: typeof error.extensions['code'] === 'string' && error.extensions['code'] !== 'BAD_USER_INPUT' ? error.extensions['code'] : null }] : [];
}

/**
 * The form's errors from an API refusal, the first message per field; null when no problem names a
 * field of this form (the caller then shows the general message).
 */
function formErrorsFrom<F extends string>(
	error: unknown,
	mapField: (apiField: string) => F | null,
	message: (field: F, code: string | null) => MessageKey,
): Partial<Record<F, MessageKey>> | null {
	const errors: Partial<Record<F, MessageKey>> = {};
	for (const problem of apiFieldProblems(error)) {
		const field = mapField(problem.field);
		if (field && !errors[field]) errors[field] = message(field, problem.code);
	}
	return Object.keys(errors).length > 0 ? errors : null;
}

// ---- the series form -----------------------------------------------------------------------------

export interface SeriesFormValues {
	name: string;
	subjectKind: SeriesSubjectKind;
	materialId: string;
	/** An item of the chain the publisher may read; the series is then seen only by the item's readers. */
	itemId: string;
	/** ISO 3166-1 alpha-2 as typed. */
	country: string;
	indicator: IndicatorKind | '';
	customName: string;
	unit: string;
	frequency: SeriesFrequency | '';
	source: string;
	licence: string;
}

/** In the order the form shows them (the first with an error gets the focus). */
export const SERIES_FIELDS = ['name', 'subjectKind', 'materialId', 'itemId', 'country', 'indicator', 'customName', 'unit', 'frequency', 'source', 'licence'] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];
export type SeriesFieldErrors = Partial<Record<SeriesField, MessageKey>>;

export function emptySeriesForm(): SeriesFormValues {
	return { name: '', subjectKind: 'MATERIAL', materialId: '', itemId: '', country: '', indicator: '', customName: '', unit: '', frequency: '', source: '', licence: '' };
}

export type SeriesConversion = { ok: true; input: MonitoringSeriesInput } | { ok: false; errors: SeriesFieldErrors };

/**
 * The series input from the form: texts trimmed, only the subject field the subject kind asks for
 * (the country in capitals), the custom name only for a CUSTOM indicator, an empty licence as null.
 */
export function toSeriesInput(values: SeriesFormValues): SeriesConversion {
	const errors: SeriesFieldErrors = {};
	const required = (field: 'name' | 'customName' | 'unit' | 'source', max: number): string => {
		const text = values[field].trim();
		if (!text) errors[field] = `monitoring.series.form.error.${field}Required`;
		else if (textLength(text) > max) errors[field] = `monitoring.series.form.error.${field}TooLong`;
		return text;
	};
	const name = required('name', SERIES_NAME_MAX);
	const subjectKind = isOneOf(SUBJECT_KINDS, values.subjectKind) ? values.subjectKind : null;
	if (!subjectKind) errors.subjectKind = 'monitoring.series.form.error.subjectKind';
	const materialId = values.materialId.trim();
	if (subjectKind === 'MATERIAL' && !materialId) errors.materialId = 'monitoring.series.form.error.material';
	const itemId = values.itemId.trim();
	if (subjectKind === 'ITEM' && !itemId) errors.itemId = 'monitoring.series.form.error.item';
	const country = values.country.trim().toUpperCase();
	if (subjectKind === 'COUNTRY' && !/^[A-Z]{2}$/.test(country)) errors.country = 'monitoring.series.form.error.country';
	const indicator = isOneOf(INDICATOR_KINDS, values.indicator) ? values.indicator : null;
	if (!indicator) errors.indicator = 'monitoring.series.form.error.indicator';
	const customName = indicator === 'CUSTOM' ? required('customName', SERIES_NAME_MAX) : '';
	const unit = required('unit', SERIES_UNIT_MAX);
	const frequency = isOneOf(SERIES_FREQUENCIES, values.frequency) ? values.frequency : null;
	if (!frequency) errors.frequency = 'monitoring.series.form.error.frequency';
	const source = required('source', SERIES_SOURCE_MAX);
	const licence = values.licence.trim();
	if (textLength(licence) > SERIES_LICENCE_MAX) errors.licence = 'monitoring.series.form.error.licenceTooLong';
	if (Object.keys(errors).length > 0 || !subjectKind || !indicator || !frequency) return { ok: false, errors };
	return {
		ok: true,
		input: {
			name,
			subjectKind,
			materialId: subjectKind === 'MATERIAL' ? materialId : null,
			itemId: subjectKind === 'ITEM' ? itemId : null,
			country: subjectKind === 'COUNTRY' ? country : null,
			indicator,
			customName: indicator === 'CUSTOM' ? customName : null,
			unit,
			frequency,
			source,
			licence: licence || null,
		},
	};
}

const SERIES_API_FIELDS: Readonly<Record<string, SeriesField>> = {
	name: 'name',
	subjectKind: 'subjectKind',
	subjectId: 'materialId',
	materialId: 'materialId',
	itemId: 'itemId',
	country: 'country',
	indicator: 'indicator',
	customName: 'customName',
	unit: 'unit',
	frequency: 'frequency',
	source: 'source',
	licence: 'licence',
};

/** What to say at a series field for an API code (TOO_LONG or the rest). */
export function seriesFieldMessage(field: SeriesField, code: string | null): MessageKey {
	switch (field) {
		case 'name':
		case 'customName':
		case 'unit':
		case 'source':
			return code === 'TOO_LONG' ? `monitoring.series.form.error.${field}TooLong` : `monitoring.series.form.error.${field}Required`;
		case 'licence':
			return 'monitoring.series.form.error.licenceTooLong';
		case 'materialId':
			return 'monitoring.series.form.error.material';
		case 'itemId':
			return 'monitoring.series.form.error.item';
		case 'country':
			return 'monitoring.series.form.error.country';
		case 'subjectKind':
		case 'indicator':
		case 'frequency':
			return `monitoring.series.form.error.${field}`;
	}
}

/** The series form's errors from an API refusal; null when it names no field of the form. */
export function seriesErrorsFromApi(error: unknown): SeriesFieldErrors | null {
	return formErrorsFrom<SeriesField>(error, (field) => SERIES_API_FIELDS[field] ?? null, seriesFieldMessage);
}

// ---- one observation -----------------------------------------------------------------------------

export interface ObservationFormValues {
	/** YYYY-MM-DD from the date input, or "". */
	date: string;
	value: string;
	note: string;
}

export const OBSERVATION_FIELDS = ['date', 'value', 'note'] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];
export type ObservationFieldErrors = Partial<Record<ObservationField, MessageKey>>;

export function emptyObservationForm(date = ''): ObservationFormValues {
	return { date, value: '', note: '' };
}

export type ObservationConversion = { ok: true; input: ObservationInput } | { ok: false; errors: ObservationFieldErrors };

/** One observation from the form; how far in the future a date may be is the API's to say. */
export function toObservationInput(values: ObservationFormValues): ObservationConversion {
	const errors: ObservationFieldErrors = {};
	const date = values.date.trim();
	if (!date) errors.date = 'monitoring.form.error.dateRequired';
	else if (!ISO_DATE.test(date)) errors.date = 'monitoring.form.error.dateInvalid';
	const value = parseNumber(values.value);
	if (!value.ok) errors.value = numberMessage(value);
	else if (value.value === null) errors.value = 'monitoring.form.error.valueRequired';
	const note = values.note.trim();
	if (textLength(note) > OBSERVATION_NOTE_MAX) errors.note = 'monitoring.form.error.noteTooLong';
	if (Object.keys(errors).length > 0 || !value.ok || value.value === null) return { ok: false, errors };
	return { ok: true, input: { date, value: value.value, note: note || null } };
}

/** `observations.0.date` (or plain `date`) → the form's field. */
export function observationFieldOf(apiField: string): ObservationField | null {
	const field = /^observations\.\d+\.(\w+)$/.exec(apiField)?.[1] ?? apiField;
	return isOneOf(OBSERVATION_FIELDS, field) ? field : null;
}

export function observationFieldMessage(field: ObservationField, code: string | null): MessageKey {
	switch (field) {
		case 'date':
			return code === 'TOO_FAR_IN_FUTURE' || code === 'IN_FUTURE'
				? 'monitoring.form.error.dateTooFar'
				: code === 'DUPLICATE'
					? 'monitoring.form.error.dateDuplicate'
					: code === 'REQUIRED'
						? 'monitoring.form.error.dateRequired'
						: 'monitoring.form.error.dateInvalid';
		case 'value':
			return code === 'AMBIGUOUS_NUMBER' ? 'monitoring.form.error.ambiguousNumber' : code === 'REQUIRED' ? 'monitoring.form.error.valueRequired' : 'monitoring.form.error.notANumber';
		case 'note':
			return 'monitoring.form.error.noteTooLong';
	}
}

export function observationErrorsFromApi(error: unknown): ObservationFieldErrors | null {
	return formErrorsFrom<ObservationField>(error, observationFieldOf, observationFieldMessage);
}

/** What the live region says after saving: "Waarneming opgeslagen", with the new alerts when there are. */
export function observationSavedMessage(alertsRaised: number): { key: MessageKey; count?: number } {
	return alertsRaised > 0 ? { key: 'monitoring.form.observation.savedWithAlerts', count: alertsRaised } : { key: 'monitoring.form.observation.saved' };
}

// ---- thresholds ----------------------------------------------------------------------------------

export interface ThresholdFormValues {
	kind: ThresholdKind;
	/** For ABOVE / BELOW, as typed. */
	value: string;
	/** For CHANGE, in percent as typed. */
	percent: string;
	/** For CHANGE: how many observations back. */
	periods: string;
	severity: Severity;
}

export const THRESHOLD_FIELDS = ['kind', 'value', 'percent', 'periods', 'severity'] as const;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];
export type ThresholdFieldErrors = Partial<Record<ThresholdField, MessageKey>>;

export function emptyThresholdForm(): ThresholdFormValues {
	return { kind: 'ABOVE', value: '', percent: '', periods: '', severity: 'WARNING' };
}

export type ThresholdConversion = { ok: true; input: ThresholdInput } | { ok: false; errors: ThresholdFieldErrors };

/** The threshold input: a value for ABOVE / BELOW, a percentage and a number of periods for CHANGE (the other fields null). */
export function toThresholdInput(values: ThresholdFormValues): ThresholdConversion {
	const errors: ThresholdFieldErrors = {};
	const kind = isOneOf(THRESHOLD_KINDS, values.kind) ? values.kind : null;
	if (!kind) errors.kind = 'monitoring.threshold.error.kind';
	const severity = isOneOf(SEVERITIES, values.severity) ? values.severity : null;
	if (!severity) errors.severity = 'monitoring.threshold.error.severity';
	if (kind === 'CHANGE') {
		const percent = parseNumber(values.percent);
		if (!percent.ok) errors.percent = numberMessage(percent);
		else if (percent.value === null) errors.percent = 'monitoring.threshold.error.percentRequired';
		else if (percent.value <= 0) errors.percent = 'monitoring.threshold.error.percentRange';
		const periodsText = values.periods.trim();
		const periods = /^\d+$/.test(periodsText) ? Number(periodsText) : null;
		if (!periodsText) errors.periods = 'monitoring.threshold.error.periodsRequired';
		else if (periods === null || periods < 1 || periods > CHANGE_PERIODS_MAX) errors.periods = 'monitoring.threshold.error.periodsRange';
		if (Object.keys(errors).length > 0 || !severity || !percent.ok || percent.value === null || periods === null) return { ok: false, errors };
		return { ok: true, input: { kind, value: null, percent: percent.value, periods, severity } };
	}
	const value = parseNumber(values.value);
	if (!value.ok) errors.value = numberMessage(value);
	else if (value.value === null) errors.value = 'monitoring.threshold.error.valueRequired';
	if (Object.keys(errors).length > 0 || !kind || !severity || !value.ok || value.value === null) return { ok: false, errors };
	return { ok: true, input: { kind, value: value.value, percent: null, periods: null, severity } };
}

export function thresholdFieldMessage(field: ThresholdField, code: string | null): MessageKey {
	if (code === 'NOT_ALLOWED') return 'monitoring.threshold.error.notAllowed';
	switch (field) {
		case 'kind':
			return 'monitoring.threshold.error.kind';
		case 'severity':
			return 'monitoring.threshold.error.severity';
		case 'value':
			return code === 'NOT_A_NUMBER' ? 'monitoring.form.error.notANumber' : 'monitoring.threshold.error.valueRequired';
		case 'percent':
			return code === 'OUT_OF_RANGE' ? 'monitoring.threshold.error.percentRange' : 'monitoring.threshold.error.percentRequired';
		case 'periods':
			return code === 'REQUIRED' ? 'monitoring.threshold.error.periodsRequired' : 'monitoring.threshold.error.periodsRange';
	}
}

export function thresholdErrorsFromApi(error: unknown): ThresholdFieldErrors | null {
	return formErrorsFrom<ThresholdField>(error, (field) => (isOneOf(THRESHOLD_FIELDS, field) ? field : null), thresholdFieldMessage);
}

// ---- the import ----------------------------------------------------------------------------------

export const IMPORT_ERROR_CODES = [
	'REQUIRED',
	'TOO_LONG',
	'NOT_ALLOWED',
	'UNKNOWN_VALUE',
	'INVALID_DATE',
	'TOO_FAR_IN_FUTURE',
	'IN_FUTURE',
	'NOT_A_NUMBER',
	'AMBIGUOUS_NUMBER',
	'OUT_OF_RANGE',
	'DUPLICATE',
	'MISSING_COLUMN',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** One problem of an imported file: the row as the spreadsheet shows it (header = 1), the field and code. */
export interface ImportRowError {
	row: number;
	field: string;
	code: string;
}

/** The row errors of a refused import (`extensions.rows` of a BAD_USER_INPUT on `file`); null for any other error. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
	if (!(error instanceof BadUserInputError)) return null;
	const rows = error.extensions['rows'];
	if (!Array.isArray(rows)) return null;
	const valid = rows
		.filter((entry): entry is Record<string, unknown> => isRecord(entry) && typeof entry['row'] === 'number')
		.map((entry) => ({
			row: entry['row'] as number,
			field: typeof entry['field'] === 'string' ? entry['field'] : '',
			code: typeof entry['code'] === 'string' ? entry['code'] : '',
		}));
	return valid.length > 0 ? valid.sort((a, b) => a.row - b.row) : null;
}

/** How many distinct rows have errors (for "3 rijen hebben fouten"). */
export function rowsWithErrors(errors: readonly ImportRowError[]): number {
	return new Set(errors.map((e) => e.row)).size;
}

/** The translated text of a row error's code (never the server's English sentence). */
export function importErrorMessage(code: string): MessageKey {
	return isOneOf(IMPORT_ERROR_CODES, code) ? `monitoring.import.code.${code}` : 'monitoring.import.code.UNKNOWN';
}

/** The column a row error names, as the Dutch or English header; an unknown field shows as it came. */
export function importColumnLabel(field: string): MessageKey | null {
	return isOneOf(OBSERVATION_FIELDS, field) ? `monitoring.import.column.${field}` : null;
}

export type ImportFileCheck = { ok: true } | { ok: false; message: MessageKey };

/** What the form checks of the chosen file before reading it: there is one, .csv or .xlsx, not empty, at most 5 MB. */
export function checkImportFile(file: { name: string; size: number } | null | undefined): ImportFileCheck {
	if (!file) return { ok: false, message: 'monitoring.import.error.noFile' };
	if (!/\.(csv|xlsx)$/i.test(file.name)) return { ok: false, message: 'monitoring.import.error.fileType' };
	if (file.size === 0) return { ok: false, message: 'monitoring.import.error.empty' };
	if (file.size > IMPORT_MAX_BYTES) return { ok: false, message: 'monitoring.import.error.tooLarge' };
	return { ok: true };
}

const BASE64_CHUNK = 0x8000;

/**
 * Bytes as base64, in chunks: `String.fromCharCode(...bytes)` over a whole 5 MB file would pass five
 * million arguments and overflow the stack.
 */
export function bytesToBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let start = 0; start < bytes.length; start += BASE64_CHUNK) {
		binary += String.fromCharCode(...bytes.subarray(start, start + BASE64_CHUNK));
	}
	return btoa(binary);
}
