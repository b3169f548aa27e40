import { graphql } from '../generated';

/** A disruption report as the reader may see it (who and the text only for the reporter and those it shares with). */
export const DisruptionReportFields = graphql(`
	fragment DisruptionReportFields on DisruptionReport {
		id
		startedOn
		durationWeeks
		delayWeeks
		priceEffectPct
		cause
		measures
		description
		visibility
		canUpdate
		material {
			id
			name
			symbol
			chemicalSymbol
			nameNl
		}
		item {
			id
			name
		}
		reportingOrganisation {
			id
			name
		}
	}
`);

export const DisruptionsQuery = graphql(`
	query Disruptions($by: DisruptionGrouping!, $from: String, $to: String) {
		disruptionReports {
			...DisruptionReportFields
		}
		disruptionSignals {
			materialId
			quarter
			reports
			organisations
			includesOthers
			material {
				id
				name
				symbol
				chemicalSymbol
				nameNl
			}
		}
		disruptionAggregates(by: $by, from: $from, to: $to) {
			key
			reports
			organisations
			averageDelayWeeks
			averagePriceEffectPct
			includesOthers
		}
	}
`);

export const ReportDisruptionMutation = graphql(`
	mutation ReportDisruption($input: DisruptionReportInput!) {
		reportDisruption(input: $input) {
			...DisruptionReportFields
		}
	}
`);

export const UpdateDisruptionReportMutation = graphql(`
	mutation UpdateDisruptionReport($id: ID!, $input: DisruptionReportInput!) {
		updateDisruptionReport(id: $id, input: $input) {
			...DisruptionReportFields
		}
	}
`);

export const DeleteDisruptionReportMutation = graphql(`
	mutation DeleteDisruptionReport($id: ID!) {
		deleteDisruptionReport(id: $id)
	}
`);

/** What the report form offers: the materials, and the items of each product group the reporter may read. */
export const DisruptionFormOptionsQuery = graphql(`
	query DisruptionFormOptions {
		materials(first: 200) {
			nodes {
				id
				name
				symbol
				chemicalSymbol
				nameNl
			}
		}
		productGroups {
			id
			name
			items(first: 200) {
				nodes {
					id
					name
					kind
				}
			}
		}
	}
`);

/** The company network's signals alone (the dashboard). */
export const DisruptionSignalsQuery = graphql(`
	query DisruptionSignals {
		disruptionSignals {
			materialId
			quarter
			reports
			organisations
			material {
				id
				name
				symbol
				chemicalSymbol
				nameNl
			}
		}
	}
`);
