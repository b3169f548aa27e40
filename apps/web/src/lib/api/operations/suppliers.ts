import { graphql } from '../generated';

/** A supplier profile as the reader may see it (parts kept for government are null for others). */
export const SupplierProfileFields = graphql(`
	fragment SupplierProfileFields on SupplierProfile {
		id
		name
		province
		sizeClass
		category
		capabilities
		kvkNumber
		certifications
		sectors
		clearance
		capacityHoursPerMonth
		capacityFrom
		description
		hiddenFromYou
		governmentOnly
		demo
		isOwn
		keptByYou
	}
`);

export const MatchNoteFields = graphql(`
	fragment MatchNoteFields on MatchNote {
		code
		values
		amount
	}
`);

export const CapacityDemandFields = graphql(`
	fragment CapacityDemandFields on CapacityDemand {
		id
		title
		description
		capabilities
		quantity
		hoursPerMonth
		windowStart
		windowEnd
		requiredCertifications
		requiredClearance
		canUpdate
		roadmapId
		interventionId
		publisher {
			id
			name
		}
		item {
			id
			name
		}
	}
`);

/** The front door: demand that fits the company, its profile, and every published demand. */
export const SupplierFrontDoorQuery = graphql(`
	query SupplierFrontDoor {
		mySupplierProfile {
			...SupplierProfileFields
		}
		demandsForMe {
			score
			demand {
				...CapacityDemandFields
			}
			reasons {
				...MatchNoteFields
			}
			gaps {
				...MatchNoteFields
			}
			myResponse {
				id
				hoursPerMonth
				availableFrom
				message
			}
		}
		capacityDemands {
			...CapacityDemandFields
		}
	}
`);

export const CapacityDemandQuery = graphql(`
	query CapacityDemand($id: ID!) {
		capacityDemand(id: $id) {
			...CapacityDemandFields
			responses {
				id
				hoursPerMonth
				availableFrom
				message
				isOwn
				profile {
					id
					name
				}
			}
		}
	}
`);

export const DemandCandidatesQuery = graphql(`
	query DemandCandidates($demandId: ID!, $first: Int) {
		demandCandidates(demandId: $demandId, first: $first) {
			score
			shortlisted
			profile {
				...SupplierProfileFields
			}
			reasons {
				...MatchNoteFields
			}
			gaps {
				...MatchNoteFields
			}
			response {
				id
				hoursPerMonth
				availableFrom
				message
			}
		}
	}
`);

export const SupplierProfileQuery = graphql(`
	query SupplierProfile($id: ID!) {
		supplierProfile(id: $id) {
			...SupplierProfileFields
		}
		similarSuppliers(profileId: $id, first: 10) {
			similarity
			shared
			profile {
				id
				name
				category
				province
				demo
			}
		}
	}
`);

export const PublishCapacityDemandMutation = graphql(`
	mutation PublishCapacityDemand($input: CapacityDemandInput!) {
		publishCapacityDemand(input: $input) {
			id
		}
	}
`);

export const RespondToDemandMutation = graphql(`
	mutation RespondToDemand($demandId: ID!, $input: DemandResponseInput!) {
		respondToDemand(demandId: $demandId, input: $input) {
			id
		}
	}
`);

export const ShortlistSupplierMutation = graphql(`
	mutation ShortlistSupplier($demandId: ID!, $profileId: ID!) {
		shortlistSupplier(demandId: $demandId, profileId: $profileId)
	}
`);

export const RemoveFromShortlistMutation = graphql(`
	mutation RemoveFromShortlist($demandId: ID!, $profileId: ID!) {
		removeFromShortlist(demandId: $demandId, profileId: $profileId)
	}
`);

export const CreateSupplierProfileMutation = graphql(`
	mutation CreateSupplierProfile($input: SupplierProfileInput!) {
		createSupplierProfile(input: $input) {
			id
		}
	}
`);

export const UpdateSupplierProfileMutation = graphql(`
	mutation UpdateSupplierProfile($id: ID!, $input: SupplierProfileInput!) {
		updateSupplierProfile(id: $id, input: $input) {
			id
		}
	}
`);

/** The directory, one page at a time, filtered on what every reader sees (name, capability, category, province). */
export const SupplierDirectoryQuery = graphql(`
	query SupplierDirectory($search: String, $capability: Capability, $category: DefenceCategory, $province: Province, $first: Int, $offset: Int) {
		supplierProfiles(search: $search, capability: $capability, category: $category, province: $province, first: $first, offset: $offset) {
			total
			profiles {
				...SupplierProfileFields
			}
		}
	}
`);

export const UpdateCapacityDemandMutation = graphql(`
	mutation UpdateCapacityDemand($id: ID!, $input: CapacityDemandInput!) {
		updateCapacityDemand(id: $id, input: $input) {
			id
		}
	}
`);

export const DeleteCapacityDemandMutation = graphql(`
	mutation DeleteCapacityDemand($id: ID!) {
		deleteCapacityDemand(id: $id)
	}
`);

export const WithdrawDemandResponseMutation = graphql(`
	mutation WithdrawDemandResponse($id: ID!) {
		withdrawDemandResponse(id: $id)
	}
`);

/** A diversification's at-risk items and the candidate suppliers government linked to it. */
export const InterventionCandidatesQuery = graphql(`
	query InterventionCandidates($id: ID!) {
		intervention(id: $id) {
			id
			type
			atRiskItems {
				id
				name
				kind
			}
			candidateSuppliers {
				linkedAt
				linkedBy {
					name
					organisationId
					organisationName
				}
				profile {
					id
					name
					category
					province
					capabilities
					demo
				}
			}
		}
	}
`);

/** Ranked candidates for an at-risk item, like its current A/B suppliers (government only). */
export const ItemCandidatesQuery = graphql(`
	query ItemCandidates($itemId: ID!, $capabilities: [Capability!], $first: Int) {
		itemCandidates(itemId: $itemId, capabilities: $capabilities, first: $first) {
			score
			profile {
				id
				name
				category
				province
				demo
			}
			reasons {
				...MatchNoteFields
			}
			gaps {
				...MatchNoteFields
			}
		}
	}
`);

export const LinkInterventionCandidateMutation = graphql(`
	mutation LinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {
		linkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {
			id
		}
	}
`);

export const UnlinkInterventionCandidateMutation = graphql(`
	mutation UnlinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {
		unlinkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {
			id
		}
	}
`);
