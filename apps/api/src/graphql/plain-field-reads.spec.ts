import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ObjectType, Parent, Query, ResolveField, Resolver, type FieldMiddleware } from '@nestjs/graphql';
import { execute, parse, type ExecutionResult, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { withoutPlainReadResolvers } from './plain-field-reads';

const upper: FieldMiddleware = async (_ctx, next) => String(await next()).toUpperCase();

@ObjectType()
class Part {
  @Field()
  id!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ name: 'label' })
  title!: string;

  @Field({ nullable: true, defaultValue: 'kg' })
  unit?: string;

  @Field({ middleware: [upper] })
  code!: string;

  @Field(() => String)
  summary!: string;
}

@Resolver(() => Part)
class PartResolver {
  @Query(() => [Part])
  parts(): Part[] {
    return [
      { id: 'p1', note: null, title: 'Radar', code: 'ra-1', summary: 'stored' },
      { id: 'p2', note: 'spare', title: 'Sonar', unit: 'g', code: 'so-2', summary: 'stored' },
    ];
  }

  @ResolveField(() => String)
  summary(@Parent() part: Part): string {
    return `${part.title} (${part.id})`;
  }
}

/** The schema NestJS's code-first builder makes of the classes above, as the application gets it. */
async function nestSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create([PartResolver]);
    // The application's resolvers are attached by NestJS's explorer; here the query and the
    // @ResolveField method are attached by hand, as the explorer would.
    const resolver = new PartResolver();
    schema.getQueryType()!.getFields().parts!.resolve = () => resolver.parts();
    (schema.getType('Part') as GraphQLObjectType).getFields().summary!.resolve = (part: Part) => resolver.summary(part);
    return schema;
  } finally {
    await app.close();
  }
}

const fields = (schema: GraphQLSchema) => (schema.getType('Part') as GraphQLObjectType).getFields();
const QUERY = parse('{ parts { id note label unit code summary } }');

async function answers(schema: GraphQLSchema): Promise<{ interpreted: ExecutionResult; compiled: ExecutionResult }> {
  const compiled = compileQuery(schema, QUERY);
  if (!isCompiledQuery(compiled)) throw new Error('graphql-jit did not compile the query');
  return { interpreted: await execute({ schema, document: QUERY }), compiled: await compiled.query(undefined, {}, {}) };
}

describe('withoutPlainReadResolvers', () => {
  it("takes away only NestJS's reads of a property named as the field, without a default", async () => {
    const schema = await nestSchema();
    // NestJS gives every field a resolver: that is what this takes away where it is a plain read.
    expect(Object.values(fields(schema)).every((f) => typeof f.resolve === 'function')).toBe(true);
    withoutPlainReadResolvers(schema);
    const kept = Object.values(fields(schema))
      .filter((f) => f.resolve)
      .map((f) => f.name);
    // label reads the property `title`, unit has a default, code has field middleware, summary is a @ResolveField.
    expect(kept.sort()).toEqual(['code', 'label', 'summary', 'unit']);
  });

  it('answers exactly as before, interpreted and compiled', async () => {
    const expected = {
      data: {
        parts: [
          { id: 'p1', note: null, label: 'Radar', unit: 'kg', code: 'RA-1', summary: 'Radar (p1)' },
          { id: 'p2', note: 'spare', label: 'Sonar', unit: 'g', code: 'SO-2', summary: 'Sonar (p2)' },
        ],
      },
    };
    const before = await answers(await nestSchema());
    const after = await answers(withoutPlainReadResolvers(await nestSchema()));
    for (const result of [before.interpreted, before.compiled, after.interpreted, after.compiled]) expect(result).toEqual(expected);
  });
});
