/** The codes a client can act on; the API maps them one-to-one to GraphQL `extensions.code`. */
export type DomainErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** An expected failure of a use case: a message for the user, a code, and the input field at fault. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    /** Further facts a client can act on, passed to `extensions` (e.g. `retryAfterSeconds`); never hidden data. */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Log in first') => new DomainError('UNAUTHENTICATED', message);
