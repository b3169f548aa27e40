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
