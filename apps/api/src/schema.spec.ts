import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './testing/test-platform';

describe('the committed GraphQL schema', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('is the schema the code generates (run "npm run build" after changing a resolver or model)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8').replace(/^#.*\n/gm, '').trim();
    const live = printSchema(lexicographicSortSchema(t.platform.app.get(GraphQLSchemaHost).schema)).trim();
    expect(live).toBe(committed);
  });

  it("reads plain fields inline: NestJS's property reads are taken away, real resolvers stay (see plain-field-reads.ts)", () => {
    const schema = t.platform.app.get(GraphQLSchemaHost).schema;
    const link = schema.getType('SupplyLink') as GraphQLObjectType;
    // A NestJS version that words its property read differently would leave every field a resolver.
    expect(['id', 'share', 'country', 'visibility'].map((f) => link.getFields()[f]!.resolve)).toEqual([undefined, undefined, undefined, undefined]);
    expect(typeof link.getFields().item!.resolve).toBe('function');
  });
});
