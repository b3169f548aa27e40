import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, execute, lexicographicSortSchema, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Executions of one operation of a document by graphql-js before it is compiled. */
export const COMPILE_AFTER = 2;

interface Entry {
  runs: number;
  compiled: CompiledQuery | null;
}

/**
 * Runs GraphQL operations as functions compiled by graphql-jit once they repeat, instead of
 * graphql-js's interpreter. graphql-js builds an `info` object, a path and an arguments object for
 * every field of every row and walks the query anew each time; for a page of 56 supply links that is
 * about 600 field executions and 1 MB of short-lived objects per request, more than the SQL costs.
 * A compiled query reads the fields straight off the rows; resolvers, errors, variables and the
 * answer are the same (graphql-jit runs graphql-js's execution test suite).
 *
 * Apollo Server lets a "gateway" supply the executor; this one serves the schema NestJS builds
 * (`transformSchema` hands it over), so validation, the query limits, plugins, error formatting and
 * HTTP status codes stay Apollo's. A document is run by graphql-js until an operation of it has run
 * `COMPILE_AFTER` times, so one-off queries (an IDE's introspection, a mistyped query) cost no
 * compilation; compiled operations are kept per parsed document, which Apollo's document cache
 * keeps and drops. Subscriptions do not come here (graphql-ws runs them on the schema).
 */
export class CompiledExecution {
  /** `onExecuted` hears of every execution, compiled or not (the metrics count them). */
  constructor(private readonly onExecuted: (mode: 'compiled' | 'interpreted') => void = () => undefined) {}

  private schema: GraphQLSchema | null = null;
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, Entry>>();
  /** How many operations were compiled and how many executions ran compiled (for tests and metrics). */
  readonly counts = { compiled: 0, compiledRuns: 0 };

  /**
   * For NestJS's `transformSchema`: keeps the schema it built and returns it unchanged. NestJS sorts
   * the schema after this hook (`sortSchema`), into a new object; `sorted` sorts the kept one the same
   * way, so introspection lists the types as the schema file does.
   */
  takeSchema(options: { sorted: boolean }): (schema: GraphQLSchema) => GraphQLSchema {
    return (schema) => {
      this.schema = options.sorted ? lexicographicSortSchema(schema) : schema;
      return schema;
    };
  }

  /** Apollo Server's `gateway` option. */
  readonly gateway: Gateway = {
    onSchemaLoadOrUpdate: (callback) => {
      const schema = this.requireSchema();
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor: this.executor }),
    stop: async () => undefined,
  };

  private readonly executor: Executor = async (request) => {
    const { document, context } = request;
    const operationName = request.request.operationName ?? null;
    const variables = request.request.variables ?? {};
    const schema = this.requireSchema();
    const compiled = this.compiledFor(schema, document, operationName);
    if (compiled) {
      const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
      // No data: the variables were refused before any resolver ran. graphql-js words that
      // differently ("Expected type Int; ..."); it says it again in its own words, as for every other
      // request, at no cost but the refusal.
      if (result.data !== undefined) {
        this.counts.compiledRuns++;
        this.onExecuted('compiled');
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
      }
    }
    this.onExecuted('interpreted');
    return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as ExecutionResult;
  };

  private compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let operations = this.byDocument.get(document);
    if (!operations) this.byDocument.set(document, (operations = new Map()));
    const key = operationName ?? '';
    let entry = operations.get(key);
    if (!entry) operations.set(key, (entry = { runs: 0, compiled: null }));
    if (entry.compiled) return entry.compiled;
    if (++entry.runs < COMPILE_AFTER) return null;
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    // A document graphql-jit cannot compile (an operation it does not find, say) keeps running on
    // graphql-js, which reports the problem in its own words.
    if (!isCompiledQuery(compiled)) {
      entry.runs = Number.NEGATIVE_INFINITY;
      return null;
    }
    this.counts.compiled++;
    entry.compiled = compiled;
    return compiled;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('the GraphQL schema was not handed over (transformSchema) before Apollo Server started');
    return this.schema;
  }
}

/**
 * A field error as graphql-js makes it. graphql-jit's errors lack `extensions` where the cause has
 * none (Apollo reads `extensions.code` of every error and would answer INTERNAL_SERVER_ERROR) and
 * are not graphql-js's class; the message, cause, path and locations carry over.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  // graphql-js gives every field error a cause, its own ("Cannot return null for non-nullable field")
  // included, which our formatter reports as unexpected.
  const originalError = error.originalError ?? new Error(error.message);
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError, extensions: error.extensions ?? undefined });
  // graphql-jit keeps the locations in the query, not the nodes graphql-js would compute them from.
  if (error.locations) (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
