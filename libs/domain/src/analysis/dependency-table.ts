// The flat "dependency table": a platform's dependencies as typed-array columns, one row per
// dependency, and the helpers that fill, score and rank its rows. Index constants name the row
// kinds and the factor columns so the hot loops index plain arrays.

import { SCORE_FACTOR_KEYS, SCORE_WEIGHTS } from './dependency-score';
import type { DependencyKind } from './dependency-types';

// Row kinds, as positions in KINDS.
export const KINDS: readonly DependencyKind[] = ['MATERIAL', 'COUNTRY', 'ITEM'];
export const MATERIAL = 0;
export const COUNTRY = 1;
export const ITEM = 2;

// Factor positions, in SCORE_FACTOR_KEYS order.
export const F = SCORE_FACTOR_KEYS.length;
export const CONCENTRATION = 0;
export const SINGLE_SOURCE = 1;
export const STOCK = 2;
export const EXPORT = 3;
export const RISK = 4;
const WEIGHTS = SCORE_FACTOR_KEYS.map((key) => SCORE_WEIGHTS[key]);

/**
 * A platform's dependencies in columns of numbers (one row per dependency). Scoring and ordering
 * work on these; `Dependency` objects are built only for the rows someone reads, because a large
 * product group has tens of thousands of dependencies per platform and building them all would
 * cost more than the whole analysis.
 */
export interface DependencyTable {
  count: number;
  kind: Uint8Array;
  /** Material, country or item index. */
  target: Int32Array;
  quantity: Float64Array;
  incomplete: Uint8Array;
  itemCount: Float64Array;
  pathCount: Float64Array;
  /** NaN: no factor has data. */
  score: Float64Array;
  /** Per row and factor; NaN stands for null. */
  raw: Float64Array;
  normalized: Float64Array;
  sourceItem: Int32Array;
  sourceMaterial: Int32Array;
  /** The carrying items that contribute most, `maxPaths` per row. */
  top: Int32Array;
  topCount: Uint8Array;
  /** Rows by score, highest first. */
  order: Int32Array;
  rankOf: Int32Array;
}

export function newTable(count: number, maxPaths: number): DependencyTable {
  return {
    count,
    kind: new Uint8Array(count),
    target: new Int32Array(count),
    quantity: new Float64Array(count),
    incomplete: new Uint8Array(count),
    itemCount: new Float64Array(count),
    pathCount: new Float64Array(count),
    score: new Float64Array(count),
    raw: new Float64Array(count * F).fill(Number.NaN),
    normalized: new Float64Array(count * F).fill(Number.NaN),
    sourceItem: new Int32Array(count * F).fill(-1),
    sourceMaterial: new Int32Array(count * F).fill(-1),
    top: new Int32Array(count * maxPaths),
    topCount: new Uint8Array(count),
    order: new Int32Array(count),
    rankOf: new Int32Array(count),
  };
}

export function setFactor(t: DependencyTable, row: number, f: number, raw: number, normalized: number, item: number, material: number): void {
  const at = row * F + f;
  t.raw[at] = raw;
  t.normalized[at] = Math.min(1, normalized);
  t.sourceItem[at] = item;
  t.sourceMaterial[at] = material;
}

/**
 * Single source and stock coverage, for every kind, as the share of the dependency's quantity
 * exposed on its way to the platform; the item named is a single-sourced one, and the one with the
 * largest stock shortfall, on those paths.
 */
export function setPathFactors(t: DependencyTable, row: number, ssAt: number, ssShare: number, linksSeen: boolean, gapAt: number, uncovered: number): void {
  if (ssAt >= 0) setFactor(t, row, SINGLE_SOURCE, ssShare, ssShare, ssAt, -1);
  else if (linksSeen) setFactor(t, row, SINGLE_SOURCE, 0, 0, -1, -1);
  if (gapAt >= 0) setFactor(t, row, STOCK, uncovered, uncovered, gapAt, -1);
}

/** The same arithmetic as `combineFactors`, so a built dependency shows exactly the ranked score. */
export function scoreRow(t: DependencyTable, row: number): void {
  let coverage = 0;
  for (let f = 0; f < F; f++) if (t.normalized[row * F + f]! === t.normalized[row * F + f]!) coverage += WEIGHTS[f]!;
  let value = 0;
  for (let f = 0; f < F; f++) {
    const normalized = t.normalized[row * F + f]!;
    if (normalized === normalized) value += 100 * (WEIGHTS[f]! / coverage) * normalized;
  }
  t.score[row] = coverage > 0 ? value : Number.NaN;
}

/** Highest score first, unscored last; equal scores keep row order (materials, countries, items). */
export function rankRows(t: DependencyTable): void {
  const scores = t.score;
  for (let i = 0; i < t.count; i++) t.order[i] = i;
  t.order.sort((a, b) => {
    const sa = scores[a]!;
    const sb = scores[b]!;
    if (sa !== sb) {
      if (sa !== sa) return 1;
      if (sb !== sb) return -1;
      return sb - sa;
    }
    return a - b;
  });
  for (let r = 0; r < t.count; r++) t.rankOf[t.order[r]!] = r;
}
