import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { RoadmapQuery } from '$lib/api/operations/roadmaps';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:roadmap');
	return { result: await attempt(createGraphQLClient({ fetch }).request(RoadmapQuery, { id: params.id })) };
};
