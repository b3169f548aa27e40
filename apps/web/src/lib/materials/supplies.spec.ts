import { describe, expect, it } from 'vitest';
import { groupSupplies, type SupplyRow } from './supplies';

let n = 0;
const row = (stage: SupplyRow['stage'], scope: SupplyRow['scope'], country: string | null, share: number, year: number | null = 2020): SupplyRow => ({
	id: String(++n),
	stage,
	scope,
	country,
	countryName: country ?? 'Other countries',
	share,
	shareIsUpperBound: false,
	source: `EU 2023 ${scope}`,
	year,
});

describe('groupSupplies', () => {
	it('groups per stage (extraction first) and scope (global first), largest share first, residual last', () => {
		const groups = groupSupplies([
			row('PROCESSING', 'EU_SOURCING', 'US', 0.1),
			row('PROCESSING', 'GLOBAL', null, 0.4),
			row('PROCESSING', 'GLOBAL', 'JP', 0.01),
			row('PROCESSING', 'GLOBAL', 'CN', 0.938),
			row('EXTRACTION', 'GLOBAL', 'AU', 0.5, 2019),
			row('PROCESSING', 'EU_SOURCING', 'CN', 0.69),
		]);
		expect(groups.map((g) => `${g.stage}/${g.scope}`)).toEqual(['EXTRACTION/GLOBAL', 'PROCESSING/GLOBAL', 'PROCESSING/EU_SOURCING']);
		expect(groups[1].rows.map((r) => r.country)).toEqual(['CN', 'JP', null]);
		expect(groups[2].rows.map((r) => r.country)).toEqual(['CN', 'US']);
		expect(groups[0].years).toEqual([2019]);
		expect(groups[1].sources).toEqual(['EU 2023 GLOBAL']);
	});

	it('has no groups for a material without shares', () => {
		expect(groupSupplies([])).toEqual([]);
	});
});
