/**
 * The likelihood × impact matrix of the risk register: a 5 × 5 grid, impact from 5 (top) to 1,
 * likelihood from 1 (left) to 5, each cell with its level (likelihood × impact, as the API computes
 * `Risk.level`), the band that colours it and how many risks sit in it. Pure; the page renders it as
 * a table of buttons, so the matrix is its own accessible alternative.
 */

export const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * Bands of the level (1..25). The top band starts at 15, where the phase "Interventies" counts a
 * risk as high (an open risk of 15 or more without an intervention is an open point).
 */
export type RiskBand = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export const RISK_BANDS: readonly RiskBand[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The lowest level of each band. */
const BAND_FROM: Record<RiskBand, number> = { LOW: 1, MEDIUM: 5, HIGH: 10, CRITICAL: 15 };

export function riskLevel(likelihood: number, impact: number): number {
	return likelihood * impact;
}

export function riskBand(level: number): RiskBand {
	if (level >= BAND_FROM.CRITICAL) return 'CRITICAL';
	if (level >= BAND_FROM.HIGH) return 'HIGH';
	if (level >= BAND_FROM.MEDIUM) return 'MEDIUM';
	return 'LOW';
}

/** The levels a band covers, for the legend ("10–14"). */
export function bandRange(band: RiskBand): { from: number; to: number } {
	const index = RISK_BANDS.indexOf(band);
	const next = RISK_BANDS[index + 1];
	return { from: BAND_FROM[band], to: next ? BAND_FROM[next] - 1 : 25 };
}

export interface MatrixCell {
	likelihood: number;
	impact: number;
	level: number;
	band: RiskBand;
	count: number;
}

export interface MatrixRow {
	impact: number;
	cells: MatrixCell[];
}

/** The grid's rows, highest impact first, with the number of `risks` in each cell. */
export function riskMatrix(risks: readonly { likelihood: number; impact: number }[]): MatrixRow[] {
	const counts = new Map<string, number>();
	for (const risk of risks) {
		const key = `${risk.likelihood}:${risk.impact}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...SCALE].reverse().map((impact) => ({
		impact,
		cells: SCALE.map((likelihood) => {
			const level = riskLevel(likelihood, impact);
			return { likelihood, impact, level, band: riskBand(level), count: counts.get(`${likelihood}:${impact}`) ?? 0 };
		}),
	}));
}

/** A cell chosen in the matrix, to filter the list by. */
export interface CellFilter {
	likelihood: number;
	impact: number;
}

export function inCell(risk: { likelihood: number; impact: number }, cell: CellFilter | null): boolean {
	return !cell || (risk.likelihood === cell.likelihood && risk.impact === cell.impact);
}

/** Reads `?cel=3-4` (likelihood-impact) back; null when absent or not a cell of the grid. */
export function parseCellFilter(value: string | null | undefined): CellFilter | null {
	const match = /^([1-5])-([1-5])$/.exec(value ?? '');
	return match ? { likelihood: Number(match[1]), impact: Number(match[2]) } : null;
}

export function cellFilterParam(cell: CellFilter): string {
	return `${cell.likelihood}-${cell.impact}`;
}

/** Riskiest first: level, then impact, then title, so equal levels keep a stable order. */
export function sortRisks<T extends { level: number; impact: number; title: string }>(risks: readonly T[], locale: string): T[] {
	const collator = new Intl.Collator(locale);
	return [...risks].sort((a, b) => b.level - a.level || b.impact - a.impact || collator.compare(a.title, b.title));
}
