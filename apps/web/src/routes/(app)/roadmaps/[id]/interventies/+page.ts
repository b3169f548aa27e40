import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { InterventionsPageQuery } from '$lib/api/operations/interventions';
import { apiFilter, readFilters } from '$lib/interventions/filters';
import { INTERVENTION_TYPES } from '$lib/interventions/intervention-form';
import type { PageLoad } from './$types';

/**
 * The roadmap's interventions as its filters in the address (`?soort=…&eigenaar=…`) select them, with
 * the roadmap's participants and risks for the filters and the propose form. Loaded again when the
 * filters change and when the live feed reports a change (`app:interventions`).
 */
export const load: PageLoad = async ({ fetch, params, url, depends }) => {
	depends('app:interventions');
	const filters = readFilters(url.searchParams, INTERVENTION_TYPES);
	const filter = apiFilter(filters);
	const result = await attempt(
		createGraphQLClient({ fetch }).request(InterventionsPageQuery, { roadmapId: params.id, ...(filter ? { filter } : {}) }),
	);
	return { result, filters };
};
