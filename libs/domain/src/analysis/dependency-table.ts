// The flat "dependency table": a platform's dependencies as typed-array columns, one row per
// dependency, and the helpers that fill, score and rank its rows. Index constants name the row
// kinds and the factor columns so the hot loops index plain arrays.

import type { ChainGraph } from './chain-graph';
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
 *
 * Rows come in kind order: materials, then countries (both accumulated over the items that carry
 * them), then single-sourced items. Item rows are nearly all of the rows of a large product group
 * (all but some 80 of 16,300 per platform on the 10^5-item benchmark), and most of what an item
 * row shows is the item's own figures in the graph (its supplier-country HHI, the worst restricted
 * and the riskiest material below it), the same for every platform: an item row keeps only what
 * the walk found for this platform (quantity, paths, stock exposure and the score), and its
 * factors are read from the graph again when it is scored or built (`readFactors`). That keeps the
 * tables of a 10^5-item product group at a quarter of the memory that every factor column on
 * every row took.
 */
export interface DependencyTable {
  count: number;
  /** Rows `0 .. materialRows` are materials. */
  materialRows: number;
  /** Rows `materialRows .. itemRowsFrom` are countries, rows `itemRowsFrom .. count` single-sourced items. */
  itemRowsFrom: number;
  /** Example paths kept per row (`top`). */
  maxPaths: number;

  // Every row.
  /** Material, country or item index. */
  target: Int32Array;
  quantity: Float64Array;
  pathCount: Float64Array;
  /** NaN: no factor has data. */
  score: Float64Array;
  /** Rows by score, highest first. */
  order: Int32Array;
  rankOf: Int32Array;

  // Material and country rows only (`0 .. itemRowsFrom`); see `incompleteOf`, `itemCountOf`, `topOf`.
  incomplete: Uint8Array;
  itemCount: Float64Array;
  /** Per row and factor; NaN stands for null (see `readFactors` for item rows). */
  raw: Float64Array;
  normalized: Float64Array;
  sourceItem: Int32Array;
  sourceMaterial: Int32Array;
  /** The carrying items that contribute most, `maxPaths` per row. */
  top: Int32Array;
  topCount: Uint8Array;

  // Item rows only, at `row - itemRowsFrom`.
  /** The share of the item's quantity that stock does not cover on its way here (see `setPathFactors`). */
  stockUncovered: Float64Array;
  /** The item with the largest stock exposure on those paths; -1: no stock factor. */
  stockGapAt: Int32Array;
}

export function newTable(materialRows: number, countryRows: number, itemRows: number, maxPaths: number): DependencyTable {
  const accumulated = materialRows + countryRows;
  const count = accumulated + itemRows;
  return {
    count,
    materialRows,
    itemRowsFrom: accumulated,
    maxPaths,
    target: new Int32Array(count),
    quantity: new Float64Array(count),
    pathCount: new Float64Array(count),
    score: new Float64Array(count),
    order: new Int32Array(count),
    rankOf: new Int32Array(count),
    incomplete: new Uint8Array(accumulated),
    itemCount: new Float64Array(accumulated),
    raw: new Float64Array(accumulated * F).fill(Number.NaN),
    normalized: new Float64Array(accumulated * F).fill(Number.NaN),
    sourceItem: new Int32Array(accumulated * F).fill(-1),
    sourceMaterial: new Int32Array(accumulated * F).fill(-1),
    top: new Int32Array(accumulated * maxPaths),
    topCount: new Uint8Array(accumulated),
    stockUncovered: new Float64Array(itemRows),
    stockGapAt: new Int32Array(itemRows).fill(-1),
  };
}

export function kindOf(t: DependencyTable, row: number): number {
  return row < t.materialRows ? MATERIAL : row < t.itemRowsFrom ? COUNTRY : ITEM;
}

