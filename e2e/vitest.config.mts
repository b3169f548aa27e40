import { defineProject } from 'vitest/config';
import { sharedResolve } from '../vitest.shared.mts';

export default defineProject({
  resolve: sharedResolve,
  test: {
    name: 'e2e',
    include: ['**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // As in the api project: the files of a worker share one module registry instead of each
    // importing the API, Playwright and their helpers again. On 2 cores the project took 175 s and
    // 344 CPU-seconds this way against 204 s and 399 (imports 22 s against 63). Each file still
    // starts its own platform and Chromium; none mocks a module or changes the environment.
    isolate: false,
  },
});
