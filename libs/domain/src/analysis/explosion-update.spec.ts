import { describe, expect, it } from 'vitest';
import type { AnalysisSupplyLink } from './analysis-types';
import { buildChainGraph, type ChainGraph, supplyLinksOf } from './chain-graph';
import { type ChainGraphPatch, patchChainGraph } from './chain-graph-patch';
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

/**
 * Whether the explosions of the platforms that reach `item` were updated in place rather than
 * exploded again: an update keeps the walk's set of reached items, an explosion makes its own.
 */
function inPlace(updated: readonly PlatformExplosion[], before: readonly PlatformExplosion[], item: number): boolean[] {
  const reaching = before.filter((e) => reaches(e, item));
  expect(reaching.length).toBeGreaterThan(0);
  return reaching.map((e) => updated[before.indexOf(e)]!.reached === e.reached);
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

  it('gives an item that becomes single-sourced a row, in place, with everything below it worked out again (the walk carries that down)', () => {
    const item = candidates[5]!;
    const { updated, fresh, before, next } = afterLinks(item, (links) => [{ ...links[0]!, singleSource: true }, ...links.slice(1)]);
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(false);
    const rowFor = (e: PlatformExplosion) => e.dependencies.find((d) => d.target.kind === 'ITEM' && d.target.itemId === graph.items[item]!.id);
    expect(before.map(rowFor).filter(Boolean)).toEqual([]);
    expect(updated.filter((e) => reaches(e, item)).map(rowFor)).not.toContain(undefined);
    // And back: the row goes again.
    const back = patchChainGraph(next, { ...itemAsPatch(next, item), supplyLinks: supplyLinksOf(graph, item).map((link) => ({ item, link })) })!;
    const again = updateExplosions(updated, next, back.graph, back.changed, options);
    expect(seen(again)).toEqual(seen(before));
    expect(again.every((e, k) => e.reached === updated[k]!.reached)).toBe(true);
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

  it.each([{ kinds: ['ITEM'] as const }, { kinds: ['MATERIAL'] as const }, { kinds: ['COUNTRY'] as const }, {}])(
    'counts the links without a country as a fresh explosion does when a link loses its country (%o)',
    (only) => {
      const item = candidates[4]!;
      const { updated, fresh } = afterLinks(item, (links) => links.map((l, i) => (i === links.length - 1 ? { ...l, country: null } : l)), { ...options, ...only });
      expect(seen(updated)).toEqual(seen(fresh));
    },
  );

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
  function afterMaterials(item: number, lines: (current: ChainGraphPatch['itemMaterials']) => ChainGraphPatch['itemMaterials'], from = graph) {
    const before = explodeProductGroup(from, options);
    const patch = itemAsPatch(from, item);
    const patched = patchChainGraph(from, { ...patch, itemMaterials: lines(patch.itemMaterials) })!;
    expect(patched.changed).toEqual(Int32Array.of(item));
    return { before, updated: updateExplosions(before, from, patched.graph, patched.changed, options), fresh: explodeProductGroup(patched.graph, options) };
  }
  const withTwoMaterials = graph.items.map((_, v) => v).filter((v) => graph.materialStart[v + 1]! - graph.materialStart[v]! >= 2 && graph.materialKg[graph.materialStart[v]!]! > 0);

  it('gives exactly a fresh explosion when the kg of a material changes, without exploding again', () => {
    const item = withTwoMaterials[4]!;
    const { before, updated, fresh } = afterMaterials(item, (lines) => lines.map((l, k) => (k === 0 ? { ...l, quantityKg: l.quantityKg! * 3 } : l)));
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(false);
  });

  it('works the rows out again in place when an item loses a material the platforms have elsewhere (the items above get their worst material again)', () => {
    const item = withTwoMaterials[6]!;
    const { before, updated, fresh } = afterMaterials(item, (lines) => lines.slice(1));
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(false);
  });

  it('explodes again, with the same result, when an item gets a material its platforms did not have (a row of its own)', () => {
    const input = generateChainGraph({ platforms: 3, items: 3000, edges: 9000, materials: 15, seed: 11, withGovernance: true });
    const missing = input.materials[0]!.id;
    const without = buildChainGraph({ ...input, itemMaterials: input.itemMaterials.filter((l) => l.materialId !== missing) });
    const item = withTwoMaterials[8]!;
    const { before, updated, fresh } = afterMaterials(item, (lines) => [...lines, { item, material: without.materialIndex.get(missing)!, quantityKg: 2 }], without);
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, item)).not.toContain(true);
  });
});

