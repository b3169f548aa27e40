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
