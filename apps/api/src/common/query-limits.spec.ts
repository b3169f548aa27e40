import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkLimits, measureOperation, DEFAULT_QUERY_LIMITS } from './query-limits';

const schema = buildSchema(`
  type Query { me: User materials(first: Int): MaterialConnection }
  type User { email: String organisation: Organisation a: User b: String }
  type Organisation { name: String }
  type MaterialConnection { nodes: [Material!]! totalCount: Int }
  type Material { name: String supplies: [Supply!]! }
  type Supply { share: Float }
`);

const measure = (query: string, variables?: Record<string, unknown>) => {
  const doc = parse(query);
  return measureOperation(schema, doc, doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, variables);
};

describe('query limits', () => {
  it('measures depth, aliases and cost of a small query', () => {
    expect(measure('{ me { email organisation { name } } }')).toEqual({ depth: 2, aliases: 0, cost: 4 });
  });

  it('multiplies the cost by page sizes, also from variables', () => {
    const literal = measure('{ materials(first: 100) { nodes { name } } }');
    const variable = measure('query($n: Int) { materials(first: $n) { nodes { name } } }', { n: 100 });
    expect(literal.cost).toBe(variable.cost);
    // materials (1) + nodes (1) + name for each of the 100 nodes
    expect(literal.cost).toBe(102);
    // a list without first counts ten items: 1 + 1 + 100 supplies lists + 100 x 10 shares
    expect(measure('{ materials(first: 100) { nodes { supplies { share } } } }').cost).toBe(1 + 1 + 100 + 1000);
  });

  it('counts aliases and follows fragments once', () => {
    const m = measure('{ a: me { ...F } b: me { ...F } } fragment F on User { email organisation { name } }');
    expect(m.aliases).toBe(2);
    expect(m.depth).toBe(2);
  });

  it('refuses a query 20 levels deep, 100 aliases, or a huge page with a 400 QUERY_TOO_COMPLEX', () => {
    const deep = '{ me { ' + 'a { '.repeat(20) + 'b' + ' }'.repeat(20) + ' } }';
    const aliases = '{ ' + Array.from({ length: 100 }, (_, i) => `a${i}: me { email }`).join(' ') + ' }';
    const huge = '{ materials(first: 1000000) { nodes { name supplies { share } } } }';
    for (const q of [deep, aliases, huge]) {
      const error = checkLimits(measure(q), DEFAULT_QUERY_LIMITS);
      expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', http: { status: 400 } });
    }
    expect(checkLimits(measure('{ materials(first: 200) { nodes { name supplies { share } } } }'), DEFAULT_QUERY_LIMITS)).toBeNull();
    // Only the page's list is multiplied: a count of a huge page costs nothing extra.
    expect(measure('{ materials(first: 1000000) { totalCount } }').cost).toBe(2);
  });
});
