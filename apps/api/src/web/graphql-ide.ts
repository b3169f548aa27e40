import { dirname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import compression from 'compression';

/** Where the GraphQL IDE is served (outside production only). */
export const GRAPHQL_IDE_PATH = '/graphiql';

/**
 * The browser files of the IDE: GraphiQL 3's UMD build and the React it expects as globals, from
 * node_modules (root devDependencies), so the page needs no CDN and works offline.
 */
const VENDOR_FILES = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css' },
} as const;
type VendorFile = keyof typeof VENDOR_FILES;

/**
 * The page's own script, served as a file: the Content-Security-Policy allows no inline script.
 * It asks `{ me }` with the page's cookies to say whose session the IDE uses (the web app's
 * httpOnly session cookie goes along with every same-origin request, GraphiQL's included), and
 * starts GraphiQL against /graphql, with subscriptions over graphql-ws on the same path.
 */
export const IDE_SCRIPT = `'use strict';
(function () {
  var http = new URL('/graphql', window.location.href);
  var ws = new URL('/graphql', window.location.href);
  ws.protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  var session = document.getElementById('ide-session');
  var TOKEN_HINT = 'add {"authorization": "Bearer <token>"} under Headers (the login mutation returns a token).';
  fetch(http.href, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ me { email } }' }),
  })
    .then(function (res) { return res.json(); })
    .then(function (body) {
      var me = body && body.data && body.data.me;
      session.textContent = me
        ? 'Signed in as ' + me.email + ' through the web app\\'s session in this browser. To act as someone else, ' + TOKEN_HINT
        : 'Not signed in: sign in to the web app (/login) in this browser and reload, or ' + TOKEN_HINT;
      session.className = me ? 'signed-in' : 'signed-out';
    })
    .catch(function (error) { session.textContent = 'Could not reach /graphql: ' + error.message; session.className = 'signed-out'; });
  var fetcher = GraphiQL.createFetcher({ url: http.href, subscriptionUrl: ws.href });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: '{\\n  me {\\n    email\\n    name\\n  }\\n}\\n' }),
  );
})();
`;

export const IDE_STYLES = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
#ide-session { padding: 6px 12px; font-size: 14px; border-bottom: 1px solid #ccc; }
#ide-session.signed-in { background: #e8f5e9; }
#ide-session.signed-out { background: #fff8e1; }
#graphiql { flex: 1; min-height: 0; }
.missing { max-width: 40rem; margin: 2rem auto; line-height: 1.5; }
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Routekaart GraphQL IDE (development)</title>
<link rel="stylesheet" href="${GRAPHQL_IDE_PATH}/graphiql.min.css">
<link rel="stylesheet" href="${GRAPHQL_IDE_PATH}/ide.css">
</head>
<body>
<div id="ide-session">Checking your session…</div>
<div id="graphiql">Loading GraphiQL…</div>
<noscript>The GraphQL IDE needs JavaScript.</noscript>
<script src="${GRAPHQL_IDE_PATH}/react.production.min.js"></script>
<script src="${GRAPHQL_IDE_PATH}/react-dom.production.min.js"></script>
<script src="${GRAPHQL_IDE_PATH}/graphiql.min.js"></script>
<script src="${GRAPHQL_IDE_PATH}/ide.js"></script>
</body>
</html>
`;

const missingPage = (packages: string[]) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>GraphQL IDE not installed</title><link rel="stylesheet" href="${GRAPHQL_IDE_PATH}/ide.css"></head>
<body><div class="missing">
<h1>The GraphQL IDE is not installed</h1>
<p>It is built from the development packages ${packages.join(', ')}, which this installation does not have
(a production install leaves development dependencies out). Run <code>npm install</code> in the repository to get them.
The API itself works: send queries to <code>/graphql</code>.</p>
</div></body>
</html>
`;

/**
 * The policy of the IDE's responses: the app's (web/security-headers.ts) with one addition,
 * `data:` fonts, because graphiql.min.css embeds its fonts that way. Scripts and stylesheets
 * still come from this origin only; React sets style attributes, which the app's policy allows.
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Finds a vendor file on disk; throws when its package is not installed. */
export type ResolveVendorFile = (pkg: string, file: string) => string;

const resolveFromNodeModules: ResolveVendorFile = (pkg, file) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

/**
 * Express handlers for the GraphQL IDE under /graphiql: the page, its script and styles, and the
 * vendor files. Mounted by the platform outside production only (production answers 404, as the
 * API refuses introspection there). Packages that cannot be found give a page that says so
 * (HTTP 503) instead of a crash, e.g. after `npm ci --omit=dev`.
 */
export function graphqlIdeHandlers(resolve: ResolveVendorFile = resolveFromNodeModules) {
  const files = new Map<string, string>();
  const missing = new Set<string>();
  for (const [name, { pkg, file }] of Object.entries(VENDOR_FILES)) {
    try {
      files.set(name, resolve(pkg, file));
    } catch {
      missing.add(pkg);
    }
  }
  const send = (res: Response, type: string, body: string, status = 200) => {
    res.status(status).setHeader('content-security-policy', IDE_CONTENT_SECURITY_POLICY);
    res.setHeader('cache-control', 'no-cache');
    res.type(type).send(body);
  };
  // The vendor files are large (GraphiQL's bundle is 3.5 MB); compressed they load quickly over a network too.
  const compress = compression();
  return [
    (req: Request, res: Response, next: NextFunction) => (isIdePath(req.path) ? compress(req, res, next) : next()),
    (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !isIdePath(req.path)) return next();
      const name = req.path === GRAPHQL_IDE_PATH || req.path === `${GRAPHQL_IDE_PATH}/` ? '' : req.path.slice(GRAPHQL_IDE_PATH.length + 1);
      if (name === '') return missing.size ? send(res, 'html', missingPage([...missing]), 503) : send(res, 'html', PAGE);
      if (name === 'ide.js') return send(res, 'text/javascript', IDE_SCRIPT);
      if (name === 'ide.css') return send(res, 'text/css', IDE_STYLES);
      const path = files.get(name as VendorFile);
      if (!path) {
        // Unknown names and files of missing packages: a plain 404 (no fallback to the web app).
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('content-security-policy', IDE_CONTENT_SECURITY_POLICY);
      res.sendFile(path, { headers: { 'cache-control': 'no-cache' } }, (error) => error && next(error));
    },
  ];
}

function isIdePath(path: string): boolean {
  return path === GRAPHQL_IDE_PATH || path.startsWith(`${GRAPHQL_IDE_PATH}/`);
}
