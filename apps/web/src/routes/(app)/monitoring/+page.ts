import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { MonitoringSeriesListQuery } from '$lib/api/operations/monitoring';
import { monthParam } from '$lib/monitoring/alerts';
import type { PageLoad } from './$types';

/** Every series with how far it moved in the month (`?maand=2026-11`; the last full month without). */
export const load: PageLoad = async ({ fetch, url, depends }) => {
	depends('app:monitoring');
	const period = monthParam(url.searchParams.get('maand'), new Date().toISOString().slice(0, 10));
	return {
		period,
		result: await attempt(createGraphQLClient({ fetch }).request(MonitoringSeriesListQuery, { from: period.from, to: period.to })),
	};
};
