import { defineProject } from 'vitest/config';
import { sharedResolve } from '../vitest.shared.mts';

export default defineProject({
  resolve: sharedResolve,
  test: {
    name: 'e2e',
    include: ['**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
