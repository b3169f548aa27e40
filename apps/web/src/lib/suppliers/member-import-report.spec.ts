import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '$lib/api/errors';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { MEMBER_PROFILE_ERROR_CODES } from '@routekaart/domain/src/suppliers/profile-import';
import { MEMBER_IMPORT_CODES, memberImportStep, memberImportSummary, memberProblemsFromError, memberProblemText, type MemberImportReport } from './member-import-report';

const tNl = (key: MessageKey, params?: MessageParams) => translate(nl, nl, key, params, 'nl');
const tEn = (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params, 'en');

const report = (over: Partial<MemberImportReport> = {}): MemberImportReport => ({
	applied: false,
	rows: 3,
	errors: [],
	profiles: { create: 2, update: 1, unchanged: 0 },
	changes: [],
	...over,
});

describe('the member-profile import report as the page words it', () => {
	it('knows every problem code the API reports, with a text in both languages', () => {
		expect([...MEMBER_IMPORT_CODES].sort()).toEqual([...MEMBER_PROFILE_ERROR_CODES].sort());
		for (const code of MEMBER_IMPORT_CODES) {
			const text = memberProblemText({ code, message: 'x', params: null }, tEn);
			expect(text, code).not.toMatch(/memberImport\.|\{\w+\}/);
		}
	});

	it('words a problem from its code and params, naming the vocabulary in the user language', () => {
		const unknown = { code: 'UNKNOWN_VALUE', message: 'English', params: JSON.stringify({ value: 'telepathie', vocabulary: 'capabilities' }) };
		expect(memberProblemText(unknown, tNl)).toBe('"telepathie" staat niet in de woordenlijst (capaciteiten); zie het tabblad Woordenlijst van het sjabloon.');
		expect(memberProblemText(unknown, tEn)).toBe('"telepathie" is not in the vocabulary (capabilities); see the Vocabulary sheet of the template.');
		expect(memberProblemText({ code: 'DUPLICATE_KVK', message: '', params: JSON.stringify({ value: '30123456', otherRow: 2 }) }, tNl)).toBe(
			'KvK-nummer 30123456 staat ook al op rij 2; houd er één over.',
		);
		expect(memberProblemText({ code: 'SOMETHING_NEW', message: 'Server sentence', params: null }, tNl)).toBe('Probleem: Server sentence');
	});

	it('says what comes next and sums the counts up', () => {
		expect(memberImportStep(report())).toBe('APPLY');
		expect(memberImportStep(report({ errors: [{ sheet: 'L', row: 2, column: 'KvK-nummer', code: 'BAD_KVK', message: '', params: null }] }))).toBe('FIX');
		expect(memberImportStep(report({ profiles: { create: 0, update: 0, unchanged: 3 } }))).toBe('NOTHING');
		expect(memberImportStep(report({ applied: true }))).toBe('DONE');
		expect(memberImportSummary(report(), tNl)).toBe('3 rijen gelezen: 2 nieuw, 1 bijgewerkt, 0 ongewijzigd.');
	});

	it('reads the problems of a refused apply, and nothing from other errors', () => {
		const refused = new BadUserInputError('1 row has problems', 'file');
		refused.extensions = { rows: [{ sheet: 'Leveranciers', row: 4, column: 'KvK-nummer', code: 'SELF_MANAGED', message: 'x', params: '{"value":"16345678"}' }] };
		expect(memberProblemsFromError(refused)?.map((p) => [p.row, p.code])).toEqual([[4, 'SELF_MANAGED']]);
		expect(memberProblemsFromError(new BadUserInputError('bad', 'language'))).toBeNull();
		expect(memberProblemsFromError(new Error('network'))).toBeNull();
	});
});
