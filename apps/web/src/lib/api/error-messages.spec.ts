import { describe, expect, it } from 'vitest';
import { attempt, errorMessageKey } from './error-messages';
import { ApiError, BadUserInputError, ForbiddenError, GraphQLRequestError, NetworkError, NotFoundError, UnauthenticatedError } from './errors';

describe('errorMessageKey', () => {
	it.each([
		[new NetworkError('down'), 'error.network'],
		[new UnauthenticatedError(), 'error.sessionExpired'],
		[new ForbiddenError(), 'error.forbidden'],
		[new NotFoundError(), 'error.recordNotFound'],
		[new BadUserInputError('x', 'share'), 'error.badInput'],
		[new GraphQLRequestError('CONFLICT', 'x'), 'error.conflict'],
		[new GraphQLRequestError('TOO_MANY_REQUESTS', 'x'), 'error.tooManyRequests'],
		[new GraphQLRequestError('INTERNAL_SERVER_ERROR', 'x'), 'error.unexpected'],
		[new Error('boom'), 'error.unexpected'],
	])('says %s as %s, by its code', (error, key) => {
		expect(errorMessageKey(error)).toBe(key);
	});
});

describe('attempt', () => {
	it('turns a request into a value a page can show', async () => {
		expect(await attempt(Promise.resolve(1))).toEqual({ ok: true, data: 1 });
		const failed = await attempt(Promise.reject(new ForbiddenError()));
		expect(failed.ok).toBe(false);
		expect(!failed.ok && failed.error).toBeInstanceOf(ForbiddenError);
		const odd = await attempt(Promise.reject(new TypeError('x')));
		expect(!odd.ok && odd.error).toBeInstanceOf(ApiError);
	});
});