/** The rows of one kind: `[from, to)`. */
export function rowsOfKind(t: DependencyTable, kind: number): [number, number] {
  return kind === MATERIAL ? [0, t.materialRows] : kind === COUNTRY ? [t.materialRows, t.itemRowsFrom] : [t.itemRowsFrom, t.count];
}

/** An item dependency is carried by the item alone. */
export function itemCountOf(t: DependencyTable, row: number): number {
  return row < t.itemRowsFrom ? t.itemCount[row]! : 1;
}

/** 1 when part of the quantity is not on record or rests on estimated shares (an item's own quantity always is complete). */
export function incompleteOf(t: DependencyTable, row: number): number {
  return row < t.itemRowsFrom ? t.incomplete[row]! : 0;
}

/** The row's heaviest carrying items, heaviest first (an item dependency's is the item itself). */
export function topOf(t: DependencyTable, row: number): ArrayLike<number> {
  if (row >= t.itemRowsFrom) return t.maxPaths > 0 ? [t.target[row]!] : [];
  return t.top.subarray(row * t.maxPaths, row * t.maxPaths + t.topCount[row]!);
}

/** One row's five factors, by factor position: what `readFactors` fills in for scoring and building. */
export interface FactorRow {
  /** NaN stands for null. */
  raw: Float64Array;
  normalized: Float64Array;
  sourceItem: Int32Array;
  sourceMaterial: Int32Array;
}

export function newFactorRow(): FactorRow {
  return { raw: new Float64Array(F), normalized: new Float64Array(F), sourceItem: new Int32Array(F), sourceMaterial: new Int32Array(F) };
}

/** Writes one factor at `at` of the four columns (a table's, at row * F + f, or a `FactorRow`'s, at f). */
function writeFactor(columns: FactorRow, at: number, raw: number, normalized: number, item: number, material: number): void {
  columns.raw[at] = raw;
  columns.normalized[at] = Math.min(1, normalized);
  columns.sourceItem[at] = item;
  columns.sourceMaterial[at] = material;
}

/** Sets a factor of a material or country row. */
export function setFactor(t: DependencyTable, row: number, f: number, raw: number, normalized: number, item: number, material: number): void {
  writeFactor(t, row * F + f, raw, normalized, item, material);
}

/**
 * Single source and stock coverage of a material or country row, as the share of the dependency's
 * quantity exposed on its way to the platform; the item named is a single-sourced one, and the one
 * with the largest stock shortfall, on those paths. (An item row keeps its stock exposure in
 * `stockUncovered` and `stockGapAt`; `readFactors` sets both factors the same way.)
 */
export function setPathFactors(t: DependencyTable, row: number, ssAt: number, ssShare: number, linksSeen: boolean, gapAt: number, uncovered: number): void {
  if (ssAt >= 0) setFactor(t, row, SINGLE_SOURCE, ssShare, ssShare, ssAt, -1);
  else if (linksSeen) setFactor(t, row, SINGLE_SOURCE, 0, 0, -1, -1);
  if (gapAt >= 0) setFactor(t, row, STOCK, uncovered, uncovered, gapAt, -1);
}

/**
 * The row's factors into `out`: a material or country row's from its columns; a single-sourced
 * item's from the graph (the item's own supplier-country HHI, the worst restricted and the riskiest
 * material in it or below it) and from the stock exposure the walk kept for the row. The graph must
 * have the figures the table was made from (`PlatformExplosion.withGraph`).
 */
