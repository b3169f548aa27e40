import type { GraphQLClient } from '$lib/api/graphql-client';
import { DependenciesQuery } from '$lib/api/operations/analysis';
import type { Dependency } from '$lib/api/types';
import { parseDependencyKey } from './dependency-key';

/** Dependencies fetched per page while looking for one (the API allows up to 200). */
export const LOOKUP_PAGE_SIZE = 100;

/**
 * Finds a dependency by its key for the details panel. The API has no query by key, so the
 * platform's dependencies of that kind are read, riskiest first, page by page until the key turns
 * up; everything read on the way (and every list page handed to `remember`) is kept, so the next
 * cell of the same platform opens at once. One per page: it holds the viewer's own results.
 */
export class DependencyLookup {
	readonly #client: GraphQLClient;
	readonly #pageSize: number;
	readonly #known = new Map<string, Dependency>();
	readonly #pending = new Map<string, Promise<Dependency | null>>();

	constructor(client: GraphQLClient, pageSize = LOOKUP_PAGE_SIZE) {
		this.#client = client;
		this.#pageSize = pageSize;
	}

	/** Keeps dependencies the page already has (the top list), so opening them needs no request. */
	remember(dependencies: readonly Dependency[]): void {
		for (const dependency of dependencies) this.#known.set(dependency.key, dependency);
	}

	/** The dependency when it was read before, without a request. */
	known(key: string): Dependency | null {
		return this.#known.get(key) ?? null;
	}

	/**
	 * The dependency with this key, or null when the key is not one or the viewer has no such
	 * dependency. Rejects with the API's error (e.g. NOT_FOUND for a platform the viewer may not see).
	 */
	find(key: string): Promise<Dependency | null> {
		const known = this.#known.get(key);
		if (known) return Promise.resolve(known);
		let pending = this.#pending.get(key);
		if (!pending) {
			pending = this.#search(key).finally(() => this.#pending.delete(key));
			this.#pending.set(key, pending);
		}
		return pending;
	}

	async #search(key: string): Promise<Dependency | null> {
		const ref = parseDependencyKey(key);
		if (!ref) return null;
		let after: string | null = null;
		for (;;) {
			const { dependencies }: { dependencies: { nodes: Dependency[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
				await this.#client.request(DependenciesQuery, { itemId: ref.platformId, kind: ref.kind, first: this.#pageSize, after });
			this.remember(dependencies.nodes);
			const found = this.#known.get(key);
			if (found) return found;
			if (!dependencies.pageInfo.hasNextPage || !dependencies.pageInfo.endCursor) return null;
			after = dependencies.pageInfo.endCursor;
		}
	}
}
