import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { InterventionQuery, InterventionRoadmapQuery } from '$lib/api/operations/interventions';
import type { PageLoad } from './$types';

/** One intervention with its history and linked risks; the roadmap (title, product group) alongside. */
export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:intervention');
	const client = createGraphQLClient({ fetch });
	const [intervention, roadmap] = await Promise.all([
		attempt(client.request(InterventionQuery, { id: params.interventionId }).then((data) => data.intervention)),
		attempt(client.request(InterventionRoadmapQuery, { roadmapId: params.id }).then((data) => data.roadmap)),
	]);
	return { intervention, roadmap };
};
