import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../config/config';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { AuthService, LOGIN_LIMITS, accountDelaySeconds } from './auth.service';
import { AuthHousekeepingService } from './auth-housekeeping.service';
import { clientAddressKey } from './client-address';

type Answer = { data: { login: { token: string } } | null; errors?: { message: string; extensions: Record<string, unknown> }[] };

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const OWNER = 'keten@werf.example';
const PASSWORD = 'routekaart';

/**
 * A login sent from a local address of our choosing (127.0.0.0/8 all reach the loopback interface on
 * Linux), so the API sees the same client address it would see from a real client: the socket's
 * peer. No X-Forwarded-For: the test platform trusts no proxy.
 */
function loginFrom(t: TestPlatform, localAddress: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: LOGIN, variables: { e: email, p: password } });
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: t.platform.port,
        path: '/graphql',
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text) as Answer);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const codeOf = (answer: Answer) => (answer.errors ? answer.errors[0].extensions.code : 'OK');
const codes = (answers: Answer[]) => answers.map(codeOf).reduce<Record<string, number>>((n, c) => ({ ...n, [String(c)]: (n[String(c)] ?? 0) + 1 }), {});

describe('login limits', () => {
  let t: TestPlatform;
  let passwordChecks: ReturnType<typeof vi.spyOn>;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());
  afterEach(async () => {
    passwordChecks?.mockRestore();
    await t.platform.dataSource.query('DELETE FROM login_attempt');
  });

  /** Counts every argon2 verification the logins make (the decoy's for unknown addresses too). */
  const countPasswordChecks = () => (passwordChecks = vi.spyOn(t.platform.app.get(AuthService), 'checkPassword'));

  it('checks only five passwords when forty wrong ones arrive at once from one address, and the owner logs in from another address right after', async () => {
    const checks = countPasswordChecks();
    const answers = await Promise.all(Array.from({ length: 40 }, () => loginFrom(t, '127.0.0.2', OWNER, 'wrong')));

    expect(checks).toHaveBeenCalledTimes(LOGIN_LIMITS.perPair);
    expect(codes(answers)).toEqual({ UNAUTHENTICATED: 5, TOO_MANY_REQUESTS: 35 });
    for (const refused of answers.filter((a) => codeOf(a) === 'TOO_MANY_REQUESTS')) {
      expect(refused.errors![0].message).toMatch(/^Too many failed logins; try again in \d+ (seconds|minutes)$/);
      expect(refused.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(LOGIN_LIMITS.windowMinutes * 60 - 60);
      expect(refused.errors![0].extensions.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMITS.windowMinutes * 60);
    }

    // The owner, elsewhere, is not locked out; the attacking address stays refused, even with the right password.
    expect((await loginFrom(t, '127.0.0.3', OWNER, PASSWORD)).data!.login.token).toMatch(/^rk_/);
    expect(codeOf(await loginFrom(t, '127.0.0.2', OWNER, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect(checks).toHaveBeenCalledTimes(LOGIN_LIMITS.perPair + 1);
  });

  it('checks only thirty passwords when forty different addresses are tried at once from one client', async () => {
    const checks = countPasswordChecks();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => loginFrom(t, '127.0.0.4', `nobody${i}@example.org`, 'wrong')));

    expect(checks).toHaveBeenCalledTimes(LOGIN_LIMITS.perAddress);
    expect(codes(answers)).toEqual({ UNAUTHENTICATED: 30, TOO_MANY_REQUESTS: 10 });
    expect(codeOf(await loginFrom(t, '127.0.0.4', OWNER, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await loginFrom(t, '127.0.0.5', OWNER, PASSWORD))).toBe('OK');
  });

  it('lets a successful login from an address reset that address’s failures', async () => {
    for (let i = 0; i < 4; i++) expect(codeOf(await loginFrom(t, '127.0.0.6', OWNER, 'wrong'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginFrom(t, '127.0.0.6', OWNER, PASSWORD))).toBe('OK');
    for (let i = 0; i < 4; i++) expect(codeOf(await loginFrom(t, '127.0.0.6', OWNER, 'wrong'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginFrom(t, '127.0.0.6', OWNER, PASSWORD))).toBe('OK');
  });

  it('slows, and does not block, an account that fails from many addresses, and never slows the addresses its owner used before', async () => {
    expect(codeOf(await loginFrom(t, '127.0.0.7', OWNER, PASSWORD))).toBe('OK'); // the owner's usual address
    for (const address of ['127.0.0.8', '127.0.0.9']) {
      for (let i = 0; i < 5; i++) expect(codeOf(await loginFrom(t, address, OWNER, 'wrong'))).toBe('UNAUTHENTICATED');
    }
    // Ten failures across addresses: an address new to the account waits a second after the last one...
    // (the last failure is moved to now: ten password checks on a busy machine can take longer than that second)
    await t.platform.dataSource.query(
      `UPDATE login_attempt SET at = clock_timestamp() WHERE id = (SELECT id FROM login_attempt WHERE email = $1 AND NOT succeeded ORDER BY at DESC LIMIT 1)`,
      [OWNER],
    );
    const slowed = await loginFrom(t, '127.0.0.10', OWNER, PASSWORD);
    expect(slowed.errors![0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
    await t.platform.dataSource.query(`UPDATE login_attempt SET at = at - interval '2 seconds'`);
    expect(codeOf(await loginFrom(t, '127.0.0.10', OWNER, PASSWORD))).toBe('OK');

    // ...and with more failures at most maxDelaySeconds, while the owner's usual address is never slowed.
    await t.platform.dataSource.query(`UPDATE login_attempt SET at = at - interval '1 minute'`);
    await t.platform.dataSource.query(
      `INSERT INTO login_attempt (email, ip, succeeded, at)
       SELECT $1, '127.0.1.' || (i % 8), false, clock_timestamp() - make_interval(secs => i) FROM generate_series(1, 25) i`,
      [OWNER],
    );
    const capped = await loginFrom(t, '127.0.0.11', OWNER, PASSWORD);
    expect(capped.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(capped.errors![0].extensions.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMITS.maxDelaySeconds);
    expect(codeOf(await loginFrom(t, '127.0.0.7', OWNER, PASSWORD))).toBe('OK');
  });

  it('counts the socket’s address and ignores X-Forwarded-For, which a client can write itself, unless TRUST_PROXY is set', async () => {
    for (let i = 0; i < 5; i++) await loginFrom(t, '127.0.0.12', OWNER, 'wrong', { 'x-forwarded-for': `203.0.113.${i}` });
    expect(codeOf(await loginFrom(t, '127.0.0.12', OWNER, PASSWORD, { 'x-forwarded-for': '203.0.113.99' }))).toBe('TOO_MANY_REQUESTS');
  });

  it('forgets failures that left the window and old successes, and the limits answer the same afterwards', async () => {
    const db = t.platform.dataSource;
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    // Five old failures (outside the window) and four recent ones from one address; a success from 40 days ago.
    for (let i = 0; i < 5; i += 1) await db.query(`INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, '127.0.0.9', false, $2)`, [OWNER, minutesAgo(LOGIN_LIMITS.windowMinutes + 5 + i)]);
    for (let i = 0; i < 4; i += 1) await db.query(`INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, '127.0.0.9', false, $2)`, [OWNER, minutesAgo(1 + i)]);
    await db.query(`INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, '127.0.0.9', true, $2)`, [OWNER, minutesAgo(40 * 24 * 60)]);
    await db.query(`INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, '127.0.0.8', true, $2)`, [OWNER, minutesAgo(2 * 24 * 60)]);

    // A session that ended ten days ago goes; the sessions in use stay.
    const [{ sessionsBefore }] = await db.query(`SELECT count(*)::int AS "sessionsBefore" FROM session`);
    await db.query(
      `INSERT INTO session (token_hash, user_id, expires_at) SELECT '\\xdead'::bytea, id, now() - interval '10 days' FROM app_user WHERE email = $1`,
      [OWNER],
    );

    const removed = await t.platform.app.get(AuthHousekeepingService).removeExpired();
    expect(removed).toEqual({ loginAttempts: 6, sessions: 1 });
    const [{ sessionsAfter }] = await db.query(`SELECT count(*)::int AS "sessionsAfter" FROM session`);
    expect(sessionsAfter).toBe(sessionsBefore);
    const [{ left }] = await db.query(`SELECT count(*)::int AS left FROM login_attempt`);
    expect(left).toBe(5);

    // The address still has one failure left in the window before its limit, as it had before the clean-up.
    expect(codeOf(await loginFrom(t, '127.0.0.9', OWNER, 'wrong'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginFrom(t, '127.0.0.9', OWNER, PASSWORD))).toBe('TOO_MANY_REQUESTS');
  });

  it('waits a second after the tenth failure across addresses, doubling per failure up to sixteen seconds', () => {
    expect([0, 9, 10, 11, 12, 13, 14, 15, 40].map(accountDelaySeconds)).toEqual([0, 0, 1, 2, 4, 8, 16, 16, 16]);
  });
});

describe('login limits behind a trusted proxy', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => t?.close());

  it('counts the client address the proxy reports', async () => {
    for (let i = 0; i < 5; i++) await loginFrom(t, '127.0.0.2', OWNER, 'wrong', { 'x-forwarded-for': '203.0.113.7' });
    expect(codeOf(await loginFrom(t, '127.0.0.2', OWNER, PASSWORD, { 'x-forwarded-for': '203.0.113.7' }))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await loginFrom(t, '127.0.0.2', OWNER, PASSWORD, { 'x-forwarded-for': '198.51.100.1' }))).toBe('OK');
  });
});

describe('the address a client is counted under', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('counts %s as %s', (ip, key) => {
    expect(clientAddressKey(ip)).toBe(key);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['0', false],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.0.2.1, 2001:db8::/32', ['10.0.0.0/8', '192.0.2.1', '2001:db8::/32']],
  ])('reads %s as %o', (raw, trustProxy) => {
    expect(loadConfig(raw === undefined ? {} : { TRUST_PROXY: raw }).trustProxy).toEqual(trustProxy);
  });

  it.each(['true', 'everyone', '10.0.0.0/33', '99'])('refuses %s, which would let any client choose its address', (raw) => {
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(/^TRUST_PROXY must be the number of proxies/);
  });
});
