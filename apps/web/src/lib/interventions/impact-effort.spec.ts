import { describe, expect, it } from 'vitest';
import { jitterOffsets, placeInterventions, quadrantGridArea, quadrantOf, QUADRANT_AREAS, QUADRANTS, type Quadrant } from './impact-effort';

describe('the impact × effort quadrants', () => {
	it('follows the API rule: impact 3+ with effort up to 2 is a quick win, and so on', () => {
		expect(quadrantOf(3, 2)).toBe('QUICK_WIN');
		expect(quadrantOf(5, 1)).toBe('QUICK_WIN');
		expect(quadrantOf(3, 3)).toBe('MAJOR_PROJECT');
		expect(quadrantOf(2, 2)).toBe('FILL_IN');
		expect(quadrantOf(1, 1)).toBe('FILL_IN');
		expect(quadrantOf(2, 3)).toBe('THANKLESS_TASK');
		expect(quadrantOf(1, 5)).toBe('THANKLESS_TASK');
	});

	it('covers each of the 25 cells exactly once with the four areas, each agreeing with the rule', () => {
		const seen = new Map<string, Quadrant>();
		for (const quadrant of QUADRANTS) {
			const area = QUADRANT_AREAS[quadrant];
			for (const impact of area.impacts) {
				for (const effort of area.efforts) {
					expect(seen.has(`${impact}:${effort}`)).toBe(false);
					seen.set(`${impact}:${effort}`, quadrant);
					expect(quadrantOf(impact, effort)).toBe(quadrant);
				}
			}
		}
		expect(seen.size).toBe(25);
	});

	it('puts the quadrants on the grid: quick wins top left, thankless tasks bottom right', () => {
		expect(quadrantGridArea('QUICK_WIN')).toEqual({ column: '1 / span 2', row: '1 / span 3' });
		expect(quadrantGridArea('MAJOR_PROJECT')).toEqual({ column: '3 / span 3', row: '1 / span 3' });
		expect(quadrantGridArea('FILL_IN')).toEqual({ column: '1 / span 2', row: '4 / span 2' });
		expect(quadrantGridArea('THANKLESS_TASK')).toEqual({ column: '3 / span 3', row: '4 / span 2' });
	});
});

describe('placing interventions in the matrix', () => {
	const item = (id: string, impact: number, effort: number) => ({ id, impact, effort, quadrant: quadrantOf(impact, effort) });

	it('puts an intervention at its impact and effort inside its quadrant', () => {
		const [high] = placeInterventions([item('a', 5, 1)]);
		expect(high).toMatchObject({ quadrant: 'QUICK_WIN', column: 1, row: 1, dx: 0, dy: 0 });
		const [low] = placeInterventions([item('b', 1, 5)]);
		expect(low).toMatchObject({ quadrant: 'THANKLESS_TASK', column: 3, row: 2 });
		const [middle] = placeInterventions([item('c', 3, 3)]);
		expect(middle).toMatchObject({ quadrant: 'MAJOR_PROJECT', column: 1, row: 3 });
	});

	it('spreads interventions that share a cell so none covers another, and keeps them inside it', () => {
		const placed = placeInterventions([item('a', 4, 2), item('b', 4, 2), item('c', 4, 2), item('d', 2, 4)]);
		const shared = placed.filter((p) => p.quadrant === 'QUICK_WIN');
		expect(shared).toHaveLength(3);
		const spots = new Set(shared.map((p) => `${p.dx.toFixed(3)}:${p.dy.toFixed(3)}`));
		expect(spots.size).toBe(3);
		for (const p of shared) {
			expect(Math.abs(p.dx)).toBeLessThanOrEqual(0.3);
			expect(Math.abs(p.dy)).toBeLessThanOrEqual(0.3);
		}
		expect(placed.find((p) => p.item.id === 'd')).toMatchObject({ dx: 0, dy: 0 });
	});

	it('places the same set the same way whatever order it came in', () => {
		const items = [item('a', 4, 2), item('b', 4, 2), item('c', 1, 1)];
		const key = (list: ReturnType<typeof placeInterventions>) => list.map((p) => `${p.item.id}@${p.dx},${p.dy}`);
		expect(key(placeInterventions(items))).toEqual(key(placeInterventions([...items].reverse())));
	});

	it('lists them in reading order: quadrant by quadrant, top row first', () => {
		const placed = placeInterventions([item('t', 1, 5), item('f', 1, 1), item('m', 5, 5), item('q', 3, 1)]);
		expect(placed.map((p) => p.item.id)).toEqual(['q', 'm', 'f', 't']);
	});

	it('keeps a marker inside its quadrant even when the API placed scores outside its span', () => {
		const [odd] = placeInterventions([{ id: 'x', impact: 1, effort: 5, quadrant: 'QUICK_WIN' as const }]);
		expect(odd).toMatchObject({ quadrant: 'QUICK_WIN', column: 2, row: 3 });
	});
});

describe('jitter', () => {
	it('centres one marker and spreads more over distinct spots', () => {
		expect(jitterOffsets(0)).toEqual([]);
		expect(jitterOffsets(1)).toEqual([{ dx: 0, dy: 0 }]);
		for (const n of [2, 3, 4, 5, 7, 9]) {
			const offsets = jitterOffsets(n);
			expect(offsets).toHaveLength(n);
			expect(new Set(offsets.map((o) => `${o.dx.toFixed(3)}:${o.dy.toFixed(3)}`)).size).toBe(n);
		}
	});
});
