import type { GraphQLOperation } from './graphql-client';
import type { DemoInfo, User } from './types';

/**
 * Every GraphQL operation the web app sends, in one place (the future build-time list of allowed
 * operations). Each carries its result and variable types, so callers get typed data.
 */

const USER_FIELDS = 'id email name role organisation { id name kind }';

export const MeQuery: GraphQLOperation<{ me: User | null }> = {
	operationName: 'Me',
	query: `query Me { me { ${USER_FIELDS} } }`,
};

export const LoginMutation: GraphQLOperation<
	{ login: { token: string; user: User } },
	{ email: string; password: string }
> = {
	operationName: 'Login',
	query: `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { ${USER_FIELDS} } }
}`,
};

export const LogoutMutation: GraphQLOperation<{ logout: boolean }> = {
	operationName: 'Logout',
	query: 'mutation Logout { logout }',
};

/** Login hints; older APIs lack the field, so callers treat any failure as "no demo". */
export const DemoQuery: GraphQLOperation<{ demo: DemoInfo | null }> = {
	operationName: 'Demo',
	query: 'query Demo { demo { enabled users { email description } } }',
};
