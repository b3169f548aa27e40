import { describe, expect, it } from 'vitest';
import { buildSchema, execute, parse, type ExecutionResult, type GraphQLObjectType } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { answerPreloadedFields, withPreloaded } from './preloaded-fields';

function schemaWithResolver(calls: string[]) {
  const schema = buildSchema(`
    type Item { id: ID! name: String! }
    type Link { id: ID! itemId: ID! item: Item }
    type Query { links: [Link!]! }
  `);
  const links = [
    withPreloaded({ id: 'l1', itemId: 'i1' }, { item: { id: 'i1', name: 'Radar (read with the link)' } }),
    { id: 'l2', itemId: 'i2' },
    withPreloaded({ id: 'l3', itemId: 'i3' }, { item: null }),
  ];
  schema.getQueryType()!.getFields().links!.resolve = () => links;
  (schema.getType('Link') as GraphQLObjectType).getFields().item!.resolve = (link: { itemId: string }) => {
    calls.push(link.itemId);
    return { id: link.itemId, name: `Item ${link.itemId} (resolved)` };
  };
  return answerPreloadedFields(schema);
}

const query = parse('{ links { id item { id name } } }');
const expected = {
  data: {
    links: [
      { id: 'l1', item: { id: 'i1', name: 'Radar (read with the link)' } },
      { id: 'l2', item: { id: 'i2', name: 'Item i2 (resolved)' } },
      { id: 'l3', item: null },
    ],
  },
};

describe('preloaded fields', () => {
  it('answer a resolved field from what the parent carries, and call the resolver for parents that carry nothing', async () => {
    const calls: string[] = [];
    const result = (await execute({ schema: schemaWithResolver(calls), document: query })) as ExecutionResult;
    expect(JSON.parse(JSON.stringify(result))).toEqual(expected);
    expect(calls).toEqual(['i2']);
  });

  it('do the same in compiled execution (graphql-jit calls the same resolvers)', async () => {
    const calls: string[] = [];
    const compiled = compileQuery(schemaWithResolver(calls), query);
    if (!isCompiledQuery(compiled)) throw new Error('did not compile');
    const result = (await compiled.query(undefined, {}, {})) as ExecutionResult;
    expect(JSON.parse(JSON.stringify(result))).toEqual(expected);
    expect(calls).toEqual(['i2']);
  });

  it('never show up in the answer: the marker is a symbol', () => {
    const link = withPreloaded({ id: 'l1' }, { item: { id: 'secret' } });
    expect(JSON.stringify(link)).toBe('{"id":"l1"}');
    expect(Object.keys(link)).toEqual(['id']);
  });
});
