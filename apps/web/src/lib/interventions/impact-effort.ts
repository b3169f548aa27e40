/**
 * The impact × effort matrix of interventions: effort 1..5 from left to right, impact 1..5 from
 * bottom to top, split into four quadrants by the API's rule (`Intervention.quadrant`):
 * impact ≥ 3 and effort ≤ 2 → quick win; impact ≥ 3 and effort ≥ 3 → major project;
 * impact ≤ 2 and effort ≤ 2 → fill-in; otherwise a thankless task. Pure.
 */

export type Quadrant = 'QUICK_WIN' | 'MAJOR_PROJECT' | 'FILL_IN' | 'THANKLESS_TASK';

/** Reading order of the matrix: top row (high impact) first, low effort on the left. */
export const QUADRANTS: readonly Quadrant[] = ['QUICK_WIN', 'MAJOR_PROJECT', 'FILL_IN', 'THANKLESS_TASK'];

/** The quadrant of a score pair, as the API computes it (the page places by the API's answer). */
export function quadrantOf(impact: number, effort: number): Quadrant {
	if (impact >= 3) return effort <= 2 ? 'QUICK_WIN' : 'MAJOR_PROJECT';
	return effort <= 2 ? 'FILL_IN' : 'THANKLESS_TASK';
}

export interface QuadrantArea {
	quadrant: Quadrant;
	/** Efforts it spans, low to high (the columns, left to right). */
	efforts: readonly number[];
	/** Impacts it spans, high to low (the rows, top to bottom). */
	impacts: readonly number[];
}

/** Where each quadrant lies on the 5 × 5 grid: they differ in size (2 or 3 steps either way). */
export const QUADRANT_AREAS: Record<Quadrant, QuadrantArea> = {
	QUICK_WIN: { quadrant: 'QUICK_WIN', efforts: [1, 2], impacts: [5, 4, 3] },
	MAJOR_PROJECT: { quadrant: 'MAJOR_PROJECT', efforts: [3, 4, 5], impacts: [5, 4, 3] },
	FILL_IN: { quadrant: 'FILL_IN', efforts: [1, 2], impacts: [2, 1] },
	THANKLESS_TASK: { quadrant: 'THANKLESS_TASK', efforts: [3, 4, 5], impacts: [2, 1] },
};

/** CSS grid lines of a quadrant in the 5 × 5 matrix (column = effort, row 1 = impact 5). */
export function quadrantGridArea(quadrant: Quadrant): { column: string; row: string } {
	const area = QUADRANT_AREAS[quadrant];
	const firstColumn = area.efforts[0]!;
	const firstRow = 6 - area.impacts[0]!;
	return { column: `${firstColumn} / span ${area.efforts.length}`, row: `${firstRow} / span ${area.impacts.length}` };
}

/**
 * Offsets (fractions of a cell, in −0.5..0.5) for `count` markers that share one cell, laid out on a
 * small centred grid so none hides another; one marker sits in the middle. Deterministic, so a
 * marker does not jump about between renders.
 */
export function jitterOffsets(count: number): { dx: number; dy: number }[] {
	if (count <= 0) return [];
	if (count === 1) return [{ dx: 0, dy: 0 }];
	const columns = Math.ceil(Math.sqrt(count));
	const rows = Math.ceil(count / columns);
	// Keep the markers inside the cell: the outermost centres stay 0.3 from the middle.
	const step = (n: number) => (n <= 1 ? 0 : 0.6 / (n - 1));
	return Array.from({ length: count }, (_, i) => {
		const column = i % columns;
		const row = Math.floor(i / columns);
		// The last row may be short: centre it.
		const inRow = row === rows - 1 ? count - row * columns : columns;
		return {
			dx: (column - (inRow - 1) / 2) * step(columns),
			dy: (row - (rows - 1) / 2) * step(rows),
		};
	});
}

export interface PlacedIntervention<T> {
	item: T;
	quadrant: Quadrant;
	/** 1-based column and row inside the quadrant's own grid. */
	column: number;
	row: number;
	/** Offset inside the cell when others share it (fractions of the cell). */
	dx: number;
	dy: number;
}

function clampInto(values: readonly number[], value: number): number {
	const index = values.indexOf(value);
	if (index >= 0) return index + 1;
	// Outside the quadrant's span (a score the API placed elsewhere): nearest edge of the quadrant.
	const first = values[0]!;
	const last = values[values.length - 1]!;
	return Math.abs(value - first) <= Math.abs(value - last) ? 1 : values.length;
}

/**
 * Places every intervention in the quadrant the API gave it, at its impact and effort within that
 * quadrant, spreading the ones that share a cell.
 */
export function placeInterventions<T extends { id: string; impact: number; effort: number; quadrant: Quadrant }>(
	items: readonly T[],
): PlacedIntervention<T>[] {
	const cells = new Map<string, T[]>();
	for (const item of items) {
		const key = `${item.quadrant}:${item.impact}:${item.effort}`;
		const list = cells.get(key);
		if (list) list.push(item);
		else cells.set(key, [item]);
	}
	const placed: PlacedIntervention<T>[] = [];
	for (const list of cells.values()) {
		const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const offsets = jitterOffsets(sorted.length);
		sorted.forEach((item, i) => {
			const area = QUADRANT_AREAS[item.quadrant];
			placed.push({
				item,
				quadrant: item.quadrant,
				column: clampInto(area.efforts, item.effort),
				row: clampInto(area.impacts, item.impact),
				dx: offsets[i]!.dx,
				dy: offsets[i]!.dy,
			});
		});
	}
	// Reading order: by quadrant, then row, then column, so the tab order follows the picture.
	return placed.sort(
		(a, b) => QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant) || a.row - b.row || a.column - b.column || a.dy - b.dy || a.dx - b.dx,
	);
}
