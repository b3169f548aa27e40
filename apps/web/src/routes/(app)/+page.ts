import { DASHBOARD_FEED_SIZE } from '$lib/activity/activity-text';
import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { fetchHealth } from '$lib/api/health';
import { MyActivityQuery } from '$lib/api/operations/activity';
import { MyRoadmapsQuery } from '$lib/api/operations/roadmaps';
import { MyTasksQuery } from '$lib/api/operations/workflow';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, depends }) => {
	depends('app:health', 'app:roadmaps', 'app:tasks');
	const client = createGraphQLClient({ fetch });
	// Not awaited: the page shows at once and each panel fills in when its answer arrives.
	return {
		roadmaps: attempt(client.request(MyRoadmapsQuery).then((data) => data.roadmaps)),
		tasks: attempt(client.request(MyTasksQuery).then((data) => data.myTasks)),
		activity: attempt(client.request(MyActivityQuery, { first: DASHBOARD_FEED_SIZE }).then((data) => data.myActivity)),
		// Only operators see the system status; the page asks for it only for them (see +page.svelte).
		health: () => fetchHealth(fetch).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
	};
};
