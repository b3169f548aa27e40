import { graphql } from '../generated';

/** What a chart and a list need of a series (its observations and alerts come with the chart query). */
export const MonitoringSeriesFields = graphql(`
	fragment MonitoringSeriesFields on MonitoringSeries {
		id
		name
		subjectKind
		country
		indicator
		customName
		unit
		frequency
		source
		licence
		demo
		updatedAt
		material {
			id
			name
			symbol
			chemicalSymbol
			nameNl
		}
		publisher {
			id
			name
		}
	}
`);

export const MonitoringAlertFields = graphql(`
	fragment MonitoringAlertFields on MonitoringAlert {
		id
		date
		value
		severity
		raisedAt
		acknowledged
		ongoing
		thresholdId
		threshold {
			id
			kind
			value
			percent
			periods
		}
		series {
			id
			name
			unit
		}
		roadmaps {
			id
			title
		}
	}
`);

/** A series with everything its chart shows. */
export const SeriesChartFields = graphql(`
	fragment SeriesChartFields on MonitoringSeries {
		...MonitoringSeriesFields
		observations {
			date
			value
			note
		}
		thresholds {
			id
			kind
			value
			percent
			periods
			severity
		}
		alerts {
			id
			date
			value
			severity
			thresholdId
		}
	}
`);

export const MonitoringSeriesListQuery = graphql(`
	query MonitoringSeriesList($materialId: ID, $from: String!, $to: String!) {
		monitoringSeries(materialId: $materialId) {
			...MonitoringSeriesFields
			latest {
				date
				value
			}
			change(from: $from, to: $to) {
				percent
				change
				first {
					date
					value
				}
				last {
					date
					value
				}
			}
		}
	}
`);

/** The series of one material or one item with their charts (the factsheet, the item's details). */
export const SubjectSeriesQuery = graphql(`
	query SubjectSeries($materialId: ID, $itemId: ID) {
		monitoringSeries(materialId: $materialId, itemId: $itemId) {
			...SeriesChartFields
		}
	}
`);

export const MonitoringSeriesQuery = graphql(`
	query MonitoringSeries($id: ID!) {
		monitoringSeriesById(id: $id) {
			...SeriesChartFields
		}
	}
`);

export const MyAlertsQuery = graphql(`
	query MyAlerts($includeAcknowledged: Boolean!) {
		myAlerts(includeAcknowledged: $includeAcknowledged) {
			...MonitoringAlertFields
		}
	}
`);

export const MonitoringOverviewQuery = graphql(`
	query MonitoringOverview($roadmapId: ID!, $from: String!, $to: String!) {
		roadmap(id: $roadmapId) {
			id
			title
		}
		monitoringOverview(roadmapId: $roadmapId, from: $from, to: $to) {
			series {
				...MonitoringSeriesFields
			}
			change {
				percent
				change
				first {
					date
					value
				}
				last {
					date
					value
				}
			}
			alerts {
				id
				date
				value
				severity
			}
		}
	}
`);

export const CreateMonitoringSeriesMutation = graphql(`
	mutation CreateMonitoringSeries($input: MonitoringSeriesInput!) {
		createMonitoringSeries(input: $input) {
			id
			name
		}
	}
`);

export const AddObservationsMutation = graphql(`
	mutation AddObservations($seriesId: ID!, $observations: [ObservationInput!]!) {
		addObservations(seriesId: $seriesId, observations: $observations) {
			imported
			alertsRaised
		}
	}
`);

export const ImportObservationsMutation = graphql(`
	mutation ImportObservations($seriesId: ID!, $fileName: String!, $contentBase64: String!) {
		importObservations(seriesId: $seriesId, fileName: $fileName, contentBase64: $contentBase64) {
			imported
			alertsRaised
		}
	}
`);

export const DeleteObservationMutation = graphql(`
	mutation DeleteObservation($seriesId: ID!, $date: String!) {
		deleteObservation(seriesId: $seriesId, date: $date)
	}
`);

export const CreateThresholdMutation = graphql(`
	mutation CreateThreshold($seriesId: ID!, $input: ThresholdInput!) {
		createThreshold(seriesId: $seriesId, input: $input) {
			id
		}
	}
`);

export const DeleteThresholdMutation = graphql(`
	mutation DeleteThreshold($id: ID!) {
		deleteThreshold(id: $id)
	}
`);

export const AcknowledgeAlertMutation = graphql(`
	mutation AcknowledgeAlert($id: ID!) {
		acknowledgeAlert(id: $id) {
			id
			acknowledged
		}
	}
`);

/** A series after each change (its chart follows it live). */
export const MonitoringSeriesChangedSubscription = graphql(`
	subscription MonitoringSeriesChanged($seriesId: ID!) {
		monitoringSeriesChanged(seriesId: $seriesId) {
			...SeriesChartFields
		}
	}
`);

/** New alerts that concern the viewer (the dashboard). */
export const MyAlertRaisedSubscription = graphql(`
	subscription MyAlertRaised {
		myAlertRaised {
			...MonitoringAlertFields
		}
	}
`);
