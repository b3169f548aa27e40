import type { MessageKey } from '$lib/i18n';
import { ApiError } from './errors';

/**
 * What to tell the user when a request fails, by the error's code (never by the server's English
 * message). Pages with a more specific text for a code check that code first.
 */
export function errorMessageKey(error: unknown): MessageKey {
	if (!(error instanceof ApiError)) return 'error.unexpected';
	switch (error.code) {
		case 'NETWORK_ERROR':
			return 'error.network';
		case 'UNAUTHENTICATED':
			return 'error.sessionExpired';
		case 'FORBIDDEN':
			return 'error.forbidden';
		case 'NOT_FOUND':
			return 'error.recordNotFound';
		case 'CONFLICT':
			return 'error.conflict';
		case 'TOO_MANY_REQUESTS':
			return 'error.tooManyRequests';
		case 'BAD_USER_INPUT':
			return 'error.badInput';
		default:
			return 'error.unexpected';
	}
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** A request's outcome as a value, for load functions: pages show the translated error themselves. */
export async function attempt<T>(request: Promise<T>): Promise<Result<T>> {
	try {
		return { ok: true, data: await request };
	} catch (error) {
		return { ok: false, error: error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error)) };
	}
}
