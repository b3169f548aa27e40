import { defineProject } from 'vitest/config';
import { sharedResolve } from '../../vitest.shared.mts';

export default defineProject({
  resolve: sharedResolve,
  test: {
    name: 'db',
    include: ['src/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
