import { bench, describe } from 'vitest';
import { buildChainGraph } from './chain-graph';
import { explodeProductGroup } from './dependency-explosion';
import { dependencyHeatmap, topDependencies } from './dependency-ranking';
import { runScenario } from './scenario';
import { generateChainGraph } from './testing/generate-chain-graph';

// Run: npx vitest bench --run --project domain
// A product group of 10 platforms, 10^5 items, 3 x 10^5 composition edges, 60 materials.
const input = generateChainGraph({ platforms: 10, items: 100_000, edges: 300_000, materials: 60, seed: 2026 });
const graph = buildChainGraph(input);
const explosions = explodeProductGroup(graph);
console.log(
  `items ${graph.items.length}, edges ${graph.childItem.length}, supply links ${input.supplyLinks.length}, ` +
    `items per platform ${explosions.map((e) => e.itemCount).join('/')}, ` +
    `dependencies ${explosions.reduce((n, e) => n + e.dependencyCount, 0)}`,
);

describe('product group of 10^5 items and 3 x 10^5 edges, 10 platforms', () => {
  bench('buildChainGraph (validation, indexes, item and material profiles)', () => {
    buildChainGraph(input);
  });
  bench('explodeProductGroup (every dependency scored and ranked)', () => {
    explodeProductGroup(graph);
  });
  bench('explodeProductGroup + top 100 + heatmap (built with factors and paths)', () => {
    const result = explodeProductGroup(graph);
    topDependencies(result, { limit: 100 });
    dependencyHeatmap(graph, result);
  });
  bench('explodeProductGroup + every Dependency object built', () => {
    for (const explosion of explodeProductGroup(graph)) void explosion.dependencies;
  });
  bench('runScenario (2 material cuts, 36 months)', () => {
    runScenario(
      graph,
      {
        events: [
          { country: 'CN', materialId: 'mat-0', cutFraction: 0.5, start: '2026-01-01', durationMonths: 6 },
          { country: 'US', materialId: 'mat-1', cutFraction: 1, start: '2026-03-01', durationMonths: 3 },
        ],
      },
      { horizonMonths: 36 },
    );
  });
});
