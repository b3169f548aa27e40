import { NetworkError, toApiError, type GraphQLErrorPayload } from './errors';

/**
 * A GraphQL operation with its result and variable types attached. The `__types` marker never
 * exists at run time; it only carries the types to `request`.
 */
export interface GraphQLOperation<TData, TVariables extends Record<string, unknown> = Record<never, never>> {
	readonly operationName: string;
	readonly query: string;
	readonly __types?: { data: TData; variables: TVariables };
}

export interface RequestOptions {
	signal?: AbortSignal;
}

export interface GraphQLClient {
	/**
	 * Sends the operation and resolves with its `data`. Rejects with a typed `ApiError`: the
	 * first GraphQL error mapped by `extensions.code`, or a `NetworkError` when no GraphQL
	 * answer came back.
	 */
	request<TData, TVariables extends Record<string, unknown>>(
		operation: GraphQLOperation<TData, TVariables>,
		...args: keyof TVariables extends never
			? [variables?: TVariables, options?: RequestOptions]
			: [variables: TVariables, options?: RequestOptions]
	): Promise<TData>;
}

export interface GraphQLClientOptions {
	/** Defaults to `/graphql` on the page's own origin (the API serves this app). */
	endpoint?: string;
	fetch?: typeof fetch;
}

interface GraphQLResponseBody {
	data?: unknown;
	errors?: GraphQLErrorPayload[];
}

/** The app's one way to talk GraphQL: POST JSON, the session cookie goes along (same origin). */
export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLClient {
	const endpoint = options.endpoint ?? '/graphql';
	const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

	async function request<TData>(
		operation: GraphQLOperation<TData, Record<string, unknown>>,
		variables?: Record<string, unknown>,
		requestOptions: RequestOptions = {},
	): Promise<TData> {
		let response: Response;
		try {
			response = await doFetch(endpoint, {
				method: 'POST',
				credentials: 'same-origin',
				headers: {
					'content-type': 'application/json',
					accept: 'application/graphql-response+json, application/json',
				},
				body: JSON.stringify({ operationName: operation.operationName, query: operation.query, variables: variables ?? {} }),
				signal: requestOptions.signal,
			});
		} catch (error) {
			if (isAbort(error)) throw error;
			throw new NetworkError(error instanceof Error ? error.message : String(error));
		}

		let body: GraphQLResponseBody | null = null;
		try {
			body = (await response.json()) as GraphQLResponseBody;
		} catch {
			body = null;
		}
		// GraphQL errors come with 200 or 4xx depending on the kind; both carry an `errors` list.
		if (body && Array.isArray(body.errors) && body.errors.length > 0) {
			throw toApiError(body.errors[0]);
		}
		if (!response.ok || !body || body.data === undefined || body.data === null) {
			throw new NetworkError(`Unexpected answer from ${endpoint} (HTTP ${response.status})`, response.status);
		}
		return body.data as TData;
	}

	return { request: request as GraphQLClient['request'] };
}

function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}
