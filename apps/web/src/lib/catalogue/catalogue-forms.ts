/**
 * The catalogue editor's conversions, pure and tested: a material's figures, a stage's country shares
 * and an export restriction as typed → the API's inputs (with a message key per field at fault), the
 * API's refusals → the forms' fields, and the catalogue's change history → sentences. Percentages are
 * typed as percentages ("93,8") and sent as fractions (0.938). What the forms cannot judge by
 * themselves (an unassigned country code, a duplicate restriction) is the API's, which names the field.
 */
import type {
	CrmStatus,
	ExportRestrictionMeasure,
	RecordExportRestrictionInput,
	ReplaceMaterialSuppliesInput,
	SupplyScope,
	SupplyStage,
	UpdateExportRestrictionInput,
	UpdateMaterialInput,
} from '$lib/api/generated/graphql';
import { ApiError } from '$lib/api/errors';
import { countryName } from '$lib/format/format';
import type { MessageKey, MessageParams } from '$lib/i18n';
import { apiFieldProblems, parseNumber } from '$lib/monitoring/monitoring-forms';
import { SHARE_TOLERANCE } from '@routekaart/domain/src/chain/chain-validation';

// ---- choices -------------------------------------------------------------------------------------

export const CRM_STATUSES = ['STRATEGIC', 'CRITICAL', 'NONE'] as const satisfies readonly CrmStatus[];
export const SUPPLY_STAGES = ['EXTRACTION', 'PROCESSING'] as const satisfies readonly SupplyStage[];
export const SUPPLY_SCOPES = ['GLOBAL', 'EU_SOURCING'] as const satisfies readonly SupplyScope[];
export const EXPORT_MEASURES = ['LICENSING', 'BAN', 'QUOTA', 'EXPORT_TAX'] as const satisfies readonly ExportRestrictionMeasure[];

/** The API's limits (libs/domain), so the forms can say so before sending. */
export const SUPPLY_SOURCE_MAX = 300;
export const COUNTRY_NAME_MAX = 100;
/** EXPORT_RESTRICTION_DESCRIPTION_MAX and _SOURCE_MAX of libs/domain/src/materials/export-restrictions (not imported: it brings the CSV reader). */
export const RESTRICTION_DESCRIPTION_MAX = 1000;
export const RESTRICTION_SOURCE_MAX = 300;
/** A stage's shares may add up to this much over 100% (rounding in published data), as the API allows. */
export const SHARE_TOTAL_MAX = 1 + SHARE_TOLERANCE;
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const textLength = (s: string): number => [...s].length;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ALPHA2 = /^[A-Z]{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
	const m = ISO_DATE.exec(text);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

// ---- numbers -------------------------------------------------------------------------------------

/**
 * A number as a form shows it for editing in `locale`: no thousands separators, and never with exactly
 * three decimals ("12,345" could be twelve thousand), which get a fourth zero instead; null is empty.
 */
export function numberInputText(value: number | null | undefined, locale: string): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	const text = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(Math.round(value * 1e6) / 1e6);
	return /^-?\d{1,3}[.,]\d{3}$/.test(text) ? `${text}0` : text;
}

/** A share (0..1) as a percentage for editing: 0.938 → "93,8" in Dutch. */
export const percentInputText = (share: number | null | undefined, locale: string): string =>
	share === null || share === undefined ? '' : numberInputText(share * 100, locale);

/** A typed percentage as a share: "93,8" → 0.938 (rounded to remove the float noise of /100). */
const toShare = (percent: number): number => Math.round(percent * 1e6) / 1e8;

type NumberProblem = 'notANumber' | 'ambiguousNumber';
type Reading = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

function readNumber(text: string): Reading {
	const reading = parseNumber(text);
	if (reading.ok) return reading;
	return { ok: false, problem: reading.code === 'AMBIGUOUS_NUMBER' ? 'ambiguousNumber' : 'notANumber' };
}

// ---- API refusals --------------------------------------------------------------------------------

/** The form's errors from an API refusal, the first message per field; null when none names a field here. */
function formErrorsFrom<F extends string>(error: unknown, mapField: (apiField: string) => F | null, message: (field: F, code: string | null) => MessageKey) {
	const errors: Partial<Record<F, MessageKey>> = {};
	for (const problem of apiFieldProblems(error)) {
		const field = mapField(problem.field);
		if (field && !errors[field]) errors[field] = message(field, problem.code);
	}
	return Object.keys(errors).length > 0 ? errors : null;
}

