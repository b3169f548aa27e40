import { graphql } from '../generated';

export const ParticipantFields = graphql(`
	fragment ParticipantFields on Participant {
		id
		role
		organisation {
			id
			name
			kind
		}
	}
`);

/** The dashboard: every roadmap the viewer may see, with its phase and participants. */
export const MyRoadmapsQuery = graphql(`
	query MyRoadmaps {
		roadmaps {
			id
			title
			phase
			productGroup {
				id
				name
			}
			participants {
				...ParticipantFields
			}
		}
	}
`);

/** One roadmap, and the organisations a lead may add to it. */
export const RoadmapQuery = graphql(`
	query Roadmap($id: ID!) {
		roadmap(id: $id) {
			id
			title
			phase
			productGroup {
				id
				name
				description
			}
			participants {
				...ParticipantFields
			}
		}
		organisations {
			id
			name
			kind
		}
	}
`);

export const SetParticipantMutation = graphql(`
	mutation SetParticipant($roadmapId: ID!, $organisationId: ID!, $role: ParticipantRole!) {
		setParticipant(roadmapId: $roadmapId, organisationId: $organisationId, role: $role) {
			...ParticipantFields
		}
	}
`);

export const RemoveParticipantMutation = graphql(`
	mutation RemoveParticipant($roadmapId: ID!, $organisationId: ID!) {
		removeParticipant(roadmapId: $roadmapId, organisationId: $organisationId)
	}
`);
