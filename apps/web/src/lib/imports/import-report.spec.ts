import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '$lib/api/errors';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import {
	IMPORT_PROBLEM_CODES,
	changeText,
	changedFields,
	entityLabel,
	groupProblemsBySheet,
	importSummary,
	nextStep,
	problemMessage,
	problemParams,
	problemText,
	problemsFromError,
	wouldChange,
	type ImportProblem,
	type ImportReport,
} from './import-report';

const tNl = (key: MessageKey, params?: MessageParams) => translate(nl, nl, key, params, 'nl');
const tEn = (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params, 'en');

const problem = (over: Partial<ImportProblem>): ImportProblem => ({
	sheet: 'Leveranciers',
	row: 2,
	column: 'land',
	code: 'REQUIRED',
	message: 'Fill in this cell',
	params: null,
	...over,
});

const counts = (create = 0, update = 0, unchanged = 0) => ({ create, update, unchanged });

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
	applied: false,
	errors: [],
	items: counts(),
	compositions: counts(),
	itemMaterials: counts(),
	supplyLinks: counts(),
	changes: [],
	...over,
});

describe('problem sentences', () => {
	it('words every code the API reports in Dutch and English, without a placeholder left over', () => {
		const params = JSON.stringify({ value: 'x', accepted: 'a, b', max: 100, min: 0, otherRow: 3, other: 'Items', item: 'PMP-1', total: '120%', cycle: 'A -> B -> A', nl: 'land', en: 'country' });
		for (const code of IMPORT_PROBLEM_CODES) {
			for (const t of [tNl, tEn]) {
				const text = problemText(problem({ code, params }), t);
				expect(text, code).not.toMatch(/\{\w+\}/);
				expect(text, code).not.toContain('imports.');
			}
		}
	});

	it('fills in the facts of the problem', () => {
		expect(problemText(problem({ code: 'UNKNOWN_COUNTRY', params: '{"value":"Atlantis"}' }), tNl)).toBe(
			'"Atlantis" is geen land; geef de landcode (bijv. NL) of de naam.',
		);
		expect(problemText(problem({ code: 'UNKNOWN_COUNTRY', params: '{"value":"Atlantis"}' }), tEn)).toBe(
			'"Atlantis" is not a country; give its code (e.g. NL) or its name.',
		);
		expect(problemText(problem({ code: 'DUPLICATE', params: '{"otherRow":4}' }), tNl)).toBe('Staat ook al op rij 4; houd er één over.');
		expect(problemText(problem({ code: 'SHARE_TOTAL', params: '{"item":"PMP-100","total":"130%"}' }), tNl)).toBe(
			'Met deze rij komen de aandelen van "PMP-100" samen boven 100% uit (130%).',
		);
		expect(problemText(problem({ code: 'MISSING_COLUMN', params: '{"nl":"referentie","en":"reference"}' }), tEn)).toBe(
			'The column "reference" is missing (in Dutch "referentie"); add it.',
		);
	});

	it('says what range a number must be in: from–to, or more, greater than, whole', () => {
		expect(problemText(problem({ code: 'OUT_OF_RANGE', params: '{"value":"150","min":0,"max":100}' }), tNl)).toBe(
			'Geef een getal van 0 tot en met 100, niet 150.',
		);
		expect(problemMessage(problem({ code: 'OUT_OF_RANGE', params: '{"value":"2,5","min":1,"max":10}' })).key).toBe('imports.code.OUT_OF_RANGE.integer');
		expect(problemMessage(problem({ code: 'OUT_OF_RANGE', params: '{"value":"-1","min":0}' })).key).toBe('imports.code.OUT_OF_RANGE.atLeast');
		expect(problemText(problem({ code: 'OUT_OF_RANGE', params: '{"value":"0","min":0}' }), tEn)).toBe('Give a number greater than 0, not 0.');
	});

	it('shows the server’s sentence for a code it does not know, and survives bad params', () => {
		expect(problemText(problem({ code: 'NEW_CODE', message: 'Something new' }), tNl)).toBe('Probleem: Something new');
		expect(problemParams('not json')).toEqual({});
		expect(problemParams('[1,2]')).toEqual({});
		expect(problemParams('{"value":"a","nested":{"x":1}}')).toEqual({ value: 'a' });
		expect(problemText(problem({ code: 'UNKNOWN_COUNTRY', params: null }), tNl)).toBe('"" is geen land; geef de landcode (bijv. NL) of de naam.');
	});
});

