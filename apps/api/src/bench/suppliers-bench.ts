import 'reflect-metadata';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { defineAbilityFor, type Actor } from '@routekaart/access';
import { demoSuppliers } from '@routekaart/db';
import { rankCandidates, similarProfiles, type DemandCriteria } from '@routekaart/domain';
import { ProfileLens, type ProfileRow } from '../suppliers/supplier.service';

/**
 * `npm run bench:suppliers`: the demo directory (about 3,300 profiles, from the fixed seed), seen
 * through a company reader's lens (the parts others keep for government hidden, as the API does),
 * then ranked for a demand with current suppliers as references, and "companies like this one" for
 * one profile. Prints the median and the slowest of the runs (after warm-up), with the core count.
 * Loading the rows from PostgreSQL is not included (one SELECT; see the API spec for the whole path).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 50);

function timed(fn: () => unknown): { median: number; max: number } {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! };
}

function main(): void {
  const rows: ProfileRow[] = demoSuppliers().map((s, i) => ({
    ...s,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    organisationId: null,
    keptByOrgId: null,
  }));
  const actor: Actor = { userId: 'u', organisationId: 'org-reader', organisationKind: 'INDUSTRY', role: 'ADMIN', participations: [] };
  const ability = defineAbilityFor(actor);
  const demand: DemandCriteria = {
    capabilities: ['WELDING_EXC3', 'PRECISION_SHEET_METAL', 'SURFACE_TREATMENT'],
    requiredCertifications: ['ISO_3834_2', 'AQAP_2110'],
    requiredClearance: 'APPLIED',
    hoursPerMonth: 400,
    windowStart: '2027-03-01',
  };
  let views = [] as ReturnType<ProfileLens['view']>[];
  const lensTime = timed(() => {
    const lens = new ProfileLens(ability, actor.organisationId);
    views = rows.map((r) => lens.view(lens.model(r)));
  });
  const references = views.filter((v) => v.category === 'A').slice(0, 5);
  let candidates = 0;
  const rankTime = timed(() => {
    candidates = rankCandidates(demand, views, { references, limit: 50 }).length;
  });
  const similarTime = timed(() => similarProfiles(views[10]!, views, 10));
  const ms = (t: { median: number; max: number }) => `median ${t.median.toFixed(1)} ms, slowest ${t.max.toFixed(1)} ms`;
  console.log(`suppliers bench: ${rows.length} profiles, ${RUNS} runs each, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} (figures grow with it)`);
  console.log(`  reader's view of every profile (CASL per part):      ${ms(lensTime)}`);
  console.log(`  ranking for a demand (5 references, top ${candidates}):  ${ms(rankTime)}   target < 100 ms`);
  console.log(`  companies like this one (top 10):                     ${ms(similarTime)}   target < 100 ms`);
}

main();
