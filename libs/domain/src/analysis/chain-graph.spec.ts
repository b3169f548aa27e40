import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { AnalysisSupplyLink, ChainGraphInput } from './analysis-types';
import { buildChainGraph, type ChainGraph, CompositionCycleError, itemSupplyProfile, supplyLinksOf } from './chain-graph';
import { patchChainGraph } from './chain-graph-patch';
import { handCheckedGraph, link, material } from './testing/hand-checked-graph';
import { generateChainGraph, mulberry32 } from './testing/generate-chain-graph';
import { itemAsPatch } from './testing/item-patch';

const items = (...ids: string[]) => ids.map((id) => ({ id, name: id, kind: 'COMPONENT' as const }));
const edge = (parentId: string, childId: string, quantity = 1) => ({ parentId, childId, quantity, unit: 'pcs' });
const input = (fields: Partial<ChainGraphInput>): ChainGraphInput => ({
  items: [],
  compositions: [],
  itemMaterials: [],
  supplyLinks: [],
  materials: [],
  ...fields,
});

describe('buildChainGraph', () => {
  it('orders items parents first', () => {
    const graph = buildChainGraph(handCheckedGraph());
    const position = new Map(Array.from(graph.topoOrder, (i, k) => [graph.items[i]!.id, k]));
    for (const [parent, child] of [['P1', 'S1'], ['P1', 'S2'], ['S1', 'C'], ['S2', 'C'], ['C', 'F'], ['P2', 'S2']]) {
      expect(position.get(parent)!).toBeLessThan(position.get(child)!);
    }
    expect(Array.from(graph.platformIndices, (i) => graph.items[i]!.id)).toEqual(['P1', 'P2']);
  });

  it.each([
    { case: 'a three-item cycle below a root', items: ['P', 'A', 'B', 'C'], edges: [['P', 'A'], ['A', 'B'], ['B', 'C'], ['C', 'A']], cycle: ['B', 'C', 'A', 'B'] },
    { case: 'a self-reference', items: ['A'], edges: [['A', 'A']], cycle: ['A', 'A'] },
    { case: 'two items that contain each other', items: ['A', 'B'], edges: [['A', 'B'], ['B', 'A']], cycle: ['B', 'A', 'B'] },
  ])('refuses $case with the cycle named', ({ items: ids, edges, cycle }) => {
    const build = () => buildChainGraph(input({ items: items(...ids), compositions: edges.map(([p, c]) => edge(p!, c!)) }));
    expect(build).toThrow(CompositionCycleError);
    try {
      build();
    } catch (error) {
      expect((error as CompositionCycleError).cycle).toEqual(cycle);
      expect((error as CompositionCycleError).code).toBe('BAD_USER_INPUT');
      expect((error as Error).message).toBe(`The bill of materials contains a cycle: ${cycle.join(' -> ')}`);
    }
  });

  it('with breakCycles, leaves out the edge into the first-named item of each cycle and says so', () => {
    const graph = buildChainGraph(
      input({
        items: items('P', 'A', 'B', 'C', 'D'),
        compositions: [edge('P', 'B'), edge('B', 'C'), edge('C', 'A'), edge('A', 'B'), edge('C', 'D'), edge('D', 'C')],
      }),
      { breakCycles: true },
    );
    const childrenOf = (id: string) => {
      const i = graph.itemIndex.get(id)!;
      return Array.from(graph.childItem.subarray(graph.childStart[i]!, graph.childStart[i + 1]!), (c) => graph.items[c]!.id).sort();
    };
    // B -> C -> A -> B loses C -> A (A is named first); C -> D -> C loses D -> C.
    expect(childrenOf('A')).toEqual(['B']);
    expect(childrenOf('C')).toEqual(['D']);
    expect(childrenOf('D')).toEqual([]);
    expect(childrenOf('P')).toEqual(['B']);
    expect(graph.warnings.filter((w) => w.includes('cycle')).sort()).toEqual([
      expect.stringMatching(/the edge C -> A is left out$/),
      expect.stringMatching(/the edge D -> C is left out$/),
    ]);
  });

  it.each([
    { case: 'a duplicate item', fields: { items: items('A', 'A') }, message: /appears twice/ },
    { case: 'a composition to an unknown item', fields: { items: items('A'), compositions: [edge('A', 'B')] }, message: /unknown item/ },
    { case: 'a negative quantity', fields: { items: items('A', 'B'), compositions: [edge('A', 'B', -1)] }, message: /quantity -1/ },
    { case: 'a supply share in percent', fields: { items: items('A'), supplyLinks: [link('l', 'A', { share: 40 })] }, message: /share 40/ },
    { case: 'a material of an unknown item', fields: { itemMaterials: [{ itemId: 'A', materialId: 'Nd', quantityKg: 1 }] }, message: /unknown item or material/ },
  ])('refuses $case', ({ fields, message }) => {
    expect(() => buildChainGraph(input(fields))).toThrow(DomainError);
    expect(() => buildChainGraph(input(fields))).toThrow(message);
  });

  it('drops dangling references with a warning when asked to', () => {
    const graph = buildChainGraph(
      input({ items: items('A'), compositions: [edge('A', 'hidden')], supplyLinks: [link('l', 'hidden')] }),
      { dropDanglingReferences: true },
    );
    expect(graph.warnings).toEqual([
      'Composition A -> hidden refers to an unknown item; dropped',
      'Supply link l refers to an unknown item hidden; dropped',
    ]);
    expect(graph.childItem.length).toBe(0);
  });

  it('profiles each item’s own supply', () => {
    const graph = buildChainGraph(handCheckedGraph());
    const profile = (id: string) => itemSupplyProfile(graph, graph.itemIndex.get(id)!);
    // C: one flagged link, share unknown -> the whole supply; 13 weeks = 3 months lead time, 1 month stock.
    expect(profile('C')).toMatchObject({
      singleSource: 'FLAGGED',
      countryShares: new Map([['CN', 1]]),
      stockGap: { linkId: 'c1', leadTimeMonths: expect.closeTo(3, 9), stockMonths: 1, gapMonths: expect.closeTo(2, 9), uncoveredFraction: expect.closeTo(2 / 3, 9) },
    });
    // F: CN 0.5, AU 0.3 and 0.2 from an unknown country: HHI 0.25 + 0.09 + 0.04.
    expect(profile('F')!.countryConcentration!.hhi).toBeCloseTo(0.38, 12);
    expect(profile('F')!.singleSource).toBeNull();
    expect(profile('F')!.stockGap!.uncoveredFraction).toBe(0);
    // S2: one supplier on record, not flagged.
    expect(profile('S2')!.singleSource).toBe('ONE_SUPPLIER_ON_RECORD');
    expect(profile('S1')).toBeUndefined();
  });

  it('holds the supply links as columns that give back every link as it came in, also after a patch changed another item’s links', () => {
    const input = handCheckedGraph();
    const graph = buildChainGraph(input);
    const linksOf = (g: ChainGraph, id: string) => supplyLinksOf(g, g.itemIndex.get(id)!);
    for (const id of ['C', 'F', 'S2']) expect(linksOf(graph, id)).toEqual(input.supplyLinks.filter((l) => l.itemId === id));
    expect(linksOf(graph, 'S1')).toEqual([]);
    // The worst stock gap names its link: C's only link, and F's f1 (26 weeks, 12 months of stock).
    const gapLink = (g: ChainGraph, id: string) => g.links.id[g.itemStockGapLink[g.itemIndex.get(id)!]!];
    expect([gapLink(graph, 'C'), gapLink(graph, 'F')]).toEqual(['c1', 'f1']);

    // S2 gets a second supplier: its own rows change, the rows of the items after it move along.
    const s2 = graph.itemIndex.get('S2')!;
    const compositions = [];
    for (let p = 0; p < graph.items.length; p++) {
      for (let e = graph.childStart[p]!; e < graph.childStart[p + 1]!; e++) {
        const child = graph.childItem[e]!;
        if (p === s2 || child === s2) compositions.push({ parent: p, child, quantity: graph.childQuantity[e]!, unit: graph.itemUnit[child]! });
      }
    }
    // Its supplier is not on record: the link counts as a supplier of its own (its key is its id).
    const added = { ...input.supplyLinks.find((l) => l.id === 's1')!, id: 's2', supplierKey: 's2', country: 'DE', share: 0.4, stockMonths: 2, leadTimeWeeks: 52 };
    const patched = patchChainGraph(graph, {
      items: [{ index: s2, name: 'Propulsion', kind: 'SYSTEM' }],
      compositions,
      itemMaterials: [{ item: s2, material: graph.materialIndex.get('Fe')!, quantityKg: 10 }],
      supplyLinks: [...input.supplyLinks.filter((l) => l.itemId === 'S2'), added].map((link) => ({ item: s2, link })),
    })!;
    expect([...patched.changed]).toEqual([s2]);
    expect(linksOf(patched.graph, 'S2')).toEqual([input.supplyLinks.find((l) => l.id === 's1'), added]);
    expect(gapLink(patched.graph, 'S2')).toBe('s2');
    for (const id of ['C', 'F']) expect(linksOf(patched.graph, id)).toEqual(linksOf(graph, id));
    expect([gapLink(patched.graph, 'C'), gapLink(patched.graph, 'F')]).toEqual(['c1', 'f1']);
    // The graph it came from is unchanged.
    expect(linksOf(graph, 'S2').map((l) => l.id)).toEqual(['s1']);
  });

  describe('a patch of edges or materials gives the structure a build from the changed rows gives', () => {
    const generated = generateChainGraph({ platforms: 2, items: 1500, edges: 4500, materials: 10, seed: 3, withGovernance: true });
    const restricted = { ...generated, exportRestrictions: generated.materials.slice(0, 4).map((m) => ({ materialId: m.id, country: 'CN', since: '2023-01-01', description: 'licence' })) };
    const graph = buildChainGraph(restricted);
    /** Every item's edges (child id and quantity, in any order), materials and worst material in or below it, by id. */
    const structure = (g: ChainGraph) =>
      g.items.map((item, v) => ({
        id: item.id,
        children: Array.from(g.childItem.subarray(g.childStart[v]!, g.childStart[v + 1]!), (c, k) => `${g.items[c]!.id}:${g.childQuantity[g.childStart[v]! + k]}`).sort(),
        parents: Array.from(g.parentItem.subarray(g.parentStart[v]!, g.parentStart[v + 1]!), (p, k) => `${g.items[p]!.id}:${g.childQuantity[g.parentEdge[g.parentStart[v]! + k]!]}`).sort(),
        unit: g.itemUnit[v],
        materials: Array.from(g.materialOf.subarray(g.materialStart[v]!, g.materialStart[v + 1]!), (m, k) => `${g.materials[m]!.id}:${g.materialKg[g.materialStart[v]! + k]}`).sort(),
        worst: [g.subtreeRestricted[v], g.subtreeRestrictedMaterial[v], g.subtreeSupplyRisk[v], g.subtreeSupplyRiskMaterial[v]],
      }));
    const ids = (v: number) => graph.items[v]!.id;
    // A component with children, one of its grandchildren that is not its child, and a child with other parents.
    const item = graph.items.findIndex((x, v) => x.kind === 'COMPONENT' && graph.childStart[v + 1]! - graph.childStart[v]! >= 2);
    const children = Array.from(graph.childItem.subarray(graph.childStart[item]!, graph.childStart[item + 1]!));
    const grandchild = children.flatMap((c) => Array.from(graph.childItem.subarray(graph.childStart[c]!, graph.childStart[c + 1]!))).find((g) => !children.includes(g))!;
    const shared = children.find((c) => graph.parentStart[c + 1]! - graph.parentStart[c]! >= 2)!;

    it.each([
      { change: 'a quantity', edges: (c: ChainGraphInput['compositions']) => c.map((e) => (e.parentId === ids(item) && e.childId === ids(shared) ? { ...e, quantity: e.quantity * 3 } : e)) },
      { change: 'a new edge', edges: (c: ChainGraphInput['compositions']) => [...c, { parentId: ids(item), childId: ids(grandchild), quantity: 2, unit: 'pcs' }] },
      { change: 'an edge removed', edges: (c: ChainGraphInput['compositions']) => c.filter((e) => !(e.parentId === ids(item) && e.childId === ids(shared))) },
    ])('after $change', ({ edges }) => {
      const compositions = edges(restricted.compositions);
      const built = buildChainGraph({ ...restricted, compositions });
      const touching = compositions.filter((e) => e.parentId === ids(item) || e.childId === ids(item));
      const patched = patchChainGraph(graph, {
        ...itemAsPatch(graph, item),
        compositions: touching.map((e) => ({ parent: graph.itemIndex.get(e.parentId)!, child: graph.itemIndex.get(e.childId)!, quantity: e.quantity, unit: e.unit })),
      })!;
      expect(structure(patched.graph)).toEqual(structure(built));
      expect(structure(patched.graph)).not.toEqual(structure(graph));
    });

    it('after random changes to the edges of one to three items at once (60 patches: edges added, removed, other quantities)', () => {
      const byId = (g: ChainGraph) => structure(g).sort((a, b) => (a.id < b.id ? -1 : 1));
      const rng = mulberry32(9);
      const n = graph.items.length;
      for (let round = 0; round < 60; round++) {
        const items = [...new Set(Array.from({ length: 1 + Math.floor(rng() * 3) }, () => Math.floor(rng() * n)))];
        let compositions = restricted.compositions.slice();
        for (const v of items) {
          const id = ids(v);
          const from = compositions.filter((c) => c.parentId === id);
          if (from.length > 0 && rng() < 0.4) compositions = compositions.filter((c) => c !== from[0]);
          const child = v + 1 + Math.floor(rng() * (n - 1 - v));
          if (child < n && rng() < 0.5 && !compositions.some((c) => c.parentId === id && c.childId === ids(child))) {
            compositions.push({ parentId: id, childId: ids(child), quantity: 2, unit: 'pcs' });
          }
          const into = compositions.filter((c) => c.childId === id);
          if (into.length > 1 && rng() < 0.4) compositions = compositions.filter((c) => c !== into[0]);
          compositions = compositions.map((c) => (c.parentId === id && rng() < 0.3 ? { ...c, quantity: c.quantity + 1 } : c));
        }
        const patchedIds = new Set(items.map(ids));
        const kept = items.map((v) => itemAsPatch(graph, v));
        const patched = patchChainGraph(graph, {
          items: kept.flatMap((p) => p.items),
          compositions: compositions
            .filter((c) => patchedIds.has(c.parentId) || patchedIds.has(c.childId))
            .map((c) => ({ parent: graph.itemIndex.get(c.parentId)!, child: graph.itemIndex.get(c.childId)!, quantity: c.quantity, unit: c.unit })),
          itemMaterials: kept.flatMap((p) => p.itemMaterials),
          supplyLinks: kept.flatMap((p) => p.supplyLinks),
        })!;
        // Items are numbered by the build's topological order, which new edges may change: compared by id.
        expect(byId(patched.graph)).toEqual(byId(buildChainGraph({ ...restricted, compositions })));
      }
    });

    it.each([
      { change: 'a material added', lines: (m: ChainGraphInput['itemMaterials']) => [...m, { itemId: ids(grandchild), materialId: restricted.materials[0]!.id, quantityKg: 0.5 }] },
      { change: 'a material removed', lines: (m: ChainGraphInput['itemMaterials']) => m.filter((l) => l.itemId !== ids(grandchild)) },
    ])('after $change (the items above get their worst material again)', ({ lines }) => {
      const itemMaterials = lines(restricted.itemMaterials);
      const built = buildChainGraph({ ...restricted, itemMaterials });
      const patched = patchChainGraph(graph, {
        ...itemAsPatch(graph, grandchild),
        itemMaterials: itemMaterials.filter((l) => l.itemId === ids(grandchild)).map((l) => ({ item: grandchild, material: graph.materialIndex.get(l.materialId)!, quantityKg: l.quantityKg })),
      })!;
      expect(structure(patched.graph)).toEqual(structure(built));
      expect(structure(patched.graph)).not.toEqual(structure(graph));
    });
  });

  describe('a patch of supply links gives the figures a build from the changed rows gives', () => {
    const generated = generateChainGraph({ platforms: 2, items: 1500, edges: 4500, materials: 10, seed: 3 });
    const graph = buildChainGraph(generated);
    /** Every item's links and supply figures, by item id and country code (a patch keeps the graph's country numbers). */
    const figures = (g: ChainGraph) =>
      g.items.map((item, v) => ({
        id: item.id,
        links: supplyLinksOf(g, v),
        profile: itemSupplyProfile(g, v) ?? null,
        walk: [g.itemSingleSource[v], g.itemHasLinks[v], g.itemHhi[v], g.itemStockGapMonths[v], g.itemSharesEstimated[v], g.itemLinksWithoutCountry[v]],
        stockGapLink: g.itemStockGapLink[v]! < 0 ? null : g.links.id[g.itemStockGapLink[v]!],
        shares: Array.from(g.itemCountry.subarray(g.itemCountryStart[v]!, g.itemCountryStart[v + 1]!), (c, at) => [g.countries[c], g.itemCountryShare[g.itemCountryStart[v]! + at]]),
      }));
    // Items with two or more links, every one with a share and a country, whose worst stock shortfall names a link.
    const [item, second] = graph.items
      .map((_, v) => v)
      .filter((v) => supplyLinksOf(graph, v).length >= 2 && supplyLinksOf(graph, v).every((l) => l.share !== null && l.country !== null) && graph.itemStockGapLink[v]! >= 0)
      .slice(3) as [number, number];
    /** Patches the items' links (`item`'s by default) and compares with a build from the changed rows. */
    const patched = (change: (links: AnalysisSupplyLink[]) => AnalysisSupplyLink[], from = { input: generated, graph }, which = [item]) => {
      const ids = which.map((v) => graph.items[v]!.id);
      const changed = ids.map((id) => change(supplyLinksOf(from.graph, from.graph.itemIndex.get(id)!)));
      const patches = ids.map((id, k) => ({ ...itemAsPatch(from.graph, from.graph.itemIndex.get(id)!), supplyLinks: changed[k]!.map((link) => ({ item: from.graph.itemIndex.get(id)!, link })) }));
      const next = patchChainGraph(from.graph, {
        items: patches.flatMap((p) => p.items),
        compositions: [...new Map(patches.flatMap((p) => p.compositions).map((c) => [`${c.parent}>${c.child}`, c])).values()],
        itemMaterials: patches.flatMap((p) => p.itemMaterials),
        supplyLinks: patches.flatMap((p) => p.supplyLinks),
      })!.graph;
      const built = buildChainGraph({ ...from.input, supplyLinks: [...from.input.supplyLinks.filter((l) => !ids.includes(l.itemId)), ...changed.flat()] });
      // Built items come in the same order; links come per item in the order given.
      expect(figures(next)).toEqual(figures(built));
      return next;
    };

    it('in place when only a share changes: the arrays of links and items it did not change are shared', () => {
      const next = patched((links) => links.map((l, k) => (k === 0 ? { ...l, share: l.share! / 2 } : l)));
      expect(next.links.share).not.toBe(graph.links.share);
      expect(next.itemHhi).not.toBe(graph.itemHhi);
      for (const shared of ['start', 'id', 'supplier', 'country', 'tier', 'stockMonths'] as const) expect(next.links[shared]).toBe(graph.links[shared]);
      expect(next.itemSingleSource).toBe(graph.itemSingleSource);
      expect(next.itemCountryStart).toBe(graph.itemCountryStart);
      expect(next.countries).toBe(graph.countries);
    });

    it('in place for two items in one patch, their worst stock shortfall moved to another link', () => {
      const next = patched((links) => links.map((l, k) => ({ ...l, share: l.share! * 0.9, stockMonths: k === links.length - 1 ? 0 : 60, leadTimeWeeks: 52 })), undefined, [item, second]);
      expect(next.links.start).toBe(graph.links.start);
      expect(next.itemStockGapLink).not.toBe(graph.itemStockGapLink);
    });

    it('with a new supplier, stock and country for a link', () => {
      const next = patched((links) => links.map((l, k) => (k === 1 ? { ...l, supplierKey: 'org:new', stockMonths: 0, leadTimeWeeks: 80, country: 'IS' } : l)));
      expect(next.countries).toContain('IS');
    });

    it('with a link added or removed, and a country left without shares', () => {
      patched((links) => [...links, { ...links[0]!, id: 'added', country: 'NO', share: 0.01 }]);
      patched((links) => links.slice(1));
      // A country only this item is supplied from, set dormant.
      const withIceland = { ...generated, supplyLinks: [...generated.supplyLinks, { ...supplyLinksOf(graph, item)[0]!, id: 'is-1', country: 'IS', share: 0.05 }] };
      const from = { input: withIceland, graph: buildChainGraph(withIceland) };
      const country = 'IS';
      expect(from.graph.countries).toContain(country);
      const next = patched((links) => links.map((l) => (l.country === country ? { ...l, share: 0 } : l)), from);
      expect(next.countries).not.toContain(country);
      expect(next.countries).toHaveLength(from.graph.countries.length - 1);
    });
  });

  it('keeps one line per material of an item, in the order they first appear, with the kg added up (unknown if one is)', () => {
    const graph = buildChainGraph(
      input({
        items: items('A', 'B'),
        materials: [material('Nd'), material('Fe'), material('Co')],
        itemMaterials: [
          { itemId: 'A', materialId: 'Fe', quantityKg: 2 },
          { itemId: 'B', materialId: 'Nd', quantityKg: null },
          { itemId: 'A', materialId: 'Nd', quantityKg: 1 },
          { itemId: 'A', materialId: 'Fe', quantityKg: 0.5 },
          { itemId: 'B', materialId: 'Nd', quantityKg: 3 },
          { itemId: 'B', materialId: 'Co', quantityKg: 4 },
        ],
      }),
    );
    const lines = (id: string) => {
      const v = graph.itemIndex.get(id)!;
      return Array.from(graph.materialOf.subarray(graph.materialStart[v]!, graph.materialStart[v + 1]!), (m, k) => [
        graph.materials[m]!.id,
        graph.materialKg[graph.materialStart[v]! + k],
      ]);
    };
    expect(lines('A')).toEqual([
      ['Fe', 2.5],
      ['Nd', 1],
    ]);
    expect(lines('B')).toEqual([
      ['Nd', Number.NaN],
      ['Co', 4],
    ]);
  });

  it('profiles materials: worst stage, restricted share, supply risk', () => {
    const graph = buildChainGraph(handCheckedGraph());
    const nd = graph.materialProfiles[graph.materialIndex.get('Nd')!]!;
    expect(nd.worstStage).toBe('PROCESSING');
    expect(nd.worstHhi).toBeCloseTo(0.82, 12); // 0.81 + 0.01
    expect(nd.restrictedShare).toBeCloseTo(0.9, 12);
    expect(nd.restrictedStage).toBe('PROCESSING');
    expect(nd.supplyRisk.value).toBeCloseTo(0.8109, 12); // (0.81*1.1 + 0.01) * 0.9
    const fe = graph.materialProfiles[graph.materialIndex.get('Fe')!]!;
    expect(fe.restrictedShare).toBe(0);
    expect(fe.supplyRisk.value).toBeCloseTo(0.119, 12); // 0.34 * 0.7 * 0.5
  });

  it('leaves the restricted share unknown when no restrictions were given', () => {
    const { exportRestrictions: _, ...withoutRestrictions } = handCheckedGraph();
    const graph = buildChainGraph(withoutRestrictions);
    expect(graph.materialProfiles[graph.materialIndex.get('Nd')!]!.restrictedShare).toBeNull();
    expect(graph.subtreeRestricted[graph.itemIndex.get('C')!]).toBe(-1);
  });
});

