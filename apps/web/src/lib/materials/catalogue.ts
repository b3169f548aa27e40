/** How many materials one page of the catalogue shows (the API allows up to 200). */
export const MATERIALS_PAGE_SIZE = 100;

/** The "critical" filter of the list's address: `kritiek=1` critical only, `kritiek=0` not critical only, else all. */
export function criticalFilter(value: string | null): boolean | null {
	return value === '1' ? true : value === '0' ? false : null;
}
