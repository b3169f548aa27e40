import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { InterventionQuery, InterventionRoadmapQuery } from '$lib/api/operations/interventions';
import { InterventionCandidatesQuery } from '$lib/api/operations/suppliers';
import type { PageLoad } from './$types';

/** One intervention with its history and linked risks, its parts at risk and candidate suppliers; the roadmap (title, product group) alongside. */
export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:intervention');
	const client = createGraphQLClient({ fetch });
	const [intervention, roadmap, candidates] = await Promise.all([
		attempt(client.request(InterventionQuery, { id: params.interventionId }).then((data) => data.intervention)),
		attempt(client.request(InterventionRoadmapQuery, { roadmapId: params.id }).then((data) => data.roadmap)),
		// The parts at risk and the linked candidates (an empty list for readers other than government participants).
		attempt(client.request(InterventionCandidatesQuery, { id: params.interventionId }).then((data) => data.intervention)),
	]);
	return { intervention, roadmap, candidates };
};
