import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Query parameters that carry credentials: the collaboration socket's `?token=`, OAuth/OIDC codes and tokens. */
const SECRET_PARAMS = new Set(['token', 'access_token', 'id_token', 'refresh_token', 'code', 'client_secret', 'password']);
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

/** Who made a request, noted once the session is known (the GraphQL context), for its log line. */
const REQUEST_USER = Symbol('routekaart.requestUser');

export function noteRequestUser(req: object, userId: string | null): void {
  (req as { [REQUEST_USER]?: string | null })[REQUEST_USER] = userId;
}

interface LoggedRequest {
  method?: string;
  originalUrl?: string;
  url?: string;
  body?: unknown;
  [REQUEST_USER]?: string | null;
}

/** The path of a request with credentials in its query string redacted. */
function pathOf(req: LoggedRequest): string {
  return redactUrl(req.originalUrl ?? req.url ?? '');
}

/**
 * The request line's own fields, added when the response is logged: the user (once the session was
 * read) and the GraphQL operation's name. No headers, no query variables.
 */
export function requestLineProps(req: LoggedRequest): Record<string, string> {
  const props: Record<string, string> = {};
  const user = req[REQUEST_USER];
  if (user) props.userId = user;
  const body = req.body as { operationName?: unknown } | undefined;
  if (body && typeof body.operationName === 'string' && body.operationName) props.operation = body.operationName.slice(0, 100);
  return props;
}

/** "POST /graphql 200 12 ms": what a person reading the log wants to see first. */
export function requestLineMessage(req: LoggedRequest, res: { statusCode: number }, responseTime?: number): string {
  const operation = requestLineProps(req).operation;
  const took = responseTime === undefined ? '' : ` ${Math.round(responseTime)} ms`;
  return `${req.method ?? ''} ${pathOf(req)}${operation ? ` ${operation}` : ''} ${res.statusCode}${took}`;
}

/** The request as the log line carries it: method and redacted path only. */
export function compactRequest(req: LoggedRequest): { method?: string; url: string } {
  return { method: req.method, url: pathOf(req) };
}

/**
 * The request line middleware: one compact line per request (method, path with tokens in the query
 * string redacted, status, duration, user and GraphQL operation), no headers, so no cookies or bearer
 * tokens, and no variables. /health is not logged.
 *
 * Mounted by the platform itself rather than through nestjs-pino's LoggerModule middleware: that one
 * also runs every request in an AsyncLocalStorage (for request-bound loggers, which nothing here
 * uses), and on Node 20 an AsyncLocalStorage turns on promise hooks for every promise of the
 * request, about a twentieth of the CPU of a GraphQL list (bench:api profile).
 */
export function requestLogger(logger: Logger): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return pinoHttp({
    logger,
    autoLogging: { ignore: (req) => req.url === '/health' },
    serializers: { req: compactRequest, res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
    customProps: (req) => requestLineProps(req as never),
    customSuccessMessage: (req, res, responseTime) => requestLineMessage(req as never, res, responseTime),
    customErrorMessage: (req, res) => requestLineMessage(req as never, res),
  });
}
