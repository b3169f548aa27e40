import { graphql } from '../generated';

/** A country's page: its shares in the catalogue, its export restrictions and the series about it. */
export const CountryQuery = graphql(`
	query Country($country: String!) {
		materialSuppliesFrom(country: $country) {
			id
			stage
			scope
			share
			shareIsUpperBound
			year
			source
			material {
				id
				name
				symbol
				chemicalSymbol
				nameNl
			}
		}
		exportRestrictions(country: $country) {
			id
			country
			measure
			since
			until
			description
			source
			active
			material {
				id
				name
				symbol
				chemicalSymbol
				nameNl
			}
		}
		monitoringSeries(country: $country) {
			...SeriesChartFields
		}
	}
`);
