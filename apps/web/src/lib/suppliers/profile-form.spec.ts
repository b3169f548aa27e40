import { describe, expect, it } from 'vitest';
import { profileDraft, profileInput } from './profile-form';

describe('the supplier profile form', () => {
	it('starts a new profile from the organisation name and sends empty optional fields as null', () => {
		const draft = profileDraft(null, 'Brabant Magneettechniek B.V.');
		expect(draft).toMatchObject({ name: 'Brabant Magneettechniek B.V.', capabilities: [], governmentOnly: [], clearance: 'NONE' });
		expect(profileInput({ ...draft, capabilities: ['MAGNET_ASSEMBLY'] })).toMatchObject({
			kvkNumber: null,
			capacityHoursPerMonth: null,
			capacityFrom: null,
			description: null,
			capabilities: ['MAGNET_ASSEMBLY'],
		});
	});

	it('sends the capacity as a number whether the input holds text or a number', () => {
		const draft = profileDraft(null, 'X');
		expect(profileInput({ ...draft, capacityHoursPerMonth: 320 }).capacityHoursPerMonth).toBe(320);
		expect(profileInput({ ...draft, capacityHoursPerMonth: '40', kvkNumber: ' 16345678 ' })).toMatchObject({ capacityHoursPerMonth: 40, kvkNumber: '16345678' });
	});
});
