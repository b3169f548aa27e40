import { graphql } from '../generated';

/** One dependency with everything the details panel explains: score factors, weak links, paths. */
export const DependencyFields = graphql(`
	fragment DependencyFields on Dependency {
		key
		kind
		rank
		platform {
			id
			name
		}
		target {
			id
			kind
			name
			symbol
			material {
				id
				symbol
				chemicalSymbol
				name
				nameNl
			}
		}
		score {
			value
			coverage
			factors {
				key
				available
				raw
				normalized
				weight
				effectiveWeight
				contribution
				source {
					country
					stage
					supplyLinkId
					item {
						id
						name
					}
					material {
						id
						symbol
						chemicalSymbol
						nameNl
						name
					}
				}
			}
		}
		weakestLink {
			kind
			value
			contribution
		}
		weakLinks {
			kind
			contribution
		}
		quantity {
			value
			unit
			complete
		}
		itemCount
		pathCount
		paths {
			quantity
			items {
				id
				name
			}
		}
	}
`);

/** The analysis page's start: the product groups to choose from. */
export const AnalysisProductGroupsQuery = graphql(`
	query AnalysisProductGroups {
		productGroups {
			id
			name
		}
	}
`);

/** Platform × material scores of a product group; materials riskiest first. */
export const DependencyHeatmapQuery = graphql(`
	query DependencyHeatmap($productGroupId: ID!) {
		dependencyHeatmap(productGroupId: $productGroupId) {
			platforms {
				id
				name
			}
			materials {
				id
				symbol
				chemicalSymbol
				nameNl
				name
			}
			cells {
				row
				column
				platformId
				materialId
				score
				quantityKg
				weakestLink
			}
		}
	}
`);

/** Dependencies of every platform of a product group, riskiest first (the top list). */
export const DependenciesQuery = graphql(`
	query Dependencies($productGroupId: ID, $itemId: ID, $kind: DependencyKind, $first: Int!, $after: String) {
		dependencies(productGroupId: $productGroupId, itemId: $itemId, kind: $kind, first: $first, after: $after, orderBy: SCORE) {
			totalCount
			pageInfo {
				hasNextPage
				endCursor
			}
			nodes {
				...DependencyFields
			}
		}
	}
`);

/** One dependency by its key: the one behind a heatmap cell or a shared address. */
export const DependencyQuery = graphql(`
	query Dependency($key: String!) {
		dependency(key: $key) {
			...DependencyFields
		}
	}
`);
