import { describe, expect, it } from 'vitest';
import { agreementApiFieldError, agreementFormOf, toAgreementInput } from './agreement-form';

describe('the agreement terms', () => {
	it('sends every term, emptied ones as null so the API clears them', () => {
		expect(toAgreementInput({ responsibleOrgId: '', dueDate: '', deliverable: '  ' })).toEqual({
			ok: true,
			input: { responsibleOrgId: null, dueDate: null, deliverable: null },
		});
		expect(toAgreementInput({ responsibleOrgId: 'o1', dueDate: '2027-06-30', deliverable: ' 30 ton gallium op voorraad ' })).toEqual({
			ok: true,
			input: { responsibleOrgId: 'o1', dueDate: '2027-06-30', deliverable: '30 ton gallium op voorraad' },
		});
	});

	it('refuses a date in another shape and a deliverable over 2000 characters', () => {
		const result = toAgreementInput({ responsibleOrgId: '', dueDate: '30-6-2027', deliverable: 'x'.repeat(2001) });
		expect(result).toEqual({ ok: false, errors: { dueDate: 'agreements.error.dueDate', deliverable: 'agreements.error.deliverable' } });
	});

	it('fills the form from an agreement and maps API refusals to its fields', () => {
		expect(agreementFormOf({ responsible: { id: 'o1' }, dueDate: null, deliverable: 'D' })).toEqual({ responsibleOrgId: 'o1', dueDate: '', deliverable: 'D' });
		expect(agreementApiFieldError('responsibleOrgId')?.field).toBe('responsibleOrgId');
		expect(agreementApiFieldError('interventionId')).toBeNull();
	});
});
