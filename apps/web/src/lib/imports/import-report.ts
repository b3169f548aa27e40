/**
 * The chain-data import report as the page words it: each problem as a sentence in the user's
 * language (from its code and params, never the server's English), problems grouped by sheet, the
 * summary line ("12 onderdelen nieuw, 3 gewijzigd, 40 ongewijzigd; …") and whether applying would
 * change anything. Pure: the translator is passed in.
 */
import { IMPORT_SHEETS, type ImportLanguage, type ImportSheetKey } from '@routekaart/domain/src/imports/template';
import { BadUserInputError } from '$lib/api/errors';
import type { ImportChainDataMutation } from '$lib/api/generated/graphql';
import type { MessageKey, MessageParams } from '$lib/i18n';

export type ImportReport = ImportChainDataMutation['importChainData'];
export type ImportProblem = ImportReport['errors'][number];
export type ImportChange = ImportReport['changes'][number];
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The problem codes the API reports (libs/domain/src/imports/parse.ts, plan.ts). */
export const IMPORT_PROBLEM_CODES = [
	'MISSING_COLUMN',
	'REQUIRED',
	'TOO_LONG',
	'UNKNOWN_VALUE',
	'NOT_A_NUMBER',
	'AMBIGUOUS_NUMBER',
	'OUT_OF_RANGE',
	'DUPLICATE',
	'DUPLICATE_SHEET',
	'UNKNOWN_REFERENCE',
	'UNKNOWN_COUNTRY',
	'UNKNOWN_MATERIAL',
	'SHARE_TOTAL',
	'CYCLE',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** Above this size a check shows that it is busy and may take a while. */
export const LARGE_IMPORT_BYTES = 1024 * 1024;

/** The counts of the report, in the order the summary names them. */
export const IMPORT_COUNT_KEYS = ['items', 'compositions', 'itemMaterials', 'supplyLinks'] as const;
export type ImportCountKey = (typeof IMPORT_COUNT_KEYS)[number];

const isCode = (code: string): code is ImportProblemCode => (IMPORT_PROBLEM_CODES as readonly string[]).includes(code);

/** The params of a problem (JSON text from the API) as message params; anything unreadable is left out. */
export function problemParams(params: string | null | undefined): MessageParams {
	if (!params) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(params);
	} catch {
		return {};
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
	const out: MessageParams = {};
	for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
		if (typeof value === 'string' || typeof value === 'number') out[key] = value;
	}
	return out;
}

/** A number as written in a cell ("62,5" or "62.5"); NaN when it is not one. */
function cellNumber(value: string | number | undefined): number {
	if (typeof value === 'number') return value;
	if (value === undefined) return Number.NaN;
	const text = value.trim().replace(/\s*%$/, '');
	return Number(text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text);
}

/**
 * The message key and params of a problem's sentence. A range without a maximum says "or more" (or
 * "greater than" when the minimum itself was given), and a value within its range was refused for not
 * being whole. An unknown code shows the server's sentence.
 */
export function problemMessage(problem: Pick<ImportProblem, 'code' | 'message' | 'params'>): { key: MessageKey; params: MessageParams } {
	const params = problemParams(problem.params);
	const code = problem.code;
	if (!isCode(code)) return { key: 'imports.code.UNKNOWN', params: { message: problem.message } };
	// Placeholders the text needs but the API left out show as empty, never as "{value}".
	const filled = (...names: string[]): MessageParams => {
		const out: MessageParams = { ...params };
		for (const name of names) if (!(name in out)) out[name] = '';
		return out;
	};
	switch (code) {
		case 'MISSING_COLUMN':
			return { key: 'imports.code.MISSING_COLUMN', params: filled('nl', 'en') };
		case 'REQUIRED':
			return { key: 'imports.code.REQUIRED', params };
		case 'TOO_LONG':
			return { key: 'imports.code.TOO_LONG', params: filled('max') };
		case 'UNKNOWN_VALUE':
			return { key: 'imports.code.UNKNOWN_VALUE', params: filled('value', 'accepted') };
		case 'NOT_A_NUMBER':
			return { key: 'imports.code.NOT_A_NUMBER', params: filled('value') };
		case 'AMBIGUOUS_NUMBER':
			return { key: 'imports.code.AMBIGUOUS_NUMBER', params: filled('value') };
		case 'OUT_OF_RANGE': {
			const value = cellNumber(params['value']);
			const min = Number(params['min']);
			if (params['max'] === undefined) {
				return { key: value === min ? 'imports.code.OUT_OF_RANGE.above' : 'imports.code.OUT_OF_RANGE.atLeast', params: filled('min', 'value') };
			}
			const max = Number(params['max']);
			const within = Number.isFinite(value) && value >= min && value <= max;
			return { key: within ? 'imports.code.OUT_OF_RANGE.integer' : 'imports.code.OUT_OF_RANGE', params: filled('min', 'max', 'value') };
		}
		case 'DUPLICATE':
			return { key: 'imports.code.DUPLICATE', params: filled('otherRow') };
		case 'DUPLICATE_SHEET':
			return { key: 'imports.code.DUPLICATE_SHEET', params: filled('other') };
		case 'UNKNOWN_REFERENCE':
			return { key: 'imports.code.UNKNOWN_REFERENCE', params: filled('value') };
		case 'UNKNOWN_COUNTRY':
			return { key: 'imports.code.UNKNOWN_COUNTRY', params: filled('value') };
		case 'UNKNOWN_MATERIAL':
			return { key: 'imports.code.UNKNOWN_MATERIAL', params: filled('value') };
		case 'SHARE_TOTAL':
			return { key: 'imports.code.SHARE_TOTAL', params: filled('item', 'total') };
		case 'CYCLE':
			return { key: 'imports.code.CYCLE', params: filled('cycle') };
	}
}

