import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { MonitoringOverviewQuery } from '$lib/api/operations/monitoring';
import { monthParam } from '$lib/monitoring/alerts';
import type { PageLoad } from './$types';

/** What moved in the roadmap's monitoring in a month (`?maand=2026-11`; the last full month without). */
export const load: PageLoad = async ({ fetch, params, url, depends }) => {
	depends('app:monitoring');
	const period = monthParam(url.searchParams.get('maand'), new Date().toISOString().slice(0, 10));
	return {
		period,
		result: await attempt(createGraphQLClient({ fetch }).request(MonitoringOverviewQuery, { roadmapId: params.id, from: period.from, to: period.to })),
	};
};
