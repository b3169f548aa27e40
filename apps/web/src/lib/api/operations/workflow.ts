import { graphql } from '../generated';

/** Each of the six phases: current or done, and what is still open in it. */
export const RoadmapPhasesQuery = graphql(`
	query RoadmapPhases($roadmapId: ID!) {
		roadmapPhases(roadmapId: $roadmapId) {
			phase
			current
			done
			openPoints {
				code
				message
				count
				link
			}
		}
	}
`);

/** The lead advances or reopens the phase (the open points warn; the lead decides). */
export const MoveRoadmapPhaseMutation = graphql(`
	mutation MoveRoadmapPhase($roadmapId: ID!, $to: RoadmapPhase!, $note: String) {
		moveRoadmapPhase(roadmapId: $roadmapId, to: $to, note: $note) {
			id
			phase
		}
	}
`);

/** The dashboard's "my tasks". */
export const MyTasksQuery = graphql(`
	query MyTasks {
		myTasks {
			ownedInterventions {
				id
				roadmapId
				title
				status
				dueDate
				progressPct
			}
			awaitingDecision {
				id
				roadmapId
				title
				status
				impact
				effort
				proposedBy {
					name
					organisationName
				}
			}
			risksToReview {
				id
				roadmapId
				title
				level
				reviewDate
			}
		}
	}
`);
