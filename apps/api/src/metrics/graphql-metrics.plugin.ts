import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../common/metrics';

/**
 * Times every GraphQL operation over HTTP by its name and type, and counts the errors by the code
 * the client got (after formatting: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, INTERNAL_SERVER_ERROR, ...).
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, request, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe(
            { operation: metrics.operationLabel(operation?.name?.value ?? request.operationName), type: operation?.operation ?? 'unknown' },
            seconds,
          );
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of errors ?? []) metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
}