// ---- the material's figures ----------------------------------------------------------------------

/** What the figures form edits: the fields UpdateMaterialInput takes. */
export interface MaterialFigures {
	crmStatus: CrmStatus;
	importReliance: number | null;
	eolRecyclingRate: number | null;
	substitutionIndex: number | null;
}

export interface FiguresFormValues {
	crmStatus: CrmStatus | '';
	/** Percent, as typed. */
	importReliance: string;
	/** Percent, as typed. */
	eolRecyclingRate: string;
	substitutionIndex: string;
}

export const FIGURES_FIELDS = ['crmStatus', 'importReliance', 'eolRecyclingRate', 'substitutionIndex'] as const;
export type FiguresField = (typeof FIGURES_FIELDS)[number];
export type FiguresFieldErrors = Partial<Record<FiguresField, MessageKey>>;

/** The form prefilled with the material's figures in `locale`. */
export function figuresForm(material: MaterialFigures, locale: string): FiguresFormValues {
	return {
		crmStatus: material.crmStatus,
		importReliance: percentInputText(material.importReliance, locale),
		eolRecyclingRate: percentInputText(material.eolRecyclingRate, locale),
		substitutionIndex: numberInputText(material.substitutionIndex, locale),
	};
}

export type FiguresConversion = { ok: true; input: UpdateMaterialInput; changed: FiguresField[] } | { ok: false; errors: FiguresFieldErrors };

/**
 * The update from the form, with only the fields whose text differs from the prefilled `initial`
 * (so a figure nobody touched is never rounded and sent back); an emptied figure is sent as null.
 */
export function toUpdateMaterialInput(values: FiguresFormValues, initial: FiguresFormValues): FiguresConversion {
	const errors: FiguresFieldErrors = {};
	const input: UpdateMaterialInput = {};
	const changed: FiguresField[] = [];
	if (values.crmStatus !== initial.crmStatus) {
		if (isOneOf(CRM_STATUSES, values.crmStatus)) {
			input.crmStatus = values.crmStatus;
			changed.push('crmStatus');
		} else errors.crmStatus = 'catalogue.figures.error.crmStatus';
	}
	for (const field of ['importReliance', 'eolRecyclingRate'] as const) {
		if (values[field].trim() === initial[field].trim()) continue;
		const reading = readNumber(values[field]);
		if (!reading.ok) errors[field] = `catalogue.error.${reading.problem}`;
		else if (reading.value !== null && (reading.value < 0 || reading.value > 100)) errors[field] = 'catalogue.error.percentRange';
		else {
			input[field] = reading.value === null ? null : toShare(reading.value);
			changed.push(field);
		}
	}
	if (values.substitutionIndex.trim() !== initial.substitutionIndex.trim()) {
		const reading = readNumber(values.substitutionIndex);
		if (!reading.ok) errors.substitutionIndex = `catalogue.error.${reading.problem}`;
		else if (reading.value !== null && reading.value < 0) errors.substitutionIndex = 'catalogue.figures.error.substitutionNegative';
		else {
			input.substitutionIndex = reading.value;
			changed.push('substitutionIndex');
		}
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input, changed };
}

/** An API refusal of updateMaterial at the form's fields; null when it names none. */
export function figuresErrorsFromApi(error: unknown): FiguresFieldErrors | null {
	return formErrorsFrom(
		error,
		(field) => (isOneOf(FIGURES_FIELDS, field) ? field : null),
		(field): MessageKey => {
			switch (field) {
				case 'crmStatus':
					return 'catalogue.figures.error.crmStatus';
				case 'substitutionIndex':
					return 'catalogue.figures.error.substitutionNegative';
				case 'importReliance':
				case 'eolRecyclingRate':
					return 'catalogue.error.percentRange';
			}
		},
	);
}

// ---- a stage's country shares --------------------------------------------------------------------

/** One row as typed; `key` only keeps the row's inputs apart in the list. */
export interface SupplyRowValues {
	key: number;
	/** ISO 3166-1 alpha-2, empty for a residual such as "other countries". */
	country: string;
	countryName: string;
	/** Percent, as typed. */
	share: string;
}

export interface SuppliesFormValues {
	stage: SupplyStage;
	scope: SupplyScope;
	rows: SupplyRowValues[];
	source: string;
	year: string;
}

/** What a current supply share offers to prefill the form. */
export interface CurrentSupply {
	stage: SupplyStage;
	scope: SupplyScope;
	country: string | null;
	countryName: string;
	share: number;
	source: string;
	year: number | null;
}

