import { createGraphQLClient } from '$lib/api/graphql-client';
import { DemoQuery } from '$lib/api/operations/session';
import type { DemoLogin } from '$lib/api/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => {
	// Demo logins only when the API says demo mode is on. An API without the field, or one that
	// cannot be reached, gives no hint. Not awaited: the form shows at once.
	const demoUsers: Promise<DemoLogin[]> = createGraphQLClient({ fetch })
		.request(DemoQuery)
		.then(({ demo }) => (demo?.enabled ? demo.users : []))
		.catch(() => []);
	return { demoUsers };
};
