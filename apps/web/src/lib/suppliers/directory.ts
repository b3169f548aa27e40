import type { Capability, DefenceCategory, Province } from '$lib/api/generated/graphql';
import { CAPABILITY_OPTIONS, CATEGORY_OPTIONS, PROVINCE_OPTIONS } from './labels';

/**
 * The directory's search lives in the address (`?zoek=…&capaciteit=…&provincie=…&categorie=…&pagina=2`),
 * so a search can be shared and survives a reload. Values outside the vocabularies count as not set.
 * Pure.
 */
export interface DirectoryFilters {
	search: string;
	capability: Capability | null;
	province: Province | null;
	category: DefenceCategory | null;
	/** 1-based. */
	page: number;
}

export const DIRECTORY_PAGE_SIZE = 25;

/** Query parameter names (Dutch, as the rest of the address); also the names of the search form's fields. */
export const DIRECTORY_PARAMS: Record<keyof DirectoryFilters, string> = {
	search: 'zoek',
	capability: 'capaciteit',
	province: 'provincie',
	category: 'categorie',
	page: 'pagina',
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | null => (value && (options as readonly string[]).includes(value) ? (value as T) : null);

export function readDirectoryFilters(params: URLSearchParams): DirectoryFilters {
	const page = Number.parseInt(params.get(DIRECTORY_PARAMS.page) ?? '', 10);
	return {
		search: params.get(DIRECTORY_PARAMS.search)?.trim() ?? '',
		capability: oneOf(CAPABILITY_OPTIONS, params.get(DIRECTORY_PARAMS.capability)),
		province: oneOf(PROVINCE_OPTIONS, params.get(DIRECTORY_PARAMS.province)),
		category: oneOf(CATEGORY_OPTIONS, params.get(DIRECTORY_PARAMS.category)),
		page: Number.isFinite(page) && page >= 1 ? page : 1,
	};
}

/** The search form's fields (named as the address's parameters), as filters for the first page. */
export function directoryFromForm(form: FormData): DirectoryFilters {
	const params = new URLSearchParams();
	for (const [key, value] of form.entries()) if (typeof value === 'string') params.set(key, value);
	return { ...readDirectoryFilters(params), page: 1 };
}

/** The query string for these filters (page 1 and blanks left out), starting with `?` unless empty. */
export function directoryQueryString(filters: DirectoryFilters): string {
	const params = new URLSearchParams();
	if (filters.search.trim()) params.set(DIRECTORY_PARAMS.search, filters.search.trim());
	if (filters.capability) params.set(DIRECTORY_PARAMS.capability, filters.capability);
	if (filters.province) params.set(DIRECTORY_PARAMS.province, filters.province);
	if (filters.category) params.set(DIRECTORY_PARAMS.category, filters.category);
	if (filters.page > 1) params.set(DIRECTORY_PARAMS.page, String(filters.page));
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The API's variables for one page. */
export function directoryVariables(filters: DirectoryFilters) {
	return {
		search: filters.search || null,
		capability: filters.capability,
		province: filters.province,
		category: filters.category,
		first: DIRECTORY_PAGE_SIZE,
		offset: (filters.page - 1) * DIRECTORY_PAGE_SIZE,
	};
}

export function pageCount(total: number): number {
	return Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
}
