import {
  GraphQLError,
  buildSchema,
  execute,
  isAbstractType,
  isObjectType,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { COMPILE_AFTER, CompiledExecution } from './compiled-execution';

/**
 * The compiled executor must answer exactly as graphql-js does: each operation below runs through it
 * several times (the first runs interpreted, the later ones compiled) and every answer, errors with
 * their paths, locations and extensions included, is compared with graphql-js's own.
 */
const schema = withResolvers({
  typeDefs: /* GraphQL */ `
    enum Visibility { OWNER GOVERNMENT ROADMAP }
    interface Node { id: ID! }
    type Item implements Node { id: ID! name: String! children: [Item!]! secret: String }
    type Link implements Node { id: ID! share: Float tier: Int single: Boolean! visibility: Visibility! item: Item supplierName: String }
    type LinkPage { totalCount: Int! nodes: [Link!]! }
    union Found = Item | Link
    type Query {
      links(first: Int = 2, after: String): LinkPage!
      item(id: ID!): Item
      required(id: ID!): Item!
      node(id: ID!): Node
      search(text: String!): [Found!]!
    }
    type Mutation { rename(id: ID!, name: String!): Item! }
  `,
  resolvers: {
    Query: {
      links: (_: unknown, { first }: { first: number }) => ({ totalCount: LINKS.length, nodes: LINKS.slice(0, first) }),
      item: async (_: unknown, { id }: { id: string }) => ITEMS[id] ?? notFound('id'),
      required: (_: unknown, { id }: { id: string }) => ITEMS[id] ?? null,
      node: (_: unknown, { id }: { id: string }) => ITEMS[id] ?? LINKS.find((l) => l.id === id) ?? null,
      search: () => [ITEMS.a, LINKS[1]],
    },
    Mutation: { rename: (_: unknown, { id, name }: { id: string; name: string }) => ({ ...ITEMS[id], name }) },
    Item: {
      children: (item: { children?: string[] }) => (item.children ?? []).map((id) => ITEMS[id]),
      secret: (item: { id: string }, _: unknown, ctx: { canSee: boolean }) => (ctx.canSee ? `secret of ${item.id}` : forbidden()),
    },
    Link: { item: (link: { itemId: string }) => Promise.resolve(ITEMS[link.itemId] ?? null) },
    Node: { __resolveType: (node: { share?: number }) => ('share' in node ? 'Link' : 'Item') },
    Found: { __resolveType: (node: { share?: number }) => ('share' in node ? 'Link' : 'Item') },
  },
});

/** graphql-js's schema from SDL with resolvers attached (what NestJS hands over is such a schema). */
function withResolvers({ typeDefs, resolvers }: { typeDefs: string; resolvers: Record<string, Record<string, unknown>> }): GraphQLSchema {
  const built = buildSchema(typeDefs);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = built.getType(typeName);
    for (const [name, resolver] of Object.entries(fields)) {
      if (isAbstractType(type) && name === '__resolveType') type.resolveType = resolver as GraphQLTypeResolver<unknown, unknown>;
      else if (isObjectType(type)) type.getFields()[name]!.resolve = resolver as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return built;
}

const ITEMS: Record<string, { id: string; name: string; children?: string[] }> = {
  a: { id: 'a', name: 'Frigate', children: ['b', 'c'] },
  b: { id: 'b', name: 'Radar' },
  c: { id: 'c', name: 'Magnet', children: ['b'] },
};
const LINKS = [
  { id: 'l1', share: 0.5, tier: 1, single: false, visibility: 'ROADMAP', itemId: 'b', supplierName: 'Thales' },
  { id: 'l2', share: null, tier: null, single: true, visibility: 'OWNER', itemId: 'x', supplierName: null },
  { id: 'l3', share: 1, tier: 2, single: true, visibility: 'GOVERNMENT', itemId: 'c', supplierName: 'Magneti' },
];

const notFound = (field: string) => {
  throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND', field } });
};
const forbidden = () => {
  throw Object.assign(new Error('not yours'), { extensions: { code: 'FORBIDDEN' } });
};

const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown>; operationName?: string; canSee?: boolean; refused?: true }[] = [
  { name: 'a page of links with nested items', query: '{ links(first: 3) { totalCount nodes { id share tier single visibility supplierName item { id name } } } }' },
  { name: 'default argument and aliases', query: '{ page: links { total: totalCount nodes { key: id } } }' },
  { name: 'variables', query: 'query Q($id: ID!, $deep: Boolean!) { item(id: $id) { name children @include(if: $deep) { name } } }', variables: { id: 'a', deep: true } },
  { name: '@skip', query: 'query Q($id: ID!, $deep: Boolean!) { item(id: $id) { name children @skip(if: $deep) { name } } }', variables: { id: 'a', deep: true } },
  { name: 'an error with a code on a nullable field', query: '{ item(id: "nope") { name } links { totalCount } }' },
  { name: 'null bubbling from a non-null field', query: '{ required(id: "nope") { name } links { totalCount } }' },
  { name: 'errors inside a list', query: '{ item(id: "a") { children { id secret } } }', canSee: false },
  { name: 'the same fields when allowed', query: '{ item(id: "a") { children { id secret } } }', canSee: true },
  { name: 'interfaces and fragments', query: '{ node(id: "l3") { id ... on Link { share item { ...I } } ... on Item { name } } } fragment I on Item { name }' },
  { name: 'unions and __typename', query: '{ search(text: "x") { __typename ... on Item { name } ... on Link { tier } } }' },
  { name: 'a missing required variable', query: 'query Q($id: ID!) { item(id: $id) { name } }', variables: {}, refused: true },
  { name: 'a variable of the wrong type', query: 'query Q($n: Int) { links(first: $n) { totalCount } }', variables: { n: 'many' }, refused: true },
  { name: 'one of two named operations', query: 'query A { links { totalCount } } query B { item(id: "b") { name } }', operationName: 'B' },
  { name: 'a mutation', query: 'mutation { rename(id: "b", name: "Sonar") { id name } }' },
];

/**
 * What Apollo Server works with: the data as JSON, and each error as graphql-js's class with its
 * JSON form (message, locations, path), its `extensions` object (Apollo reads `extensions.code` of
 * every error) and its cause (our error formatter turns domain errors into their code and field).
 */
const asJson = (result: ExecutionResult) => ({
  ...JSON.parse(JSON.stringify(result)),
  ...(result.errors
    ? {
        errors: result.errors.map((e) => ({
          json: e.toJSON(),
          graphqlJs: e instanceof GraphQLError,
          extensions: e.extensions,
          cause: e.originalError ? `${e.originalError.constructor.name}: ${e.originalError.message}` : null,
        })),
      }
    : {}),
});

async function run(execution: CompiledExecution, document: DocumentNode, op: (typeof OPERATIONS)[number]): Promise<ExecutionResult> {
  const { executor } = await execution.gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } as never });
  return executor!({
    document,
    context: { canSee: op.canSee ?? true },
    request: { query: op.query, variables: op.variables, operationName: op.operationName },
  } as never);
}

