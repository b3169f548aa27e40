import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { checkDatabaseUrl } from '@routekaart/db';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const LOG_FORMATS = ['auto', 'pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Everything the platform reads from its environment, validated once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded one is started in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  redisUrl: string | null;
  /**
   * Start of every Redis channel name. Replicas of one deployment share it; deployments (or test
   * runs) that share a Redis but not a database set their own, so they never hear each other.
   */
  redisPrefix: string;
  production: boolean;
  logLevel: LogLevel;
  /** `pretty` (readable lines), `json` (one object per line) or `auto`: pretty on a terminal, JSON otherwise. */
  logFormat: LogFormat;
  /** The bearer token a Prometheus scraper sends to `/metrics`; null: no `/metrics` endpoint. */
  metricsToken: string | null;
  /** Load the demo organisations and users when the database is empty. */
  demoData: boolean;
  demoPassword: string;
  sessionTtlHours: number;
  /** Analysis graphs kept in memory (chain views by product group and permissions); 0 loads every request. */
  analysisCacheGraphs: number;
  /** Largest encoded size of a collaborative document; an edit beyond it is refused with a clear reason. */
  collabMaxDocumentBytes: number;
  /** MB the old generation may grow by before the process runs a full collection itself (common/heap-keeper.ts); 0: never. */
  heapKeeperMb: number;
  /** The URL users reach the platform at; decides the Secure flag of the session cookie. */
  publicUrl: string | null;
  /** Origins allowed to open collaboration sockets and send credentialed requests. */
  allowedOrigins: string[];
  /**
   * Which proxies in front of the API to believe about the client's address (X-Forwarded-For),
   * as Express's `trust proxy`: a hop count or proxy addresses/subnets; false trusts none.
   * Login rate limits count per client address, so behind a load balancer this must be set.
   */
  trustProxy: false | number | string[];
  /** Folder of the built web app. */
  webDir: string;
  /** Where to write the GraphQL schema; null keeps it in memory. */
  schemaFile: string | null;
  /** Single sign-on through an OpenID Connect provider (e.g. Keycloak); null when not configured. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; must be registered with the provider. */
  redirectUri: string;
  /** Label of the login button. */
  label: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Reads and checks the environment; throws a ConfigError naming the variable at fault. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const text = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : null;
  };
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const raw = text(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const boolean = (name: string, fallback: boolean) => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined || raw === null) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false, got "${env[name]}"`);
    return fallback;
  };
  const url = (name: string, protocols: string[]) => {
    const raw = text(name);
    if (raw === null) return null;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) throw new Error();
      return raw;
    } catch {
      problems.push(`${name} must be a ${protocols.map((p) => p + '//').join(' or ')} URL, got "${raw}"`);
      return null;
    }
  };

  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl) {
    const problem = checkDatabaseUrl(databaseUrl);
    if (problem) problems.push(`DATABASE_URL ${problem}`);
  }
  const nodeEnv = text('NODE_ENV') ?? 'development';
  const production = nodeEnv === 'production';
  const logLevel = (text('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const logFormat = (text('LOG_FORMAT') ?? 'auto') as LogFormat;
  if (!LOG_FORMATS.includes(logFormat)) problems.push(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}, got "${logFormat}"`);
  const metricsToken = text('METRICS_TOKEN');
  if (metricsToken !== null && metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters long');
  const publicUrl = url('PUBLIC_URL', ['http:', 'https:']);
  const port = integer('PORT', 3000, 0, 65535);
  const allowedOrigins = (text('ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const origins: string[] = [];
  for (const origin of allowedOrigins) {
    try {
      origins.push(new URL(origin).origin);
    } catch {
      problems.push(`ALLOWED_ORIGINS must be a comma-separated list of origins, got "${origin}"`);
    }
  }
  const trustProxy = parseTrustProxy(text('TRUST_PROXY'), problems);
  const config: AppConfig = {
    port,
    host: text('HOST') ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(cwd, text('ROUTEKAART_DATA_DIR') ?? '.data'),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    redisPrefix: redisPrefix(text('REDIS_PREFIX'), problems),
    production,
    logLevel,
    logFormat,
    metricsToken,
    demoData: boolean('DEMO_DATA', !production),
    demoPassword: text('DEMO_PASSWORD') ?? 'routekaart',
    sessionTtlHours: integer('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    analysisCacheGraphs: integer('ANALYSIS_CACHE_GRAPHS', 4, 0, 1000),
    collabMaxDocumentBytes: integer('COLLAB_MAX_DOCUMENT_BYTES', 5 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    heapKeeperMb: integer('HEAP_KEEPER_MB', 24, 0, 64 * 1024),
    publicUrl,
    allowedOrigins: origins,
    trustProxy,
    webDir: resolve(cwd, text('WEB_DIR') ?? 'apps/web/build'),
    schemaFile: null,
    oidc: null,
  };
  const oidcIssuer = url('OIDC_ISSUER', ['http:', 'https:']);
  if (oidcIssuer) {
    const clientId = text('OIDC_CLIENT_ID');
    const clientSecret = text('OIDC_CLIENT_SECRET');
    if (!clientId) problems.push('OIDC_CLIENT_ID must be set when OIDC_ISSUER is');
    if (!clientSecret) problems.push('OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is');
    const redirect = url('OIDC_REDIRECT_URI', ['http:', 'https:']) ?? (publicUrl ? new URL('/auth/oidc/callback', publicUrl).toString() : null);
    if (!redirect) problems.push('OIDC_REDIRECT_URI (or PUBLIC_URL) must be set when OIDC_ISSUER is');
    config.oidc = {
      issuer: oidcIssuer.replace(/\/$/, ''),
      clientId: clientId ?? '',
      clientSecret: clientSecret ?? '',
      redirectUri: redirect ?? '',
      label: text('OIDC_LABEL') ?? 'Inloggen met single sign-on',
    };
  }
  if (production && config.demoData && config.demoPassword === 'routekaart') {
    problems.push('DEMO_PASSWORD must be set to something other than the default when DEMO_DATA is on in production');
  }
  if (problems.length) throw new ConfigError(problems.join('; '));
  return config;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: a hop count, or proxy addresses, subnets and Express's names; `true` (trust anyone) is refused. */
function parseTrustProxy(raw: string | null, problems: string[]): false | number | string[] {
  if (raw === null) return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops <= 32) return hops === 0 ? false : hops;
  }
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean);
  const valid = (entry: string) => {
    if (PROXY_NAMES.includes(entry)) return true;
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    if (!family || rest.length) return false;
    return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
  };
  if (!entries.length || !entries.every(valid)) {
    problems.push(
      `TRUST_PROXY must be the number of proxies in front of the API or a comma-separated list of their addresses or subnets (or loopback, linklocal, uniquelocal), got "${raw}"`,
    );
    return false;
  }
  return entries;
}

/** `REDIS_PREFIX`: letters, digits and `:_.-`, ending in `:` so channel names stay readable. */
function redisPrefix(value: string | null | undefined, problems: string[]): string {
  if (value == null) return 'routekaart:';
  if (!/^[A-Za-z0-9:_.-]{1,64}:$/.test(value)) problems.push(`REDIS_PREFIX must be up to 64 letters, digits or ":_.-" ending in ":", got "${value}"`);
  return value;
}
