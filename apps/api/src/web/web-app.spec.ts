import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { IMMUTABLE_CACHE } from './web-app.middleware';

const HASHED = 'console.log("a hashed chunk");'.repeat(50);

describe('serving the web app on the API port', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'rk-web-'));
    mkdirSync(join(webDir, '_app'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Routekaart</title>');
    writeFileSync(join(webDir, '_app', 'start.js'), 'console.log(1)');
    // What the build writes with precompress: the asset and its brotli and gzip copies.
    mkdirSync(join(webDir, '_app', 'immutable', 'chunks'), { recursive: true });
    const hashed = join(webDir, '_app', 'immutable', 'chunks', 'B1x9kQ.js');
    writeFileSync(hashed, HASHED);
    writeFileSync(`${hashed}.br`, brotliCompressSync(HASHED));
    writeFileSync(`${hashed}.gz`, gzipSync(HASHED));
    t = await startTestPlatform({ WEB_DIR: webDir });
  });
  afterAll(async () => t?.close());

  it('serves built assets as they are', async () => {
    const res = await request(t.baseUrl).get('/_app/start.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe('console.log(1)');
  });

  it('sends the brotli or gzip copy of a hashed asset by negotiation, cached for a year', async () => {
    const path = '/_app/immutable/chunks/B1x9kQ.js';
    const br = await request(t.baseUrl).get(path).set('accept-encoding', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.text).toBe(HASHED);
    const gz = await request(t.baseUrl).get(path).set('accept-encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(HASHED);
    const plain = await request(t.baseUrl).get(path).set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(HASHED);
  });

  it('has index.html and unhashed files revalidated on every use', async () => {
    expect((await request(t.baseUrl).get('/roadmaps')).headers['cache-control']).toBe('no-cache');
    expect((await request(t.baseUrl).get('/_app/start.js')).headers['cache-control']).toBe('no-cache');
    expect((await request(t.baseUrl).get('/health')).headers['x-powered-by']).toBeUndefined();
  });

  it('answers a client-side route with index.html', async () => {
    const res = await request(t.baseUrl).get('/roadmaps/123/documents');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Routekaart</title>');
  });

  it('leaves /graphql and /health to the API', async () => {
    expect((await request(t.baseUrl).get('/health')).body.status).toBe('ok');
    const gql = await request(t.baseUrl).get('/graphql?query={__typename}').set('apollo-require-preflight', '1');
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
  });
});
