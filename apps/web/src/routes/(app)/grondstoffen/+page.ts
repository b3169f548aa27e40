import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { MaterialsQuery } from '$lib/api/operations/materials';
import { criticalFilter, MATERIALS_PAGE_SIZE } from '$lib/materials/catalogue';
import type { PageLoad } from './$types';

/** The filter lives in the address (`?crm=1&kritiek=0&q=…`), so a filtered list can be shared and reloaded. */
export const load: PageLoad = async ({ fetch, url, depends }) => {
	depends('app:materials');
	const crmOnly = url.searchParams.get('crm') === '1';
	const critical = criticalFilter(url.searchParams.get('kritiek'));
	const search = url.searchParams.get('q')?.trim() ?? '';
	const result = await attempt(
		createGraphQLClient({ fetch }).request(MaterialsQuery, { crmList: crmOnly || null, critical, search: search || null, first: MATERIALS_PAGE_SIZE }),
	);
	return { crmOnly, critical, search, result };
};
