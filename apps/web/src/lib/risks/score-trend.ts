/**
 * How a risk's dependency score moved since the risk was taken into the register: the snapshot in
 * its evidence against the live score now (both in the view every participant shares).
 */
export type ScoreTrend =
	/** Entered by hand, or the dependency was not visible to every participant: nothing to compare. */
	| { kind: 'noEvidence' }
	/** A snapshot, but the dependency is gone now (or no longer in the shared view). */
	| { kind: 'gone'; from: number }
	| { kind: 'up' | 'down' | 'same'; from: number; to: number; change: number };

/**
 * Scores are shown with one decimal; a change that would print as 0,0 counts as unchanged, so the
 * arrow never contradicts the figures next to it.
 */
const SHOWN_STEP = 0.05;

export function scoreTrend(evidenceScore: number | null | undefined, liveScore: number | null | undefined): ScoreTrend {
	if (evidenceScore === null || evidenceScore === undefined || !Number.isFinite(evidenceScore)) return { kind: 'noEvidence' };
	if (liveScore === null || liveScore === undefined || !Number.isFinite(liveScore)) return { kind: 'gone', from: evidenceScore };
	const change = liveScore - evidenceScore;
	const kind = Math.abs(change) < SHOWN_STEP ? 'same' : change > 0 ? 'up' : 'down';
	return { kind, from: evidenceScore, to: liveScore, change };
}

/** The arrow beside the figures (decorative: the words say the same). */
export function trendArrow(trend: ScoreTrend): string {
	switch (trend.kind) {
		case 'up':
			return '↑';
		case 'down':
			return '↓';
		case 'same':
			return '→';
		case 'gone':
		case 'noEvidence':
			return '';
	}
}
