import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { MaterialFactsheetQuery } from '$lib/api/operations/materials';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:material');
	return { result: await attempt(createGraphQLClient({ fetch }).request(MaterialFactsheetQuery, { symbol: params.symbol })) };
};
