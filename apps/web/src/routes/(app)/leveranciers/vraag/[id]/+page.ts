import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { CapacityDemandQuery, DemandCandidatesQuery } from '$lib/api/operations/suppliers';
import type { PageLoad } from './$types';

/**
 * A demand with the responses the reader may see, and the ranked candidates, which the API gives
 * government readers only (for others the page leaves the section out).
 */
export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:demand');
	const client = createGraphQLClient({ fetch });
	const [demand, candidates] = await Promise.all([
		attempt(client.request(CapacityDemandQuery, { id: params.id })),
		attempt(client.request(DemandCandidatesQuery, { demandId: params.id, first: 25 })),
	]);
	return { demand, candidates };
};
