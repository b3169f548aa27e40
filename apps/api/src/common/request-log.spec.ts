import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@routekaart/db/testing';
import { loadConfig } from '../config/config';
import { startPlatform, type Platform } from '../platform';
import { redactUrl, serializeRequest } from './request-log';

describe('credentials in log lines', () => {
  it.each([
    ['/collab/3f0c?token=rk_secret', '/collab/3f0c?token=[REDACTED]'],
    ['/collab/3f0c?a=1&token=rk_secret&b=2', '/collab/3f0c?a=1&token=[REDACTED]&b=2'],
    ['/collab/3f0c?TOKEN=rk_secret', '/collab/3f0c?TOKEN=[REDACTED]'],
    ['/collab/3f0c?%74oken=rk_secret', '/collab/3f0c?%74oken=[REDACTED]'],
    ['/auth/oidc/callback?code=abc&state=xyz', '/auth/oidc/callback?code=[REDACTED]&state=xyz'],
    ['/graphql?query={me{email}}', '/graphql?query={me{email}}'],
    ['/health', '/health'],
  ])('writes %s as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('redacts the parsed query and the credential headers without touching the request', () => {
    const headers = { authorization: 'Bearer rk_secret', cookie: 'rk_session=rk_secret', 'user-agent': 'test' };
    const logged = serializeRequest({ url: '/x?token=rk_secret', query: { token: 'rk_secret', page: '2' }, headers });
    expect(logged).toEqual({
      url: '/x?token=[REDACTED]',
      query: { token: '[REDACTED]', page: '2' },
      headers: { authorization: '[REDACTED]', cookie: '[REDACTED]', 'user-agent': 'test' },
    });
    expect(headers.authorization).toBe('Bearer rk_secret');
  });
});

describe('the request log of the running API', () => {
  const SECRET = 'rk_thisIsASessionTokenThatMustNotBeLogged';
  const lines: string[] = [];
  let db: TestDatabase;
  let platform: Platform;
  let baseUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({ DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug' });
    platform = await startPlatform(config, { logger: pino({ level: 'debug' }, sink) });
    baseUrl = `http://127.0.0.1:${platform.port}`;
  });
  afterAll(async () => {
    await platform?.close();
    await db?.drop();
  });

  /** The request lines pino-http wrote for `path` (it writes when the response has finished). */
  async function requestLines(path: string): Promise<string[]> {
    for (let i = 0; i < 100; i++) {
      const found = lines.filter((line) => line.includes(`"url":"${path}`));
      if (found.length) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no request line for ${path} in ${lines.length} log lines`);
  }

  it('writes a request with ?token= with the token redacted, and no Authorization or Cookie value', async () => {
    await request(baseUrl).get(`/collab/5b1d4a2e-0000-4000-8000-000000000000?token=${SECRET}`).set('cookie', `rk_session=${SECRET}`);
    await request(baseUrl).post('/graphql').set('authorization', `Bearer ${SECRET}`).send({ query: '{ me { email } }' });

    const [collab] = await requestLines('/collab/');
    expect(collab).toContain('/collab/5b1d4a2e-0000-4000-8000-000000000000?token=[REDACTED]');
    expect(JSON.parse(collab).req.query).toEqual({ token: '[REDACTED]' });
    const [graphql] = await requestLines('/graphql');
    expect(JSON.parse(graphql).req.headers.authorization).toBe('[REDACTED]');
    expect(JSON.parse(collab).req.headers.cookie).toBe('[REDACTED]');
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('logs nothing of the token of a collaboration socket that opens with one', async () => {
    const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/collab/5b1d4a2e-0000-4000-8000-000000000001?token=${SECRET}`);
    await new Promise<void>((resolve) => {
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(SECRET);
  });
});
