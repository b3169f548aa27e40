import { graphql } from '../generated';

/**
 * The knowledge institutes' maintenance of the materials catalogue (the factsheet's editor) and the
 * catalogue's change history, which every reader sees.
 */

/** Changes a material's figures; only the fields given change, null clears one. */
export const UpdateMaterialMutation = graphql(`
	mutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {
		updateMaterial(id: $id, input: $input) {
			id
			crmStatus
			importReliance
			eolRecyclingRate
			substitutionIndex
		}
	}
`);

/** Replaces the country shares of one stage and scope of a material, as one change. */
export const ReplaceMaterialSuppliesMutation = graphql(`
	mutation ReplaceMaterialSupplies($input: ReplaceMaterialSuppliesInput!) {
		replaceMaterialSupplies(input: $input) {
			id
			stage
			scope
			country
			countryName
			share
			source
			year
		}
	}
`);

export const RecordExportRestrictionMutation = graphql(`
	mutation RecordExportRestriction($input: RecordExportRestrictionInput!) {
		recordExportRestriction(input: $input) {
			id
			country
			measure
			since
			until
			description
			source
			active
		}
	}
`);

export const UpdateExportRestrictionMutation = graphql(`
	mutation UpdateExportRestriction($id: ID!, $input: UpdateExportRestrictionInput!) {
		updateExportRestriction(id: $id, input: $input) {
			id
			until
			active
		}
	}
`);

export const DeleteExportRestrictionMutation = graphql(`
	mutation DeleteExportRestriction($id: ID!) {
		deleteExportRestriction(id: $id)
	}
`);

/** A material's catalogue changes, newest first (at most 50): when, which organisation, what (JSON). */
export const CatalogueHistoryQuery = graphql(`
	query CatalogueHistory($id: ID!) {
		material(id: $id) {
			id
			changes {
				id
				at
				action
				changes
				organisationName
			}
		}
	}
`);
