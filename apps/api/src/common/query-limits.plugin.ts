import type { ApolloServerPlugin } from '@apollo/server';
import { checkLimits, isIntrospectionOnly, measureOperation, type QueryLimits } from './query-limits';

/**
 * Refuses over-deep, over-aliased and over-costly operations with HTTP 400 before they run.
 * `exemptIntrospection` (development only) lets a schema-only query through, so GraphQL IDEs and
 * `getIntrospectionQuery()` work; production serves no introspection at all.
 */
export function queryLimitsPlugin(limits: QueryLimits, options: { exemptIntrospection?: boolean } = {}): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          if (options.exemptIntrospection && isIntrospectionOnly(document, operation)) return;
          const error = checkLimits(measureOperation(schema, document, operation, request.variables ?? {}), limits);
          if (error) throw error;
        },
      };
    },
  };
}
