import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { ChainPlatformsQuery } from '$lib/api/operations/chain';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, depends }) => {
	depends('app:chain');
	return { platforms: await attempt(createGraphQLClient({ fetch }).request(ChainPlatformsQuery)) };
};
