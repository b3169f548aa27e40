import { createServer, type Server } from 'node:http';
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../testing/test-platform';

/** A minimal OpenID Connect provider: discovery, keys, and a token endpoint that checks PKCE. */
class FakeProvider {
  server: Server;
  issuer = '';
  readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  signingKey: KeyObject = this.key.privateKey;
  /** code -> what the provider knows of that login */
  readonly codes = new Map<string, { email: string; nonce: string; challenge: string }>();

  constructor() {
    this.server = createServer((req, res) => {
      const url = new URL(req.url!, this.issuer);
      const json = (body: unknown, status = 200) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (url.pathname === '/.well-known/openid-configuration') {
        return json({ issuer: this.issuer, authorization_endpoint: `${this.issuer}/authorize`, token_endpoint: `${this.issuer}/token`, jwks_uri: `${this.issuer}/jwks` });
      }
      if (url.pathname === '/jwks') return json({ keys: [{ ...this.key.publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] });
      if (url.pathname === '/token') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          const form = new URLSearchParams(body);
          const login = this.codes.get(form.get('code') ?? '');
          const verifier = form.get('code_verifier') ?? '';
          const ok = req.headers.authorization === 'Basic ' + Buffer.from('routekaart:geheim').toString('base64');
          if (!login || !ok || createHash('sha256').update(verifier).digest('base64url') !== login.challenge) return json({ error: 'invalid_grant' }, 400);
          const now = Math.floor(Date.now() / 1000);
          json({ id_token: this.idToken({ iss: this.issuer, aud: 'routekaart', sub: 'u-' + login.email, email: login.email, email_verified: true, nonce: login.nonce, iat: now, exp: now + 300 }) });
        });
        return;
      }
      res.writeHead(404).end();
    });
  }

  idToken(claims: Record<string, unknown>): string {
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const input = `${part({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${part(claims)}`;
    return `${input}.${sign('RSA-SHA256', Buffer.from(input), this.signingKey).toString('base64url')}`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }
}

describe('single sign-on with OpenID Connect', () => {
  let idp: FakeProvider;
  let t: TestPlatform;

  beforeAll(async () => {
    idp = new FakeProvider();
    await idp.listen();
    t = await startTestPlatform({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: 'routekaart',
      OIDC_CLIENT_SECRET: 'geheim',
      OIDC_REDIRECT_URI: 'http://127.0.0.1/auth/oidc/callback',
    });
  });
  afterAll(async () => {
    await t?.close();
    idp?.server.close();
  });

  /** The browser's side: start, let the provider log `email` in, come back with `code`. */
  async function signIn(email: string, tamper: { state?: string } = {}) {
    const agent = request.agent(t.baseUrl);
    const start = await agent.get('/auth/oidc/login?returnTo=/grondstoffen/Ga');
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.location);
    expect(authorize.origin + authorize.pathname).toBe(`${idp.issuer}/authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const code = 'code-' + Math.random().toString(36).slice(2);
    idp.codes.set(code, { email, nonce: authorize.searchParams.get('nonce')!, challenge: authorize.searchParams.get('code_challenge')! });
    const back = await agent.get(`/auth/oidc/callback?code=${code}&state=${tamper.state ?? authorize.searchParams.get('state')}`);
    return { agent, back };
  }

  it('is offered to the login page', async () => {
    expect((await t.gql('{ singleSignOn { label loginUrl } }')).data).toEqual({
      singleSignOn: { label: 'Inloggen met single sign-on', loginUrl: '/auth/oidc/login' },
    });
  });

  it('logs a known user in with a session cookie and returns to the page they came from', async () => {
    const { agent, back } = await signIn('Beleid@EZ.example');
    expect(back.status).toBe(302);
    expect(back.headers.location).toBe('/grondstoffen/Ga');
    expect(String(back.headers['set-cookie'])).toMatch(/rk_session=rk_.*HttpOnly/);
    const me = await agent.post('/graphql').set('content-type', 'application/json').send({ query: '{ me { email } }' });
    expect(me.body.data.me).toEqual({ email: 'beleid@ez.example' });
  });

  it('refuses a user the platform does not know', async () => {
    const { back } = await signIn('stranger@elsewhere.example');
    expect(back.headers.location).toBe('/login?error=sso-unknown-user');
    expect(String(back.headers['set-cookie'] ?? '')).not.toMatch(/rk_session=rk_/);
  });

  it('refuses a verified address that has accounts in several organisations, and logs in once only one is left', async () => {
    for (const admin of ['keten@werf.example', 'inkoop@radar.example']) {
      const created = await t.gql(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { email: 'gedeeld@voorbeeld.example', name: 'Gedeeld', role: 'VIEWER', password: 'een-lang-wachtwoord' } },
        await t.login(admin),
      );
      expect(created.errors).toBeUndefined();
    }
    const { back } = await signIn('gedeeld@voorbeeld.example');
    expect(back.headers.location).toBe('/login?error=sso-ambiguous-user');
    expect(String(back.headers['set-cookie'] ?? '')).not.toMatch(/rk_session=rk_/);

    await t.platform.dataSource.query(
      `UPDATE app_user SET disabled_at = now() WHERE email = 'gedeeld@voorbeeld.example'
       AND organisation_id = (SELECT organisation_id FROM app_user WHERE email = 'inkoop@radar.example')`,
    );
    const { agent, back: again } = await signIn('gedeeld@voorbeeld.example');
    expect(again.headers.location).toBe('/grondstoffen/Ga');
    const me = await agent.post('/graphql').set('content-type', 'application/json').send({ query: '{ me { organisation { name } } }' });
    expect(me.body.data.me).toEqual({ organisation: { name: 'Noordzee Marinewerf B.V.' } });
  });

  it('refuses a callback whose state does not match the one it started with', async () => {
    const { back } = await signIn('beleid@ez.example', { state: 'forged' });
    expect(back.headers.location).toBe('/login?error=sso-failed');
    expect(String(back.headers['set-cookie'] ?? '')).not.toMatch(/rk_session=rk_/);
  });

  it('refuses an ID token signed with another key', async () => {
    idp.signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    try {
      const { back } = await signIn('beleid@ez.example');
      expect(back.headers.location).toBe('/login?error=sso-failed');
    } finally {
      idp.signingKey = idp.key.privateKey;
    }
  });
});