let nextRowKey = 1;
export function emptySupplyRow(): SupplyRowValues {
	return { key: nextRowKey++, country: '', countryName: '', share: '' };
}

/**
 * The form for one stage and scope, prefilled with its current rows (largest share first, residuals
 * last) and their source and year; an empty row when it has none.
 */
export function suppliesForm(supplies: readonly CurrentSupply[], stage: SupplyStage, scope: SupplyScope, locale: string): SuppliesFormValues {
	const current = supplies
		.filter((s) => s.stage === stage && s.scope === scope)
		.sort((a, b) => Number(a.country === null) - Number(b.country === null) || b.share - a.share);
	const rows = current.map((s) => ({ key: nextRowKey++, country: s.country ?? '', countryName: s.countryName, share: percentInputText(s.share, locale) }));
	const year = current.map((s) => s.year).find((y) => y !== null);
	return {
		stage,
		scope,
		rows: rows.length > 0 ? rows : [emptySupplyRow()],
		source: current[0]?.source ?? '',
		year: year === undefined || year === null ? '' : String(year),
	};
}

/** The running total of the shares that can be read (as a fraction), and whether any cannot. */
export function sharesTotal(rows: readonly Pick<SupplyRowValues, 'share'>[]): { total: number; unreadable: boolean } {
	let total = 0;
	let unreadable = false;
	for (const row of rows) {
		const reading = readNumber(row.share);
		if (!reading.ok) unreadable = true;
		else if (reading.value !== null) total += reading.value;
	}
	return { total: toShare(total), unreadable };
}

/** Whether a total (fraction) is more than the API accepts. */
export const totalTooHigh = (total: number): boolean => total > SHARE_TOTAL_MAX + 1e-9;

/** Field names: 'source', 'year', 'total', and per row `rows.<index>.country|countryName|share`. */
export type SupplyRowField = 'country' | 'countryName' | 'share';
export type SuppliesFieldKey = 'source' | 'year' | 'total' | `rows.${number}.${SupplyRowField}`;
export type SuppliesFieldErrors = Partial<Record<SuppliesFieldKey, MessageKey>>;

export const rowFieldKey = (index: number, field: SupplyRowField): SuppliesFieldKey => `rows.${index}.${field}`;

/** The fields in the order the form shows them (the first with an error gets the focus). */
export function suppliesFieldOrder(rowCount: number): SuppliesFieldKey[] {
	const rows = Array.from({ length: rowCount }, (_, i) => (['country', 'countryName', 'share'] as const).map((f) => rowFieldKey(i, f))).flat();
	return [...rows, 'total', 'source', 'year'];
}

export type SuppliesConversion = { ok: true; input: ReplaceMaterialSuppliesInput } | { ok: false; errors: SuppliesFieldErrors };

/**
 * The replacement from the form: rows left wholly empty are dropped; a country in capitals (empty for
 * a residual) with a name, each country once; shares 0..100% and together at most 100%; a source;
 * an optional year.
 */
export function toReplaceSuppliesInput(materialId: string, values: SuppliesFormValues): SuppliesConversion {
	const errors: SuppliesFieldErrors = {};
	const rows = values.rows.filter((r) => r.country.trim() || r.countryName.trim() || r.share.trim());
	const supplies: ReplaceMaterialSuppliesInput['supplies'] = [];
	const seen = new Set<string>();
	let total = 0;
	values.rows.forEach((row, index) => {
		if (!rows.includes(row)) return;
		const country = row.country.trim().toUpperCase();
		if (country && !ALPHA2.test(country)) errors[rowFieldKey(index, 'country')] = 'catalogue.supplies.error.country';
		else if (country && seen.has(country)) errors[rowFieldKey(index, 'country')] = 'catalogue.supplies.error.countryTwice';
		if (country) seen.add(country);
		const name = row.countryName.trim();
		if (!name) errors[rowFieldKey(index, 'countryName')] = 'catalogue.supplies.error.countryNameRequired';
		else if (textLength(name) > COUNTRY_NAME_MAX) errors[rowFieldKey(index, 'countryName')] = 'catalogue.supplies.error.countryNameTooLong';
		const reading = readNumber(row.share);
		let share = 0;
		if (!reading.ok) errors[rowFieldKey(index, 'share')] = `catalogue.error.${reading.problem}`;
		else if (reading.value === null) errors[rowFieldKey(index, 'share')] = 'catalogue.supplies.error.shareRequired';
		else if (reading.value < 0 || reading.value > 100) errors[rowFieldKey(index, 'share')] = 'catalogue.error.percentRange';
		else share = toShare(reading.value);
		total += share;
		supplies.push({ country: country || null, countryName: name, share });
	});
	if (totalTooHigh(toShare(total * 100))) errors.total = 'catalogue.supplies.error.total';
	const source = values.source.trim();
	if (!source) errors.source = 'catalogue.supplies.error.sourceRequired';
	else if (textLength(source) > SUPPLY_SOURCE_MAX) errors.source = 'catalogue.supplies.error.sourceTooLong';
	const yearText = values.year.trim();
	const year = yearText ? Number(yearText) : null;
	if (yearText && (!/^\d{4}$/.test(yearText) || year === null || year < YEAR_MIN || year > YEAR_MAX)) errors.year = 'catalogue.supplies.error.year';
	if (!isOneOf(SUPPLY_STAGES, values.stage) || !isOneOf(SUPPLY_SCOPES, values.scope)) errors.total = 'catalogue.supplies.error.stage';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, input: { materialId, stage: values.stage, scope: values.scope, supplies, source, year } };
}

