import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import pino from 'pino';
import request from 'supertest';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DEMO_PASSWORD_FOR_TESTS, type TestDatabase } from '@routekaart/db/testing';
import { loadConfig } from '../config/config';
import { startPlatform, type Platform } from '../platform';
import { createLogger } from './logger';
import { compactRequest, noteRequestUser, redactUrl, requestLineMessage, requestLineProps } from './request-log';

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

  it('keeps a request to method and redacted path, and names the user and the operation', () => {
    const req = { method: 'POST', url: '/graphql?token=rk_secret', headers: { authorization: 'Bearer rk_secret' }, body: { operationName: 'MyLinks', variables: { password: 'x' } } };
    expect(compactRequest(req)).toEqual({ method: 'POST', url: '/graphql?token=[REDACTED]' });
    noteRequestUser(req, 'user-1');
    expect(requestLineProps(req)).toEqual({ userId: 'user-1', operation: 'MyLinks' });
    expect(requestLineMessage(req, { statusCode: 200 }, 12.4)).toBe('POST /graphql?token=[REDACTED] MyLinks 200 12 ms');
  });
});

describe('the log format', () => {
  const written = (terminal: boolean, format: 'auto' | 'pretty' | 'json') => {
    let text = '';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString('utf8');
        done();
      },
    });
    createLogger({ level: 'info', format }, { terminal, destination }).info({ userId: 'u1' }, 'POST /graphql Me 200 3 ms');
    return stripVTControlCharacters(text).trim();
  };

  it('writes one JSON object per line when stdout is not a terminal, readable lines on a terminal', () => {
    expect(JSON.parse(written(false, 'auto'))).toMatchObject({ level: 30, msg: 'POST /graphql Me 200 3 ms', userId: 'u1' });
    const readable = written(true, 'auto');
    expect(() => JSON.parse(readable)).toThrow();
    expect(readable).toMatch(/INFO.*POST \/graphql Me 200 3 ms/);
    expect(readable).toContain('userId: "u1"');
  });

  it('follows LOG_FORMAT over the terminal check', () => {
    expect(() => JSON.parse(written(false, 'pretty'))).toThrow();
    expect(JSON.parse(written(true, 'json')).msg).toBe('POST /graphql Me 200 3 ms');
  });
});

async function login(baseUrl: string, email: string): Promise<string> {
  const res = await request(baseUrl)
    .post('/graphql')
    .send({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD_FOR_TESTS } });
  return res.body.data.login.token as string;
}

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

  it('writes one compact line per request: the token redacted, no headers, the user and the operation named', async () => {
    await request(baseUrl).get(`/collab/5b1d4a2e-0000-4000-8000-000000000000?token=${SECRET}`).set('cookie', `rk_session=${SECRET}`);
    await request(baseUrl).post('/graphql').set('authorization', `Bearer ${SECRET}`).send({ query: '{ me { email } }' });
    const token = await login(baseUrl, 'keten@werf.example');
    await request(baseUrl).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: 'query WhoAmI { me { id } }', operationName: 'WhoAmI' });

    const [collab] = await requestLines('/collab/');
    expect(JSON.parse(collab).req).toEqual({ method: 'GET', url: '/collab/5b1d4a2e-0000-4000-8000-000000000000?token=[REDACTED]' });
    const named = (await requestLines('/graphql')).map((line) => JSON.parse(line)).find((line) => line.operation === 'WhoAmI');
    expect(named).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, msg: expect.stringMatching(/^POST \/graphql WhoAmI 200 \d+ ms$/) });
    expect(named.userId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof named.responseTime).toBe('number');
    expect(lines.join('\n')).not.toMatch(/authorization|cookie|user-agent/i);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).not.toContain(token);
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
