import { defineConfig } from 'vitest/config';
import { sharedResolve } from './vitest.shared.mts';

// One run for every project. The global setup starts (or connects to) PostgreSQL once and
// prepares a migrated, demo-seeded template database that test files clone.
export default defineConfig({
  resolve: sharedResolve,
  test: {
    globalSetup: ['libs/db/src/testing/global-setup.ts'],
    projects: ['libs/*/vitest.config.mts', 'apps/*/vitest.config.mts', 'e2e/vitest.config.mts'],
    reporters: ['default'],
  },
});
