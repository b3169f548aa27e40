import { fetchHealth } from '$lib/api/health';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, depends }) => {
	depends('app:health');
	// Not awaited: the page shows at once and the status fills in when the answer arrives.
	return { health: fetchHealth(fetch).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))) };
};
