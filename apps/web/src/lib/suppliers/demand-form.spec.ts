import { describe, expect, it } from 'vitest';
import { demandInput, emptyDemand, toggled } from './demand-form';

describe('the publish form of capacity demand', () => {
	it('sends numbers whether the inputs hold text or numbers, and no hours when left empty', () => {
		const draft = { ...emptyDemand(), title: 'Lassen', capabilities: ['WELDING_EXC3' as const], windowStart: '2027-03-01', windowEnd: '2027-12-31' };
		expect(demandInput({ ...draft, quantity: 40, hoursPerMonth: 300 })).toMatchObject({ quantity: 40, hoursPerMonth: 300 });
		expect(demandInput({ ...draft, quantity: '4', hoursPerMonth: '' })).toMatchObject({ quantity: 4, hoursPerMonth: null });
		expect(demandInput({ ...draft, hoursPerMonth: null }).hoursPerMonth).toBeNull();
	});

	it('toggles a value in a checkbox group', () => {
		expect(toggled(['PCB'], 'CASTING', true)).toEqual(['PCB', 'CASTING']);
		expect(toggled(['PCB', 'CASTING'], 'PCB', false)).toEqual(['CASTING']);
		expect(toggled(['PCB'], 'PCB', true)).toEqual(['PCB']);
	});
});
