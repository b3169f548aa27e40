import { graphql } from '../generated';

/*
 * Live figures in a roadmap document (apps/web/src/lib/editor/live-figures): each reader's browser
 * asks for the figure with the reader's own session when the block is shown, so every answer is what
 * that reader may see. The blocks store only the reference (libs/domain document-schema).
 */

/** The slim row of a dependency table: what, of which platform, how risky. */
export const LiveDependencyRowFields = graphql(`
	fragment LiveDependencyRowFields on Dependency {
		key
		kind
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
		}
	}
`);

/** The top N dependencies of every platform of a product group, riskiest first. */
export const LiveProductGroupDependenciesQuery = graphql(`
	query LiveProductGroupDependencies($productGroupId: ID!, $kind: DependencyKind, $first: Int!) {
		productGroup(id: $productGroupId) {
			id
			name
		}
		dependencies(productGroupId: $productGroupId, kind: $kind, first: $first, orderBy: SCORE) {
			totalCount
			nodes {
				...LiveDependencyRowFields
			}
		}
	}
`);

/** The top N dependencies of one platform (or any item), riskiest first; NOT_FOUND when it is hidden. */
export const LiveItemDependenciesQuery = graphql(`
	query LiveItemDependencies($itemId: ID!, $kind: DependencyKind, $first: Int!) {
		item(id: $itemId) {
			id
			name
			kind
			productGroupId
		}
		dependencies(itemId: $itemId, kind: $kind, first: $first, orderBy: SCORE) {
			totalCount
			nodes {
				...LiveDependencyRowFields
			}
		}
	}
`);

/** A material's key figures and its global country shares per stage. */
export const LiveMaterialQuery = graphql(`
	query LiveMaterial($id: ID!) {
		material(id: $id) {
			id
			symbol
			chemicalSymbol
			nameNl
			name
			crmStatus
			parentSymbol
			supplyRisk
			economicImportance
			importReliance
			eolRecyclingRate
			substitutionIndex
			supplies(scope: GLOBAL) {
				id
				stage
				scope
				country
				countryName
				share
				shareIsUpperBound
				source
				year
			}
		}
	}
`);

/** A saved scenario's outcome on the reader's chain: per platform, when it first falls short. */
export const LiveScenarioQuery = graphql(`
	query LiveScenario($id: ID!) {
		savedScenario(id: $id) {
			id
			name
			input {
				productGroupId
			}
			result {
				months
				shortItemCount
				platforms {
					platform {
						id
						name
					}
					firstShortfall
					worstAvailability
					shortItemCount
				}
			}
		}
	}
`);

/** A change to the product group's chain as the reader may see it: a cue to ask for the figure again. */
export const LiveFigureChainChangedSubscription = graphql(`
	subscription LiveFigureChainChanged($productGroupId: ID!) {
		supplyLinkChanged(productGroupId: $productGroupId) {
			kind
		}
	}
`);

/** What the insert dialog offers: the product groups, and the roadmap's own group and saved scenarios. */
export const LiveFigureChoicesQuery = graphql(`
	query LiveFigureChoices($roadmapId: ID!) {
		productGroups {
			id
			name
		}
		roadmap(id: $roadmapId) {
			id
			productGroupId
			scenarios {
				id
				name
				createdAt
			}
		}
	}
`);

/** The platforms of a product group the reader may see, for a dependency table of one platform. */
export const LiveFigurePlatformsQuery = graphql(`
	query LiveFigurePlatforms($productGroupId: ID!) {
		productGroup(id: $productGroupId) {
			id
			items(kind: PLATFORM, first: 200) {
				nodes {
					id
					name
				}
			}
		}
	}
`);

/** Materials of the catalogue matching a search, for a material block. */
export const LiveFigureMaterialsQuery = graphql(`
	query LiveFigureMaterials($search: String) {
		materials(search: $search, first: 30) {
			nodes {
				id
				symbol
				chemicalSymbol
				nameNl
				name
				crmStatus
			}
		}
	}
`);

/** A roadmap's agreements as the reader may read them, for an agreements block (no intervention details). */
export const LiveAgreementsQuery = graphql(`
	query LiveAgreements($roadmapId: ID!) {
		agreements(roadmapId: $roadmapId) {
			intervention {
				id
				title
			}
			responsible {
				id
				name
			}
			dueDate
			deliverable
			status
			overdue
		}
	}
`);

/** A roadmap's risk register (riskiest first) as the reader may read it, for a risks block. */
export const LiveRisksQuery = graphql(`
	query LiveRisks($roadmapId: ID!) {
		risks(roadmapId: $roadmapId) {
			id
			title
			likelihood
			impact
			level
			status
			owner {
				id
				name
			}
		}
	}
`);

/** A roadmap's interventions, only what the impact × effort matrix shows (never their details). */
export const LiveInterventionsQuery = graphql(`
	query LiveInterventions($roadmapId: ID!) {
		interventions(roadmapId: $roadmapId) {
			id
			title
			impact
			effort
			quadrant
			status
		}
	}
`);

/** Something happened in a roadmap: its agreements, risks and intervention blocks ask again. */
export const LiveFigureRoadmapActivitySubscription = graphql(`
	subscription LiveFigureRoadmapActivity($roadmapId: ID!) {
		roadmapActivityAdded(roadmapId: $roadmapId) {
			id
		}
	}
`);