/**
 * An API refusal of replaceMaterialSupplies at the form's fields (`supplies[2].share` is the third
 * row's share as sent, i.e. of the non-empty rows); null when it names none.
 */
export function suppliesErrorsFromApi(error: unknown, values: SuppliesFormValues): SuppliesFieldErrors | null {
	const sent = values.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.country.trim() || r.countryName.trim() || r.share.trim());
	return formErrorsFrom<SuppliesFieldKey>(
		error,
		(field) => {
			const m = /^supplies\[(\d+)\]\.(country|countryName|share)$/.exec(field);
			if (m) {
				const row = sent[Number(m[1])];
				return row ? rowFieldKey(row.i, m[2] as SupplyRowField) : 'total';
			}
			if (field === 'supplies') return 'total';
			return field === 'source' || field === 'year' ? field : null;
		},
		(field) => {
			if (field === 'source') return 'catalogue.supplies.error.sourceRequired';
			if (field === 'year') return 'catalogue.supplies.error.year';
			if (field === 'total') return 'catalogue.supplies.error.apiTotal';
			if (field.endsWith('.countryName')) return 'catalogue.supplies.error.countryNameRequired';
			if (field.endsWith('.country')) return 'catalogue.supplies.error.country';
			return 'catalogue.error.percentRange';
		},
	);
}

// ---- export restrictions -------------------------------------------------------------------------

export interface RestrictionFormValues {
	country: string;
	measure: ExportRestrictionMeasure | '';
	since: string;
	until: string;
	description: string;
	source: string;
}

export const RESTRICTION_FIELDS = ['country', 'measure', 'since', 'until', 'description', 'source'] as const;
export type RestrictionField = (typeof RESTRICTION_FIELDS)[number];
export type RestrictionFieldErrors = Partial<Record<RestrictionField, MessageKey>>;

export function emptyRestrictionForm(): RestrictionFormValues {
	return { country: '', measure: '', since: '', until: '', description: '', source: '' };
}

export type RestrictionConversion = { ok: true; input: RecordExportRestrictionInput } | { ok: false; errors: RestrictionFieldErrors };

/** A new restriction from the form: the country in capitals, dates YYYY-MM-DD with the end not before the start. */
export function toRecordRestrictionInput(materialId: string, values: RestrictionFormValues): RestrictionConversion {
	const errors: RestrictionFieldErrors = {};
	const country = values.country.trim().toUpperCase();
	if (!ALPHA2.test(country)) errors.country = 'catalogue.restriction.error.country';
	const measure = isOneOf(EXPORT_MEASURES, values.measure) ? values.measure : null;
	if (!measure) errors.measure = 'catalogue.restriction.error.measure';
	const since = values.since.trim();
	if (!since) errors.since = 'catalogue.restriction.error.sinceRequired';
	else if (!isIsoDate(since)) errors.since = 'catalogue.error.dateInvalid';
	const until = values.until.trim();
	if (until && !isIsoDate(until)) errors.until = 'catalogue.error.dateInvalid';
	else if (until && isIsoDate(since) && until < since) errors.until = 'catalogue.restriction.error.untilBeforeSince';
	const description = values.description.trim();
	if (!description) errors.description = 'catalogue.restriction.error.descriptionRequired';
	else if (textLength(description) > RESTRICTION_DESCRIPTION_MAX) errors.description = 'catalogue.restriction.error.descriptionTooLong';
	const source = values.source.trim();
	if (!source) errors.source = 'catalogue.restriction.error.sourceRequired';
	else if (textLength(source) > RESTRICTION_SOURCE_MAX) errors.source = 'catalogue.restriction.error.sourceTooLong';
	if (Object.keys(errors).length > 0 || !measure) return { ok: false, errors };
	return { ok: true, input: { materialId, country, measure, since, until: until || null, description, source } };
}

