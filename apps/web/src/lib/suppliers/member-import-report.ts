/**
 * The member-profile import report as the page words it: each problem as a sentence in the user's
 * language from its code and params (never the server's English), the summary line, and what the
 * user can do next. Pure: the translator is passed in.
 */
import { BadUserInputError } from '$lib/api/errors';
import type { ImportMemberProfilesMutation } from '$lib/api/generated/graphql';
import type { MessageKey, MessageParams } from '$lib/i18n';
import { problemParams, problemsFromError } from '$lib/imports/import-report';

export type MemberImportReport = ImportMemberProfilesMutation['importMemberProfiles'];
export type MemberImportProblem = MemberImportReport['errors'][number];
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The problem codes of libs/domain/src/suppliers/profile-import.ts. */
export const MEMBER_IMPORT_CODES = [
	'MISSING_COLUMN',
	'NO_ROWS',
	'REQUIRED',
	'TOO_LONG',
	'UNKNOWN_VALUE',
	'BAD_KVK',
	'DUPLICATE_KVK',
	'NOT_A_NUMBER',
	'NOT_A_WHOLE_NUMBER',
	'OUT_OF_RANGE',
	'BAD_DATE',
	'SELF_MANAGED',
	'KEPT_ELSEWHERE',
] as const;
type Code = (typeof MEMBER_IMPORT_CODES)[number];

const VOCABULARIES = ['capabilities', 'certifications', 'sectors', 'provinces', 'sizeClasses', 'categories', 'clearances', 'audiences'] as const;

/** A problem as a sentence: its code's text with the params filled in; an unknown code shows the server's sentence. */
export function memberProblemText(problem: Pick<MemberImportProblem, 'code' | 'message' | 'params'>, t: Translate): string {
	const params = problemParams(problem.params);
	if (!(MEMBER_IMPORT_CODES as readonly string[]).includes(problem.code)) return t('memberImport.code.UNKNOWN', { message: problem.message });
	const vocabulary = VOCABULARIES.find((v) => v === params['vocabulary']);
	const filled: MessageParams = { value: '', max: '', min: '', otherRow: '', ...params, vocabulary: vocabulary ? t(`memberImport.vocabulary.${vocabulary}`) : '' };
	return t(`memberImport.code.${problem.code as Code}`, filled);
}

/** What the user can do next: fix the file, apply it, or nothing (it changes nothing). */
export function memberImportStep(report: MemberImportReport): 'FIX' | 'APPLY' | 'NOTHING' | 'DONE' {
	if (report.applied) return 'DONE';
	if (report.errors.length > 0) return 'FIX';
	return report.profiles.create + report.profiles.update > 0 ? 'APPLY' : 'NOTHING';
}

/** The counts of the report in one line. */
export function memberImportSummary(report: MemberImportReport, t: Translate): string {
	return t('memberImport.report.summary', { rows: report.rows, ...report.profiles });
}

/** The problems a refused apply lists (BAD_USER_INPUT on `file` with `rows`), or null for any other error. */
export function memberProblemsFromError(error: unknown): MemberImportProblem[] | null {
	return error instanceof BadUserInputError && error.field === 'file' ? problemsFromError(error) : null;
}
