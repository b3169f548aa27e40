import type { GraphQLClient } from '$lib/api/graphql-client';
import { DependencyQuery } from '$lib/api/operations/analysis';
import type { Dependency } from '$lib/api/types';
import { parseDependencyKey } from './dependency-key';

/**
 * Finds a dependency by its key for the details panel: from what the page already read (the top
 * list hands its pages to `remember`), else with one `dependency(key)` request, kept for next time.
 * One per page: it holds the viewer's own results.
 */
export class DependencyLookup {
	readonly #client: GraphQLClient;
	readonly #known = new Map<string, Dependency>();
	readonly #pending = new Map<string, Promise<Dependency | null>>();

	constructor(client: GraphQLClient) {
		this.#client = client;
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
		if (!parseDependencyKey(key)) return Promise.resolve(null);
		let pending = this.#pending.get(key);
		if (!pending) {
			pending = this.#client
				.request(DependencyQuery, { key })
				.then(({ dependency }) => {
					if (dependency) this.remember([dependency]);
					return dependency ?? null;
				})
				.finally(() => this.#pending.delete(key));
			this.#pending.set(key, pending);
		}
		return pending;
	}
}
