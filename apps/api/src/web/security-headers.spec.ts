import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { scriptHashesOf } from './security-headers';

/** A built index.html as SvelteKit writes it with `kit.csp` in mode 'hash'. */
const page = (hash: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${hash}'"><title>Routekaart</title></head>` +
  `<body><script>import('/_app/start.js')</script></body></html>`;

function webDirWith(hash: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rk-web-'));
  writeFileSync(join(dir, 'index.html'), page(hash));
  return dir;
}

/** The Content-Security-Policy header as a map of directive -> sources. */
function policyOf(res: request.Response): Record<string, string[]> {
  const header = res.headers['content-security-policy'] as string | undefined;
  expect(header, 'Content-Security-Policy header').toBeDefined();
  return Object.fromEntries(
    header!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('security headers', () => {
  let t: TestPlatform;
  let webDir: string;
  beforeAll(async () => {
    webDir = webDirWith('AAAA');
    t = await startTestPlatform({ WEB_DIR: webDir });
  });
  afterAll(async () => t?.close());

  const responses = () => [
    request(t.baseUrl).get('/'),
    request(t.baseUrl).get('/keten/some-item'),
    request(t.baseUrl).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' }),
    request(t.baseUrl).get('/health'),
  ];

  it('sends a Content-Security-Policy on the web app, /graphql and /health that allows only this origin and the page’s own bootstrap script', async () => {
    for (const res of await Promise.all(responses())) {
      expect(res.status).toBe(200);
      const policy = policyOf(res);
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'", "'sha256-AAAA'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
      expect(policy['style-src-attr']).toEqual(["'unsafe-inline'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['upgrade-insecure-requests']).toBeUndefined();
    }
  });

  it('sends nosniff, a same-origin referrer policy and no framing, no HSTS on http and no X-Powered-By', async () => {
    for (const res of await Promise.all(responses())) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('follows a rebuilt web app’s script hash without a restart (within a second)', async () => {
    writeFileSync(join(webDir, 'index.html'), page('BBBB'));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(webDir, 'index.html'), later, later);
    await vi.waitFor(
      async () => {
        const res = await request(t.baseUrl).get('/');
        expect(res.text).toContain('BBBB');
        expect(policyOf(res)['script-src']).toEqual(["'self'", "'sha256-BBBB'"]);
      },
      { timeout: 3000, interval: 100 },
    );
  });

  it('keeps a script-only policy for a page without SvelteKit’s meta tag', () => {
    expect(scriptHashesOf('<!doctype html><title>x</title>')).toEqual([]);
    expect(scriptHashesOf(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x+/=' 'unsafe-eval'">`)).toEqual([
      "'sha256-x+/='",
    ]);
  });
});

describe('security headers with an https PUBLIC_URL', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ WEB_DIR: webDirWith('CCCC'), PUBLIC_URL: 'https://routekaart.example.org' });
  });
  afterAll(async () => t?.close());

  it('adds HSTS for a year and asks the browser to upgrade insecure requests', async () => {
    for (const path of ['/', '/health']) {
      const res = await request(t.baseUrl).get(path);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(policyOf(res)['upgrade-insecure-requests']).toEqual([]);
    }
    const gql = await request(t.baseUrl).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
    expect(gql.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
