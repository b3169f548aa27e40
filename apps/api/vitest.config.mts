import { defineProject } from 'vitest/config';
import { sharedResolve } from '../../vitest.shared.mts';

export default defineProject({
  resolve: sharedResolve,
  test: {
    name: 'api',
    include: ['src/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The files of a worker share one module registry instead of each loading the whole API again
    // (NestJS, Apollo, TypeORM, every module): importing took 208 of the project's 246 s on 2 cores,
    // 26 s shared. Each file still starts its own platform on its own database; no spec mocks a
    // module, changes the environment or leaves a spy behind (they restore theirs).
    isolate: false,
  },
});
