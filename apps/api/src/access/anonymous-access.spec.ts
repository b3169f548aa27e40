import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/** The operations anyone may call without logging in; every other one must answer UNAUTHENTICATED. */
const PUBLIC = ['Query.demo', 'Query.me', 'Query.myPermissionRules', 'Query.singleSignOn', 'Mutation.login', 'Mutation.logout'];

/** A GraphQL literal that satisfies the type, so the call reaches the resolver. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    return { ID: '"00000000-0000-0000-0000-000000000000"', String: '"x"', Int: '1', Float: '0.5', Boolean: 'true', DateTime: '"2027-01-01T00:00:00Z"' }[type.name] ?? '"x"';
  }
  return 'null';
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const argList = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${argList}${selection} }`;
}

describe('every operation needs a login, except the declared public ones', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('answers UNAUTHENTICATED to an anonymous caller of any other query or mutation', async () => {
    const schema = t.platform.app.get(GraphQLSchemaHost).schema;
    const checked: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
      for (const field of Object.values(type!.getFields())) {
        const name = `${type!.name}.${field.name}`;
        if (PUBLIC.includes(name)) continue;
        const res = await t.gql(operation(kind, field));
        expect(res.errors?.[0]?.extensions?.code, `${name}: ${JSON.stringify(res)}`).toBe('UNAUTHENTICATED');
        expect(res.data?.[field.name] ?? null, name).toBeNull();
        checked.push(name);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
  });
});
