import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from 'node:crypto';
import type { OidcConfig } from '../../config/config';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

export interface OidcLoginState {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export interface OidcIdentity {
  email: string;
  subject: string;
}

export class OidcError extends Error {}

const b64url = (buf: Buffer) => buf.toString('base64url');

/**
 * The authorization-code flow with PKCE against one OpenID Connect provider, verifying the ID
 * token's signature (RS256/ES256 from the provider's JWKS), issuer, audience, expiry and nonce
 * with Node's crypto alone.
 */
export class OidcClient {
  private discovery: Promise<Discovery> | null = null;
  private keys: { fetchedAt: number; keys: (JsonWebKey & { kid?: string; alg?: string })[] } | null = null;

  constructor(
    private readonly config: OidcConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** Where to send the browser, and the state to keep (in an httpOnly cookie) until it returns. */
  async start(returnTo: string): Promise<{ url: string; state: OidcLoginState }> {
    const d = await this.discover();
    const state: OidcLoginState = {
      state: b64url(randomBytes(24)),
      nonce: b64url(randomBytes(24)),
      verifier: b64url(randomBytes(32)),
      returnTo,
    };
    const url = new URL(d.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.clientId,
      redirect_uri: this.config.redirectUri,
      scope: 'openid email profile',
      state: state.state,
      nonce: state.nonce,
      code_challenge: b64url(createHash('sha256').update(state.verifier).digest()),
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.toString(), state };
  }

  /** Exchanges the code and returns the verified identity, or throws OidcError saying what failed. */
  async finish(query: { code?: string; state?: string; error?: string }, kept: OidcLoginState | null): Promise<OidcIdentity> {
    if (query.error) throw new OidcError(`the identity provider refused the login (${query.error})`);
    if (!kept || !query.state || query.state !== kept.state) throw new OidcError('the login state does not match; start the login again');
    if (!query.code) throw new OidcError('the identity provider sent no code');
    const d = await this.discover();
    const response = await this.fetchImpl(d.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'Basic ' + Buffer.from(`${encodeURIComponent(this.config.clientId)}:${encodeURIComponent(this.config.clientSecret)}`).toString('base64'),
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: query.code,
        redirect_uri: this.config.redirectUri,
        code_verifier: kept.verifier,
      }),
    });
    if (!response.ok) throw new OidcError(`the token endpoint answered ${response.status}`);
    const tokens = (await response.json()) as { id_token?: string };
    if (!tokens.id_token) throw new OidcError('the token endpoint sent no ID token');
    const claims = await this.verifyIdToken(tokens.id_token, d.issuer);
    if (claims.nonce !== kept.nonce) throw new OidcError('the ID token is not for this login (nonce)');
    if (typeof claims.email !== 'string' || claims.email_verified === false) throw new OidcError('the identity provider gave no verified e-mail address');
    return { email: claims.email.toLowerCase(), subject: String(claims.sub) };
  }

  private async verifyIdToken(token: string, issuer: string): Promise<Record<string, unknown>> {
    const [h, p, s] = token.split('.');
    if (!h || !p || !s) throw new OidcError('the ID token is malformed');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg: string; kid?: string };
    const algorithm = { RS256: 'RSA-SHA256', ES256: 'SHA256' }[header.alg];
    if (!algorithm) throw new OidcError(`the ID token is signed with ${header.alg}, which is not accepted`);
    const jwk = await this.key(header.kid);
    const ok = verify(algorithm, Buffer.from(`${h}.${p}`), { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'));
    if (!ok) throw new OidcError('the ID token signature is not valid');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (claims.iss !== issuer) throw new OidcError('the ID token comes from another issuer');
    if (!audience.includes(this.config.clientId)) throw new OidcError('the ID token is for another client');
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now() - 60_000) throw new OidcError('the ID token has expired');
    return claims;
  }

  private async key(kid: string | undefined): Promise<JsonWebKey> {
    const find = () => this.keys?.keys.find((k) => !kid || k.kid === kid);
    // Refetch on an unknown key id (the provider rotated its keys), at most once a minute.
    if (!find() && (!this.keys || Date.now() - this.keys.fetchedAt > 60_000)) {
      const d = await this.discover();
      const res = await this.fetchImpl(d.jwks_uri);
      if (!res.ok) throw new OidcError(`the provider's keys could not be fetched (${res.status})`);
      this.keys = { fetchedAt: Date.now(), keys: ((await res.json()) as { keys: JsonWebKey[] }).keys };
    }
    const key = find();
    if (!key) throw new OidcError('the ID token is signed with an unknown key');
    return key;
  }

  private discover(): Promise<Discovery> {
    this.discovery ??= (async () => {
      const res = await this.fetchImpl(`${this.config.issuer}/.well-known/openid-configuration`);
      if (!res.ok) throw new OidcError(`the provider's configuration could not be fetched (${res.status})`);
      return (await res.json()) as Discovery;
    })().catch((error: unknown) => {
      this.discovery = null;
      throw error instanceof OidcError ? error : new OidcError(`the identity provider cannot be reached: ${(error as Error).message}`);
    });
    return this.discovery;
  }
}
