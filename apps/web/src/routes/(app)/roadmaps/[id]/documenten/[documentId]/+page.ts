import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { DocumentQuery, DocumentRoadmapQuery } from '$lib/api/operations/documents';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
	depends('app:document');
	const client = createGraphQLClient({ fetch });
	// The editor code starts loading with the data, not after it.
	const workspace = import('$lib/editor/DocumentWorkspace.svelte');
	const [document, roadmap] = await Promise.all([
		attempt(client.request(DocumentQuery, { id: params.documentId })),
		attempt(client.request(DocumentRoadmapQuery, { id: params.id })),
	]);
	return { document, roadmap, workspace };
};