describe('compiled execution (graphql-jit behind Apollo Server)', () => {
  it.each(OPERATIONS)('answers "$name" as graphql-js does, interpreted and compiled', async (op) => {
    const execution = new CompiledExecution();
    execution.takeSchema({ sorted: true })(schema);
    execution.gateway.onSchemaLoadOrUpdate(() => undefined);
    const document = parse(op.query);
    const expected = asJson(
      await execute({ schema, document, contextValue: { canSee: op.canSee ?? true }, variableValues: op.variables, operationName: op.operationName }),
    );
    for (let k = 0; k < COMPILE_AFTER + 2; k++) {
      expect(asJson(await run(execution, document, op)), `run ${k + 1}`).toEqual(expected);
    }
    // The later runs were compiled; refused variables are reported by graphql-js (no resolver ran).
    expect(execution.counts.compiled).toBe(1);
    expect(execution.counts.compiledRuns).toBe(op.refused ? 0 : 3);
  });

  it('runs a one-off document interpreted, without compiling it', async () => {
    const execution = new CompiledExecution();
    execution.takeSchema({ sorted: false })(schema);
    const op = OPERATIONS[0]!;
    await run(execution, parse(op.query), op);
    // The same text parsed again is another document: Apollo's cache gives the same object for the same text.
    await run(execution, parse(op.query), op);
    expect(execution.counts).toEqual({ compiled: 0, compiledRuns: 0 });
  });
});
