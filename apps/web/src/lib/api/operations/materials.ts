import { graphql } from '../generated';

/** The materials catalogue, by name, one page at a time. */
export const MaterialsQuery = graphql(`
	query Materials($crmList: Boolean, $critical: Boolean, $search: String, $first: Int, $after: String) {
		materials(crmList: $crmList, critical: $critical, search: $search, first: $first, after: $after) {
			totalCount
			pageInfo {
				hasNextPage
				endCursor
			}
			nodes {
				id
				symbol
				chemicalSymbol
				name
				nameNl
				crmStatus
				critical
				onCrmList
				parentSymbol
				supplyRisk
				eolRecyclingRate
				group {
					id
					symbol
					supplyRisk
					eolRecyclingRate
				}
			}
		}
	}
`);

/** The concentration of one stage and scope: the plain HHI (headline) and the normalised one beside it. */
export const MaterialConcentrationFragment = graphql(`
	fragment MaterialConcentration on Concentration {
		hhi
		hhiNormalised
		band
		rescaledFrom
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
			chemicalSymbol
			name
			nameNl
			crmStatus
			critical
			onCrmList
			listYear
			parentSymbol
			supplyRisk
			economicImportance
			importReliance
			eolRecyclingRate
			substitutionIndex
			group {
				id
				symbol
				name
				nameNl
				supplyRisk
				economicImportance
				importReliance
				eolRecyclingRate
				substitutionIndex
			}
			eGlobal: concentration(stage: EXTRACTION, scope: GLOBAL) {
				...MaterialConcentration
			}
			eEu: concentration(stage: EXTRACTION, scope: EU_SOURCING) {
				...MaterialConcentration
			}
			pGlobal: concentration(stage: PROCESSING, scope: GLOBAL) {
				...MaterialConcentration
			}
			pEu: concentration(stage: PROCESSING, scope: EU_SOURCING) {
				...MaterialConcentration
			}
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
				chemicalSymbol
				name
				nameNl
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
