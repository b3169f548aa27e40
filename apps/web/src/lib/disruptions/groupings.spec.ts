import { describe, expect, it } from 'vitest';
import { groupingParam, paramOf, recentQuarters } from './groupings';

describe('disruption figure groupings', () => {
	it('reads ?per= and writes it back, with the material for anything unknown', () => {
		expect(groupingParam('kwartaal')).toBe('QUARTER');
		expect(groupingParam('oorzaak')).toBe('CAUSE');
		expect(groupingParam(null)).toBe('MATERIAL');
		expect(groupingParam('onzin')).toBe('MATERIAL');
		expect(paramOf('MEASURE')).toBe('maatregel');
	});

	it('counts recent quarters back across the year end', () => {
		expect(recentQuarters('2026-02-10', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
		expect(recentQuarters('2026-12-06', 1)).toEqual(['2026-Q4']);
	});
});
