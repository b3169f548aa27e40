import { describe, expect, it } from 'vitest';
import type { AnalysisSupplyLink } from './analysis-types';
import { buildChainGraph, type ChainGraph, type ChainGraphPatch, patchChainGraph, supplyLinksOf } from './chain-graph';
import { explodeProductGroup, updateExplosions } from './dependency-explosion';
import type { ExplosionOptions } from './dependency-types';
import type { PlatformExplosion } from './platform-explosion';
import { generateChainGraph } from './testing/generate-chain-graph';
import { itemAsPatch } from './testing/item-patch';

const graph = buildChainGraph(generateChainGraph({ platforms: 3, items: 3000, edges: 9000, materials: 15, seed: 11, withGovernance: true }));
const options: ExplosionOptions = { maxPathsPerDependency: 5 };

/** Everything a reader of an explosion sees: every dependency in rank order with its figures, sources and paths. */
const seen = (explosions: readonly PlatformExplosion[]) =>
  explosions.map((e) => ({ id: e.platformId, name: e.platformName, items: e.itemCount, withoutCountry: e.linksWithoutCountry, dependencies: e.dependencies }));

/** The graph with one item's supply links replaced, the explosions carried over, and a fresh explosion of the patched graph. */
function afterLinks(item: number, links: (current: AnalysisSupplyLink[]) => AnalysisSupplyLink[], explosionOptions = options) {
  const before = explodeProductGroup(graph, explosionOptions);
  const patch = itemAsPatch(graph, item);
  const patched = patchChainGraph(graph, { ...patch, supplyLinks: links(supplyLinksOf(graph, item)).map((link) => ({ item, link })) })!;
  expect(patched.changed).toEqual(Int32Array.of(item));
  const updated = updateExplosions(before, graph, patched.graph, patched.changed, explosionOptions);
  const fresh = explodeProductGroup(patched.graph, explosionOptions);
  return { before, updated, fresh, next: patched.graph };
}

const reaches = (e: PlatformExplosion, v: number) => ((e.reached[v >>> 5]! >>> (v & 31)) & 1) === 1;

/** Whether the explosions of the platforms that reach `item` were carried over in place (their item rows' columns are the previous tables'). */
function inPlace(updated: readonly PlatformExplosion[], before: readonly PlatformExplosion[], item: number): boolean[] {
  const reaching = before.filter((e) => reaches(e, item));
  expect(reaching.length).toBeGreaterThan(0);
  return reaching.map((e) => updated[before.indexOf(e)]!.table.target === e.table.target);
}

/** Items of the graph with two or more supply links of which one has a share and a country. */
function itemsWithSharedSupply(g: ChainGraph): number[] {
  const found: number[] = [];
  for (let v = 0; v < g.items.length; v++) {
    const links = supplyLinksOf(g, v);
    if (links.length >= 2 && links.some((l) => l.share !== null && l.share > 0.1 && l.country !== null) && g.itemSingleSource[v] !== 2) found.push(v);
  }
  return found;
}

