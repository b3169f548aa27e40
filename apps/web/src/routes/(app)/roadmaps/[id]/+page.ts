import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { RoadmapDocumentsQuery } from '$lib/api/operations/documents';
import { RoadmapQuery } from '$lib/api/operations/roadmaps';
import { RoadmapScenariosQuery } from '$lib/api/operations/scenarios';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:roadmap');
	const client = createGraphQLClient({ fetch });
	// The saved scenarios and the documents fill in when they arrive; the roadmap does not wait for them.
	const scenarios = attempt(client.request(RoadmapScenariosQuery, { id: params.id }).then((data) => data.roadmap.scenarios));
	const documents = attempt(client.request(RoadmapDocumentsQuery, { roadmapId: params.id }).then((data) => data.documents));
	return { result: await attempt(client.request(RoadmapQuery, { id: params.id })), scenarios, documents };
};
