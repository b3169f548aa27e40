/** How many materials one page of the catalogue shows (the API allows up to 200). */
export const MATERIALS_PAGE_SIZE = 100;
