import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

// /graphiql is the development GraphQL IDE (graphql-ide.ts): in production it answers 404, not the app.
const API_PREFIXES = ['/graphql', '/graphiql', '/collab', '/health', '/auth', '/metrics'];

/** SvelteKit puts content-hashed files under `_app/immutable/`: a new build gives them new names. */
const IMMUTABLE_DIR = `${sep}_app${sep}immutable${sep}`;
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, version.json, favicon) is checked with the server on every use. */
export const REVALIDATE_CACHE = 'no-cache';

/**
 * Serves the built SvelteKit app and falls back to its index.html for client-side routes,
 * leaving the API's paths alone. The build writes a brotli (`.br`) and a gzip (`.gz`) copy next to
 * each asset; the copy the browser accepts is sent with `Content-Encoding` (brotli first), so
 * nothing is compressed per request. Hashed assets are cached for a year, the rest revalidated.
 */
export function webAppHandlers(webDir: string) {
  const index = join(webDir, 'index.html');
  const isApiPath = (path: string) => API_PREFIXES.some((p) => path === p || path.startsWith(p + '/'));
  const statics = expressStaticGzip(webDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res, path) => res.setHeader('cache-control', path.includes(IMMUTABLE_DIR) ? IMMUTABLE_CACHE : REVALIDATE_CACHE),
    },
  });
  return [
    (req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : statics(req, res, next)),
    (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
      if (!existsSync(index)) {
        res.status(503).type('text/plain').send('The web app is not built yet: run "npm run build".');
        return;
      }
      res.setHeader('cache-control', REVALIDATE_CACHE);
      res.sendFile(index);
    },
  ];
}
