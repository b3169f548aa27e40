import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { NetworkError, toApiError, type GraphQLErrorPayload } from './errors';

/**
 * A GraphQL document with its result and variable types attached: what `graphql(`…`)` from
 * `$lib/api/generated` returns (a `TypedDocumentString`, i.e. the operation's text).
 */
export type TypedDocument<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

export interface RequestOptions {
	signal?: AbortSignal;
}

/** Variables may be left out when the operation has none, or only optional ones. */
type VariablesArgs<TVariables> = Record<string, never> extends TVariables
	? [variables?: TVariables, options?: RequestOptions]
	: [variables: TVariables, options?: RequestOptions];

export interface GraphQLClient {
	/**
	 * Sends the operation and resolves with its `data`. Rejects with a typed `ApiError`: the
	 * first GraphQL error mapped by `extensions.code`, or a `NetworkError` when no GraphQL
	 * answer came back.
	 */
	request<TData, TVariables>(document: TypedDocument<TData, TVariables>, ...args: VariablesArgs<TVariables>): Promise<TData>;
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

/** The name of the (first) operation in a document: sent along, and used by the tests' fakes. */
export function operationNameOf(document: { toString(): string }): string | null {
	return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document.toString())?.[1] ?? null;
}

/** The app's one way to talk GraphQL: POST JSON, the session cookie goes along (same origin). */
export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLClient {
	const endpoint = options.endpoint ?? '/graphql';
	const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

	async function request<TData>(
		document: TypedDocument<TData, unknown>,
		variables?: unknown,
		requestOptions: RequestOptions = {},
	): Promise<TData> {
		const query = document.toString();
		let response: Response;
		try {
			response = await doFetch(endpoint, {
				method: 'POST',
				credentials: 'same-origin',
				headers: {
					'content-type': 'application/json',
					accept: 'application/graphql-response+json, application/json',
				},
				body: JSON.stringify({ operationName: operationNameOf(query), query, variables: variables ?? {} }),
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
