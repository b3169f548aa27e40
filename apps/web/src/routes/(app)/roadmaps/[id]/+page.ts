import { ROADMAP_FEED_SIZE } from '$lib/activity/activity-text';
import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { RoadmapActivityQuery } from '$lib/api/operations/activity';
import { RoadmapDocumentsQuery } from '$lib/api/operations/documents';
import { RoadmapQuery } from '$lib/api/operations/roadmaps';
import { RoadmapScenariosQuery } from '$lib/api/operations/scenarios';
import { RoadmapPhasesQuery } from '$lib/api/operations/workflow';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:roadmap');
	const client = createGraphQLClient({ fetch });
	// The phases' open points, the activity, the saved scenarios and the documents fill in when they
	// arrive; the roadmap does not wait for them.
	const phases = attempt(client.request(RoadmapPhasesQuery, { roadmapId: params.id }).then((data) => data.roadmapPhases));
	const activity = attempt(client.request(RoadmapActivityQuery, { roadmapId: params.id, first: ROADMAP_FEED_SIZE }).then((data) => data.roadmapActivity));
	const scenarios = attempt(client.request(RoadmapScenariosQuery, { id: params.id }).then((data) => data.roadmap.scenarios));
	const documents = attempt(client.request(RoadmapDocumentsQuery, { roadmapId: params.id }).then((data) => data.documents));
	return { result: await attempt(client.request(RoadmapQuery, { id: params.id })), scenarios, documents, phases, activity };
};