export function readFactors(t: DependencyTable, g: ChainGraph, row: number, out: FactorRow): void {
  if (row < t.itemRowsFrom) {
    const at = row * F;
    for (let f = 0; f < F; f++) {
      out.raw[f] = t.raw[at + f]!;
      out.normalized[f] = t.normalized[at + f]!;
      out.sourceItem[f] = t.sourceItem[at + f]!;
      out.sourceMaterial[f] = t.sourceMaterial[at + f]!;
    }
    return;
  }
  // Every factor is written (or cleared) in turn: this runs for every item row of every platform.
  const v = t.target[row]!;
  const hhi = g.itemHhi[v]!;
  if (hhi >= 0) writeFactor(out, CONCENTRATION, hhi, hhi, v, -1);
  else writeFactor(out, CONCENTRATION, Number.NaN, Number.NaN, -1, -1);
  // All of the item's quantity passes a single-sourced item: itself.
  writeFactor(out, SINGLE_SOURCE, 1, 1, v, -1);
  const gapAt = t.stockGapAt[row - t.itemRowsFrom]!;
  if (gapAt >= 0) {
    const uncovered = t.stockUncovered[row - t.itemRowsFrom]!;
    writeFactor(out, STOCK, uncovered, uncovered, gapAt, -1);
  } else {
    writeFactor(out, STOCK, Number.NaN, Number.NaN, -1, -1);
  }
  if (g.exportRestrictions === undefined) {
    writeFactor(out, EXPORT, Number.NaN, Number.NaN, -1, -1);
  } else {
    const restricted = g.subtreeRestrictedMaterial[v]!;
    if (restricted < 0) writeFactor(out, EXPORT, 0, 0, -1, -1);
    else writeFactor(out, EXPORT, g.subtreeRestricted[v]!, g.subtreeRestricted[v]!, -1, restricted);
  }
  const risky = g.subtreeSupplyRiskMaterial[v]!;
  if (risky >= 0) writeFactor(out, RISK, g.materialProfiles[risky]!.supplyRisk.value!, g.subtreeSupplyRisk[v]!, -1, risky);
  else writeFactor(out, RISK, Number.NaN, Number.NaN, -1, -1);
}

/** The same arithmetic as `combineFactors`, so a built dependency shows exactly the ranked score; `normalized` from `at` on. */
export function scoreOf(normalized: Float64Array, at: number): number {
  let coverage = 0;
  for (let f = 0; f < F; f++) if (normalized[at + f]! === normalized[at + f]!) coverage += WEIGHTS[f]!;
  let value = 0;
  for (let f = 0; f < F; f++) {
    const n = normalized[at + f]!;
    if (n === n) value += 100 * (WEIGHTS[f]! / coverage) * n;
  }
  return coverage > 0 ? value : Number.NaN;
}

/** Scores a material or country row from its columns. */
export function scoreRow(t: DependencyTable, row: number): void {
  t.score[row] = scoreOf(t.normalized, row * F);
}

/**
 * Highest score first, unscored last; equal scores keep row order (materials, countries, items).
 * The scores themselves are sorted (a typed-array sort, without a comparator called 10^5 times per
 * cold request), which tells where each score's rows begin; the rows are then placed in row order.
 */
export function rankRows(t: DependencyTable): void {
  const { score, order, rankOf, count } = t;
  const sorted = score.slice(0, count).sort(); // ascending, NaN last
  let scored = count;
  while (scored > 0 && sorted[scored - 1] !== sorted[scored - 1]) scored--;
  // A score's rows begin at `scored - above`, where `above` is the first place in `sorted` holding a
  // higher score (-0 and 0 tie, as in a comparison); `placed` counts the rows put there so far.
  const placed = new Int32Array(scored);
  let unscored = scored;
  for (let row = 0; row < count; row++) {
    const s = score[row]!;
    if (s !== s) {
      order[unscored++] = row;
      continue;
    }
    let low = 0;
    let high = scored;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]! > s) high = mid;
      else low = mid + 1;
    }
    const first = scored - low;
    order[first + placed[first]!++] = row;
  }
  for (let r = 0; r < count; r++) rankOf[order[r]!] = r;
}

/**
 * A copy of a table whose material and country rows and scores are to be changed: the columns those
 * write are copied, the item rows' own columns (targets, stock exposure) are shared with `t`, which
 * stays as it was (a request may still be reading it).
 */
