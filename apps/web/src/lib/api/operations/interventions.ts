import { graphql } from '../generated';

/** An intervention as the board, the matrix and the lists show it. */
export const InterventionCardFields = graphql(`
	fragment InterventionCardFields on Intervention {
		id
		roadmapId
		title
		type
		instrument
		impact
		effort
		quadrant
		horizon
		status
		progressPct
		dueDate
		owner {
			id
			name
			kind
		}
		ownerKind
		proposedBy {
			name
			organisationId
			organisationName
		}
		risks {
			id
			title
			dependencyKey
			material {
				id
				name
			}
		}
		canUpdate
		canDecide
		allowedTransitions
		updatedAt
	}
`);

/** Everything the intervention's own page shows. */
export const InterventionFields = graphql(`
	fragment InterventionFields on Intervention {
		...InterventionCardFields
		description
		statusReason
		deliverable
		details
		detailsVisibility
		createdAt
		risks {
			id
			title
			level
			likelihood
			impact
			status
			dependencyKey
			evidence {
				score
				targetName
				kind
				platformName
				computedAt
			}
			liveScore
			material {
				id
				name
				symbol
				chemicalSymbol
				nameNl
			}
		}
		history {
			id
			kind
			fromStatus
			toStatus
			reason
			note
			progressPct
			at
			actor {
				name
				organisationId
				organisationName
			}
		}
	}
`);

/**
 * The interventions page: the roadmap (participants are the owners to choose and filter by), its
 * risks (to link, and the materials and platforms to filter by) and the interventions that pass the
 * filter.
 */
export const InterventionsPageQuery = graphql(`
	query InterventionsPage($roadmapId: ID!, $filter: InterventionFilter) {
		roadmap(id: $roadmapId) {
			id
			title
			productGroup {
				id
				name
			}
			participants {
				id
				role
				organisation {
					id
					name
					kind
				}
			}
		}
		risks(roadmapId: $roadmapId) {
			id
			title
			level
			dependencyKey
			evidence {
				platformName
			}
			material {
				id
				symbol
				chemicalSymbol
				name
				nameNl
			}
		}
		interventions(roadmapId: $roadmapId, filter: $filter) {
			...InterventionCardFields
		}
	}
`);

/** Only the interventions again, after a live event (the rest of the page stays as it is). */
export const InterventionsQuery = graphql(`
	query Interventions($roadmapId: ID!, $filter: InterventionFilter) {
		interventions(roadmapId: $roadmapId, filter: $filter) {
			...InterventionCardFields
		}
	}
`);

export const InterventionQuery = graphql(`
	query Intervention($id: ID!) {
		intervention(id: $id) {
			...InterventionFields
		}
	}
`);

/** The roadmap around an intervention: title and product group (for links to the analysis). */
export const InterventionRoadmapQuery = graphql(`
	query InterventionRoadmap($roadmapId: ID!) {
		roadmap(id: $roadmapId) {
			id
			title
			productGroup {
				id
				name
			}
		}
	}
`);

export const ProposeInterventionMutation = graphql(`
	mutation ProposeIntervention($input: ProposeInterventionInput!) {
		proposeIntervention(input: $input) {
			...InterventionCardFields
		}
	}
`);

export const SetInterventionStatusMutation = graphql(`
	mutation SetInterventionStatus($id: ID!, $to: InterventionStatus!, $reason: String) {
		setInterventionStatus(id: $id, to: $to, reason: $reason) {
			...InterventionFields
		}
	}
`);

export const ReportInterventionProgressMutation = graphql(`
	mutation ReportInterventionProgress($id: ID!, $progressPct: Int!, $note: String!) {
		reportInterventionProgress(id: $id, progressPct: $progressPct, note: $note) {
			...InterventionFields
		}
	}
`);

export const DeleteInterventionMutation = graphql(`
	mutation DeleteIntervention($id: ID!) {
		deleteIntervention(id: $id)
	}
`);

/** An agreement as the Afspraken list shows it. */
export const AgreementFields = graphql(`
	fragment AgreementFields on Agreement {
		responsible {
			id
			name
			kind
		}
		dueDate
		deliverable
		status
		overdue
		intervention {
			id
			title
			type
			progressPct
			canDecide
			owner {
				id
				name
			}
		}
	}
`);

export const AgreementsPageQuery = graphql(`
	query AgreementsPage($roadmapId: ID!) {
		roadmap(id: $roadmapId) {
			id
			title
			participants {
				id
				role
				organisation {
					id
					name
					kind
				}
			}
		}
		agreements(roadmapId: $roadmapId) {
			...AgreementFields
		}
	}
`);

export const SetAgreementMutation = graphql(`
	mutation SetAgreement($interventionId: ID!, $responsibleOrgId: ID, $dueDate: String, $deliverable: String) {
		setAgreement(interventionId: $interventionId, responsibleOrgId: $responsibleOrgId, dueDate: $dueDate, deliverable: $deliverable) {
			...AgreementFields
		}
	}
`);

export const ExportAgreementsMutation = graphql(`
	mutation ExportAgreements($roadmapId: ID!, $format: AgreementExportFormat!) {
		exportAgreements(roadmapId: $roadmapId, format: $format) {
			filename
			contentType
			base64
		}
	}
`);
