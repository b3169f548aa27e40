import { describe, expect, it } from 'vitest';
import { displayRows, groupSupplies, type SupplyRow } from './supplies';

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

describe('displayRows', () => {
	// Neodymium mining as the EU 2023 extract prints it (11 countries, Burundi last at 0.1%), and one more to fill 12.
	const nd = groupSupplies(
		(
			[
				['CN', 0.683], ['AU', 0.099], ['US', 0.092], ['MM', 0.075], ['RU', 0.015], ['TH', 0.011],
				['IN', 0.01], ['BR', 0.008], ['VN', 0.004], ['MY', 0.003], ['BI', 0.001], ['LA', 0.001],
			] as const
		).map(([c, s]) => row('EXTRACTION', 'GLOBAL', c, s)),
	)[0];

	it('gives the chart and the table the same rows: the largest countries and the rest combined', () => {
		const rows = displayRows(nd, 10);
		expect(rows).toHaveLength(10);
		expect(rows.slice(0, 9).map((r) => r.row?.country)).toEqual(['CN', 'AU', 'US', 'MM', 'RU', 'TH', 'IN', 'BR', 'VN']);
		expect(rows[9]).toMatchObject({ row: null, share: 0.005, upperBound: false });
		expect(rows[9].combined.map((r) => r.country)).toEqual(['MY', 'BI', 'LA']);
		// Every country's share is in exactly one displayed row.
		expect(rows.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(nd.rows.reduce((sum, r) => sum + r.share, 0), 9);
	});

	it('shows every country on its own when they fit', () => {
		expect(displayRows(nd, 12).map((r) => r.row?.country)).toEqual(nd.rows.map((r) => r.country));
		expect(displayRows(nd, 12).every((r) => r.combined.length === 0)).toBe(true);
	});
});
