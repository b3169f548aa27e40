import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { SupplierFrontDoorQuery } from '$lib/api/operations/suppliers';
import type { PageLoad } from './$types';

/** The front door: demand that fits the reader's company, its profile, and all published demand. */
export const load: PageLoad = async ({ fetch, depends }) => {
	depends('app:suppliers');
	return { result: await attempt(createGraphQLClient({ fetch }).request(SupplierFrontDoorQuery)) };
};
