import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const post = (t: TestPlatform, body: object, token?: string) => {
  const req = request(t.baseUrl).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.send(body);
};

describe('abusive queries', () => {
  let t: TestPlatform;
  let token: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    token = await t.login('keten@werf.example');
  });
  afterAll(async () => t?.close());

  const stillServes = async () => {
    const res = await post(t, { query: '{ me { email } }' }, token);
    expect(res.status).toBe(200);
    expect(res.body.data.me.email).toBe('keten@werf.example');
  };

  it('refuses a query 20 levels deep with a 400, and keeps serving', async () => {
    const nested = 'children { child { '.repeat(10) + 'name' + ' } }'.repeat(10);
    const res = await post(t, { query: `{ item(id: "00000000-0000-0000-0000-000000000000") { ${nested} } }` }, token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(res.body.errors[0].message).toMatch(/levels deep/);
    await stillServes();
  });

  it('refuses 100 aliases with a 400, and keeps serving', async () => {
    const query = '{ ' + Array.from({ length: 100 }, (_, i) => `a${i}: me { email }`).join(' ') + ' }';
    const res = await post(t, { query }, token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/100 aliases/);
    await stillServes();
  });

  it('refuses a huge page size with a 400 before anything runs, also when it comes as a variable', async () => {
    for (const body of [
      { query: '{ materials(first: 1000000) { nodes { name supplies { share } } } }' },
      { query: 'query($n: Int) { materials(first: $n) { nodes { name supplies { share } } } }', variables: { n: 1000000 } },
    ]) {
      const res = await post(t, body, token);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
    await stillServes();
  });

  it('refuses a flood of tokens at parse time with a 400', async () => {
    const query = '{ me { ' + 'email '.repeat(6000) + '} }';
    const res = await post(t, { query }, token);
    expect(res.status).toBe(400);
    await stillServes();
  });

  it("answers graphql-js's standard introspection query in development (for IDEs and codegen), compressed", async () => {
    const res = await post(t, { query: getIntrospectionQuery() }).set('accept-encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.data.__schema.queryType.name).toBe('Query');
    expect(res.body.data.__schema.types.map((type: { name: string }) => type.name)).toContain('SupplyLink');
  });

  it('does not exempt a data query that also asks for the schema', async () => {
    const nested = 'children { child { '.repeat(10) + 'name' + ' } }'.repeat(10);
    const res = await post(t, { query: `{ __typename item(id: "00000000-0000-0000-0000-000000000000") { ${nested} } }` }, token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/levels deep/);
  });

  it('sends small answers uncompressed', async () => {
    const res = await post(t, { query: '{ me { email } }' }, token).set('accept-encoding', 'br, gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('never sends a stack trace, also for an unexpected error', async () => {
    const res = await post(t, { query: '{ me { emial } }' }, token);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(res.body.errors[0].message).toMatch(/Did you mean "email"\?/);
  });
});

describe('in production', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ NODE_ENV: 'production', DEMO_DATA: 'false' });
  });
  afterAll(async () => t?.close());

  it('answers no introspection', async () => {
    const res = await post(t, { query: '{ __schema { types { name } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/introspection/i);
  });

  it("refuses graphql-js's standard introspection query", async () => {
    const res = await post(t, { query: getIntrospectionQuery() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/introspection/i);
  });

  it('suggests no field names', async () => {
    const res = await post(t, { query: '{ me { emial } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('Cannot query field "emial" on type "User".');
  });
});
