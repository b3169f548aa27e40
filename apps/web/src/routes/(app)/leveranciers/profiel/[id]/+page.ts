import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { SupplierProfileQuery } from '$lib/api/operations/suppliers';
import type { PageLoad } from './$types';

/** One profile as the reader may see it, and "companies like this one". */
export const load: PageLoad = async ({ fetch, params }) => ({
	result: await attempt(createGraphQLClient({ fetch }).request(SupplierProfileQuery, { id: params.id })),
});
