import { describe, expect, it } from 'vitest';
import { DEMAND_FIELDS, demandDraftOf, demandInput, emptyDemand, knownField, RESPONSE_FIELDS, responseDraftOf, responseInput, toggled } from './demand-form';

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

	it('starts the edit form from the published demand and sends it back unchanged', () => {
		const published = {
			title: 'Magneten',
			description: '',
			capabilities: ['MAGNET_ASSEMBLY' as const],
			quantity: 40,
			hoursPerMonth: null,
			windowStart: '2027-03-01',
			windowEnd: '2027-12-31',
			requiredCertifications: ['ISO_9001' as const],
			requiredClearance: 'NONE' as const,
		};
		expect(demandInput(demandDraftOf(published))).toEqual({ ...published, description: null });
	});

	it('knows which refusals belong at a field of the form', () => {
		expect(knownField(DEMAND_FIELDS, 'windowEnd')).toBe('windowEnd');
		expect(knownField(DEMAND_FIELDS, 'itemId')).toBeNull();
		expect(knownField(RESPONSE_FIELDS, null)).toBeNull();
	});

	it("starts a response from the company's earlier one and sends empty hours as 0, for the API to name", () => {
		expect(responseDraftOf({ hoursPerMonth: 120, availableFrom: '2027-04-01', message: '' })).toEqual({ hoursPerMonth: '120', availableFrom: '2027-04-01', message: '' });
		expect(responseInput({ hoursPerMonth: '', availableFrom: '', message: '' })).toEqual({ hoursPerMonth: 0, availableFrom: '', message: null });
		expect(responseInput({ hoursPerMonth: 80, availableFrom: '2027-05-01', message: 'Graag' })).toEqual({ hoursPerMonth: 80, availableFrom: '2027-05-01', message: 'Graag' });
	});
});