describe('updateExplosions after a supply link changed', () => {
  const candidates = itemsWithSharedSupply(graph);

  it.each([0, 1, 2, 3])('gives exactly a fresh explosion when a share changes (item %i of those with several links), without exploding again', (k) => {
    const item = candidates[k * 7]!;
    const { before, updated, fresh } = afterLinks(item, (links) => {
      const at = links.findIndex((l) => l.share !== null && l.share > 0.1 && l.country !== null);
      return links.map((l, i) => (i === at ? { ...l, share: l.share! - 0.1 } : l));
    });
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(false);
  });

  it('gives exactly a fresh explosion when a link moves to another country the platforms already have', () => {
    const item = candidates[3]!;
    const { updated, fresh, before } = afterLinks(item, (links) => {
      const at = links.findIndex((l) => l.country !== null);
      return links.map((l, i) => (i === at ? { ...l, country: l.country === 'CN' ? 'US' : 'CN' } : l));
    });
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(false);
  });

  it('explodes again, with the same result, when the change makes an item single-sourced (the walk carries that down)', () => {
    const item = candidates[5]!;
    const { updated, fresh, before } = afterLinks(item, (links) => [{ ...links[0]!, singleSource: true }, ...links.slice(1)]);
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(true);
  });

  it('explodes again, with the same result, when a country leaves a platform or is new to the graph', () => {
    // The only link of some country in the whole graph set dormant (share 0): the country leaves.
    const carriers = new Map<string, number[]>();
    for (let v = 0; v < graph.items.length; v++) for (const l of supplyLinksOf(graph, v)) if (l.country && l.share) carriers.set(l.country, [...(carriers.get(l.country) ?? []), v]);
    const [country, [item]] = [...carriers].sort((a, b) => a[1].length - b[1].length)[0]! as [string, number[]];
    const dormant = afterLinks(item!, (links) => links.map((l) => (l.country === country ? { ...l, share: 0 } : l)));
    expect(seen(dormant.updated)).toEqual(seen(dormant.fresh));
    const other = candidates[9]!;
    const added = afterLinks(other, (links) => [...links, { ...links[0]!, id: 'new-link', country: 'IS', share: 0.05 }]);
    expect(seen(added.updated)).toEqual(seen(added.fresh));
  });

  it('keeps the tables of platforms that do not reach the item', () => {
    const everyPlatform = explodeProductGroup(graph, options);
    const item = candidates.find((v) => everyPlatform.some((e) => !reaches(e, v)))!;
    const { before, updated, fresh } = afterLinks(item, (links) => links.map((l, i) => (i === 0 ? { ...l, share: (l.share ?? 0.5) / 2 } : l)));
    expect(seen(updated)).toEqual(seen(fresh));
    const kept = before.map((e, i) => (reaches(e, item) ? null : updated[i]!.table === e.table));
    expect(kept).toContain(true);
    expect(kept).not.toContain(false);
  });

  it.each([{ kinds: ['COUNTRY'] as const }, { kinds: ['ITEM'] as const }, { kinds: ['MATERIAL'] as const, maxPathsPerDependency: 0 }])(
    'gives a fresh explosion for one kind of dependency too (%o)',
    (only) => {
      const item = candidates[2]!;
      const { updated, fresh } = afterLinks(item, (links) => links.map((l, i) => (i === 0 ? { ...l, share: (l.share ?? 0.5) / 3 } : l)), only);
      expect(seen(updated)).toEqual(seen(fresh));
    },
  );
});

describe('updateExplosions after an item material changed', () => {
  /** The graph with one item's materials replaced, as `afterLinks` does for links. */
  function afterMaterials(item: number, lines: (current: ChainGraphPatch['itemMaterials']) => ChainGraphPatch['itemMaterials']) {
    const before = explodeProductGroup(graph, options);
    const patch = itemAsPatch(graph, item);
    const patched = patchChainGraph(graph, { ...patch, itemMaterials: lines(patch.itemMaterials) })!;
    expect(patched.changed).toEqual(Int32Array.of(item));
    return { before, updated: updateExplosions(before, graph, patched.graph, patched.changed, options), fresh: explodeProductGroup(patched.graph, options) };
  }
  const withTwoMaterials = graph.items.map((_, v) => v).filter((v) => graph.materialStart[v + 1]! - graph.materialStart[v]! >= 2 && graph.materialKg[graph.materialStart[v]!]! > 0);

  it('gives exactly a fresh explosion when the kg of a material changes, without exploding again', () => {
    const item = withTwoMaterials[4]!;
    const { before, updated, fresh } = afterMaterials(item, (lines) => lines.map((l, k) => (k === 0 ? { ...l, quantityKg: l.quantityKg! * 3 } : l)));
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(false);
  });

  it('explodes again, with the same result, when an item gets another material (what lies below items changes)', () => {
    const item = withTwoMaterials[6]!;
    const { before, updated, fresh } = afterMaterials(item, (lines) => lines.slice(1));
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(true);
  });
});
