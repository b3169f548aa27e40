import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { sharedResolve } from './vitest.shared.mts';
import LongestFirstSequencer from './vitest.sequencer.mts';

// One run for every project. The global setup starts (or connects to) PostgreSQL once and
// prepares a migrated, demo-seeded template database that test files clone.
export default defineConfig({
  resolve: sharedResolve,
  test: {
    globalSetup: ['libs/db/src/testing/global-setup.ts'],
    projects: ['libs/*/vitest.config.mts', 'apps/*/vitest.config.mts', 'e2e/vitest.config.mts'],
    reporters: ['default'],
    sequence: { sequencer: LongestFirstSequencer },
    // Vitest's default is one worker less than cores: a single worker on a 2-core CI machine. Most
    // files here wait on PostgreSQL, Redis, Chromium or a child process rather than compute, so one
    // worker more than cores keeps both cores busy. VITEST_MAX_WORKERS overrides it.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || availableParallelism() + 1,
  },
});
