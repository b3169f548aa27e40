import { describe, expect, it } from 'vitest';
import { activeFilterCount, apiFilter, emptyFilters, materialOptions, onPlatform, platformOfKey, platformOptions, readFilters, writeFilters } from './filters';

const TYPES = ['STOCKPILING', 'RECYCLING'];

describe('the interventions filters in the address', () => {
	it('reads what is set and ignores blanks and unknown types', () => {
		const filters = readFilters(new URLSearchParams('soort=RECYCLING&eigenaar=org-1&grondstof=&risico=r-1&platform=p-1'), TYPES);
		expect(filters).toEqual({ type: 'RECYCLING', ownerOrgId: 'org-1', materialId: null, riskId: 'r-1', platformId: 'p-1' });
		expect(readFilters(new URLSearchParams('soort=BRIBERY'), TYPES).type).toBeNull();
	});

	it('writes filters back, removing cleared ones and keeping other parameters', () => {
		const params = writeFilters(new URLSearchParams('soort=RECYCLING&weergave=bord'), { ...emptyFilters(), ownerOrgId: 'org-2' });
		expect(params.toString()).toBe('weergave=bord&eigenaar=org-2');
	});

	it('sends type, owner, material and risk to the API, and nothing when no filter is set', () => {
		expect(apiFilter(emptyFilters())).toBeUndefined();
		expect(apiFilter({ type: 'RECYCLING', ownerOrgId: 'o', materialId: 'm', riskId: 'r', platformId: 'p' })).toEqual({
			types: ['RECYCLING'],
			ownerOrgId: 'o',
			materialId: 'm',
			riskId: 'r',
		});
		expect(activeFilterCount({ ...emptyFilters(), platformId: 'p', type: 'RECYCLING' })).toBe(2);
	});
});

describe('the platform filter', () => {
	it('reads the platform from a dependency key', () => {
		expect(platformOfKey('p-1|MATERIAL|m-1')).toBe('p-1');
		expect(platformOfKey('nonsense')).toBeNull();
		expect(platformOfKey(null)).toBeNull();
	});

	it('keeps interventions with a linked risk on that platform', () => {
		const intervention = { risks: [{ dependencyKey: null }, { dependencyKey: 'p-2|COUNTRY|CN' }] };
		expect(onPlatform(intervention, 'p-2')).toBe(true);
		expect(onPlatform(intervention, 'p-1')).toBe(false);
		expect(onPlatform({ risks: [] }, null)).toBe(true);
	});

	it('offers the platforms and materials the risks name, once each, by name', () => {
		const risks = [
			{ dependencyKey: 'p-2|MATERIAL|m', evidence: { platformName: 'Zr.Ms. Fregat' }, material: { id: 'w', name: 'Tungsten', nameNl: 'Wolfraam', symbol: 'W', chemicalSymbol: 'W' } },
			{ dependencyKey: 'p-1|ITEM|i', evidence: { platformName: 'Bevoorrader' }, material: null },
			{ dependencyKey: 'p-2|ITEM|j', evidence: null, material: { id: 'ge', name: 'Germanium', nameNl: 'Germanium', symbol: 'Ge', chemicalSymbol: 'Ge' } },
			{ dependencyKey: null, evidence: null, material: { id: 'w', name: 'Tungsten', nameNl: 'Wolfraam', symbol: 'W', chemicalSymbol: 'W' } },
		];
		expect(platformOptions(risks, 'nl')).toEqual([
			{ id: 'p-1', name: 'Bevoorrader' },
			{ id: 'p-2', name: 'Zr.Ms. Fregat' },
		]);
		expect(materialOptions(risks, 'nl')).toEqual([
			{ id: 'ge', name: 'Germanium (Ge)' },
			{ id: 'w', name: 'Wolfraam (W)' },
		]);
	});
});
