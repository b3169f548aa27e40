import { attempt } from '$lib/api/error-messages';
import { createGraphQLClient } from '$lib/api/graphql-client';
import { MemberProfilesQuery } from '$lib/suppliers/member-profiles.operations';
import type { PageLoad } from './$types';

/** Profiles shown per page of the list. */
export const MEMBER_PAGE_SIZE = 25;

/** The profiles the trade association keeps, a page at a time (`?q=` searches, `?p=` is the page). */
export const load: PageLoad = async ({ fetch, url, depends }) => {
	depends('app:member-profiles');
	const search = url.searchParams.get('q')?.trim() || null;
	const page = Math.max(0, Number.parseInt(url.searchParams.get('p') ?? '0', 10) || 0);
	const client = createGraphQLClient({ fetch });
	const result = await attempt(client.request(MemberProfilesQuery, { search, first: MEMBER_PAGE_SIZE, offset: page * MEMBER_PAGE_SIZE }));
	return { result, search, page };
};
