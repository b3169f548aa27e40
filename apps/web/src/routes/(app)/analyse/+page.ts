import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { AnalysisProductGroupsQuery, DependencyHeatmapQuery } from '$lib/api/operations/analysis';
import type { PageLoad } from './$types';

/**
 * The product groups, and the heatmap of the chosen one (`?group=`, else the first) as a promise, so
 * the page shows at once and says the heatmap is loading. The selected dependency (`?dependency=`)
 * is read by the page itself: choosing one does not load this again.
 */
export const load: PageLoad = async ({ fetch, url, depends }) => {
	depends('app:analysis');
	const client = createGraphQLClient({ fetch });
	const groups = await attempt(client.request(AnalysisProductGroupsQuery));
	const list = groups.ok ? groups.data.productGroups : [];
	const requested = url.searchParams.get('group');
	const productGroupId = (list.find((group) => group.id === requested) ?? list[0])?.id ?? null;
	const heatmap = productGroupId
		? attempt(client.request(DependencyHeatmapQuery, { productGroupId }).then((data) => data.dependencyHeatmap))
		: null;
	return { groups, productGroupId, heatmap };
};
