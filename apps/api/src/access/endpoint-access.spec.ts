import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccess, EndpointAccessGuard, listEndpoints, type EndpointEntry } from '../common/endpoint-access';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

// Every GraphQL endpoint declares who may call it; apps/api/ENDPOINTS.md lists them, so a change of
// who may call what shows up in review as a change of that file.

const DOC = resolve(__dirname, '../../ENDPOINTS.md');
const REGENERATE = 'UPDATE_ENDPOINTS_DOC=1 npx vitest run --project api endpoint-access';

function render(endpoints: EndpointEntry[]): string {
  const out = [
    '# GraphQL endpoints and who may call them',
    '',
    '<!-- Generated from the declarations in apps/api/src (common/endpoint-access.ts). Do not edit by hand. -->',
    `<!-- Regenerate: ${REGENERATE} -->`,
    '',
    '`requires` is checked by `EndpointAccessGuard` before the resolver runs: logged in, and the permission',
    "matrix grants the caller's organisation kind and role the action on some records of the subject",
    '(FORBIDDEN otherwise); the service then narrows it to records (NOT_FOUND, FORBIDDEN per record).',
    '"checked in the service" is logged in, with the check where the text says; "public" also answers',
    'anonymous callers. Field resolvers marked (class) take the declaration of their resolver class.',
    'What each role may do per subject is in `libs/access/PERMISSIONS.md`.',
  ];
  let type = '';
  for (const e of endpoints) {
    if (e.type !== type) {
      type = e.type;
      out.push('', `## ${type}`, '', '| field | access | resolver |', '| --- | --- | --- |');
    }
    out.push(`| \`${e.field}\` | ${describeAccess(e.access)}${e.onMethod ? '' : ' (class)'} | \`${e.resolver}\` |`);
  }
  return out.join('\n') + '\n';
}

describe('endpoint access declarations', () => {
  let t: TestPlatform;
  let endpoints: EndpointEntry[];

  beforeAll(async () => {
    t = await startTestPlatform();
    endpoints = listEndpoints(t.platform.app.get(ModulesContainer));
  });
  afterAll(async () => t?.close());

  it('finds every endpoint of the schema: each query, mutation and subscription', async () => {
    const res = await t.gql<{ __schema: Record<string, { fields: { name: string }[] } | null> }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const schema = res.data!.__schema;
    for (const [root, type] of [['queryType', 'Query'], ['mutationType', 'Mutation'], ['subscriptionType', 'Subscription']] as const) {
      const listed = endpoints.filter((e) => e.type === type).map((e) => e.field).sort();
      expect(listed, type).toEqual(schema[root]!.fields.map((f) => f.name).sort());
    }
    expect(endpoints.filter((e) => !['Query', 'Mutation', 'Subscription'].includes(e.type)).length).toBeGreaterThan(40);
  });

  it('has a declaration on every query, mutation and subscription method, and for every field resolver', () => {
    const operationsWithout = endpoints.filter((e) => ['Query', 'Mutation', 'Subscription'].includes(e.type) && !e.onMethod);
    expect(operationsWithout.map((e) => `${e.type}.${e.field} (${e.resolver})`)).toEqual([]);
    expect(endpoints.filter((e) => !e.access).map((e) => `${e.type}.${e.field} (${e.resolver})`)).toEqual([]);
  });

  it(`matches ENDPOINTS.md (regenerate: ${REGENERATE})`, () => {
    const rendered = render(endpoints);
    if (process.env.UPDATE_ENDPOINTS_DOC) writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('refuses anonymous callers of declared endpoints with UNAUTHENTICATED, and lets public ones answer', async () => {
    const anonymous = await t.gql('{ productGroups { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const me = await t.gql('{ me { id } }');
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: null });
  });

  it('refuses a role the subject is closed to with FORBIDDEN before the resolver runs', async () => {
    // A knowledge-institute user may not write chain data at all (only industry does).
    const token = await t.login('analist@nmo.example');
    const res = await t.gql('mutation { deleteSupplyLink(id: "00000000-0000-0000-0000-000000000000") }', {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('fails closed: an operation whose method declares nothing is refused', () => {
    class Undeclared {
      handler() {
        return 'ran';
      }
    }
    const context = {
      getType: () => 'graphql',
      getHandler: () => Undeclared.prototype.handler,
      getClass: () => Undeclared,
    } as unknown as ExecutionContext;
    expect(() => new EndpointAccessGuard(new Reflector()).canActivate(context)).toThrow(/declares no access/);
  });
});
