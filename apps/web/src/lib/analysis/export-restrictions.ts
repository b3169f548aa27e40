import type { ExportRestriction } from '$lib/api/types';

/**
 * A material's export restrictions split into those in force today (as the API judges it, in UTC)
 * and the others (ended, or not started yet), each newest first as the API sends them.
 */
export function splitRestrictions<R extends Pick<ExportRestriction, 'active'>>(restrictions: readonly R[]): { inForce: R[]; other: R[] } {
	return { inForce: restrictions.filter((r) => r.active), other: restrictions.filter((r) => !r.active) };
}

/** Whether the source names a web address that can be linked to. */
export function sourceUrl(source: string): string | null {
	const text = source.trim();
	return /^https?:\/\/\S+$/i.test(text) ? text : null;
}
