import type { DependencyHeatmap, DependencyHeatmapCell } from '$lib/api/types';
import { dependencyKey } from './dependency-key';

export type HeatmapMaterial = DependencyHeatmap['materials'][number];
export type HeatmapPlatform = DependencyHeatmap['platforms'][number];

/** One row of the heatmap's table: a material (riskiest first) with its cell per platform, or null. */
export interface HeatmapTableRow {
	material: HeatmapMaterial;
	cells: (DependencyHeatmapCell | null)[];
}

/**
 * The heatmap as table rows: one per material in the API's order (riskiest first), one column per
 * platform in the API's order. The API sends only cells with a dependency; the others are null.
 */
export function heatmapTable(heatmap: DependencyHeatmap): HeatmapTableRow[] {
	const rows: HeatmapTableRow[] = heatmap.materials.map((material) => ({ material, cells: heatmap.platforms.map(() => null) }));
	for (const cell of heatmap.cells) {
		const row = rows[cell.column];
		if (row && cell.row >= 0 && cell.row < heatmap.platforms.length) row.cells[cell.row] = cell;
	}
	return rows;
}

/** The key of the dependency behind a cell: the platform's dependency on the material. */
export function cellKey(cell: Pick<DependencyHeatmapCell, 'platformId' | 'materialId'>): string {
	return dependencyKey({ platformId: cell.platformId, kind: 'MATERIAL', targetId: cell.materialId });
}

/** The cell with the highest score (the first in the API's order on a tie); null without scored cells. */
export function riskiestCell(heatmap: DependencyHeatmap): DependencyHeatmapCell | null {
	let best: DependencyHeatmapCell | null = null;
	for (const cell of heatmap.cells) {
		if (cell.score === null) continue;
		if (!best || cell.score > best.score! || (cell.score === best.score && (cell.column < best.column || (cell.column === best.column && cell.row < best.row)))) {
			best = cell;
		}
	}
	return best;
}

/**
 * A heatmap cell's kg, short enough for a cell: whole kg from 100 kg up ("2.798.073 kg"), one decimal
 * from 1 kg, three significant digits below ("0,0300 kg" as "0,03 kg").
 */
export function formatKg(kg: number, unitLabel: string, locale: string): string {
	const digits: Intl.NumberFormatOptions =
		kg !== 0 && Math.abs(kg) < 1 ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: Math.abs(kg) >= 100 ? 0 : 1 };
	return `${new Intl.NumberFormat(locale, digits).format(kg)} ${unitLabel}`;
}