describe('grouping problems by sheet', () => {
	it('keeps the sheets in the order they first appear, each sheet’s problems by row', () => {
		const groups = groupProblemsBySheet([
			problem({ sheet: 'Onderdelen', row: 5 }),
			problem({ sheet: 'Leveranciers', row: 3 }),
			problem({ sheet: 'Onderdelen', row: 2, column: 'naam' }),
			problem({ sheet: 'Onderdelen', row: 2, column: 'soort' }),
		]);
		expect(groups.map((g) => g.sheet)).toEqual(['Onderdelen', 'Leveranciers']);
		expect(groups[0]!.problems.map((p) => `${p.row}${p.column}`)).toEqual(['2naam', '2soort', '5land']);
		expect(groupProblemsBySheet([])).toEqual([]);
	});
});

describe('the summary line and what would change', () => {
	it('names each kind of row the file has, with plural forms', () => {
		const r = report({ items: counts(12, 3, 40), supplyLinks: counts(1, 0, 0) });
		expect(importSummary(r, tNl)).toBe('12 onderdelen nieuw, 3 gewijzigd, 40 ongewijzigd; 1 schakel nieuw, 0 gewijzigd, 0 ongewijzigd');
		expect(importSummary(r, tEn)).toBe('12 items new, 3 changed, 40 unchanged; 1 supply link new, 0 changed, 0 unchanged');
		expect(importSummary(report(), tNl)).toBe('');
	});

	it('knows whether anything would change and what comes next', () => {
		expect(wouldChange(report({ supplyLinks: counts(0, 0, 5) }))).toBe(false);
		expect(wouldChange(report({ compositions: counts(0, 1, 5) }))).toBe(true);
		expect(nextStep(report({ items: counts(1), errors: [problem({})] }))).toBe('FIX');
		expect(nextStep(report({ items: counts(1) }))).toBe('APPLY');
		expect(nextStep(report({ items: counts(0, 0, 3) }))).toBe('NOTHING');
		expect(nextStep(report())).toBe('EMPTY');
	});

	it('words a change with the changed columns as the template heads them', () => {
		expect(changedFields({ entity: 'SUPPLY_LINK', fields: ['country', 'share', 'odd'] }, 'nl')).toEqual(['land', 'aandeel %', 'odd']);
		expect(changeText({ entity: 'SUPPLY_LINK', action: 'UPDATE', fields: ['country', 'share'] }, 'en', tEn)).toBe('Changed: country, share %');
		expect(changeText({ entity: 'ITEM', action: 'CREATE', fields: [] }, 'nl', tNl)).toBe('Nieuw');
		expect(changeText({ entity: 'ITEM', action: 'UPDATE', fields: [] }, 'nl', tNl)).toBe('Gewijzigd');
		expect(tNl(entityLabel('ITEM_MATERIAL'))).toBe('Materiaal');
		expect(tNl(entityLabel('WHATEVER'))).toBe('Rij');
	});
});

describe('problems of a refused apply', () => {
	it('reads every problem from extensions.rows of BAD_USER_INPUT', () => {
		const error = new BadUserInputError('2 rows have problems', 'file');
		error.extensions = { rows: [{ sheet: 'Leveranciers', row: 3, column: 'land', code: 'UNKNOWN_COUNTRY', message: 'x', params: '{"value":"Atlantis"}' }, 'junk'] };
		expect(problemsFromError(error)).toEqual([
			{ sheet: 'Leveranciers', row: 3, column: 'land', code: 'UNKNOWN_COUNTRY', message: 'x', params: '{"value":"Atlantis"}' },
		]);
		expect(problemsFromError(new BadUserInputError('bad', 'file'))).toBeNull();
		expect(problemsFromError(new Error('other'))).toBeNull();
	});
});