describe("an item's supply figures, worked out from the link columns", () => {
  /** A small seeded generator (mulberry32): the same links every run. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('equal those of the item supply profile (LinkProfile and concentration over link records), for 2,000 items of every kind of link', () => {
    const next = random(20);
    const pickOf = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
    const items: ChainGraphInput['items'][number][] = [];
    const supplyLinks: ChainGraphInput['supplyLinks'][number][] = [];
    for (let i = 0; i < 2000; i++) {
      const itemId = `item-${i}`;
      items.push({ id: itemId, name: itemId, kind: 'COMPONENT' });
      const count = pickOf([0, 1, 1, 2, 2, 3, 4, 6]);
      for (let k = 0; k < count; k++) {
        const id = `link-${i}-${k}`;
        supplyLinks.push(
          link(id, itemId, {
            // Shared suppliers and countries, links without either, shares that add up to less, exactly or more than 1.
            supplierKey: pickOf([id, 'org:a', 'org:a', 'name:b']),
            country: pickOf([null, 'CN', 'CN', 'US', 'DE', 'NL']),
            share: pickOf([null, null, 0, 0.1, 0.25, 0.5, 0.6, 1, Math.round(next() * 1000) / 1000]),
            leadTimeWeeks: pickOf([null, 0, 4, 26, 52.5, 104]),
            stockMonths: pickOf([null, 0, 1, 6, 12.25]),
            singleSource: next() < 0.1,
          }),
        );
      }
    }
    const graph = buildChainGraph({ items, compositions: [], itemMaterials: [], supplyLinks, materials: [] });
    let withLinks = 0;
    for (let i = 0; i < graph.items.length; i++) {
      const profile = itemSupplyProfile(graph, i);
      if (!profile) {
        expect(graph.itemHasLinks[i]).toBe(0);
        continue;
      }
      withLinks++;
      const concentration = profile.countryConcentration!;
      const countries = [];
      for (let at = graph.itemCountryStart[i]!; at < graph.itemCountryStart[i + 1]!; at++) {
        countries.push([graph.countries[graph.itemCountry[at]!], graph.itemCountryShare[at]]);
      }
      const gapLink = graph.itemStockGapLink[i]! < 0 ? null : graph.links.id[graph.itemStockGapLink[i]!];
      expect({
        singleSource: graph.itemSingleSource[i],
        hhi: graph.itemHhi[i],
        estimated: graph.itemSharesEstimated[i] === 1,
        countries,
        withoutCountry: graph.itemLinksWithoutCountry[i],
        stockMonths: graph.itemStockMonths[i],
        leadTimeMonths: graph.itemLeadTimeMonths[i],
        gap: gapLink === null ? null : { link: gapLink, months: graph.itemStockGapMonths[i], uncovered: graph.itemStockGap[i] },
      }).toEqual({
        singleSource: profile.singleSource === 'FLAGGED' ? 1 : profile.singleSource ? 2 : 0,
        hhi: concentration.hhi,
        estimated: concentration.partiesWithoutShare > 0,
        countries: concentration.shares.filter((s) => s.key !== null && s.share > 0).map((s) => [s.key, s.share]),
        withoutCountry: profile.links.filter((l) => l.country === null).length,
        stockMonths: profile.stockMonths ?? Number.NaN,
        leadTimeMonths: profile.leadTimeMonths ?? Number.NaN,
        gap: profile.stockGap && { link: profile.stockGap.linkId, months: profile.stockGap.gapMonths, uncovered: profile.stockGap.uncoveredFraction },
      });
    }
    expect(withLinks).toBeGreaterThan(1500);
  });
});
