import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { AgreementsPageQuery } from '$lib/api/operations/interventions';
import type { PageLoad } from './$types';

/** The roadmap's agreements, with its participants (the organisations a lead can make responsible). */
export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:agreements');
	return { result: await attempt(createGraphQLClient({ fetch }).request(AgreementsPageQuery, { roadmapId: params.id })) };
};
