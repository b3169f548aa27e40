import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { RiskRegisterQuery } from '$lib/api/operations/risks';
import type { PageLoad } from './$types';

/** The roadmap's risk register; the chosen matrix cell (`?cel=`) is read by the page itself. */
export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:risks');
	return { result: await attempt(createGraphQLClient({ fetch }).request(RiskRegisterQuery, { roadmapId: params.id })) };
};
