import { describe, expect, it } from 'vitest';
import { groupingParam, paramOf } from './groupings';

describe('disruption figure groupings', () => {
	it('reads ?per= and writes it back, with the material for anything unknown', () => {
		expect(groupingParam('kwartaal')).toBe('QUARTER');
		expect(groupingParam('oorzaak')).toBe('CAUSE');
		expect(groupingParam(null)).toBe('MATERIAL');
		expect(groupingParam('onzin')).toBe('MATERIAL');
		expect(paramOf('MEASURE')).toBe('maatregel');
	});
});
