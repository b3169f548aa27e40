import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { DisruptionFormOptionsQuery, DisruptionsQuery } from '$lib/api/operations/disruptions';
import { groupingParam } from '$lib/disruptions/groupings';
import type { PageLoad } from './$types';

/** The reports the viewer may read, the signals and the figures grouped as `?per=` says (material by default). */
export const load: PageLoad = async ({ fetch, url, depends }) => {
	depends('app:disruptions');
	const client = createGraphQLClient({ fetch });
	const by = groupingParam(url.searchParams.get('per'));
	const [result, options] = await Promise.all([attempt(client.request(DisruptionsQuery, { by })), attempt(client.request(DisruptionFormOptionsQuery))]);
	return { by, result, options };
};