export type EndDateConversion = { ok: true; input: UpdateExportRestrictionInput } | { ok: false; error: MessageKey };

/** The end date of a restriction in force: a real date, not before its start. */
export function toEndDateInput(since: string, until: string): EndDateConversion {
	const text = until.trim();
	if (!text) return { ok: false, error: 'catalogue.restriction.error.untilRequired' };
	if (!isIsoDate(text)) return { ok: false, error: 'catalogue.error.dateInvalid' };
	if (text < since) return { ok: false, error: 'catalogue.restriction.error.untilBeforeSince' };
	return { ok: true, input: { until: text } };
}

/** An API refusal of recordExportRestriction at the form's fields (a duplicate at `since`); null when it names none. */
export function restrictionErrorsFromApi(error: unknown): RestrictionFieldErrors | null {
	if (error instanceof ApiError && error.code === 'CONFLICT') return { since: 'catalogue.restriction.error.duplicate' };
	return formErrorsFrom(
		error,
		(field) => (isOneOf(RESTRICTION_FIELDS, field) ? field : null),
		(field, code): MessageKey => {
			switch (field) {
				case 'country':
					return 'catalogue.restriction.error.country';
				case 'measure':
					return 'catalogue.restriction.error.measure';
				case 'since':
					return 'catalogue.error.dateInvalid';
				case 'until':
					return 'catalogue.restriction.error.untilBeforeSince';
				case 'description':
					return code === 'TOO_LONG' ? 'catalogue.restriction.error.descriptionTooLong' : 'catalogue.restriction.error.descriptionRequired';
				case 'source':
					return code === 'TOO_LONG' ? 'catalogue.restriction.error.sourceTooLong' : 'catalogue.restriction.error.sourceRequired';
			}
		},
	);
}

/** The end-date refusal of updateExportRestriction as the message at its date field; null for any other error. */
export function endDateErrorFromApi(error: unknown): MessageKey | null {
	return apiFieldProblems(error).some((p) => p.field === 'until' || p.field === 'since') ? 'catalogue.restriction.error.untilBeforeSince' : null;
}

// ---- the change history --------------------------------------------------------------------------

