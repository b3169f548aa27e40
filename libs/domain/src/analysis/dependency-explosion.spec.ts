import { describe, expect, it } from 'vitest';
import type { AnalysisComposition, AnalysisItem, ChainGraphInput } from './analysis-types';
import { buildChainGraph } from './chain-graph';
import { explodePlatform, explodeProductGroup, STOCK_GAP_HALF_MONTHS, stockExposure } from './dependency-explosion';
import type { Dependency } from './dependency-types';
import type { PlatformExplosion } from './platform-explosion';
import { weakLinksOf } from './weak-links';
import { SCORE_WEIGHTS } from './dependency-score';
import { handCheckedGraph, link, material } from './testing/hand-checked-graph';

const find = (explosion: PlatformExplosion, key: string): Dependency => {
  const found = explosion.dependencies.find((d) => d.key === key);
  if (!found) throw new Error(`no dependency ${key}`);
  return found;
};
const factor = (d: Dependency, key: string) => d.score.factors.find((f) => f.key === key)!;

describe('explodePlatform on the hand-checked graph', () => {
  const graph = buildChainGraph(handCheckedGraph());
  const p1 = explodePlatform(graph, 'P1');
  const p2 = explodePlatform(graph, 'P2');

  it('counts each item of the platform once', () => {
    expect(p1.itemCount).toBe(5); // P1, S1, S2, C, F
    expect(p2.itemCount).toBe(4); // P2, S2, C, F
    expect(p1.linksWithoutCountry).toBe(1); // f3
  });

  it.each([
    // P1: S1 = 1, S2 = 2, C = 1*3 + 2*1 = 5 (shared by both systems), F = 10, Nd = 10 * 0.5 kg.
    { platform: 'P1', key: 'P1|MATERIAL|Nd', quantity: 5, pathCount: 2, itemCount: 1 },
    { platform: 'P1', key: 'P1|MATERIAL|Fe', quantity: 20, pathCount: 1, itemCount: 1 },
    // P2 shares S2 with P1 but counts only its own: S2 = 1, C = 1, F = 2, Nd = 1 kg.
    { platform: 'P2', key: 'P2|MATERIAL|Nd', quantity: 1, pathCount: 1, itemCount: 1 },
    { platform: 'P2', key: 'P2|MATERIAL|Fe', quantity: 10, pathCount: 1, itemCount: 1 },
    { platform: 'P1', key: 'P1|ITEM|C', quantity: 5, pathCount: 2, itemCount: 1 },
    { platform: 'P1', key: 'P1|ITEM|S2', quantity: 2, pathCount: 1, itemCount: 1 },
    // CN: C (5 units x share 1, estimated) + F (10 units x 0.5).
    { platform: 'P1', key: 'P1|COUNTRY|CN', quantity: 10, pathCount: 4, itemCount: 2 },
    { platform: 'P1', key: 'P1|COUNTRY|AU', quantity: 3, pathCount: 2, itemCount: 1 },
    { platform: 'P1', key: 'P1|COUNTRY|NL', quantity: 2, pathCount: 1, itemCount: 1 },
  ])('accumulates $key: quantity $quantity over $pathCount paths', ({ platform, key, quantity, pathCount, itemCount }) => {
    const d = find(platform === 'P1' ? p1 : p2, key);
    expect(d.quantity.value).toBeCloseTo(quantity, 12);
    expect(d.pathCount).toBe(pathCount);
    expect(d.itemCount).toBe(itemCount);
  });

  it('lists the dependencies of the platform and nothing else', () => {
    expect(p1.dependencies.map((d) => d.key).sort()).toEqual(
      ['P1|COUNTRY|AU', 'P1|COUNTRY|CN', 'P1|COUNTRY|NL', 'P1|ITEM|C', 'P1|ITEM|S2', 'P1|MATERIAL|Fe', 'P1|MATERIAL|Nd'].sort(),
    );
  });

  it('keeps the paths with their own quantities, summing to the total', () => {
    const nd = find(p1, 'P1|MATERIAL|Nd');
    expect(nd.paths).toEqual([
      { itemIds: ['P1', 'S1', 'C', 'F'], quantity: 3 }, // 1 * 3 * 2 * 0.5 kg
      { itemIds: ['P1', 'S2', 'C', 'F'], quantity: 2 }, // 2 * 1 * 2 * 0.5 kg
    ]);
    expect(find(p1, 'P1|COUNTRY|AU').paths.map((p) => p.quantity)).toEqual([expect.closeTo(1.8, 12), expect.closeTo(1.2, 12)]);
  });

  it('marks quantities that rest on estimated shares as incomplete', () => {
    expect(find(p1, 'P1|COUNTRY|CN').quantity).toEqual({ value: 10, unit: 'item-units', complete: false });
    expect(find(p1, 'P1|COUNTRY|AU').quantity.complete).toBe(true);
    expect(find(p1, 'P1|MATERIAL|Nd').quantity).toEqual({ value: 5, unit: 'kg', complete: true });
  });

  it('scores Nd from all five factors, each explained', () => {
    const nd = find(p1, 'P1|MATERIAL|Nd');
    // Concentration: the material's own HHI, processing 0.9^2 + 0.1^2 = 0.82 (extraction: 0.44).
    expect(factor(nd, 'concentration')).toMatchObject({ raw: expect.closeTo(0.82, 12), source: { materialId: 'Nd', stage: 'PROCESSING' } });
    // Single source: all of the Nd reaches P1 through the single-sourced C.
    expect(factor(nd, 'singleSource')).toMatchObject({ raw: 1, source: { itemId: 'C' } });
    // Stock: C has 1 month against 3 months lead time, so 2 months are uncovered: exposure
    // 2 / (2 + 12) = 1/7 on every path; F's 12 months cover its 6 months of lead time (exposure 0).
    expect(factor(nd, 'stockCoverage')).toMatchObject({ raw: expect.closeTo(1 / 7, 12), source: { itemId: 'C', linkId: 'c1' } });
    expect(factor(nd, 'exportRestriction')).toMatchObject({ raw: expect.closeTo(0.9, 12), source: { materialId: 'Nd', country: 'CN' } });
    expect(factor(nd, 'supplyRisk')).toMatchObject({ raw: expect.closeTo(0.8109, 12), normalized: expect.closeTo(0.8109, 12) });
    // 100 * (0.3*0.82 + 0.25*1 + 0.2/7 + 0.15*0.9 + 0.1*0.8109)
    expect(nd.score.value).toBeCloseTo(74.066143, 5);
    expect(nd.score.coverage).toBeCloseTo(1, 12);
    const sum = nd.score.factors.reduce((total, f) => total + f.contribution, 0);
    expect(sum).toBeCloseTo(nd.score.value!, 9);
    expect(factor(nd, 'concentration').contribution).toBeCloseTo(24.6, 9);
  });

  it('leaves out factors without data and scales the others up', () => {
    const fe = find(p1, 'P1|MATERIAL|Fe');
    // No item on P1 -> S2 has stock and lead time: stock coverage is unavailable.
    expect(factor(fe, 'stockCoverage')).toMatchObject({ available: false, raw: null, contribution: 0, effectiveWeight: 0 });
    expect(fe.score.coverage).toBeCloseTo(0.8, 12);
    expect(factor(fe, 'concentration').effectiveWeight).toBeCloseTo(SCORE_WEIGHTS.concentration / 0.8, 12);
    // Fe's HHI 0.4^2 + 0.3^2 + 0.3^2 = 0.34; S2 has one supplier, so all of the Fe is single-sourced.
    // 100 * (0.3*0.34 + 0.25*1 + 0.15*0 + 0.1*0.119) / 0.8
    expect(fe.score.value).toBeCloseTo(45.4875, 9);
  });

  it.each([
    // CN's share of what it supplies, by item-units: (5 x 1^2 + 10 x 0.5^2) / (5 x 1 + 10 x 0.5) = 0.75;
    // (0.3*0.75 + 0.25*1 + 0.2/7 + 0.15*0.9) / 0.9, no governance data
    { key: 'P1|COUNTRY|CN', score: 70.952381 },
    // (0.3*0.3 + 0.25*1 + 0.2/7 + 0.15*0) / 0.9
    { key: 'P1|COUNTRY|AU', score: 40.952381 },
    // (0.3*1 + 0.25*1 + 0.15*0) / 0.7
    { key: 'P1|COUNTRY|NL', score: 78.571429 },
    // (0.3*1 + 0.25*1 + 0.15*0.9 + 0.1*0.8109) / 0.8: S2's one supplier is in NL (HHI 1); the worst material below S2 is Nd
    { key: 'P1|ITEM|S2', score: 95.76125 },
    // 0.3*1 + 0.25*1 + 0.2/7 + 0.15*0.9 + 0.1*0.8109: C's one supplier is in CN, 2 months of its lead time uncovered
    { key: 'P1|ITEM|C', score: 79.466143 },
  ])('scores $key at $score', ({ key, score }) => {
    expect(find(p1, key).score.value).toBeCloseTo(score, 5);
  });

  it('names the weakest link and lists the others by contribution', () => {
    const nd = find(p1, 'P1|MATERIAL|Nd');
    expect(nd.weakestLink).toMatchObject({ kind: 'SINGLE_SOURCE', itemId: 'C', value: 1 });
    expect(weakLinksOf(nd).map((w) => w.kind)).toEqual(['SINGLE_SOURCE', 'HIGH_CONCENTRATION', 'EXPORT_RESTRICTION', 'STOCK_BELOW_LEAD_TIME']);
    expect(weakLinksOf(nd).find((w) => w.kind === 'HIGH_CONCENTRATION')).toMatchObject({ materialId: 'Nd', value: expect.closeTo(0.82, 12) });
    const cn = find(p1, 'P1|COUNTRY|CN');
    expect(weakLinksOf(cn).find((w) => w.kind === 'EXPORT_RESTRICTION')).toMatchObject({ country: 'CN', materialId: 'Nd', value: 0.9 });
  });

  it('orders dependencies by score, highest first', () => {
    const scores = p1.dependencies.map((d) => d.score.value!);
    expect(p1.dependencies[0]!.key).toBe('P1|ITEM|S2');
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each([
    { case: 'countries by quantity', options: { kind: 'COUNTRY' as const, by: 'quantity' as const }, keys: ['P1|COUNTRY|CN', 'P1|COUNTRY|AU', 'P1|COUNTRY|NL'] },
    { case: 'scores of at least 79', options: { minScore: 79 }, keys: ['P1|ITEM|S2', 'P1|ITEM|C'] },
    { case: 'the two riskiest items', options: { kind: 'ITEM' as const, limit: 2 }, keys: ['P1|ITEM|S2', 'P1|ITEM|C'] },
    { case: 'materials by path count', options: { kind: 'MATERIAL' as const, by: 'pathCount' as const }, keys: ['P1|MATERIAL|Nd', 'P1|MATERIAL|Fe'] },
  ])('selects $case', ({ options, keys }) => {
    expect(p1.select(options).map((d) => d.key)).toEqual(keys);
  });

  it('finds one dependency by its target, the same object the list holds', () => {
    expect(p1.find({ kind: 'MATERIAL', materialId: 'Nd' })).toBe(find(p1, 'P1|MATERIAL|Nd'));
    expect(p1.find({ kind: 'COUNTRY', country: 'AU' })).toBe(find(p1, 'P1|COUNTRY|AU'));
    expect(p1.find({ kind: 'ITEM', itemId: 'C' })).toBe(find(p1, 'P1|ITEM|C'));
    expect(p2.find({ kind: 'COUNTRY', country: 'NL' })?.key).toBe('P2|COUNTRY|NL');
    expect(p1.find({ kind: 'ITEM', itemId: 'F' })).toBeNull(); // F is not single-sourced
    expect(p1.find({ kind: 'MATERIAL', materialId: 'Xx' })).toBeNull();
    expect(p1.find({ kind: 'COUNTRY', country: 'ZZ' })).toBeNull();
  });

  it('builds each dependency once and ranks it by score', () => {
    expect(p1.dependencyCount).toBe(7);
    expect(p1.select({ limit: 1 })[0]).toBe(p1.dependencies[0]);
    expect(p1.dependencies.map((d) => d.rank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('explodes every platform of the product group', () => {
    const all = explodeProductGroup(graph);
    expect(all.map((e) => e.platformId)).toEqual(['P1', 'P2']);
    expect(find(all[1]!, 'P2|MATERIAL|Nd').quantity.value).toBe(1);
  });

  it('refuses an unknown platform', () => {
    expect(() => explodePlatform(graph, 'P9')).toThrow('Item P9 not found');
  });
});

describe('explodePlatform on awkward graphs', () => {
  it('walks a chain of 30 diamonds (2^30 paths) without enumerating them', () => {
    const items: AnalysisItem[] = [{ id: 'n0', name: 'n0', kind: 'PLATFORM' }];
    const compositions: AnalysisComposition[] = [];
    for (let i = 0; i < 30; i++) {
      items.push({ id: `a${i}`, name: `a${i}`, kind: 'COMPONENT' }, { id: `b${i}`, name: `b${i}`, kind: 'COMPONENT' }, { id: `n${i + 1}`, name: `n${i + 1}`, kind: 'COMPONENT' });
      for (const side of ['a', 'b']) {
        compositions.push({ parentId: `n${i}`, childId: `${side}${i}`, quantity: 1, unit: 'pcs' });
        compositions.push({ parentId: `${side}${i}`, childId: `n${i + 1}`, quantity: 1, unit: 'pcs' });
      }
    }
    const graph = buildChainGraph({
      items,
      compositions,
      itemMaterials: [{ itemId: 'n30', materialId: 'W', quantityKg: 1 }],
      supplyLinks: [],
      materials: [material('W')],
    });
    const w = explodePlatform(graph, 'n0', { maxPathsPerDependency: 3 }).dependencies[0]!;
    expect(w.pathCount).toBe(2 ** 30);
    expect(w.quantity.value).toBe(2 ** 30);
    expect(w.paths).toHaveLength(3);
    expect(w.paths[0]!.itemIds).toHaveLength(61);
  });

  it('does not score what it knows nothing about', () => {
    const graph = buildChainGraph({
      items: [
        { id: 'P', name: 'P', kind: 'PLATFORM' },
        { id: 'X', name: 'cable', kind: 'COMPONENT' },
      ],
      compositions: [{ parentId: 'P', childId: 'X', quantity: 4, unit: 'm' }],
      itemMaterials: [{ itemId: 'X', materialId: 'Cu', quantityKg: null }],
      supplyLinks: [],
      materials: [material('Cu')],
    });
    const [cu] = explodePlatform(graph, 'P').dependencies;
    expect(cu!.quantity).toEqual({ value: 0, unit: 'kg', complete: false });
    expect(cu!.paths).toEqual([{ itemIds: ['P', 'X'], quantity: null }]);
    expect(cu!.score.value).toBeNull();
    expect(cu!.score.coverage).toBe(0);
    expect(cu!.score.factors.every((f) => !f.available)).toBe(true);
    expect(cu!.weakestLink).toBeNull();
  });

  it('treats a zero-share supplier as dormant and an unknown country as no country', () => {
    const input: ChainGraphInput = {
      items: [
        { id: 'P', name: 'P', kind: 'PLATFORM' },
        { id: 'X', name: 'valve', kind: 'COMPONENT' },
        { id: 'Y', name: 'pump', kind: 'COMPONENT' },
      ],
      compositions: [
        { parentId: 'P', childId: 'X', quantity: 2, unit: 'pcs' },
        { parentId: 'P', childId: 'Y', quantity: 1, unit: 'pcs' },
      ],
      itemMaterials: [],
      supplyLinks: [
        link('x1', 'X', { supplierKey: 'A', country: 'DE', share: 1 }),
        link('x2', 'X', { supplierKey: 'B', country: 'FR', share: 0 }),
        link('y1', 'Y', { supplierKey: 'C', country: null, share: null }),
      ],
      materials: [],
    };
    const explosion = explodePlatform(buildChainGraph(input), 'P');
    expect(explosion.dependencies.map((d) => d.key).sort()).toEqual(['P|COUNTRY|DE', 'P|ITEM|Y']);
    expect(explosion.linksWithoutCountry).toBe(1);
    const de = find(explosion, 'P|COUNTRY|DE');
    expect(de.quantity.value).toBe(2);
    // Two suppliers on record for X: not single-sourced; the unknown-country pump is not on DE's path.
    expect(factor(de, 'singleSource')).toMatchObject({ raw: 0, available: true });
    // Export restrictions were not given at all: unknown, not zero.
    expect(factor(de, 'exportRestriction').available).toBe(false);
  });

  it('computes only the kinds asked for', () => {
    const explosion = explodePlatform(buildChainGraph(handCheckedGraph()), 'P1', { kinds: ['MATERIAL'], maxPathsPerDependency: 0 });
    expect(explosion.dependencies.map((d) => d.key)).toEqual(['P1|MATERIAL|Nd', 'P1|MATERIAL|Fe']);
    expect(explosion.dependencies[0]!.paths).toEqual([]);
  });
});

describe('explodePlatform weighs single sourcing and stock by the quantity exposed', () => {
  //   P --1--> A (3 kg M; two suppliers; no stock against 3 months lead time)
  //   P --1--> B (1 kg M; one supplier; 6 months stock against 1 month lead time)
  //   P --2--> X (1.5 months stock against 3 months) --1--> Y (the same; 1 kg N)
  const graph = buildChainGraph({
    items: [
      { id: 'P', name: 'P', kind: 'PLATFORM' },
      { id: 'A', name: 'hull plate', kind: 'COMPONENT' },
      { id: 'B', name: 'sensor', kind: 'COMPONENT' },
      { id: 'X', name: 'mast', kind: 'SYSTEM' },
      { id: 'Y', name: 'antenna', kind: 'COMPONENT' },
    ],
    compositions: [
      { parentId: 'P', childId: 'A', quantity: 1, unit: 'pcs' },
      { parentId: 'P', childId: 'B', quantity: 1, unit: 'pcs' },
      { parentId: 'P', childId: 'X', quantity: 2, unit: 'pcs' },
      { parentId: 'X', childId: 'Y', quantity: 1, unit: 'pcs' },
    ],
    itemMaterials: [
      { itemId: 'A', materialId: 'M', quantityKg: 3 },
      { itemId: 'B', materialId: 'M', quantityKg: 1 },
      { itemId: 'Y', materialId: 'N', quantityKg: 1 },
    ],
    supplyLinks: [
      link('a1', 'A', { supplierKey: 'S1', country: 'NL', share: 0.5, leadTimeWeeks: 13, stockMonths: 0 }),
      link('a2', 'A', { supplierKey: 'S2', country: 'DE', share: 0.5 }),
      link('b1', 'B', { supplierKey: 'S3', country: 'US', share: 1, leadTimeWeeks: 52 / 12, stockMonths: 6, singleSource: true }),
      link('x1', 'X', { supplierKey: 'S4', country: 'NL', share: 0.5, leadTimeWeeks: 13, stockMonths: 1.5 }),
      link('x2', 'X', { supplierKey: 'S5', country: 'FR', share: 0.5 }),
      link('y1', 'Y', { supplierKey: 'S6', country: 'NL', share: 0.5, leadTimeWeeks: 13, stockMonths: 1.5 }),
      link('y2', 'Y', { supplierKey: 'S7', country: 'BE', share: 0.5 }),
    ],
    materials: [material('M'), material('N')],
  });
  const explosion = explodePlatform(graph, 'P');

  it('counts single sourcing for the share of the kg that passes a single-sourced item', () => {
    const m = find(explosion, 'P|MATERIAL|M');
    expect(m.quantity.value).toBe(4);
    // 1 of the 4 kg comes through B.
    expect(factor(m, 'singleSource')).toMatchObject({ raw: 0.25, normalized: 0.25, source: { itemId: 'B' } });
    expect(factor(find(explosion, 'P|MATERIAL|N'), 'singleSource')).toMatchObject({ raw: 0, available: true });
  });

  it('counts stock for the exposure of the kg it leaves uncovered, combining the items on a path', () => {
    // A: 3 months of lead time, no stock: exposure 3 / (3 + 12) = 0.2 for its 3 kg; B: covered, 0 for its 1 kg.
    expect(factor(find(explosion, 'P|MATERIAL|M'), 'stockCoverage')).toMatchObject({ raw: expect.closeTo(0.15, 12), source: { itemId: 'A', linkId: 'a1' } });
    // X and Y each leave 1.5 months uncovered: exposure 1.5 / 13.5 = 1/9 each, 1 - (8/9)^2 = 17/81 of the N on the path.
    expect(factor(find(explosion, 'P|MATERIAL|N'), 'stockCoverage').raw).toBeCloseTo(17 / 81, 12);
    expect(factor(find(explosion, 'P|COUNTRY|NL'), 'stockCoverage').raw).toBeCloseTo(
      // NL supplies half of A (1 unit, 0.2), of X (2 units, 1/9) and of Y (2 units, 17/81).
      (0.5 * 1 * 0.2 + 0.5 * 2 * (1 / 9) + 0.5 * 2 * (17 / 81)) / (0.5 * 1 + 0.5 * 2 + 0.5 * 2),
      12,
    );
  });

  it('grades stock exposure by the months of lead time left uncovered, half at 12 months', () => {
    expect(STOCK_GAP_HALF_MONTHS).toBe(12);
    // 26 weeks (6 months) of lead time with 2 months of stock: 4 / 16; 104 weeks, no stock: 24 / 36.
    const one = (leadTimeWeeks: number, stockMonths: number) =>
      stockExposure(
        buildChainGraph({
          items: [{ id: 'I', name: 'I', kind: 'COMPONENT' }],
          compositions: [],
          itemMaterials: [],
          supplyLinks: [link('l', 'I', { leadTimeWeeks, stockMonths })],
          materials: [],
        }),
      )[0];
    expect(one(26, 2)).toBeCloseTo(0.25, 12);
    expect(one(104, 0)).toBeCloseTo(2 / 3, 12);
    expect(one(13, 6)).toBe(0);
  });

  it("takes a country's concentration as its share of what it supplies, weighted by item-units", () => {
    // NL: half of A (1 unit), X (2) and Y (2); US: all of B.
    expect(factor(find(explosion, 'P|COUNTRY|NL'), 'concentration')).toMatchObject({ raw: 0.5, source: { itemId: 'A' } });
    expect(factor(find(explosion, 'P|COUNTRY|US'), 'concentration')).toMatchObject({ raw: 1, source: { itemId: 'B' } });
  });

  it('scores a single-sourced item on its own stock and supplier countries', () => {
    const b = find(explosion, 'P|ITEM|B');
    expect(factor(b, 'singleSource')).toMatchObject({ raw: 1, source: { itemId: 'B' } });
    expect(factor(b, 'concentration')).toMatchObject({ raw: 1, source: { itemId: 'B' } });
    expect(factor(b, 'stockCoverage')).toMatchObject({ raw: 0, available: true });
  });
});
