import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { DomainError } from '@routekaart/domain';

/** Codes Apollo and graphql-js produce themselves for bad requests; they pass through unchanged. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
]);

/**
 * The one place errors are shaped for clients: domain errors keep their code and field,
 * request errors pass through, anything else becomes INTERNAL_SERVER_ERROR without details.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void,
  options: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  // Duck-typed: Apollo may hold another copy of graphql-js (CommonJS vs ESM), so instanceof misleads.
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...original.details, code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
    // "Did you mean …?" would map the schema for someone probing it with introspection turned off.
    const message = options.hideSuggestions ? formatted.message.replace(/ Did you mean .+\?$/, '') : formatted.message;
    return { ...formatted, message, extensions };
  }
  report(error);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * The same shaping for results sent over graphql-ws (subscriptions), which Apollo's `formatError`
 * never sees. Errors raised by a resolver carry their cause (`originalError`); errors without one are
 * graphql-js's own words about the request (validation, variables) and pass through.
 */
export function formatSubscriptionResult(
  result: ExecutionResult,
  report: (error: unknown) => void,
  options: { hideSuggestions?: boolean } = {},
): FormattedExecutionResult | ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => (error.originalError ? formatGraphQLError(error.toJSON(), error, report, options) : error.toJSON())),
  };
}