export interface CatalogueChange {
	id: string;
	/** ISO date-time. */
	at: string;
	action: string;
	/** JSON. */
	changes: string;
	organisationName: string | null;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseChanges(json: string): Record<string, unknown> {
	try {
		const parsed: unknown = JSON.parse(json);
		return isRecord(parsed) ? parsed : {};
	} catch {
		return {};
	}
}

/** A calendar date in short words: "1 aug 2023" / "Aug 1, 2023"; anything else as it came. */
export function shortDate(date: string, locale: string): string {
	if (!isIsoDate(date)) return date;
	const [y, m, d] = date.split('-').map(Number);
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** When a change was made, date and time in the reader's time zone (or `timeZone`). */
export function changeMoment(at: string, locale: string, timeZone?: string): string {
	const date = new Date(at);
	if (Number.isNaN(date.getTime())) return at;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const FIGURE_LABELS: Readonly<Record<string, MessageKey>> = {
	crmStatus: 'catalogue.history.field.crmStatus',
	importReliance: 'catalogue.history.field.importReliance',
	eolRecyclingRate: 'catalogue.history.field.eolRecyclingRate',
	substitutionIndex: 'catalogue.history.field.substitutionIndex',
};
const RESTRICTION_LABELS: Readonly<Record<string, MessageKey>> = {
	measure: 'catalogue.history.field.measure',
	since: 'catalogue.history.field.since',
	until: 'catalogue.history.field.until',
	description: 'catalogue.history.field.description',
	source: 'catalogue.history.field.source',
};
const SHARE_FIELDS = new Set(['importReliance', 'eolRecyclingRate']);
const DATE_FIELDS = new Set(['since', 'until']);

/** One value of a change in words: shares as %, dates short, enums by name, nothing as "leeg". */
function valueText(field: string, value: unknown, t: Translate, locale: string): string {
	if (value === null || value === undefined || value === '') return t('catalogue.history.empty');
	if (typeof value === 'number') {
		if (SHARE_FIELDS.has(field)) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
		return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
	}
	if (typeof value === 'string') {
		if (field === 'crmStatus' && isOneOf(CRM_STATUSES, value)) return t(`crmStatus.${value}`);
		if (field === 'measure' && isOneOf(EXPORT_MEASURES, value)) return t(`catalogue.history.measure.${value}`);
		if (DATE_FIELDS.has(field)) return shortDate(value, locale);
		return value;
	}
	return JSON.stringify(value);
}

const country = (code: unknown, locale: string): string => (typeof code === 'string' && code ? countryName(code, locale) : '?');

/** "China, exportvergunning, sinds 1 aug 2023" (with ", tot …" when it ends). */
function restrictionSummary(c: Record<string, unknown>, t: Translate, locale: string): string {
	const parts = [country(c['country'], locale)];
	if (typeof c['measure'] === 'string') parts.push(valueText('measure', c['measure'], t, locale));
	if (typeof c['since'] === 'string') parts.push(t('catalogue.history.since', { date: shortDate(c['since'], locale) }));
	if (typeof c['until'] === 'string' && c['until']) parts.push(t('catalogue.history.until', { date: shortDate(c['until'], locale) }));
	return parts.join(', ');
}

/**
 * A change of the catalogue in words, e.g. "Kerncijfers gewijzigd: substitutie-index 0,7",
 * "Landaandelen winning (wereldwijd) vervangen: 2 landen — bron USGS 2025, 2025" or "Exportbeperking
 * vastgelegd: China, exportvergunning, sinds 1 aug 2023". An action it does not know is named as is.
 */
export function describeChange(change: Pick<CatalogueChange, 'action' | 'changes'>, t: Translate, locale: string): string {
	const c = parseChanges(change.changes);
	switch (change.action) {
		case 'material.update': {
			const fields = Object.entries(c).map(([field, value]) => {
				const label = FIGURE_LABELS[field];
				return `${label ? t(label) : field} ${valueText(field, value, t, locale)}`;
			});
			return t('catalogue.history.materialUpdate', { fields: fields.join(', ') || t('catalogue.history.nothing') });
		}
		case 'materialSupply.replace': {
			const stage = typeof c['stage'] === 'string' && isOneOf(SUPPLY_STAGES, c['stage']) ? t(`catalogue.history.stage.${c['stage']}`) : String(c['stage'] ?? '?');
			const scope = typeof c['scope'] === 'string' && isOneOf(SUPPLY_SCOPES, c['scope']) ? t(`catalogue.history.scope.${c['scope']}`) : String(c['scope'] ?? '?');
			const rows = t('catalogue.history.rows', { count: typeof c['rows'] === 'number' ? c['rows'] : 0 });
			const source = typeof c['source'] === 'string' ? c['source'] : '?';
			const from =
				typeof c['year'] === 'number' ? t('catalogue.history.sourceYear', { source, year: c['year'] }) : t('catalogue.history.source', { source });
			return t('catalogue.history.suppliesReplace', { stage, scope, rows, from });
		}
		case 'exportRestriction.record':
			return t('catalogue.history.restrictionRecord', { restriction: restrictionSummary(c, t, locale) });
		case 'exportRestriction.delete':
			return t('catalogue.history.restrictionDelete', { restriction: restrictionSummary(c, t, locale) });
		case 'exportRestriction.update': {
			const fields = Object.entries(c)
				.filter(([field]) => field !== 'materialId' && field !== 'country')
				.map(([field, value]) => {
					const label = RESTRICTION_LABELS[field] ? t(RESTRICTION_LABELS[field]) : field;
					if (isRecord(value) && ('from' in value || 'to' in value)) {
						return t('catalogue.history.fromTo', { field: label, from: valueText(field, value['from'], t, locale), to: valueText(field, value['to'], t, locale) });
					}
					return `${label} ${valueText(field, value, t, locale)}`;
				});
			return t('catalogue.history.restrictionUpdate', {
				country: country(c['country'], locale),
				fields: fields.join(', ') || t('catalogue.history.nothing'),
			});
		}
		default:
			return t('catalogue.history.other', { action: change.action });
	}
}
