import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/config';

/**
 * Whether a browser request's Origin may act with the user's session cookie: the API's own origin
 * (by Host), PUBLIC_URL's origin, or one of ALLOWED_ORIGINS. Requests without an Origin header
 * (same-origin navigations, scripts) pass; they cannot be forged cross-site by a browser.
 */
export function isAllowedOrigin(req: Pick<IncomingMessage, 'headers'>, config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const allowed = new Set(config.allowedOrigins);
  if (config.publicUrl) allowed.add(new URL(config.publicUrl).origin);
  const host = req.headers.host;
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}
