import { describe, expect, it } from 'vitest';
import { scoreTrend, trendArrow } from './score-trend';

describe('the score since a risk was taken into the register', () => {
	it('has nothing to compare without evidence (entered by hand, or not visible to every participant)', () => {
		expect(scoreTrend(null, 60)).toEqual({ kind: 'noEvidence' });
		expect(scoreTrend(undefined, null)).toEqual({ kind: 'noEvidence' });
		expect(trendArrow(scoreTrend(null, 60))).toBe('');
	});

	it('says the dependency is gone when there was a snapshot but no live score', () => {
		expect(scoreTrend(55.2, null)).toEqual({ kind: 'gone', from: 55.2 });
	});

	it('points up when the score rose and down when it fell', () => {
		const up = scoreTrend(50, 62.5);
		expect(up).toMatchObject({ kind: 'up', from: 50, to: 62.5, change: 12.5 });
		expect(trendArrow(up)).toBe('↑');
		const down = scoreTrend(70, 40);
		expect(down).toMatchObject({ kind: 'down', change: -30 });
		expect(trendArrow(down)).toBe('↓');
	});

	it('calls a change too small to show at one decimal unchanged', () => {
		expect(scoreTrend(50, 50.04).kind).toBe('same');
		expect(scoreTrend(50, 49.96).kind).toBe('same');
		expect(scoreTrend(50, 50.06).kind).toBe('up');
		expect(trendArrow(scoreTrend(50, 50))).toBe('→');
	});
});
