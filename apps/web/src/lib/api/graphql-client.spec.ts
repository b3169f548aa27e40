import { describe, expect, it } from 'vitest';
import {
	ApiError,
	BadUserInputError,
	ForbiddenError,
	GraphQLRequestError,
	NetworkError,
	NotFoundError,
	UnauthenticatedError,
} from './errors';
import { createGraphQLClient, operationNameOf } from './graphql-client';
import { LoginMutation, MeQuery } from './operations/session';

interface Call {
	url: string;
	init: RequestInit;
}

/** A fetch that records its calls and answers with the given status and body. */
function fakeFetch(status: number, body: unknown, contentType = 'application/json') {
	const calls: Call[] = [];
	const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		calls.push({ url: String(input), init: init ?? {} });
		const text = typeof body === 'string' ? body : JSON.stringify(body);
		return new Response(text, { status, headers: { 'content-type': contentType } });
	};
	return { fetch: fetch as typeof globalThis.fetch, calls };
}

const user = {
	id: 'u1',
	email: 'keten@werf.example',
	name: 'Willem Smit',
	role: 'ADMIN',
	organisation: { id: 'o1', name: 'Noordzee Marinewerf B.V.', kind: 'INDUSTRY' },
};

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected the request to fail');
}

describe('GraphQL client', () => {
	it('POSTs JSON to /graphql with the same-origin cookie and returns the data', async () => {
		const { fetch, calls } = fakeFetch(200, { data: { login: { user } } });
		const client = createGraphQLClient({ fetch });

		const data = await client.request(LoginMutation, { email: 'keten@werf.example', password: 'routekaart' });

		expect(data.login.user.organisation.name).toBe('Noordzee Marinewerf B.V.');
		expect(calls).toHaveLength(1);
		const [{ url, init }] = calls;
		expect(url).toBe('/graphql');
		expect(init.method).toBe('POST');
		expect(init.credentials).toBe('same-origin');
		expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
		expect(JSON.parse(String(init.body))).toEqual({
			operationName: 'Login',
			query: LoginMutation.toString(),
			variables: { email: 'keten@werf.example', password: 'routekaart' },
		});
	});

	it('sends the generated document with its fragments, which the operation needs', () => {
		expect(MeQuery.toString()).toMatch(/^\s*query Me\b/);
		expect(MeQuery.toString()).toContain('fragment UserFields on User');
	});

	it('names the operation from the document, not from a fragment', () => {
		expect(operationNameOf(MeQuery)).toBe('Me');
		expect(operationNameOf(LoginMutation)).toBe('Login');
		expect(operationNameOf('fragment F on User { id }')).toBeNull();
		expect(operationNameOf('mutation   SetParticipant($a: ID!) { x }')).toBe('SetParticipant');
	});

	it('sends an empty variables object for operations without variables', async () => {
		const { fetch, calls } = fakeFetch(200, { data: { me: null, myPermissionRules: null } });
		expect(await createGraphQLClient({ fetch }).request(MeQuery)).toEqual({ me: null, myPermissionRules: null });
		expect(JSON.parse(String(calls[0].init.body)).variables).toEqual({});
	});

	it.each([
		['UNAUTHENTICATED', UnauthenticatedError],
		['FORBIDDEN', ForbiddenError],
		['BAD_USER_INPUT', BadUserInputError],
		['NOT_FOUND', NotFoundError],
	] as const)('maps extensions.code %s to its typed error', async (code, type) => {
		const { fetch } = fakeFetch(200, { data: null, errors: [{ message: 'refused', extensions: { code } }] });
		const error = await failureOf(createGraphQLClient({ fetch }).request(MeQuery));
		expect(error).toBeInstanceOf(type);
		expect(error).toBeInstanceOf(ApiError);
		expect(error).toMatchObject({ code, message: 'refused' });
	});

	it('keeps the field a BAD_USER_INPUT error names', async () => {
		const { fetch } = fakeFetch(200, {
			data: null,
			errors: [{ message: 'Enter a password', extensions: { code: 'BAD_USER_INPUT', field: 'password' } }],
		});
		const error = await failureOf(createGraphQLClient({ fetch }).request(LoginMutation, { email: 'a@b.example', password: '' }));
		expect(error).toBeInstanceOf(BadUserInputError);
		expect((error as BadUserInputError).field).toBe('password');
	});

	it('reads errors from a 4xx answer too (operation refused by validation)', async () => {
		const { fetch } = fakeFetch(400, {
			errors: [{ message: 'Cannot query field "demo" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
		});
		const error = await failureOf(createGraphQLClient({ fetch }).request(MeQuery));
		expect(error).toBeInstanceOf(GraphQLRequestError);
		expect(error).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
	});

	it('reports the first error when there are several, and an error without a code as UNKNOWN', async () => {
		const { fetch } = fakeFetch(200, { data: null, errors: [{ message: 'odd' }, { message: 'x', extensions: { code: 'FORBIDDEN' } }] });
		const error = await failureOf(createGraphQLClient({ fetch }).request(MeQuery));
		expect(error).toBeInstanceOf(GraphQLRequestError);
		expect(error).toMatchObject({ code: 'UNKNOWN', message: 'odd' });
	});

	it('turns a failed fetch into a NetworkError', async () => {
		const fetch = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof globalThis.fetch;
		const error = await failureOf(createGraphQLClient({ fetch }).request(MeQuery));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: null });
	});

	it('turns an answer that is not GraphQL into a NetworkError with its status', async () => {
		const { fetch } = fakeFetch(502, '<html>Bad gateway</html>', 'text/html');
		const error = await failureOf(createGraphQLClient({ fetch }).request(MeQuery));
		expect(error).toBeInstanceOf(NetworkError);
		expect((error as NetworkError).status).toBe(502);
	});

	it('lets an abort through as it is', async () => {
		const fetch = (async () => {
			throw new DOMException('aborted', 'AbortError');
		}) as typeof globalThis.fetch;
		const error = await failureOf(createGraphQLClient({ fetch }).request(MeQuery, {}, { signal: AbortSignal.abort() }));
		expect(error).toBeInstanceOf(DOMException);
	});
});
