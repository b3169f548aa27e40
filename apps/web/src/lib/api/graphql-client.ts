import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { NetworkError, toApiError, type GraphQLErrorPayload } from './errors';

/**
 * A GraphQL document with its result and variable types attached: what `graphql(`…`)` from
 * `$lib/api/generated` returns (a `TypedDocumentString`, i.e. the operation's text).
 */
export type TypedDocument<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

export interface RequestOptions {
	signal?: AbortSignal;
	/**
	 * Told how much of the request body has been sent (bytes), for a progress bar on a large upload.
	 * The request then goes by XMLHttpRequest, whose upload reports progress (fetch's does not).
	 */
	onUploadProgress?: (sent: number, total: number) => void;
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
		const init = {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'content-type': 'application/json',
				accept: 'application/graphql-response+json, application/json',
			},
			body: JSON.stringify({ operationName: operationNameOf(query), query, variables: variables ?? {} }),
			signal: requestOptions.signal,
		} satisfies RequestInit;
		let response: { ok: boolean; status: number; text: () => Promise<string> };
		try {
			response = requestOptions.onUploadProgress ? await sendWithUploadProgress(endpoint, init, requestOptions.onUploadProgress) : await doFetch(endpoint, init);
		} catch (error) {
			if (isAbort(error)) throw error;
			throw new NetworkError(error instanceof Error ? error.message : String(error));
		}

		let body: GraphQLResponseBody | null = null;
		try {
			body = JSON.parse(await response.text()) as GraphQLResponseBody;
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

/** The same POST by XMLHttpRequest, reporting the upload's progress; answers like a fetch Response as far as `request` reads it. */
function sendWithUploadProgress(
	endpoint: string,
	init: { headers: Record<string, string>; body: string; signal?: AbortSignal },
	onProgress: (sent: number, total: number) => void,
): Promise<{ ok: boolean; status: number; text: () => Promise<string> }> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', endpoint);
		xhr.withCredentials = true;
		for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
		xhr.upload.onprogress = (event) => {
			if (event.lengthComputable) onProgress(event.loaded, event.total);
		};
		xhr.upload.onload = () => onProgress(init.body.length, init.body.length);
		xhr.onload = () => resolve({ ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status, text: () => Promise.resolve(xhr.responseText) });
		xhr.onerror = () => reject(new Error('The connection failed'));
		xhr.onabort = () => reject(new DOMException('The request was aborted', 'AbortError'));
		init.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
		xhr.send(init.body);
	});
}

function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}
