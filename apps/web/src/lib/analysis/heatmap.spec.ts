import { describe, expect, it } from 'vitest';
import type { DependencyHeatmap } from '$lib/api/types';
import { cellKey, formatKg, heatmapTable, riskiestCell } from './heatmap';

// Two platforms, three materials (riskiest first); the supply ship holds no gallium.
const heatmap: DependencyHeatmap = {
	platforms: [
		{ id: 'p-asw', name: 'ASW-fregat' },
		{ id: 'p-css', name: 'Combat Support Ship' },
	],
	materials: [
		{ id: 'm-dy', symbol: 'Dy', chemicalSymbol: 'Dy', name: 'Dysprosium', nameNl: 'Dysprosium' },
		{ id: 'm-ga', symbol: 'Ga', chemicalSymbol: 'Ga', name: 'Gallium', nameNl: 'Gallium' },
		{ id: 'm-fe', symbol: 'Fe', chemicalSymbol: 'Fe', name: 'Iron', nameNl: 'IJzer' },
	],
	cells: [
		{ row: 0, column: 0, platformId: 'p-asw', materialId: 'm-dy', score: 99.9, quantityKg: 111.3, weakestLink: 'HIGH_CONCENTRATION' },
		{ row: 1, column: 0, platformId: 'p-css', materialId: 'm-dy', score: 99.9, quantityKg: 101.1, weakestLink: 'HIGH_CONCENTRATION' },
		{ row: 0, column: 1, platformId: 'p-asw', materialId: 'm-ga', score: 92.3, quantityKg: 0.03, weakestLink: 'EXPORT_RESTRICTION' },
		{ row: 1, column: 2, platformId: 'p-css', materialId: 'm-fe', score: null, quantityKg: 5000, weakestLink: null },
	],
};

describe('the heatmap as a table', () => {
	it('gives one row per material in the API’s order, with a cell per platform or null', () => {
		const rows = heatmapTable(heatmap);
		expect(rows.map((row) => row.material.symbol)).toEqual(['Dy', 'Ga', 'Fe']);
		// 'none': no dependency; null: a dependency without a score.
		expect(rows.map((row) => row.cells.map((cell) => (cell === null ? 'none' : cell.score)))).toEqual([
			[99.9, 99.9],
			[92.3, 'none'],
			['none', null],
		]);
		expect(rows[2].cells[1]?.quantityKg).toBe(5000);
	});

	it('keys a cell as the platform’s dependency on the material', () => {
		expect(cellKey(heatmap.cells[2])).toBe('p-asw|MATERIAL|m-ga');
	});

	it('finds the riskiest cell, the first in the API’s order on a tie', () => {
		expect(riskiestCell(heatmap)).toBe(heatmap.cells[0]);
		expect(riskiestCell({ ...heatmap, cells: [heatmap.cells[3]] })).toBeNull();
	});
});

describe('formatKg', () => {
	it.each([
		[2798073.41, 'nl', '2.798.073 kg'],
		[111.302, 'nl', '111 kg'],
		[5.28, 'nl', '5,3 kg'],
		[0.029990656, 'nl', '0,03 kg'],
		[0.000116544, 'en', '0.000117 kg'],
		[0, 'nl', '0 kg'],
	])('writes %s kg in %s as %s', (kg, locale, text) => {
		expect(formatKg(kg, 'kg', locale)).toBe(text);
	});
});
