import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { MonitoringSeriesQuery } from '$lib/api/operations/monitoring';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:series');
	return { result: await attempt(createGraphQLClient({ fetch }).request(MonitoringSeriesQuery, { id: params.id })) };
};
