import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The hashes SvelteKit puts in the built index.html (`kit.csp`, mode 'hash', in apps/web/vite.config.ts)
 * for its inline bootstrap script, as `'sha256-…'` sources. Read again when the file changes, so a
 * rebuild while the API runs does not leave the header naming old hashes; whether it changed is looked
 * at no more than once per `recheckMs` (every response carries the header: a file-system call per
 * request was a measurable part of a small request's cost).
 */
export function webScriptHashes(webDir: string, recheckMs = 1000, now: () => number = Date.now): () => string[] {
  const index = join(webDir, 'index.html');
  let cached: { mtimeMs: number; hashes: string[] } | null = null;
  let checkedAt = -Infinity;
  return () => {
    const time = now();
    if (time - checkedAt < recheckMs) return cached?.hashes ?? [];
    checkedAt = time;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(index).mtimeMs;
    } catch {
      cached = null;
      return []; // not built: the API answers 503 for pages, and no inline script needs allowing
    }
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, hashes: scriptHashesOf(readFileSync(index, 'utf8')) };
    return cached.hashes;
  };
}

/** The `'sha256-…'` sources of script-src in the page's `<meta http-equiv="content-security-policy">`. */
export function scriptHashesOf(html: string): string[] {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) return [];
  const policy = meta[1].replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const scriptSrc = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  return (scriptSrc ?? []).filter((source) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source));
}

/**
 * Security headers on every response (web app, /graphql, /health, /auth), with helmet:
 * - Content-Security-Policy: only this origin's scripts plus SvelteKit's hashed bootstrap script,
 *   no plugins, no framing (`frame-ancestors` works only as a header, hence here and not in the page);
 * - Referrer-Policy `same-origin`: other sites learn no paths (which item, which roadmap). Not
 *   `no-referrer`: with it browsers send `Origin: null` on the app's own POSTs, and the API accepts
 *   the session cookie only with our Origin (see common/origin.ts);
 * - HSTS only when PUBLIC_URL is https (on plain http it would be ignored, or lock a test host to https);
 * - nosniff, X-Frame-Options DENY for old browsers, no X-Powered-By.
 * WebSocket upgrades (/graphql subscriptions, /collab) do not pass through Express and keep working.
 */
export function securityHeaders(options: { webDir: string; https: boolean }) {
  const hashes = webScriptHashes(options.webDir);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", () => hashes().join(' ')],
        'style-src': ["'self'"],
        // Style attributes only: Svelte writes `style="…"` attributes from templates, and ECharts' SVG
        // renderer and Tiptap set them on the elements they draw; neither can carry a hash or nonce.
        // Attribute styles cannot load resources or run script, and <style> elements stay limited to 'self'.
        'style-src-attr': ["'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        // 'self' covers fetches to /graphql and, in CSP 3 browsers, the WebSockets to /graphql and /collab.
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: options.https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
    xPoweredBy: true,
  }) as (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
}
