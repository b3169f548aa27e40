import Redis from 'ioredis';

/**
 * The Redis the tests use: `REDIS_URL` (as CI sets it), else `TEST_REDIS_URL`, else the one these
 * machines run on loopback.
 */
export const TEST_REDIS_URL = process.env.REDIS_URL || process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * Whether the Redis tests can run. When CI sets `REDIS_URL` they must: a Redis that does not answer
 * then throws (the suite fails loudly instead of skipping). Without `REDIS_URL` a missing Redis only
 * skips the tests, with a warning naming `what`.
 */
export async function redisForTests(what: string): Promise<boolean> {
  if (await redisAnswers(TEST_REDIS_URL)) return true;
  if (process.env.REDIS_URL) throw new Error(`${what}: REDIS_URL is set (${TEST_REDIS_URL}) but no Redis answers there`);
  console.warn(`${what}: no Redis at ${TEST_REDIS_URL}; skipped (set REDIS_URL to make this a failure)`);
  return false;
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * A `REDIS_PREFIX` of its own for the API processes of one test file: test files run side by side on
 * one Redis, and replicas that heard another file's replicas would wait for their acknowledgements and
 * resync on their restarts.
 */
export function uniqueRedisPrefix(what: string): string {
  return `test-${what}-${process.pid}-${Date.now().toString(36)}:`;
}
