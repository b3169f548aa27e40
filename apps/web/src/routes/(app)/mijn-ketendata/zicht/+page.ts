import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { ContributionsAsSeenByQuery, MyLinkAudiencesQuery } from '$lib/api/operations/audience';
import { ChainDataContextQuery } from '$lib/api/operations/chain';
import { defaultReader } from '$lib/audience/link-audience';
import type { PageLoad } from './$types';

/**
 * "What others see of my data": the product group (`pg`) and the organisation (`org`) from the
 * address; without `org`, the first organisation by name that sees any of the company's links.
 */
export const load: PageLoad = async ({ fetch, url }) => {
	const client = createGraphQLClient({ fetch });
	const context = await attempt(client.request(ChainDataContextQuery));
	const groups = context.ok ? context.data.productGroups : [];
	const organisations = context.ok ? context.data.organisations : [];
	const productGroupId = groups.find((g) => g.id === url.searchParams.get('pg'))?.id ?? groups[0]?.id ?? null;
	let organisationId = organisations.find((o) => o.id === url.searchParams.get('org'))?.id ?? null;
	if (!organisationId && productGroupId) {
		const mine = await attempt(client.request(MyLinkAudiencesQuery, { productGroupId }));
		if (mine.ok) {
			const own = mine.data.me?.organisation.id ?? null;
			organisationId = defaultReader(
				mine.data.supplyLinks.nodes.map((link) => link.audience),
				organisations,
				own,
			);
		}
	}
	const seen =
		productGroupId && organisationId
			? await attempt(client.request(ContributionsAsSeenByQuery, { organisationId, productGroupId }).then((d) => d.myContributionsAsSeenBy))
			: null;
	return { context, productGroupId, organisationId, seen };
};
