import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// The API (apps/api) listens on 3000 in development; in production it serves this build itself.
const api = process.env.ROUTEKAART_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    // SvelteKit's options live here (no svelte.config.js): a static SPA, served by the API
    // with index.html as the fallback for every client-side route.
    sveltekit({
      // precompress: a .br and a .gz copy of every asset, sent by the API by content negotiation.
      adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true, precompress: true }),
      // The permission types the API builds its rules from, and the vocabulary lists ($lib/api/vocabulary).
      // libs/access is pure (type:pure); the web never imports libs/db.
      alias: { '@routekaart/access': '../../libs/access/src/index.ts' },
      // Hashes of the inline bootstrap script go into a <meta http-equiv="content-security-policy">
      // in index.html. The API reads them from there and sends the whole policy as a header
      // (apps/api/src/web/security-headers.ts): frame-ancestors, for one, works only in a header.
      csp: { mode: 'hash', directives: { 'script-src': ['self'] } },
    }),
  ],
  build: {
    // SvelteKit's own writeBundle dominates the build; Rolldown's timing report about it is noise.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // libs/access is pure: nothing runs on import. The web takes a few lists from it
      // ($lib/api/vocabulary); without this, the unused permission matrix is built into the bundle too.
      treeshake: { moduleSideEffects: [{ test: /[\\/]libs[\\/]access[\\/]src[\\/]/, sideEffects: false }] },
    },
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: {
      '/graphql': { target: api, changeOrigin: false, ws: true },
      '/collab': { target: api, changeOrigin: false, ws: true },
      '/health': { target: api, changeOrigin: false },
    },
  },
});
