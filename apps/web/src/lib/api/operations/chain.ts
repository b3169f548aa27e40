import { graphql } from '../generated';

/** A supply link as far as the viewer may see it: supplier, contributor and sharing list may be null. */
export const SupplyLinkFields = graphql(`
	fragment SupplyLinkFields on SupplyLink {
		id
		itemId
		country
		share
		tier
		leadTimeWeeks
		stockMonths
		singleSource
		visibility
		supplierName
		supplier {
			id
			name
		}
		contributedBy {
			id
			name
		}
		sharedWith {
			id
			name
		}
	}
`);

/** The chain explorer's start: each product group with its platforms. */
export const ChainPlatformsQuery = graphql(`
	query ChainPlatforms {
		productGroups {
			id
			name
			items(kind: PLATFORM, first: 50) {
				nodes {
					id
					name
					description
				}
			}
		}
	}
`);

/**
 * A platform's bill of materials, one line per path, as far as the viewer may see it; each node with
 * its own materials and the countries of its visible supply links (for the country filter).
 */
export const ChainTreeQuery = graphql(`
	query ChainTree($platformId: ID!) {
		item(id: $platformId) {
			id
			name
			kind
			productGroupId
			materials {
				material {
					symbol
					chemicalSymbol
					nameNl
					name
				}
			}
			supplyLinks {
				id
				country
			}
			explosion(maxDepth: 12) {
				depth
				parentId
				path
				quantity
				unit
				item {
					id
					name
					kind
					materials {
						material {
							symbol
							chemicalSymbol
							nameNl
							name
						}
					}
					supplyLinks {
						id
						country
					}
				}
			}
		}
	}
`);

/** The selected node of the chain explorer: its supply links and where its supply comes from. */
export const ChainItemQuery = graphql(`
	query ChainItem($id: ID!) {
		item(id: $id) {
			id
			name
			kind
			description
			visibility
			owner {
				id
				name
			}
			materials {
				quantityKg
				material {
					id
					symbol
					chemicalSymbol
					nameNl
					name
					crmStatus
				}
			}
			supplyLinks {
				...SupplyLinkFields
			}
			supplyCountries {
				includesOthers
				contributors
				countries {
					country
					share
				}
			}
		}
	}
`);

/** What "my chain data" needs around the list: the product groups and the organisations to share with. */
export const ChainDataContextQuery = graphql(`
	query ChainDataContext {
		productGroups {
			id
			name
		}
		organisations {
			id
			name
			kind
		}
	}
`);

/**
 * The items of a product group with their visible supply links, one page at a time; the page keeps
 * the links its own organisation contributed, each with who sees it (null on others' links). (`supplyLinks(search)` needs a supplier-name text.)
 */
export const ChainDataItemsQuery = graphql(`
	query ChainDataItems($productGroupId: ID!, $after: String) {
		productGroup(id: $productGroupId) {
			id
			items(first: 200, after: $after) {
				pageInfo {
					hasNextPage
					endCursor
				}
				nodes {
					id
					name
					kind
					owner {
						id
					}
					supplyLinks {
						...SupplyLinkFields
						audience {
							seeEverything {
								id
								name
							}
							seeFigures {
								id
								name
							}
						}
					}
				}
			}
		}
	}
`);

/** Who would see a supply link with this visibility and sharing (the preview in the contribution form). */
export const ContributionAudienceQuery = graphql(`
	query ContributionAudience($itemId: ID!, $visibility: Visibility!, $sharedWith: [ID!]) {
		contributionAudience(itemId: $itemId, visibility: $visibility, sharedWith: $sharedWith) {
			seeEverything {
				id
				name
			}
			seeFigures {
				id
				name
			}
		}
	}
`);

export const CreateSupplyLinkMutation = graphql(`
	mutation CreateSupplyLink($input: CreateSupplyLinkInput!) {
		createSupplyLink(input: $input) {
			...SupplyLinkFields
		}
	}
`);

export const DeleteSupplyLinkMutation = graphql(`
	mutation DeleteSupplyLink($id: ID!) {
		deleteSupplyLink(id: $id)
	}
`);

/** Changes a supply link (its contributor); the item stays. */
export const UpdateSupplyLinkMutation = graphql(`
	mutation UpdateSupplyLink($id: ID!, $input: SupplyLinkInput!) {
		updateSupplyLink(id: $id, input: $input) {
			...SupplyLinkFields
		}
	}
`);
