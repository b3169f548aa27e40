import { graphql } from '../generated';

/** One entry of an activity feed (a roadmap's, or the dashboard's across roadmaps). */
export const ActivityEntryFields = graphql(`
	fragment ActivityEntryFields on ActivityEntry {
		id
		roadmapId
		roadmapTitle
		at
		kind
		subject
		subjectId
		title
		from
		to
		note
		actor {
			name
			organisationId
			organisationName
		}
	}
`);

export const RoadmapActivityQuery = graphql(`
	query RoadmapActivity($roadmapId: ID!, $first: Int) {
		roadmapActivity(roadmapId: $roadmapId, first: $first) {
			...ActivityEntryFields
		}
	}
`);

export const MyActivityQuery = graphql(`
	query MyActivity($first: Int) {
		myActivity(first: $first) {
			...ActivityEntryFields
		}
	}
`);

/** What happens in one roadmap, live (graphql-ws on /graphql; the session cookie goes along). */
export const RoadmapActivityAddedSubscription = graphql(`
	subscription RoadmapActivityAdded($roadmapId: ID!) {
		roadmapActivityAdded(roadmapId: $roadmapId) {
			...ActivityEntryFields
		}
	}
`);

/** What happens in any of the viewer's roadmaps, live (the dashboard). */
export const MyActivityAddedSubscription = graphql(`
	subscription MyActivityAdded {
		myActivityAdded {
			...ActivityEntryFields
		}
	}
`);
