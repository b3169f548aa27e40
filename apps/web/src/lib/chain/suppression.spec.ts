import { describe, expect, it } from 'vitest';
import { suppressionReasonKey } from './suppression';

describe('suppressionReasonKey', () => {
	it('recognises the two rules of DESIGN §5 by the API’s wording', () => {
		expect(suppressionReasonKey('hidden: fewer than 3 organisations contribute to this figure')).toBe('chain.countries.suppressed.fewContributors');
		expect(suppressionReasonKey('hidden: one organisation makes up more than 70% of this figure')).toBe('chain.countries.suppressed.dominant');
	});

	it('explains anything else in general terms', () => {
		expect(suppressionReasonKey('hidden for another reason')).toBe('chain.countries.suppressed.other');
		expect(suppressionReasonKey(null)).toBe('chain.countries.suppressed.other');
	});
});
