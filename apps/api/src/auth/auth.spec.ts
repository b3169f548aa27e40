import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '@routekaart/db';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const ME = '{ me { email name role organisation { name kind } } }';

describe('login and sessions', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  const demoUsers = DEMO_ORGANISATIONS.flatMap((org) => org.users.map((user) => ({ org, user })));

  it.each(demoUsers)('logs $user.email in and shows their organisation', async ({ org, user }) => {
    const res = await t.gql<{ login: { token: string; user: { email: string; organisation: { name: string; kind: string } } } }>(
      'mutation { login(email: "' + user.email + '", password: "routekaart") { token user { email organisation { name kind } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toEqual({ email: user.email, organisation: { name: org.name, kind: org.kind } });
    expect(res.data!.login.token).toMatch(/^rk_[\w-]{43}$/);
  });

  it('accepts the e-mail address in another case and with spaces', async () => {
    const token = await t.login('  Keten@Werf.EXAMPLE ');
    const me = await t.gql<{ me: { email: string } }>(ME, {}, token);
    expect(me.data!.me.email).toBe('keten@werf.example');
  });

  it('refuses a wrong password and an unknown address with the same UNAUTHENTICATED error', async () => {
    const wrong = await t.gql('mutation { login(email: "keten@werf.example", password: "nope") { token } }');
    const unknown = await t.gql('mutation { login(email: "nobody@werf.example", password: "routekaart") { token } }');
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors![0]).toMatchObject({
        message: 'Wrong e-mail address or password',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('reports an empty e-mail address as bad input on that field', async () => {
    const res = await t.gql('mutation { login(email: " ", password: "x") { token } }');
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('answers me with null for an anonymous request and for a made-up token', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
    expect((await t.gql(ME, {}, 'rk_made-up')).data).toEqual({ me: null });
  });

  it('sets an httpOnly SameSite session cookie that works on its own, as a browser uses it', async () => {
    const agent = request.agent(t.baseUrl);
    const login = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: 'mutation { login(email: "analist@nmo.example", password: "routekaart") { token } }' });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/rk_session=rk_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await agent.post('/graphql').set('content-type', 'application/json').send({ query: ME });
    expect(me.body.data.me).toMatchObject({ email: 'analist@nmo.example', organisation: { kind: 'KNOWLEDGE_INSTITUTE' } });
  });

  it('stops accepting a token after logout', async () => {
    const token = await t.login('beleid@ez.example');
    expect((await t.gql<{ me: unknown }>(ME, {}, token)).data!.me).not.toBeNull();
    expect((await t.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect((await t.gql(ME, {}, token)).data).toEqual({ me: null });
  });

  it('stops accepting a token once its session has expired', async () => {
    const token = await t.login('beleid@defensie.example');
    await t.platform.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second'
       WHERE user_id = (SELECT id FROM app_user WHERE email = 'beleid@defensie.example')`,
    );
    expect((await t.gql(ME, {}, token)).data).toEqual({ me: null });
  });

  it('stores only a hash of the token, never the token itself', async () => {
    const token = await t.login('inkoop@radar.example');
    const rows: { token_hash: Buffer }[] = await t.platform.dataSource.query('SELECT token_hash FROM session');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.token_hash.toString('utf8')).not.toContain(token.slice(3, 20));
  });

  it('refuses a disabled user even with the right password', async () => {
    await t.platform.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE email = 'verkoop@magneet.example'`);
    const res = await t.gql('mutation { login(email: "verkoop@magneet.example", password: "routekaart") { token } }');
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('login rate limits', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  const attempt = (email: string, password: string) =>
    t.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });

  it('refuses an account from an address after five wrong passwords from it, even with the right one, until the window passes', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('beleid@ez.example', 'wrong')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt('beleid@ez.example', 'routekaart');
    expect(blocked.errors![0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' }, message: expect.stringMatching(/Too many failed logins/) });
    // Other accounts from the same address are not blocked by this account's failures.
    expect((await attempt('beleid@defensie.example', 'routekaart')).data!.login.token).toMatch(/^rk_/);
    await t.platform.dataSource.query(`DELETE FROM login_attempt WHERE email = 'beleid@ez.example'`);
    expect((await attempt('beleid@ez.example', 'routekaart')).data!.login.token).toMatch(/^rk_/);
  });

  // Thirty-one logins one after another, each an argon2 verification at the production cost (64 MiB,
  // 3 passes; the decoy's for unknown accounts too): up to a second each on a busy 2-core machine.
  it('refuses a client address after thirty failures across accounts', async () => {
    for (let i = 0; i < 30; i++) await attempt(`nobody${i}@example.org`, 'x');
    expect((await attempt('keten@werf.example', 'routekaart')).errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
  }, 120_000);
});

describe('the session cookie across sites', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ ALLOWED_ORIGINS: 'https://partner.example' });
  });
  afterAll(async () => t?.close());

  it('counts only when the request comes from our own page or an allowed origin', async () => {
    const token = await t.login('keten@werf.example');
    const me = (origin: string) =>
      request(t.baseUrl)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', `rk_session=${token}`)
        .set('origin', origin)
        .send({ query: '{ me { email } }' });
    expect((await me(t.baseUrl)).body.data.me).toEqual({ email: 'keten@werf.example' });
    expect((await me('https://partner.example')).body.data.me).toEqual({ email: 'keten@werf.example' });
    expect((await me('https://evil.example')).body.data.me).toBeNull();
  });
});
