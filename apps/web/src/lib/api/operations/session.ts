import { graphql } from '../generated';

/** Who is logged in, as the header, the dashboard and the permission checks need it. */
export const UserFields = graphql(`
	fragment UserFields on User {
		id
		email
		name
		role
		organisation {
			id
			name
			kind
		}
	}
`);

/** The session on start: the user (null when nobody is logged in) and their packed CASL rules. */
export const MeQuery = graphql(`
	query Me {
		me {
			...UserFields
		}
		myPermissionRules
	}
`);

/** The rules alone: after logging in, and after a change to the organisation's participations. */
export const PermissionRulesQuery = graphql(`
	query PermissionRules {
		myPermissionRules
	}
`);

/**
 * The session itself travels as an httpOnly cookie; the bearer token is not asked for. When the
 * address has accounts in several organisations whose password matches, the API answers
 * BAD_USER_INPUT on `organisationId` with the organisations to choose from.
 */
export const LoginMutation = graphql(`
	mutation Login($email: String!, $password: String!, $organisationId: ID) {
		login(email: $email, password: $password, organisationId: $organisationId) {
			user {
				...UserFields
			}
		}
	}
`);

export const LogoutMutation = graphql(`
	mutation Logout {
		logout
	}
`);

/** Login hints; callers treat any failure as "no demo". */
export const DemoQuery = graphql(`
	query Demo {
		demo {
			enabled
			users {
				email
				description
			}
		}
	}
`);
