import { describe, expect, it } from 'vitest';
import { buildChainGraph } from './chain-graph';
import { explodeProductGroup } from './dependency-explosion';
import { dependencyHeatmap, sortDependencies, topDependencies } from './dependency-ranking';
import { handCheckedGraph } from './testing/hand-checked-graph';

const input = handCheckedGraph();
input.items = [...input.items, { id: 'P3', name: 'Submarine', kind: 'PLATFORM' }];
input.compositions = [...input.compositions, { parentId: 'P3', childId: 'C', quantity: 4, unit: 'pcs' }];
const graph = buildChainGraph(input);
const explosions = explodeProductGroup(graph);
const [p1] = explosions;

describe('sortDependencies', () => {
  it.each([
    { by: 'quantity' as const, kind: 'MATERIAL', expected: ['P1|MATERIAL|Fe', 'P1|MATERIAL|Nd'] }, // 20 kg, 5 kg
    { by: 'score' as const, kind: 'MATERIAL', expected: ['P1|MATERIAL|Nd', 'P1|MATERIAL|Fe'] }, // 74.1, 45.5
    { by: 'pathCount' as const, kind: 'COUNTRY', expected: ['P1|COUNTRY|CN', 'P1|COUNTRY|AU', 'P1|COUNTRY|NL'] }, // 4, 2, 1
    { by: 'itemCount' as const, kind: 'COUNTRY', expected: ['P1|COUNTRY|CN', 'P1|COUNTRY|NL', 'P1|COUNTRY|AU'] }, // 2, then 1 by score
  ])('sorts by $by', ({ by, kind, expected }) => {
    const sorted = sortDependencies(
      p1!.dependencies.filter((d) => d.target.kind === kind),
      by,
    );
    expect(sorted.map((d) => d.key)).toEqual(expected);
  });
});

describe('topDependencies', () => {
  it('breaks equal scores by key across platforms', () => {
    // NL (78.57) scores the same on P1 and P2: the single-sourced S2 below each, with the same weak links.
    expect(topDependencies(explosions, { kind: 'COUNTRY', limit: 2 }).map((d) => d.key)).toEqual(['P1|COUNTRY|NL', 'P2|COUNTRY|NL']);
    // CN (70.95) the same on P1, P2 and P3: C and F below each.
    expect(topDependencies(explosions, { kind: 'COUNTRY', limit: 5 }).map((d) => d.key).slice(2)).toEqual(['P1|COUNTRY|CN', 'P2|COUNTRY|CN', 'P3|COUNTRY|CN']);
  });

  it('keeps only dependencies at or above a score', () => {
    // Hand-checked in dependency-explosion.spec.ts: S2 95.76, C 79.47, NL 78.57, Nd 74.07 on every platform that has them.
    expect(topDependencies(explosions, { minScore: 74 }).map((d) => [d.key, Math.round(d.score.value! * 100) / 100])).toEqual([
      ['P1|ITEM|S2', 95.76],
      ['P2|ITEM|S2', 95.76],
      ['P1|ITEM|C', 79.47],
      ['P2|ITEM|C', 79.47],
      ['P3|ITEM|C', 79.47],
      ['P1|COUNTRY|NL', 78.57],
      ['P2|COUNTRY|NL', 78.57],
      ['P1|MATERIAL|Nd', 74.07],
      ['P2|MATERIAL|Nd', 74.07],
      ['P3|MATERIAL|Nd', 74.07],
    ]);
  });
});

describe('dependencyHeatmap', () => {
  it('puts platforms in rows and materials in columns, riskiest material first', () => {
    const heatmap = dependencyHeatmap(graph, explosions);
    expect(heatmap.platforms.map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
    expect(heatmap.materials.map((m) => m.symbol)).toEqual(['Nd', 'Fe']);
    expect(heatmap.cells).toEqual([
      [
        { score: expect.closeTo(74.066143, 5), quantityKg: 5, weakestLink: 'SINGLE_SOURCE' },
        { score: expect.closeTo(45.4875, 9), quantityKg: 20, weakestLink: 'SINGLE_SOURCE' },
      ],
      [
        { score: expect.closeTo(74.066143, 5), quantityKg: 1, weakestLink: 'SINGLE_SOURCE' },
        { score: expect.closeTo(45.4875, 9), quantityKg: 10, weakestLink: 'SINGLE_SOURCE' },
      ],
      // P3 -> 4 C -> 8 F -> 4 kg Nd, all of it through the single-sourced C, as on the other platforms.
      [{ score: expect.closeTo(74.066143, 5), quantityKg: 4, weakestLink: 'SINGLE_SOURCE' }, null],
    ]);
  });
});
