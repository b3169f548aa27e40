import { describe, expect, it } from 'vitest';
import { bandRange, cellFilterParam, inCell, parseCellFilter, riskBand, riskMatrix, sortRisks } from './risk-matrix';

describe('the risk matrix', () => {
	it('lays out impact 5 on top down to 1, likelihood 1 to 5 from the left, with level = likelihood × impact', () => {
		const rows = riskMatrix([]);
		expect(rows.map((row) => row.impact)).toEqual([5, 4, 3, 2, 1]);
		expect(rows[0]!.cells.map((cell) => cell.likelihood)).toEqual([1, 2, 3, 4, 5]);
		expect(rows[0]!.cells.map((cell) => cell.level)).toEqual([5, 10, 15, 20, 25]);
		expect(rows[4]!.cells.map((cell) => cell.level)).toEqual([1, 2, 3, 4, 5]);
	});

	it('counts the risks per cell and leaves the others at zero', () => {
		const rows = riskMatrix([
			{ likelihood: 4, impact: 5 },
			{ likelihood: 4, impact: 5 },
			{ likelihood: 1, impact: 2 },
		]);
		const cell = (likelihood: number, impact: number) => rows.find((r) => r.impact === impact)!.cells.find((c) => c.likelihood === likelihood)!;
		expect(cell(4, 5).count).toBe(2);
		expect(cell(1, 2).count).toBe(1);
		expect(rows.flatMap((r) => r.cells).reduce((sum, c) => sum + c.count, 0)).toBe(3);
	});

	it('bands levels so that 15 and up is the top band (what the phase Interventies counts as high)', () => {
		expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskBand)).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'CRITICAL', 'CRITICAL']);
		expect(bandRange('LOW')).toEqual({ from: 1, to: 4 });
		expect(bandRange('HIGH')).toEqual({ from: 10, to: 14 });
		expect(bandRange('CRITICAL')).toEqual({ from: 15, to: 25 });
	});

	it('reads a cell filter from the address and writes it back', () => {
		expect(parseCellFilter('3-4')).toEqual({ likelihood: 3, impact: 4 });
		expect(cellFilterParam({ likelihood: 3, impact: 4 })).toBe('3-4');
		for (const bad of ['', '0-3', '3-6', '3', 'a-b', null, undefined]) expect(parseCellFilter(bad)).toBeNull();
	});

	it('keeps only the risks of the chosen cell, and all without one', () => {
		expect(inCell({ likelihood: 3, impact: 4 }, { likelihood: 3, impact: 4 })).toBe(true);
		expect(inCell({ likelihood: 4, impact: 3 }, { likelihood: 3, impact: 4 })).toBe(false);
		expect(inCell({ likelihood: 4, impact: 3 }, null)).toBe(true);
	});

	it('sorts riskiest first, then by impact, then by title', () => {
		const sorted = sortRisks(
			[
				{ title: 'b', level: 12, impact: 3 },
				{ title: 'a', level: 12, impact: 3 },
				{ title: 'c', level: 12, impact: 4 },
				{ title: 'd', level: 20, impact: 4 },
			],
			'nl',
		);
		expect(sorted.map((r) => r.title)).toEqual(['d', 'c', 'a', 'b']);
	});
});