/** A problem's sentence in the user's language. */
export function problemText(problem: Pick<ImportProblem, 'code' | 'message' | 'params'>, t: Translate): string {
	const { key, params } = problemMessage(problem);
	return t(key, params);
}

export interface ProblemGroup {
	sheet: string;
	problems: ImportProblem[];
}

/** Problems per sheet, the sheets in the order they first appear, each sheet's problems by row. */
export function groupProblemsBySheet(problems: readonly ImportProblem[]): ProblemGroup[] {
	const groups = new Map<string, ImportProblem[]>();
	for (const problem of problems) {
		const list = groups.get(problem.sheet);
		if (list) list.push(problem);
		else groups.set(problem.sheet, [problem]);
	}
	return [...groups].map(([sheet, list]) => ({ sheet, problems: list.map((p, i) => ({ p, i })).sort((a, b) => a.p.row - b.p.row || a.i - b.i).map(({ p }) => p) }));
}

type Counts = Pick<ImportReport, ImportCountKey>;

/**
 * The summary line: for each kind of row that the file has, how many are new, changed and unchanged,
 * joined by "; ". Empty when the file has no rows at all.
 */
export function importSummary(report: Counts, t: Translate): string {
	return IMPORT_COUNT_KEYS.filter((key) => report[key].create + report[key].update + report[key].unchanged > 0)
		.map((key) => t(`imports.summary.${key}`, { ...report[key] }))
		.join('; ');
}

/** How many rows applying would create or change. */
export function changeCount(report: Counts): number {
	return IMPORT_COUNT_KEYS.reduce((sum, key) => sum + report[key].create + report[key].update, 0);
}

/** Whether applying the file would create or change anything. */
export function wouldChange(report: Counts): boolean {
	return changeCount(report) > 0;
}

/** Whether the file has any rows at all (new, changed or unchanged). */
export function hasRows(report: Counts): boolean {
	return IMPORT_COUNT_KEYS.some((key) => report[key].create + report[key].update + report[key].unchanged > 0);
}

/** What the report lets the user do next. */
export type ImportNextStep = 'FIX' | 'APPLY' | 'NOTHING' | 'EMPTY';

export function nextStep(report: Pick<ImportReport, 'errors' | ImportCountKey>): ImportNextStep {
	if (report.errors.length > 0) return 'FIX';
	if (wouldChange(report)) return 'APPLY';
	return hasRows(report) ? 'NOTHING' : 'EMPTY';
}

const SHEET_OF_ENTITY: Readonly<Record<string, ImportSheetKey>> = {
	ITEM: 'items',
	COMPOSITION: 'compositions',
	ITEM_MATERIAL: 'itemMaterials',
	SUPPLY_LINK: 'supplyLinks',
};

/** The message key naming the kind of row a change is about. */
export function entityLabel(entity: string): MessageKey {
	switch (entity) {
		case 'ITEM':
			return 'imports.entity.ITEM';
		case 'COMPOSITION':
			return 'imports.entity.COMPOSITION';
		case 'ITEM_MATERIAL':
			return 'imports.entity.ITEM_MATERIAL';
		case 'SUPPLY_LINK':
			return 'imports.entity.SUPPLY_LINK';
		default:
			return 'imports.entity.OTHER';
	}
}

/** The changed fields of a change as the template's column headers in `language` (unknown fields as they came). */
export function changedFields(change: Pick<ImportChange, 'entity' | 'fields'>, language: ImportLanguage): string[] {
	const sheetKey = SHEET_OF_ENTITY[change.entity];
	const sheet = IMPORT_SHEETS.find((s) => s.key === sheetKey);
	return change.fields.map((field) => sheet?.columns.find((c) => c.key === field)?.header[language] ?? field);
}

/** A change in words: "Nieuw", or "Gewijzigd: land, aandeel %". */
export function changeText(change: Pick<ImportChange, 'action' | 'entity' | 'fields'>, language: ImportLanguage, t: Translate): string {
	if (change.action === 'CREATE') return t('imports.action.CREATE');
	const fields = changedFields(change, language);
	return fields.length > 0 ? t('imports.action.UPDATE', { fields: fields.join(', ') }) : t('imports.action.UPDATE.none');
}

/**
 * The problems an apply was refused with (BAD_USER_INPUT on `file`, every problem in
 * `extensions.rows`), in the shape of the report's; null for any other error.
 */
export function problemsFromError(error: unknown): ImportProblem[] | null {
	if (!(error instanceof BadUserInputError)) return null;
	const rows = error.extensions['rows'];
	if (!Array.isArray(rows)) return null;
	const problems: ImportProblem[] = [];
	for (const entry of rows as unknown[]) {
		if (typeof entry !== 'object' || entry === null) continue;
		const e = entry as Record<string, unknown>;
		if (typeof e['row'] !== 'number') continue;
		problems.push({
			sheet: typeof e['sheet'] === 'string' ? e['sheet'] : '',
			row: e['row'],
			column: typeof e['column'] === 'string' ? e['column'] : '',
			code: typeof e['code'] === 'string' ? e['code'] : '',
			message: typeof e['message'] === 'string' ? e['message'] : '',
			params: typeof e['params'] === 'string' ? e['params'] : null,
		});
	}
	return problems.length > 0 ? problems : null;
}
