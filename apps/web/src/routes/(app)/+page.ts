import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { fetchHealth } from '$lib/api/health';
import { MyRoadmapsQuery } from '$lib/api/operations/roadmaps';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, depends }) => {
	depends('app:health', 'app:roadmaps');
	// Not awaited: the page shows at once and each panel fills in when its answer arrives.
	return {
		roadmaps: attempt(createGraphQLClient({ fetch }).request(MyRoadmapsQuery).then((data) => data.roadmaps)),
		health: fetchHealth(fetch).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
	};
};
