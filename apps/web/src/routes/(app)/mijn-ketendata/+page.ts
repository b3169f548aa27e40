import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient, type GraphQLClient } from '$lib/api/graphql-client';
import { ChainDataContextQuery, ChainDataItemsQuery } from '$lib/api/operations/chain';
import type { ChainDataItemsQuery as ChainDataItems } from '$lib/api/generated/graphql';
import type { PageLoad } from './$types';

type ChainDataItem = ChainDataItems['productGroup']['items']['nodes'][number];

/** Every item of the product group the viewer may see, with its visible supply links, page by page. */
async function allItems(client: GraphQLClient, productGroupId: string): Promise<ChainDataItem[]> {
	const items: ChainDataItem[] = [];
	let after: string | null = null;
	for (;;) {
		const { productGroup }: ChainDataItems = await client.request(ChainDataItemsQuery, { productGroupId, after });
		items.push(...productGroup.items.nodes);
		if (!productGroup.items.pageInfo.hasNextPage || !productGroup.items.pageInfo.endCursor) return items;
		after = productGroup.items.pageInfo.endCursor;
	}
}

export const load: PageLoad = async ({ fetch, url, depends }) => {
	depends('app:chain-data');
	const client = createGraphQLClient({ fetch });
	const context = await attempt(client.request(ChainDataContextQuery));
	const groups = context.ok ? context.data.productGroups : [];
	const asked = url.searchParams.get('pg');
	const productGroupId = groups.find((g) => g.id === asked)?.id ?? groups[0]?.id ?? null;
	const items = productGroupId ? await attempt(allItems(client, productGroupId)) : null;
	return { context, productGroupId, items };
};
