import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { graphqlIdeHandlers } from './graphql-ide';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | undefined): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => !!name)
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the GraphQL IDE in development', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('serves a page that loads GraphiQL and its own script from this origin, with no inline script', async () => {
    const res = await request(t.baseUrl).get('/graphiql');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const scripts = [...res.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attrs]) => /src="([^"]+)"/.exec(attrs)?.[1])).toEqual([
      '/graphiql/react.production.min.js',
      '/graphiql/react-dom.production.min.js',
      '/graphiql/graphiql.min.js',
      '/graphiql/ide.js',
    ]);
    expect(scripts.every(([, , body]) => body.trim() === '')).toBe(true);
    expect(res.text).not.toMatch(/https?:\/\//); // nothing from a CDN
  });

  it('keeps the policy strict: scripts and styles from this origin only, data: fonts for GraphiQL', async () => {
    const csp = directives((await request(t.baseUrl).get('/graphiql')).headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('serves the page script, styles and vendor files with their content types', async () => {
    const expected: [string, RegExp, string][] = [
      ['/graphiql/ide.js', /^text\/javascript/, 'GraphiQL.createFetcher'],
      ['/graphiql/ide.css', /^text\/css/, '#graphiql'],
      ['/graphiql/react.production.min.js', /^text\/javascript/, 'React'],
      ['/graphiql/react-dom.production.min.js', /^text\/javascript/, 'ReactDOM'],
      ['/graphiql/graphiql.min.js', /^text\/javascript/, 'createFetcher'],
      ['/graphiql/graphiql.min.css', /^text\/css/, '.graphiql-container'],
    ];
    for (const [path, type, content] of expected) {
      const res = await request(t.baseUrl).get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(type);
      expect(res.headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(res.text, path).toContain(content);
    }
  });

  it('sends the large GraphiQL bundle compressed when the browser accepts it', async () => {
    const res = await request(t.baseUrl).get('/graphiql/graphiql.min.js').set('accept-encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('answers 404 for a file it does not serve, instead of the web app', async () => {
    const res = await request(t.baseUrl).get('/graphiql/../package.json');
    expect(res.status).toBe(404);
    expect((await request(t.baseUrl).get('/graphiql/secrets.js')).status).toBe(404);
  });

  it('talks to /graphql with the session cookie of the web app, so a signed-in developer is signed in', async () => {
    // What GraphiQL's fetcher sends from the page: same-origin JSON with the browser's cookies.
    const login = await request(t.baseUrl)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: 'mutation { login(email: "keten@werf.example", password: "routekaart") { token } }' });
    const cookie = login.headers['set-cookie'];
    expect(cookie).toBeDefined();
    const me = await request(t.baseUrl)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('origin', t.baseUrl)
      .set('cookie', cookie!)
      .send({ query: '{ me { email } }' });
    expect(me.body.data).toEqual({ me: { email: 'keten@werf.example' } });
  });
});

describe('the GraphQL IDE in production', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ NODE_ENV: 'production', DEMO_DATA: 'false' });
  });
  afterAll(async () => t?.close());

  it('is not served: the page and its files answer 404', async () => {
    for (const path of ['/graphiql', '/graphiql/', '/graphiql/ide.js', '/graphiql/graphiql.min.js']) {
      const res = await request(t.baseUrl).get(path);
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toContain('GraphiQL');
    }
  });
});

describe('the GraphQL IDE without its packages', () => {
  it('says which development packages are missing instead of failing', async () => {
    const app = new ExpressAdapter().getInstance<Express>(); // a bare Express app
    const notInstalled = (pkg: string) => {
      if (pkg === 'graphiql') throw Object.assign(new Error(`Cannot find module '${pkg}'`), { code: 'MODULE_NOT_FOUND' });
      return require.resolve(`${pkg}/package.json`);
    };
    for (const handler of graphqlIdeHandlers(notInstalled)) app.use(handler);
    const page = await request(app).get('/graphiql');
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('The GraphQL IDE is not installed');
    expect(page.text).toContain('graphiql');
    expect(page.text).not.toContain('<script');
    expect((await request(app).get('/graphiql/graphiql.min.js')).status).toBe(404);
  });
});
