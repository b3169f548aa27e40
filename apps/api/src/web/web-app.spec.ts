import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

describe('serving the web app on the API port', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'rk-web-'));
    mkdirSync(join(webDir, '_app'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Routekaart</title>');
    writeFileSync(join(webDir, '_app', 'start.js'), 'console.log(1)');
    t = await startTestPlatform({ WEB_DIR: webDir });
  });
  afterAll(async () => t?.close());

  it('serves built assets as they are', async () => {
    const res = await request(t.baseUrl).get('/_app/start.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe('console.log(1)');
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
