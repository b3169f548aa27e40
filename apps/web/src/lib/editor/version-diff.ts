/** How a version differs from the current text, in numbers a person can take in before reading the lines. */
export interface DiffLine {
	kind: 'SAME' | 'ADDED' | 'REMOVED';
	text: string;
}

export interface DiffSummary {
	added: number;
	removed: number;
	/** Nothing changed between the two. */
	same: boolean;
}

export function summariseDiff(lines: readonly DiffLine[]): DiffSummary {
	let added = 0;
	let removed = 0;
	for (const line of lines) {
		if (line.kind === 'ADDED') added++;
		else if (line.kind === 'REMOVED') removed++;
	}
	return { added, removed, same: added === 0 && removed === 0 };
}

/**
 * The lines worth showing: every change, with `context` unchanged lines around each, and a gap
 * marker (null) where unchanged lines were left out. A long document with one changed line shows
 * that line, not fifty pages.
 */
export function diffExcerpt<T extends DiffLine>(lines: readonly T[], context = 2): (T | null)[] {
	const keep = new Array<boolean>(lines.length).fill(false);
	lines.forEach((line, i) => {
		if (line.kind === 'SAME') return;
		for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep[j] = true;
	});
	const out: (T | null)[] = [];
	lines.forEach((line, i) => {
		if (keep[i]) out.push(line);
		else if (out.length === 0 || out[out.length - 1] !== null) out.push(null);
	});
	return out;
}
