import type { ApolloServerPlugin } from '@apollo/server';
import { checkLimits, measureOperation, type QueryLimits } from './query-limits';

/** Refuses over-deep, over-aliased and over-costly operations with HTTP 400 before they run. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const error = checkLimits(measureOperation(schema, document, operation, request.variables ?? {}), limits);
          if (error) throw error;
        },
      };
    },
  };
}
