import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { AnalysisProductGroupsQuery } from '$lib/api/operations/analysis';
import { SavedScenarioQuery, ScenarioSetupQuery } from '$lib/api/operations/scenarios';
import type { PageLoad } from './$types';

/**
 * The product groups; for the chosen one (`?group=`, else the first) the materials and roadmaps the
 * form needs, as a promise so the page shows at once. `?roadmap=…&scenario=…` opens a saved scenario:
 * its product group, its question for the form and its result on the reader's chain.
 */
export const load: PageLoad = async ({ fetch, url, depends }) => {
	depends('app:scenario');
	const client = createGraphQLClient({ fetch });
	const roadmapId = url.searchParams.get('roadmap');
	const scenarioId = url.searchParams.get('scenario');
	const [groups, saved] = await Promise.all([
		attempt(client.request(AnalysisProductGroupsQuery)),
		roadmapId && scenarioId
			? attempt(
					client.request(SavedScenarioQuery, { id: scenarioId, roadmapId }).then(({ savedScenario, roadmap }) =>
						savedScenario.roadmapId === roadmap.id ? { ...savedScenario, roadmapTitle: roadmap.title } : null,
					),
				)
			: Promise.resolve(null),
	]);
	const list = groups.ok ? groups.data.productGroups : [];
	const requested = saved?.ok && saved.data ? saved.data.input.productGroupId : url.searchParams.get('group');
	const productGroupId = (list.find((group) => group.id === requested) ?? list[0])?.id ?? null;
	const setup = productGroupId ? attempt(client.request(ScenarioSetupQuery, { productGroupId })) : null;
	return { groups, productGroupId, saved, setup };
};
