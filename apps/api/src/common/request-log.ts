/** Query parameters that carry credentials: the collaboration socket's `?token=`, OAuth/OIDC codes and tokens. */
const SECRET_PARAMS = new Set(['token', 'access_token', 'id_token', 'refresh_token', 'code', 'client_secret', 'password']);
/** Request headers that carry credentials. */
const SECRET_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export const REDACTED = '[REDACTED]';

/** The URL with the value of every credential-carrying query parameter replaced by `[REDACTED]`. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return isSecretParam(name) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}

function isSecretParam(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    // a malformed escape: compare it as it is
  }
  return SECRET_PARAMS.has(decoded.trim().toLowerCase());
}

interface SerializedRequest {
  url?: string;
  query?: unknown;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * pino-http's request serializer (it gets pino's standard form of the request): the URL, the parsed
 * query and the credential headers without their secrets. Copies what it changes: the headers
 * object is the live request's.
 */
export function serializeRequest(req: SerializedRequest): SerializedRequest {
  if (typeof req.url === 'string') req.url = redactUrl(req.url);
  if (req.query && typeof req.query === 'object') {
    req.query = Object.fromEntries(
      Object.entries(req.query as Record<string, unknown>).map(([name, value]) => [name, isSecretParam(name) ? REDACTED : value]),
    );
  }
  if (req.headers) {
    const headers = { ...req.headers };
    for (const name of SECRET_HEADERS) if (name in headers) headers[name] = REDACTED;
    req.headers = headers;
  }
  return req;
}
