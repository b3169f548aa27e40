import { graphql } from '../generated';

/** A risk as the register lists it (and as every risk mutation answers it). */
export const RiskFields = graphql(`
	fragment RiskFields on Risk {
		id
		roadmapId
		title
		rationale
		likelihood
		impact
		level
		status
		owner {
			id
			name
			kind
		}
		reviewDate
		monitoringIndicator
		dependencyKey
		material {
			id
			name
			symbol
			chemicalSymbol
			nameNl
		}
		evidence {
			score
			targetName
			kind
			platformName
			computedAt
			factors {
				name
				value
			}
		}
		liveScore
		scoreChange
		interventions {
			id
			title
			status
		}
		alerts {
			id
			date
			value
			severity
			series {
				id
				name
				unit
			}
		}
		createdBy {
			name
			organisationId
			organisationName
		}
		createdAt
		updatedAt
		canUpdate
		canDelete
	}
`);

/** The register of one roadmap, with the roadmap's title and participants (the owners to choose from). */
export const RiskRegisterQuery = graphql(`
	query RiskRegister($roadmapId: ID!) {
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
			...RiskFields
		}
		myAlerts(includeAcknowledged: true) {
			id
			date
			value
			severity
			series {
				id
				name
				unit
			}
			roadmaps {
				id
			}
		}
	}
`);

export const CreateRiskMutation = graphql(`
	mutation CreateRisk($input: CreateRiskInput!) {
		createRisk(input: $input) {
			...RiskFields
		}
	}
`);

/** The analysis page's "take into the register": the API snapshots the dependency as evidence. */
export const CreateRiskFromDependencyMutation = graphql(`
	mutation CreateRiskFromDependency($roadmapId: ID!, $dependencyKey: String!) {
		createRiskFromDependency(roadmapId: $roadmapId, dependencyKey: $dependencyKey) {
			id
			roadmapId
			title
			evidence {
				score
			}
		}
	}
`);

export const UpdateRiskMutation = graphql(`
	mutation UpdateRisk($id: ID!, $input: UpdateRiskInput!) {
		updateRisk(id: $id, input: $input) {
			...RiskFields
		}
	}
`);

export const DeleteRiskMutation = graphql(`
	mutation DeleteRisk($id: ID!) {
		deleteRisk(id: $id)
	}
`);

/** The roadmaps a dependency could be taken into: every roadmap the viewer sees, with its product group. */
export const RiskTargetRoadmapsQuery = graphql(`
	query RiskTargetRoadmaps {
		roadmaps {
			id
			title
			productGroupId
		}
	}
`);

export const LinkAlertToRiskMutation = graphql(`
	mutation LinkAlertToRisk($riskId: ID!, $alertId: ID!) {
		linkAlertToRisk(riskId: $riskId, alertId: $alertId) {
			...RiskFields
		}
	}
`);

export const UnlinkAlertFromRiskMutation = graphql(`
	mutation UnlinkAlertFromRisk($riskId: ID!, $alertId: ID!) {
		unlinkAlertFromRisk(riskId: $riskId, alertId: $alertId) {
			...RiskFields
		}
	}
`);
