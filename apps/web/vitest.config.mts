import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineProject } from 'vitest/config';

// Not vite.config.ts: SvelteKit's plugin resolves its files from the current directory, and the
// root `vitest run` starts from the repository root, where it would silently find no tests.
// The plain Svelte plugin compiles the runes in *.svelte.ts; $lib is mapped by hand.
export default defineProject({
  plugins: [svelte({ configFile: false })],
  resolve: {
    alias: {
      $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
      // As in vite.config.ts: the web uses its types; its tests also build real abilities with it.
      '@routekaart/access': fileURLToPath(new URL('../../libs/access/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'web',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
