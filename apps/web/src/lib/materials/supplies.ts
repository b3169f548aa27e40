import type { SupplyScope, SupplyStage } from '$lib/api/types';

export interface SupplyRow {
	id: string;
	stage: SupplyStage;
	scope: SupplyScope;
	/** Null for a residual such as "other countries". */
	country: string | null;
	countryName: string;
	share: number;
	shareIsUpperBound: boolean;
	source: string;
	year: number | null;
}

export interface SupplyGroup<T extends SupplyRow = SupplyRow> {
	stage: SupplyStage;
	scope: SupplyScope;
	/** Largest share first; residuals ("other countries") last. */
	rows: T[];
	sources: string[];
	years: number[];
}

const STAGES: readonly SupplyStage[] = ['EXTRACTION', 'PROCESSING'];
const SCOPES: readonly SupplyScope[] = ['GLOBAL', 'EU_SOURCING'];

/** A material's country shares per stage (extraction, then processing) and scope (global, then EU sourcing). */
export function groupSupplies<T extends SupplyRow>(supplies: readonly T[]): SupplyGroup<T>[] {
	const groups: SupplyGroup<T>[] = [];
	for (const stage of STAGES) {
		for (const scope of SCOPES) {
			const rows = supplies
				.filter((s) => s.stage === stage && s.scope === scope)
				.sort((a, b) => Number(a.country === null) - Number(b.country === null) || b.share - a.share);
			if (rows.length === 0) continue;
			groups.push({
				stage,
				scope,
				rows,
				sources: [...new Set(rows.map((r) => r.source))],
				years: [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort(),
			});
		}
	}
	return groups;
}

/** One row as the chart and the table both show it: a country, or the countries past the limit combined. */
export interface DisplayRow<T extends SupplyRow = SupplyRow> {
	/** The country's row; null for the combined row. */
	row: T | null;
	/** The rows combined into this one (empty for a country's own row). */
	combined: T[];
	share: number;
	/** True when the share (or one of those combined) was printed as "<x%": the true value lies below. */
	upperBound: boolean;
}

/**
 * The rows that the chart and the table of one stage and scope both show: the largest `limit - 1`
 * countries, and when there are more than `limit`, the rest as one combined row with their summed
 * share (so a small country such as Burundi's 0.1% of neodymium mining is in both or in neither's
 * list of bars, never in the table only). With `limit` rows or fewer, every country is its own row.
 */
export function displayRows<T extends SupplyRow>(group: SupplyGroup<T>, limit: number): DisplayRow<T>[] {
	const own = (row: T): DisplayRow<T> => ({ row, combined: [], share: row.share, upperBound: row.shareIsUpperBound });
	if (group.rows.length <= limit) return group.rows.map(own);
	const shown = group.rows.slice(0, limit - 1);
	const rest = group.rows.slice(limit - 1);
	return [
		...shown.map(own),
		{
			row: null,
			combined: rest,
			share: Math.round(rest.reduce((sum, r) => sum + r.share, 0) * 1e9) / 1e9,
			upperBound: rest.some((r) => r.shareIsUpperBound),
		},
	];
}
