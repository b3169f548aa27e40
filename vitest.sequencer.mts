import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in. Vitest runs its projects one after another (access, api, db,
 * domain, e2e, web), so on a clean clone — with no timings cached — the long browser and process
 * files all started last and ran on with idle workers beside them. Longest first is the classic way
 * to finish a batch early: these files, measured on 2 cores, start first and the short ones fill the
 * gaps beside them. Only the order changes; a file missing from the list runs as Vitest would run it.
 */
const LONGEST_FIRST = [
  'e2e/web-document.e2e.ts',
  'apps/api/src/access/noninterference-sweep.spec.ts',
  'apps/api/src/access/noninterference.spec.ts',
  'e2e/web-chain.e2e.ts',
  'e2e/start.e2e.ts',
  'e2e/collab-replicas.e2e.ts',
  'e2e/web-monitoring.e2e.ts',
  'e2e/web-interventions.e2e.ts',
  'apps/api/src/auth/auth.spec.ts',
  'e2e/web-import.e2e.ts',
  'e2e/web-login.e2e.ts',
  'e2e/web-analysis.e2e.ts',
  'apps/api/src/auth/login-limits.spec.ts',
  'e2e/web-disruptions.e2e.ts',
  'e2e/collab-crash.e2e.ts',
  'e2e/web-scenario.e2e.ts',
];

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(relative(this.ctx.config.root, file.moduleId).replaceAll('\\', '/'));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: files off the list keep Vitest's order after those on it.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
