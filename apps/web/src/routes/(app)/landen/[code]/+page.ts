import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { CountryQuery } from '$lib/api/operations/countries';
import type { PageLoad } from './$types';

/** A country (ISO code in the URL): its place in the catalogue, its export restrictions, the series about it. */
export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:country');
	const code = params.code.toUpperCase();
	return { code, result: await attempt(createGraphQLClient({ fetch }).request(CountryQuery, { country: code })) };
};
