import { getContext, setContext } from 'svelte';
import type { GraphQLClient } from './graphql-client';

const KEY = Symbol('graphql-client');

/** The app's client for components that send mutations; created once in the root layout. */
export function setGraphQLClient(client: GraphQLClient): GraphQLClient {
	return setContext(KEY, client);
}

export function getGraphQLClient(): GraphQLClient {
	const client = getContext<GraphQLClient | undefined>(KEY);
	if (!client) throw new Error('getGraphQLClient() called outside the root layout');
	return client;
}
