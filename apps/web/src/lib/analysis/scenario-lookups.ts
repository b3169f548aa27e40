import type { GraphQLClient } from '$lib/api/graphql-client';
import { MaterialSuppliersQuery, ScenarioItemSearchQuery } from '$lib/api/operations/scenarios';
import type { SupplyScope } from '$lib/api/types';
import { supplierCountries, type SupplierCountry } from './scenario-result';

export interface ItemMatch {
	id: string;
	name: string;
}

/**
 * What the scenario form looks up while the user composes events: a material's supplier countries
 * (kept per material and scope, so switching events asks once) and items by name. One per page.
 */
export class ScenarioLookups {
	readonly #client: GraphQLClient;
	readonly #suppliers = new Map<string, Promise<SupplierCountry[]>>();

	constructor(client: GraphQLClient) {
		this.#client = client;
	}

	/** The material's countries of origin, largest share first. A failed request is asked again next time. */
	suppliers(materialId: string, scope: SupplyScope): Promise<SupplierCountry[]> {
		const key = `${materialId}|${scope}`;
		let pending = this.#suppliers.get(key);
		if (!pending) {
			pending = this.#client
				.request(MaterialSuppliersQuery, { id: materialId, scope })
				.then(({ material }) => supplierCountries(material.supplies));
			pending.catch(() => this.#suppliers.delete(key));
			this.#suppliers.set(key, pending);
		}
		return pending;
	}

	/** Items of the product group whose name contains `text` (the first 20, by name). */
	async searchItems(productGroupId: string, text: string, signal?: AbortSignal): Promise<ItemMatch[]> {
		const { productGroup } = await this.#client.request(ScenarioItemSearchQuery, { productGroupId, search: text }, { signal });
		return productGroup.items.nodes.map(({ id, name }) => ({ id, name }));
	}
}
