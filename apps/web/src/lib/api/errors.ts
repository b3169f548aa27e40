/**
 * Typed errors for what the API answers, so the UI can show a specific, translated message
 * (`instanceof` or `code`) instead of a server's English sentence.
 */

/** One entry of a GraphQL response's `errors` list, as the API formats it. */
export interface GraphQLErrorPayload {
	message: string;
	path?: readonly (string | number)[];
	extensions?: { code?: unknown; field?: unknown; [key: string]: unknown };
}

export class ApiError extends Error {
	readonly code: string;
	/** The error's `extensions` as the API sent them (e.g. `retryAfterSeconds`); empty for errors made here. */
	extensions: Readonly<Record<string, unknown>> = {};

	constructor(code: string, message: string) {
		super(message);
		this.name = new.target.name;
		this.code = code;
	}
}

/** Not logged in, the session ended, or (for login) wrong credentials. */
export class UnauthenticatedError extends ApiError {
	constructor(message = 'Not authenticated') {
		super('UNAUTHENTICATED', message);
	}
}

/** Logged in, may see the record, may not take this action. */
export class ForbiddenError extends ApiError {
	constructor(message = 'Forbidden') {
		super('FORBIDDEN', message);
	}
}

/** The input was refused; `field` names the argument at fault when the API says which. */
export class BadUserInputError extends ApiError {
	readonly field: string | null;

	constructor(message = 'Bad user input', field: string | null = null) {
		super('BAD_USER_INPUT', message);
		this.field = field;
	}
}

/** The record does not exist, or the user may not know that it does. */
export class NotFoundError extends ApiError {
	constructor(message = 'Not found') {
		super('NOT_FOUND', message);
	}
}

/** Any other GraphQL error (validation of the operation, internal errors, …). */
export class GraphQLRequestError extends ApiError {}

/** No usable answer: the network failed or the server answered something that is not GraphQL. */
export class NetworkError extends ApiError {
	readonly status: number | null;

	constructor(message: string, status: number | null = null) {
		super('NETWORK_ERROR', message);
		this.status = status;
	}
}

/** Maps one GraphQL error to its typed error by `extensions.code`, keeping its extensions. */
export function toApiError(error: GraphQLErrorPayload): ApiError {
	const mapped = typedError(error);
	mapped.extensions = error.extensions ?? {};
	return mapped;
}

function typedError(error: GraphQLErrorPayload): ApiError {
	const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
	const message = typeof error.message === 'string' && error.message ? error.message : code;
	switch (code) {
		case 'UNAUTHENTICATED':
			return new UnauthenticatedError(message);
		case 'FORBIDDEN':
			return new ForbiddenError(message);
		case 'BAD_USER_INPUT': {
			const field = error.extensions?.field;
			return new BadUserInputError(message, typeof field === 'string' ? field : null);
		}
		case 'NOT_FOUND':
			return new NotFoundError(message);
		default:
			return new GraphQLRequestError(code, message);
	}
}
