import { graphql } from '../generated';

/** What the simulator shows of a scenario's result: per platform, per short item, per event. */
export const ScenarioResultFields = graphql(`
	fragment ScenarioResultFields on ScenarioResult {
		name
		months
		warnings
		shortItemCount
		events {
			id
			country
			cutFraction
			sourceShare
			supplyLoss
			stage
			from
			until
			targetKind
			material {
				id
				symbol
				chemicalSymbol
				nameNl
				name
			}
			item {
				id
				name
			}
		}
		platforms {
			platform {
				id
				name
			}
			firstShortfall
			worstAvailability
			shortItemCount
			timeline {
				month
				availability
			}
		}
		items {
			item {
				id
				name
			}
			supplyDropFrom
			shortfallFrom
			worstShortfall
			monthsShort
			recoveredFrom
			causes
		}
	}
`);

/** The question a saved scenario asks, to fill the simulator's form with. */
export const ScenarioSpecFields = graphql(`
	fragment ScenarioSpecFields on ScenarioSpec {
		productGroupId
		horizonMonths
		scope
		startDate
		events {
			id
			country
			cutPercent
			start
			durationMonths
			material {
				id
				symbol
				chemicalSymbol
				nameNl
				name
			}
			item {
				id
				name
			}
		}
	}
`);

/**
 * The simulator's start for a product group: the materials its platforms use (the heatmap's columns,
 * riskiest first) and the roadmaps a scenario can be saved in.
 */
export const ScenarioSetupQuery = graphql(`
	query ScenarioSetup($productGroupId: ID!) {
		dependencyHeatmap(productGroupId: $productGroupId) {
			materials {
				id
				symbol
				chemicalSymbol
				nameNl
				name
			}
		}
		roadmaps {
			id
			title
			productGroupId
		}
	}
`);

/** A material's supplier countries (both stages), for the country choice of a cut. */
export const MaterialSuppliersQuery = graphql(`
	query MaterialSuppliers($id: ID!, $scope: SupplyScope) {
		material(id: $id) {
			id
			supplies(scope: $scope) {
				id
				stage
				country
				share
			}
		}
	}
`);

/** Items of a product group whose name matches, for an event that cuts an item's deliveries. */
export const ScenarioItemSearchQuery = graphql(`
	query ScenarioItemSearch($productGroupId: ID!, $search: String!) {
		productGroup(id: $productGroupId) {
			id
			items(search: $search, first: 20) {
				nodes {
					id
					name
					kind
				}
			}
		}
	}
`);

export const RunScenarioQuery = graphql(`
	query RunScenario($input: ScenarioInput!) {
		runScenario(input: $input) {
			...ScenarioResultFields
		}
	}
`);

export const SaveScenarioMutation = graphql(`
	mutation SaveScenario($roadmapId: ID!, $name: String!, $input: ScenarioInput!) {
		saveScenario(roadmapId: $roadmapId, name: $name, input: $input) {
			id
			name
			roadmapId
		}
	}
`);

export const DeleteScenarioMutation = graphql(`
	mutation DeleteScenario($id: ID!) {
		deleteScenario(id: $id)
	}
`);

/** A roadmap's saved scenarios, for its page: the questions only (no result is computed). */
export const RoadmapScenariosQuery = graphql(`
	query RoadmapScenarios($id: ID!) {
		roadmap(id: $id) {
			id
			scenarios {
				id
				name
				createdAt
				createdBy {
					id
					name
				}
				input {
					...ScenarioSpecFields
				}
			}
		}
	}
`);

/** One saved scenario with its result on the reader's chain, and the title of its roadmap. */
export const SavedScenarioQuery = graphql(`
	query SavedScenario($id: ID!, $roadmapId: ID!) {
		savedScenario(id: $id) {
			id
			name
			roadmapId
			input {
				...ScenarioSpecFields
			}
			result {
				...ScenarioResultFields
			}
		}
		roadmap(id: $roadmapId) {
			id
			title
		}
	}
`);
