import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

const API_PREFIXES = ['/graphql', '/collab', '/health', '/auth'];

/**
 * Serves the built SvelteKit app and falls back to its index.html for client-side routes,
 * leaving the API's paths alone.
 */
export function webAppHandlers(webDir: string) {
  const index = join(webDir, 'index.html');
  const isApiPath = (path: string) => API_PREFIXES.some((p) => path === p || path.startsWith(p + '/'));
  const statics = express.static(webDir, { index: false, maxAge: '1h', immutable: false });
  return [
    (req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : statics(req, res, next)),
    (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
      if (!existsSync(index)) {
        res.status(503).type('text/plain').send('The web app is not built yet: run "npm run build".');
        return;
      }
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    },
  ];
}
