import { createRequire } from 'node:module';
import type { UserConfig } from 'vite';

const require = createRequire(import.meta.url);

/**
 * Resolve options every project shares: the tsconfig path aliases, and graphql-js pinned to its
 * CommonJS build, the copy NestJS and Apollo load, so schema objects stay one realm in tests.
 */
export const sharedResolve: UserConfig['resolve'] = {
  tsconfigPaths: true,
  alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
};