export function copyForUpdate(t: DependencyTable): DependencyTable {
  return {
    ...t,
    quantity: t.quantity.slice(),
    pathCount: t.pathCount.slice(),
    score: t.score.slice(),
    order: t.order.slice(),
    rankOf: t.rankOf.slice(),
    incomplete: t.incomplete.slice(),
    itemCount: t.itemCount.slice(),
    raw: t.raw.slice(),
    normalized: t.normalized.slice(),
    sourceItem: t.sourceItem.slice(),
    sourceMaterial: t.sourceMaterial.slice(),
    top: t.top.slice(),
    topCount: t.topCount.slice(),
    stockUncovered: t.stockUncovered.slice(),
    stockGapAt: t.stockGapAt.slice(),
  };
}

/**
 * A copy of a table for an update in which items became single-sourced (`added`) or stopped being so
 * (`dropped`): their rows come or go, in item order among the other item rows, and every other row is
 * copied as it was. An added row holds only its target until it is filled; the order is left to
 * `rankRows`.
 */
export function withItemRows(t: DependencyTable, added: readonly number[], dropped: readonly number[]): DependencyTable {
  const gone = new Set(dropped);
  const kept: number[] = [];
  for (let row = t.itemRowsFrom; row < t.count; row++) if (!gone.has(t.target[row]!)) kept.push(row);
  const items = [...kept.map((row) => ({ item: t.target[row]!, row })), ...added.map((item) => ({ item, row: -1 }))].sort((a, b) => a.item - b.item);
  const next = newTable(t.materialRows, t.itemRowsFrom - t.materialRows, items.length, t.maxPaths);
  const accumulated = t.itemRowsFrom;
  for (const column of ['target', 'quantity', 'pathCount', 'score'] as const) next[column].set(t[column].subarray(0, accumulated));
  for (const column of ['incomplete', 'itemCount', 'raw', 'normalized', 'sourceItem', 'sourceMaterial', 'top', 'topCount'] as const) next[column].set(t[column]);
  items.forEach(({ item, row }, k) => {
    const at = accumulated + k;
    next.target[at] = item;
    if (row < 0) return;
    next.quantity[at] = t.quantity[row]!;
    next.pathCount[at] = t.pathCount[row]!;
    next.score[at] = t.score[row]!;
    next.stockUncovered[k] = t.stockUncovered[row - accumulated]!;
    next.stockGapAt[k] = t.stockGapAt[row - accumulated]!;
  });
  return next;
}

/** Clears a material or country row's factors and example carriers, to be filled again. */
export function clearAccumulatedRow(t: DependencyTable, row: number): void {
  t.raw.fill(Number.NaN, row * F, row * F + F);
  t.normalized.fill(Number.NaN, row * F, row * F + F);
  t.sourceItem.fill(-1, row * F, row * F + F);
  t.sourceMaterial.fill(-1, row * F, row * F + F);
  t.topCount[row] = 0;
}

/**
 * The order after the scores of a few rows changed (`rows`, of a table ranked by `rankRows`): the
 * same order `rankRows` gives (highest score first, unscored last, equal scores in row order),
 * without sorting every row again. Each changed row is taken out and put back where it belongs.
 */
export function rerankRows(t: DependencyTable, rows: readonly number[]): void {
  const { score, order, rankOf, count } = t;
  if (rows.length === 0) return;
  const moved = new Uint8Array(count);
  for (const row of rows) moved[row] = 1;
  // Whether row a comes before row b.
  const before = (a: number, b: number): boolean => {
    const x = score[a]!;
    const y = score[b]!;
    if (x !== x) return y !== y && a < b;
    if (y !== y) return true;
    return x > y || (x === y && a < b);
  };
  let kept = 0;
  for (let r = 0; r < count; r++) if (!moved[order[r]!]) order[kept++] = order[r]!;
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    let low = 0;
    let high = kept;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(order[mid]!, row)) low = mid + 1;
      else high = mid;
    }
    order.copyWithin(low + 1, low, kept);
    order[low] = row;
    kept++;
  }
  for (let r = 0; r < count; r++) rankOf[order[r]!] = r;
}
