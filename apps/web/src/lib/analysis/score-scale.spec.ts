import { describe, expect, it } from 'vitest';
import { contrastRatio, NO_SCORE_COLOUR, roundScore, SCORE_COLOURS, scoreColour, scoreGradient, scoreTextColour } from './score-scale';

describe('the score colour scale', () => {
	it('puts the stops at 0, 25, 50, 75 and 100 points and interpolates in between', () => {
		expect([0, 25, 50, 75, 100].map(scoreColour)).toEqual([...SCORE_COLOURS]);
		// Halfway between #fd8d3c and #e31a1c.
		expect(scoreColour(62.5)).toBe('#f0542c');
	});

	it('clamps scores outside 0..100 and greys out a missing score', () => {
		expect(scoreColour(-5)).toBe(SCORE_COLOURS[0]);
		expect(scoreColour(140)).toBe(SCORE_COLOURS[4]);
		expect(scoreColour(null)).toBe(NO_SCORE_COLOUR);
		expect(scoreColour(Number.NaN)).toBe(NO_SCORE_COLOUR);
	});

	it('prints the number in the text colour that contrasts most, at least 4.5:1 over the whole scale', () => {
		expect(scoreTextColour(0)).toBe('#000000');
		expect(scoreTextColour(50)).toBe('#000000');
		expect(scoreTextColour(100)).toBe('#ffffff');
		for (let score = 0; score <= 100; score++) {
			expect(contrastRatio(scoreColour(score), scoreTextColour(score)), String(score)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('rounds to whole points and keeps a missing score missing', () => {
		expect(roundScore(92.26)).toBe(92);
		expect(roundScore(99.9)).toBe(100);
		expect(roundScore(null)).toBeNull();
	});

	it('draws the legend with the same stops', () => {
		expect(scoreGradient()).toBe('linear-gradient(to right, #ffffcc 0%, #fed976 25%, #fd8d3c 50%, #e31a1c 75%, #800026 100%)');
	});
});
