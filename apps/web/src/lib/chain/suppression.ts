import type { MessageKey } from '$lib/i18n';

/**
 * Why an aggregate is hidden, in the reader's language. The API gives the reason as an English
 * sentence only (no code), so the two known rules are recognised by their wording, with a general
 * explanation for anything else.
 */
export function suppressionReasonKey(reason: string | null | undefined): MessageKey {
	const text = (reason ?? '').toLowerCase();
	if (text.includes('fewer than')) return 'chain.countries.suppressed.fewContributors';
	if (text.includes('more than')) return 'chain.countries.suppressed.dominant';
	return 'chain.countries.suppressed.other';
}