describe('updateExplosions after the walk changed below an item (edges, stock)', () => {
  type Compositions = ChainGraphPatch['compositions'];
  /** The graph with one item's edges (to its children and from its parents) replaced, the explosions carried over, and a fresh explosion. */
  function afterEdges(item: number, edges: (current: Compositions) => Compositions, from = graph, explosionOptions = options) {
    const before = explodeProductGroup(from, explosionOptions);
    const patch = itemAsPatch(from, item);
    const patched = patchChainGraph(from, { ...patch, compositions: edges(patch.compositions) })!;
    const updated = updateExplosions(before, from, patched.graph, patched.changed, explosionOptions);
    return { before, updated, fresh: explodeProductGroup(patched.graph, explosionOptions), next: patched.graph };
  }
  const childEdges = (item: number) => (edges: Compositions) => edges.filter((e) => e.parent === item);
  const same = (a: Compositions[number], b: Compositions[number]) => a.parent === b.parent && a.child === b.child;
  // Items with two or more children on each level below the platforms (systems, components, semi-finished).
  const byKind = (kind: string) => graph.items.map((_, v) => v).filter((v) => graph.items[v]!.kind === kind && graph.childStart[v + 1]! - graph.childStart[v]! >= 2);
  const parents = [byKind('SYSTEM')[3]!, byKind('COMPONENT')[10]!, byKind('COMPONENT')[200]!, byKind('SEMI_FINISHED')[40]!];

  it.each(parents.map((item, k) => ({ item, factor: k % 2 === 0 ? 2.5 : 0.25 })))(
    'gives exactly a fresh explosion when an edge quantity changes (item $item, times $factor), in place',
    ({ item, factor }) => {
      const first = childEdges(item)(itemAsPatch(graph, item).compositions)[0]!;
      const { before, updated, fresh } = afterEdges(item, (edges) => edges.map((e) => (same(e, first) ? { ...e, quantity: e.quantity * factor } : e)));
      expect(seen(updated)).toEqual(seen(fresh));
      expect(seen(updated)).not.toEqual(seen(before));
      expect(inPlace(updated, before, item)).not.toContain(false);
    },
  );

  it('explodes again, with the same result, when most of a platform lies below the changed edge (one walk is quicker then)', () => {
    // Every system of a platform twice as many times.
    const platform = graph.platformIndices[0]!;
    const { before, updated, fresh } = afterEdges(platform, (edges) => edges.map((e) => (e.parent === platform ? { ...e, quantity: e.quantity * 2 } : e)));
    expect(seen(updated)).toEqual(seen(fresh));
    expect(inPlace(updated, before, platform)).toEqual([false]);
  });

  it('gives exactly a fresh explosion after twelve edge quantities changed one after another (no drift from update to update)', () => {
    let from = graph;
    let explosions = explodeProductGroup(graph, options);
    for (let k = 0; k < 12; k++) {
      const item = byKind(k % 2 ? 'COMPONENT' : 'SEMI_FINISHED')[k * 37]!;
      const patch = itemAsPatch(from, item);
      const target = patch.compositions.find((e) => e.parent === item)!;
      const patched = patchChainGraph(from, { ...patch, compositions: patch.compositions.map((e) => (e === target ? { ...e, quantity: e.quantity * 1.1 + 0.3 } : e)) })!;
      explosions = updateExplosions(explosions, from, patched.graph, patched.changed, options);
      from = patched.graph;
    }
    expect(seen(explosions)).toEqual(seen(explodeProductGroup(from, options)));
  });

  it('gives exactly a fresh explosion when an edge is added or removed and every platform keeps its items, in place', () => {
    const item = parents[1]!;
    const before = explodeProductGroup(graph, options);
    const reaching = before.filter((e) => reaches(e, item));
    // A later item every platform above `item` reaches already, not yet its child.
    const children = new Set(childEdges(item)(itemAsPatch(graph, item).compositions).map((e) => e.child));
    const child = graph.items.findIndex((_, v) => v > item && !children.has(v) && graph.items[v]!.kind === 'SEMI_FINISHED' && reaching.every((e) => reaches(e, v)));
    const added = afterEdges(item, (edges) => [...edges, { parent: item, child, quantity: 3, unit: graph.itemUnit[child]! }]);
    expect(seen(added.updated)).toEqual(seen(added.fresh));
    expect(inPlace(added.updated, added.before, item)).not.toContain(false);
    // A child with another parent: it stays reached.
    const shared = [...children].find((c) => graph.parentStart[c + 1]! - graph.parentStart[c]! >= 3)!;
    const removed = afterEdges(item, (edges) => edges.filter((e) => !(e.parent === item && e.child === shared)));
    expect(seen(removed.updated)).toEqual(seen(removed.fresh));
    expect(inPlace(removed.updated, removed.before, item)).not.toContain(false);
  });

  it('explodes again, with the same result, when an edge takes items out of a platform or brings new ones in', () => {
    const before = explodeProductGroup(graph, options);
    // A child whose only parent is `item`: without the edge nothing reaches it.
    const item = byKind('COMPONENT').find((v) => childEdges(v)(itemAsPatch(graph, v).compositions).some((e) => graph.parentStart[e.child + 1]! - graph.parentStart[e.child]! === 1))!;
    const only = childEdges(item)(itemAsPatch(graph, item).compositions).find((e) => graph.parentStart[e.child + 1]! - graph.parentStart[e.child]! === 1)!;
    const removed = afterEdges(item, (edges) => edges.filter((e) => !same(e, only)));
    expect(seen(removed.updated)).toEqual(seen(removed.fresh));
    expect(inPlace(removed.updated, removed.before, item)).not.toContain(true);
    // An item some platform above `parent` does not reach yet.
    const parent = parents[0]!;
    const platform = before.find((e) => reaches(e, parent))!;
    const outside = graph.items.findIndex((_, v) => v > parent && !reaches(platform, v));
    const added = afterEdges(parent, (edges) => [...edges, { parent, child: outside, quantity: 1, unit: graph.itemUnit[outside]! }]);
    expect(seen(added.updated)).toEqual(seen(added.fresh));
    expect(added.updated[before.indexOf(platform)]!.itemCount).toBeGreaterThan(platform.itemCount);
  });

  it('gives exactly a fresh explosion when an item’s stock shortfall changes (the items below carry it), in place', () => {
    const item = parents[2]!;
    const links = supplyLinksOf(graph, item);
    const before = explodeProductGroup(graph, options);
    const patched = patchChainGraph(graph, {
      ...itemAsPatch(graph, item),
      supplyLinks: links.map((link, k) => ({ item, link: k === 0 ? { ...link, leadTimeWeeks: 104, stockMonths: 1 } : link })),
    })!;
    expect(patched.graph.itemStockGapMonths[item]).not.toBe(graph.itemStockGapMonths[item]);
    const updated = updateExplosions(before, graph, patched.graph, patched.changed, options);
    expect(seen(updated)).toEqual(seen(explodeProductGroup(patched.graph, options)));
    expect(inPlace(updated, before, item)).not.toContain(false);
  });

  it.each([{ kinds: ['COUNTRY'] as const }, { kinds: ['ITEM'] as const }, { kinds: ['MATERIAL'] as const, maxPathsPerDependency: 0 }])(
    'gives a fresh explosion for one kind of dependency too (%o)',
    (only) => {
      const item = parents[1]!;
      const first = childEdges(item)(itemAsPatch(graph, item).compositions)[1]!;
      const { updated, fresh } = afterEdges(item, (edges) => edges.map((e) => (same(e, first) ? { ...e, quantity: e.quantity + 7 } : e)), graph, only);
      expect(seen(updated)).toEqual(seen(fresh));
    },
  );
});
