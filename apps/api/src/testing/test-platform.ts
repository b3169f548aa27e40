import request from 'supertest';
import { createTestDatabase, DEMO_PASSWORD_FOR_TESTS, type TestDatabase } from '@routekaart/db/testing';
import { loadConfig, type AppConfig } from '../config/config';
import { startPlatform, type Platform } from '../platform';

export interface TestPlatform {
  platform: Platform;
  baseUrl: string;
  db: TestDatabase;
  /** Sends a GraphQL operation; with a token, as that user. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** Logs a demo user in and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /** The SQL statements run while `fn` runs. */
  countQueries(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The whole API on a free port, against a fresh copy of the demo-seeded test database.
 * Tests talk to it over HTTP, as users and scripts do.
 */
export async function startTestPlatform(env: Record<string, string> = {}, overrides: Partial<AppConfig> = {}): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const config = {
    ...loadConfig({ DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env }),
    ...overrides,
  };
  let recording: string[] | null = null;
  const platform = await startPlatform(config, { onQuery: (sql) => recording?.push(sql) });
  const baseUrl = `http://127.0.0.1:${platform.port}`;
  const gql: TestPlatform['gql'] = async (query, variables, token) => {
    const req = request(baseUrl).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
  };
  return {
    platform,
    baseUrl,
    db,
    gql,
    async login(email, password = DEMO_PASSWORD_FOR_TESTS) {
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data) throw new Error(`login as ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async countQueries(fn) {
      recording = [];
      try {
        await fn();
        return recording;
      } finally {
        recording = null;
      }
    },
    async close() {
      await platform.close();
      await db.drop();
    },
  };
}
