import { describe, expect, it } from 'vitest';
import { apiFieldError, emptySupplyLinkForm, supplyLinkFormOf, toSupplyLinkInput, type SupplyLinkFormValues } from './supply-link-form';

const filled = (changes: Partial<SupplyLinkFormValues> = {}): SupplyLinkFormValues => ({
	...emptySupplyLinkForm(),
	itemId: 'item-1',
	supplierName: '  Zeeuwse Consolebouw B.V. ',
	country: 'NL',
	share: '12,5',
	tier: '1',
	leadTimeWeeks: '26',
	stockMonths: '2,5',
	singleSource: true,
	visibility: 'GOVERNMENT',
	sharedWith: ['org-2'],
	...changes,
});

describe('toSupplyLinkInput', () => {
	it('sends the share as a fraction and the numbers as numbers', () => {
		expect(toSupplyLinkInput(filled())).toEqual({
			ok: true,
			input: {
				itemId: 'item-1',
				supplierName: 'Zeeuwse Consolebouw B.V.',
				country: 'NL',
				share: 0.125,
				tier: 1,
				leadTimeWeeks: 26,
				stockMonths: 2.5,
				singleSource: true,
				visibility: 'GOVERNMENT',
				sharedWith: ['org-2'],
			},
		});
	});

	it('sends empty optional fields as null', () => {
		const result = toSupplyLinkInput(filled({ country: '', share: '', tier: '', leadTimeWeeks: '', stockMonths: '', sharedWith: [] }));
		expect(result).toMatchObject({ ok: true, input: { country: null, share: null, tier: null, leadTimeWeeks: null, stockMonths: null, sharedWith: [] } });
	});

	it('has no default visibility: without a choice it asks for one', () => {
		expect(emptySupplyLinkForm().visibility).toBe('');
		expect(toSupplyLinkInput(filled({ visibility: '' }))).toEqual({ ok: false, errors: { visibility: 'chainData.error.visibilityRequired' } });
	});

	it('asks for the part and the supplier, and for numbers where it cannot read one', () => {
		expect(toSupplyLinkInput(filled({ itemId: '', supplierName: '  ', share: 'veel', tier: '1,5', leadTimeWeeks: 'x', stockMonths: '?' }))).toEqual({
			ok: false,
			errors: {
				itemId: 'chainData.error.itemRequired',
				supplierName: 'chainData.error.supplierNameRequired',
				share: 'chainData.error.notANumber',
				tier: 'chainData.error.notAWholeNumber',
				leadTimeWeeks: 'chainData.error.notANumber',
				stockMonths: 'chainData.error.notANumber',
			},
		});
	});

	it('leaves the range of the share to the API, which names the field', () => {
		expect(toSupplyLinkInput(filled({ share: '150' }))).toMatchObject({ ok: true, input: { share: 1.5 } });
	});
});

describe('apiFieldError', () => {
	it.each([
		['share', 'share', 'chainData.error.share'],
		['country', 'country', 'chainData.error.country'],
		['tier', 'tier', 'chainData.error.tier'],
		['leadTimeWeeks', 'leadTimeWeeks', 'chainData.error.leadTimeWeeks'],
		['stockMonths', 'stockMonths', 'chainData.error.stockMonths'],
		['visibility', 'visibility', 'chainData.error.visibilityRequired'],
		['sharedWith', 'sharedWith', 'chainData.error.sharedWith'],
		['itemId', 'itemId', 'chainData.error.item'],
		['supplierName', 'supplierName', 'chainData.error.supplierName'],
		['supplierOrgId', 'supplierName', 'chainData.error.supplierName'],
	])('puts an error on %s next to the %s field', (apiField, field, message) => {
		expect(apiFieldError(apiField)).toEqual({ field, message });
	});

	it('has no field for errors it cannot place', () => {
		expect(apiFieldError(null)).toBeNull();
		expect(apiFieldError('first')).toBeNull();
	});
});

describe('supplyLinkFormOf', () => {
	const link = {
		id: 'l1',
		itemId: 'i1',
		country: 'CN',
		share: 0.155,
		tier: 2,
		leadTimeWeeks: 12.5,
		stockMonths: null,
		singleSource: true,
		visibility: 'GOVERNMENT' as const,
		supplierName: 'Leverancier',
		supplier: null,
		contributedBy: { id: 'o1', name: 'Werf' },
		sharedWith: [{ id: 'o2', name: 'Radar' }],
	};

	it('fills the form with the link as recorded, the share in percent, and sends back what it had', () => {
		const values = supplyLinkFormOf(link);
		expect(values).toEqual({
			itemId: 'i1',
			supplierName: 'Leverancier',
			country: 'CN',
			share: '15.5',
			tier: '2',
			leadTimeWeeks: '12.5',
			stockMonths: '',
			singleSource: true,
			visibility: 'GOVERNMENT',
			sharedWith: ['o2'],
		});
		const sent = toSupplyLinkInput(values);
		expect(sent.ok && sent.input).toMatchObject({ share: 0.155, tier: 2, leadTimeWeeks: 12.5, stockMonths: null, sharedWith: ['o2'] });
	});
});
