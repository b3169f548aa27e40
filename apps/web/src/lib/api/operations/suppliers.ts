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
