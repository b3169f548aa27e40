import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { SupplierDirectoryQuery } from '$lib/api/operations/suppliers';
import { directoryVariables, readDirectoryFilters } from '$lib/suppliers/directory';
import type { PageLoad } from './$types';

/** One page of the supplier directory as the search in the address (`?zoek=…&capaciteit=…`) selects it. */
export const load: PageLoad = async ({ fetch, url }) => {
	const filters = readDirectoryFilters(url.searchParams);
	const result = await attempt(createGraphQLClient({ fetch }).request(SupplierDirectoryQuery, directoryVariables(filters)));
	return { filters, result };
};
