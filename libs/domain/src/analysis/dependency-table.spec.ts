import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChainGraphInput } from './analysis-types';
import { buildChainGraph, type ChainGraph, itemSupplyProfile } from './chain-graph';
import { type ChainGraphPatch, patchChainGraph } from './chain-graph-patch';
import { explodeProductGroup } from './dependency-explosion';
import { newTable, rankRows, rerankRows } from './dependency-table';
import type { Dependency, ExplosionOptions } from './dependency-types';
import { generateChainGraph } from './testing/generate-chain-graph';
import { itemAsPatch } from './testing/item-patch';

const generated = generateChainGraph({ platforms: 3, items: 2000, edges: 6000, materials: 15, seed: 7, withGovernance: true });
const { exportRestrictions: _restrictions, governance: _governance, ...bare } = generated;
const withoutRestrictions: ChainGraphInput = bare;
const factor = (d: Dependency, key: string) => d.score.factors.find((f) => f.key === key)!;

/** Every figure, source, path, rank and order of every dependency of every platform, hashed. */
function fingerprint(input: ChainGraphInput, options: ExplosionOptions): string {
  const hash = createHash('sha256');
  for (const e of explodeProductGroup(buildChainGraph(input), options)) {
    hash.update(JSON.stringify([e.platformId, e.itemCount, e.linksWithoutCountry, e.dependencyCount]));
    for (const d of e.dependencies) hash.update(JSON.stringify(d));
    for (const by of ['quantity', 'pathCount', 'itemCount'] as const) hash.update(e.select({ by }).map((d) => d.key).join());
  }
  return hash.digest('hex');
}

/** Items at or below `root` (a brute-force walk, independent of the graph's precomputed subtree maxima). */
function below(g: ChainGraph, root: number): number[] {
  const seen = new Set([root]);
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (let e = g.childStart[v]!; e < g.childStart[v + 1]!; e++) {
      if (!seen.has(g.childItem[e]!)) {
        seen.add(g.childItem[e]!);
        stack.push(g.childItem[e]!);
      }
    }
  }
  return [...seen];
}

/** The worst material on record in or below an item by one of its profile's figures; null: none has it. */
function worstBelow(g: ChainGraph, root: number, figure: (material: number) => number | null): number | null {
  let worst: number | null = null;
  for (const v of below(g, root)) {
    for (let at = g.materialStart[v]!; at < g.materialStart[v + 1]!; at++) {
      const value = figure(g.materialOf[at]!);
      if (value !== null && (worst === null || value > worst)) worst = value;
    }
  }
  return worst;
}

/** A patch that gives one item a new name and changes nothing else. */
function renamePatch(g: ChainGraph, index: number, name: string): ChainGraphPatch {
  const patch = itemAsPatch(g, index);
  return { ...patch, items: [{ ...patch.items[0]!, name }] };
}

