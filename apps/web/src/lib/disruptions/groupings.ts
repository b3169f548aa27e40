import type { DisruptionGrouping } from '$lib/api/generated/graphql';

/** The groupings of the figures, with their URL words (`?per=grondstof`). */
export const GROUPINGS: readonly { by: DisruptionGrouping; param: string }[] = [
	{ by: 'MATERIAL', param: 'grondstof' },
	{ by: 'CAUSE', param: 'oorzaak' },
	{ by: 'MEASURE', param: 'maatregel' },
	{ by: 'QUARTER', param: 'kwartaal' },
];

/** `?per=` as a grouping; the material for a missing or unknown word. */
export function groupingParam(param: string | null): DisruptionGrouping {
	return GROUPINGS.find((g) => g.param === param)?.by ?? 'MATERIAL';
}

/** The URL word of a grouping. */
export function paramOf(by: DisruptionGrouping): string {
	return GROUPINGS.find((g) => g.by === by)?.param ?? 'grondstof';
}

/** The quarter of `today` and the `count - 1` before it, newest first ('2026-Q4', '2026-Q3', …). */
export function recentQuarters(today: string, count: number): string[] {
	let year = Number(today.slice(0, 4));
	let quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		out.push(`${year}-Q${quarter}`);
		quarter -= 1;
		if (quarter === 0) {
			quarter = 4;
			year -= 1;
		}
	}
	return out;
}
