/**
 * The colour scale of dependency scores (0-100, riskier is darker), shared by the heatmap chart,
 * its table and the score badges, so a colour means the same everywhere. Colour never stands alone:
 * the number is always printed on it.
 */

/** Colours at 0, 25, 50, 75 and 100 points (ColorBrewer YlOrRd), interpolated in between. */
export const SCORE_COLOURS = ['#ffffcc', '#fed976', '#fd8d3c', '#e31a1c', '#800026'] as const;

/** For a dependency without a score (no factor has data). */
export const NO_SCORE_COLOUR = '#e6e6e6';

// Pure black, not the page's #1b1b1b: only black and white together reach 4.5:1 on every shade in between.
const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: Rgb): string {
	return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The score clamped to 0..100; null for no score. */
function clamp(score: number | null | undefined): number | null {
	if (score === null || score === undefined || !Number.isFinite(score)) return null;
	return Math.min(100, Math.max(0, score));
}

/** The fill for a score, linear between the stops of {@link SCORE_COLOURS} (as ECharts' visual map does). */
export function scoreColour(score: number | null | undefined): string {
	const s = clamp(score);
	if (s === null) return NO_SCORE_COLOUR;
	const steps = SCORE_COLOURS.length - 1;
	const at = (s / 100) * steps;
	const lower = Math.min(Math.floor(at), steps - 1);
	const f = at - lower;
	const [a, b] = [rgb(SCORE_COLOURS[lower]!), rgb(SCORE_COLOURS[lower + 1]!)];
	return hex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(colour: string): number {
	const [r, g, b] = rgb(colour).map((c) => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1..21). */
export function contrastRatio(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
	return (x + 0.05) / (y + 0.05);
}

/** Dark or white text, whichever reads better on the score's fill. */
export function scoreTextColour(score: number | null | undefined): string {
	const fill = scoreColour(score);
	return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** The scale as a CSS gradient, left (0) to right (100), for the legend. */
export function scoreGradient(): string {
	return `linear-gradient(to right, ${SCORE_COLOURS.map((c, i) => `${c} ${(i * 100) / (SCORE_COLOURS.length - 1)}%`).join(', ')})`;
}

/** A score as the heatmap and the badges print it: whole points; null stays null. */
export function roundScore(score: number | null | undefined): number | null {
	const s = clamp(score);
	return s === null ? null : Math.round(s);
}