describe('the dependency table', () => {
  it.each([
    // Recorded with the table that held every factor column for every row (before item rows read
    // the item's own figures from the graph): any difference in a figure, source, path or order shows.
    // The first again on 2026-12-08, when of two materials equally bad below an item the one first in
    // the catalogue became the one named (before: the first met on the item's edges); only those
    // 269 sources changed.
    { case: 'with export restrictions and governance', input: generated, options: {}, hash: '020832b852a74d63a63e689847ebe5f303ff79d5343a802530274405f0c2c189' },
    { case: 'without either, two paths', input: withoutRestrictions, options: { maxPathsPerDependency: 2 }, hash: 'bac7136046fe0bd96a36f1c5c77f6856ef6862c19da3fb0b0b31119ab97fc1bd' },
  ])('gives the results of the full-width table on a generated product group ($case)', ({ input, options, hash }) => {
    expect(fingerprint(input, options)).toBe(hash);
  });

  it('ranks item rows by the score their built dependencies show', () => {
    for (const e of explodeProductGroup(buildChainGraph(generated))) {
      const all = e.dependencies;
      expect(all.some((d) => d.target.kind === 'ITEM')).toBe(true);
      expect(all.map((d) => d.rank)).toEqual(all.map((_, k) => k));
      const scores = all.map((d) => d.score.value ?? -1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const minScore of [30, 50, 70]) {
        expect(e.select({ minScore })).toEqual(all.filter((d) => d.score.value !== null && d.score.value >= minScore));
      }
      expect(e.select({ kind: 'ITEM', by: 'itemCount' }).every((d) => d.itemCount === 1 && d.quantity.complete)).toBe(true);
    }
  });

  it.each([
    { case: 'with export restrictions', input: generated },
    { case: 'without', input: withoutRestrictions },
  ])("scores a single-sourced item on its own supplier countries and the worst material below it ($case)", ({ input }) => {
    const g = buildChainGraph(input);
    let checked = 0;
    for (const e of explodeProductGroup(g)) {
      for (const d of e.select({ kind: 'ITEM', limit: 40 })) {
        if (d.target.kind !== 'ITEM') continue;
        const v = g.itemIndex.get(d.target.itemId)!;
        expect(factor(d, 'singleSource')).toMatchObject({ raw: 1, normalized: 1, source: { itemId: d.target.itemId } });
        expect(factor(d, 'concentration').raw).toBe(itemSupplyProfile(g, v)?.countryConcentration?.hhi ?? null);
        const restricted = worstBelow(g, v, (m) => g.materialProfiles[m]!.restrictedShare);
        expect(factor(d, 'exportRestriction').raw).toBe(input.exportRestrictions ? (restricted ?? 0) : null);
        const risk = factor(d, 'supplyRisk');
        expect(risk.normalized).toBe(worstBelow(g, v, (m) => g.materialProfiles[m]!.supplyRiskNormalized));
        if (risk.source) expect(risk.raw).toBe(g.materialProfiles[g.materialIndex.get(risk.source.materialId!)!]!.supplyRisk.value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('builds an explosion carried to a graph with a renamed item as it built it before', () => {
    const g = buildChainGraph(generated);
    const [explosion] = explodeProductGroup(g);
    const before = explosion!.select({ kind: 'ITEM', limit: 30 });
    const renamed = before[3]!;
    const index = g.itemIndex.get((renamed.target as { itemId: string }).itemId)!;
    const patched = patchChainGraph(g, renamePatch(g, index, 'renamed part'));
    expect(patched?.changed).toEqual(new Int32Array(0));
    const after = explosion!.withGraph(patched!.graph).select({ kind: 'ITEM', limit: 30 });
    expect(after).toEqual(before.map((d) => (d === renamed ? { ...d, label: 'renamed part' } : d)));
  });

  it('keeps an item row in 48 bytes, with the factor columns for materials and countries only', () => {
    const bytes = (t: object) => Object.values(t).reduce((sum: number, column) => sum + (ArrayBuffer.isView(column) ? column.byteLength : 0), 0);
    expect(bytes(newTable(0, 0, 1000, 5)) / 1000).toBeLessThanOrEqual(48);
    // 5 factors x (2 numbers and 2 indexes), 5 example paths and the totals.
    expect(bytes(newTable(10, 10, 0, 5)) / 20).toBeGreaterThan(5 * 24 + 5 * 4);
  });
});

/** Scores ranked by hand in the tests below: 100 (row 9), 99.9 (5), 50 (0, 3, 11), 12.5 (2, 8), 0 and -0 (4, 6, 10), unscored (1, 7). */
const HAND_RANKED = [50, Number.NaN, 12.5, 50, 0, 99.9, -0, Number.NaN, 12.5, 100, 0, 50];

/** A table of material rows with these scores, ranked. */
function ranked(scores: readonly number[]) {
  const t = newTable(scores.length, 0, 0, 0);
  t.score.set(scores);
  rankRows(t);
  return t;
}

describe('rankRows', () => {
  it('ranks the highest score first, unscored rows last and equal scores in row order', () => {
    const t = ranked(HAND_RANKED);
    // By hand: 100 (row 9), 99.9 (5), 50 (0, 3, 11), 12.5 (2, 8), 0 and -0 tie (4, 6, 10), unscored (1, 7).
    expect(Array.from(t.order)).toEqual([9, 5, 0, 3, 11, 2, 8, 4, 6, 10, 1, 7]);
    expect(Array.from(t.rankOf)).toEqual([2, 10, 5, 3, 7, 1, 8, 11, 6, 0, 9, 4]);
  });

  it('agrees with sorting the rows by comparison on 10^4 scores with many ties', () => {
    let seed = 7;
    const scores = Array.from({ length: 10_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 17 === 0 ? Number.NaN : Math.round((seed / 2 ** 31) * 400) / 4;
    });
    const t = ranked(scores);
    // Unscored rows as the lowest of scores (every score is 0 or more).
    const key = (score: number) => (Number.isNaN(score) ? -Infinity : score);
    const expected = scores
      .map((score, row) => ({ score: key(score), row }))
      .sort((a, b) => b.score - a.score || a.row - b.row)
      .map((r) => r.row);
    expect(Array.from(t.order)).toEqual(expected);
  });
});

describe('rerankRows', () => {
  it('puts rows whose score changed where rankRows would, equal scores in row order', () => {
    const t = ranked(HAND_RANKED);
    // Row 3 drops to 12.5 (between rows 2 and 8), row 7 gets a score of 100 (after row 9), row 9 loses its score.
    t.score[3] = 12.5;
    t.score[7] = 100;
    t.score[9] = Number.NaN;
    rerankRows(t, [3, 7, 9]);
    // By hand: 100 (7), 99.9 (5), 50 (0, 11), 12.5 (2, 3, 8), 0 and -0 (4, 6, 10), unscored (1, 9).
    expect(Array.from(t.order)).toEqual([7, 5, 0, 11, 2, 3, 8, 4, 6, 10, 1, 9]);
    expect(Array.from(t.order, (row) => t.rankOf[row])).toEqual(HAND_RANKED.map((_, r) => r));
  });

  it('agrees with ranking every row again, on 10^4 scores with ties', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const t = ranked(Array.from({ length: 10_000 }, () => (next() < 0.05 ? Number.NaN : Math.round(next() * 50))));
    const changed = Array.from({ length: 40 }, () => Math.floor(next() * t.count));
    for (const r of changed) t.score[r] = next() < 0.1 ? Number.NaN : Math.round(next() * 50);
    rerankRows(t, changed);
    const again = ranked(Array.from(t.score));
    expect(Array.from(t.order)).toEqual(Array.from(again.order));
    expect(Array.from(t.rankOf)).toEqual(Array.from(again.rankOf));
  });
});
