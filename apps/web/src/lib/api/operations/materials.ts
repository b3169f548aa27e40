import { graphql } from '../generated';

/** The materials catalogue, by name, one page at a time. */
export const MaterialsQuery = graphql(`
	query Materials($crmList: Boolean, $search: String, $first: Int, $after: String) {
		materials(crmList: $crmList, search: $search, first: $first, after: $after) {
			totalCount
			pageInfo {
				hasNextPage
				endCursor
			}
			nodes {
				id
				symbol
				name
				crmStatus
				onCrmList
				parentSymbol
				supplyRisk
				eolRecyclingRate
			}
		}
	}
`);

/**
 * A material's factsheet: its EU figures, country shares per stage and scope, group members, use,
 * and the export restrictions on record (`active`: in force today).
 */
export const MaterialFactsheetQuery = graphql(`
	query MaterialFactsheet($symbol: String!) {
		material(symbol: $symbol) {
			id
			symbol
			name
			crmStatus
			onCrmList
			listYear
			parentSymbol
			supplyRisk
			economicImportance
			importReliance
			eolRecyclingRate
			substitutionIndex
			supplies {
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
			members {
				id
				symbol
				name
				crmStatus
			}
			usedIn {
				id
				name
			}
			exportRestrictions {
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
	}
`);
