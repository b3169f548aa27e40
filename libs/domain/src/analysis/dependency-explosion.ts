import { badInput } from '../errors';
import { bitSet, hasBit, lowestBit, setBit } from './bit-set';
import { type ChainGraph, itemsAndAbove, markAbove, platformsAbove } from './chain-graph';
import {
  clearAccumulatedRow,
  CONCENTRATION,
  copyForUpdate,
  type DependencyTable,
  EXPORT,
  type FactorRow,
  KINDS,
  newFactorRow,
  newTable,
  rankRows,
  readFactors,
  rerankRows,
  RISK,
  scoreOf,
  scoreRow,
  setFactor,
  setPathFactors,
  withItemRows,
} from './dependency-table';
import type { DependencyKind, ExplosionOptions } from './dependency-types';
import { PlatformExplosion } from './platform-explosion';

/**
 * Months of lead time not covered by stock at which the stock factor of an item is one half. The
 * exposure u / (u + 12) grades how long a platform waits when the supplier stops and the part must
 * be ordered again (u = lead time - stock, in months): 3 months 0.2, 12 months 0.5, 24 months 0.67,
 * 30 months 0.71. The share of the lead time that stock does not cover (the earlier measure) made a
 * 3-month gap with no stock as bad as a 30-month one, and put most single-sourced systems at 1.
 */
export const STOCK_GAP_HALF_MONTHS = 12;

/** Stock exposure per item, 0..1 (-1: no lead time with a stock on record). */
export function stockExposure(graph: ChainGraph): Float64Array {
  let exposure = exposures.get(graph.itemStockGapMonths);
  if (!exposure) exposures.set(graph.itemStockGapMonths, (exposure = exposureOf(graph)));
  return exposure;
}

/** Worked out once per graph (a patch that leaves every item's stock shortfall as it was shares the array, and so this). */
const exposures = new WeakMap<Float64Array, Float64Array>();

function exposureOf(graph: ChainGraph): Float64Array {
  const n = graph.items.length;
  const out = new Float64Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const gapMonths = graph.itemStockGapMonths[v]!;
    if (gapMonths >= 0) out[v] = gapMonths / (gapMonths + STOCK_GAP_HALF_MONTHS);
  }
  return out;
}

// The record layouts below stay in this file, next to the loops that index them: an imported
// constant is read through the module object on every access (under vitest, a getter call), and
// with these in a module of their own the explode bench ran at a third of its speed.

// Per-item walk state, one record of 8 numbers per item so that updating a child touches one
// cache line instead of eight arrays (this walk is memory-bound on large graphs).
const W = 8;
const QTY = 0;
const PATHS = 1;
/** Of QTY, the part that passed a single-sourced item on its way here (the item itself included). */
const SS_QTY = 2;
/**
 * Of QTY, the part not covered by stock: each item on a path with a stock exposure x (its months of
 * lead time not covered by stock, graded by {@link stockExposure}) leaves (1 - x) of what reaches it
 * covered, so a path is as exposed as its items together.
 */
const GAP_QTY = 3;
/** The largest stock exposure on some path here, and its item (to name the weak link). */
const GAP = 4;
const GAP_AT = 5;
/** A single-sourced item on some path from the platform to here (the item itself first), -1 none. */
const SS_AT = 6;
/** Some item on a path here has supply links (so "no single source" is a finding, not a gap). */
const LINKS = 7;

// Per-dependency accumulator record (materials and countries).
const A = 16;
const A_PATHS = 0;
const A_GAP = 1;
const A_GAP_AT = 2;
const A_SS_AT = 3;
const A_LINKS = 4;
/** Summed quantity (kg of the material, item-units times the country's share) where known. */
const A_QTY = 5;
const A_INCOMPLETE = 6;
const A_ITEMS = 7;
/** The largest per-unit amount and its item (for a country: its largest share of an item's supply). */
const A_PER_MAX = 8;
const A_PER_MAX_AT = 9;
/** Of A_QTY, the parts through a single-sourced item and not covered by stock. */
const A_SS_QTY = 10;
const A_GAP_QTY = 11;
/** The same three in item-units, for weighting when no kg is on record. */
const A_UNITS = 12;
const A_SS_UNITS = 13;
const A_GAP_UNITS = 14;
/** Countries: item-units times the country's share squared, for the quantity-weighted mean share. */
const A_SHARE_SQ = 15;

/** An item's walk record before its first parent adds to it: nothing carried, no weak link seen. */
function clearRecord(st: Float64Array, v: number): void {
  const b = v * W;
  st[b + QTY] = 0;
  st[b + PATHS] = 0;
  st[b + SS_QTY] = 0;
  st[b + GAP_QTY] = 0;
  st[b + GAP] = -1;
  st[b + GAP_AT] = -1;
  st[b + SS_AT] = -1;
  st[b + LINKS] = 0;
}

/**
 * Accumulates dependencies over the items that carry them: totals, merged path aggregates and the
 * `k` carrying items that contribute most (for example paths), without keeping every item.
 */
class Accumulators {
  readonly data: Float64Array;
  readonly topNode: Int32Array;
  readonly topWeight: Float64Array;
  readonly topCount: Int32Array;
  readonly touched: number[] = [];

  constructor(
    size: number,
    private readonly k: number,
  ) {
    this.data = new Float64Array(size * A);
    this.topNode = new Int32Array(size * Math.max(1, k));
    this.topWeight = new Float64Array(size * Math.max(1, k));
    this.topCount = new Int32Array(size);
  }

  reset(): void {
    for (const slot of this.touched) this.data[slot * A + A_ITEMS] = 0;
    this.touched.length = 0;
  }

  /**
   * Adds carrying item `v`; `per` is what one unit of it holds (kg of the material, the country's
   * share), NaN when not on record (the item then counts in item-units only and makes the total incomplete).
   */
  add(slot: number, st: Float64Array, v: number, per: number, incomplete: boolean): void {
    const d = this.data;
    const a = slot * A;
    const b = v * W;
    if (d[a + A_ITEMS] === 0) {
      d.fill(0, a, a + A);
      d[a + A_GAP] = -1;
      d[a + A_GAP_AT] = -1;
      d[a + A_SS_AT] = -1;
      d[a + A_PER_MAX] = -1;
      d[a + A_PER_MAX_AT] = -1;
      this.topCount[slot] = 0;
      this.touched.push(slot);
    }
    const q = st[b + QTY]!;
    const known = per === per;
    d[a + A_ITEMS]! += 1;
    d[a + A_PATHS]! += st[b + PATHS]!;
    if (known) {
      d[a + A_QTY]! += q * per;
      d[a + A_SHARE_SQ]! += q * per * per;
      d[a + A_SS_QTY]! += st[b + SS_QTY]! * per;
      d[a + A_GAP_QTY]! += st[b + GAP_QTY]! * per;
    }
    d[a + A_UNITS]! += q;
    d[a + A_SS_UNITS]! += st[b + SS_QTY]!;
    d[a + A_GAP_UNITS]! += st[b + GAP_QTY]!;
    if (incomplete || !known) d[a + A_INCOMPLETE] = 1;
    if (d[a + A_SS_AT]! < 0 && st[b + SS_AT]! >= 0) d[a + A_SS_AT] = st[b + SS_AT]!;
    if (st[b + GAP]! > d[a + A_GAP]!) {
      d[a + A_GAP] = st[b + GAP]!;
      d[a + A_GAP_AT] = st[b + GAP_AT]!;
    }
    if (st[b + LINKS]) d[a + A_LINKS] = 1;
    if (per > d[a + A_PER_MAX]!) {
      d[a + A_PER_MAX] = per;
      d[a + A_PER_MAX_AT] = v;
    }
    this.offer(slot, v, known ? q * per : 0);
  }

  /** Fractions of the quantity through a single-sourced item and not covered by stock (by kg when any kg is known). */
  exposure(slot: number): { singleSource: number; uncovered: number } {
    const d = this.data;
    const a = slot * A;
    const [total, ss, gap] = d[a + A_QTY]! > 0 ? [d[a + A_QTY]!, d[a + A_SS_QTY]!, d[a + A_GAP_QTY]!] : [d[a + A_UNITS]!, d[a + A_SS_UNITS]!, d[a + A_GAP_UNITS]!];
    return total > 0 ? { singleSource: ss / total, uncovered: gap / total } : { singleSource: 0, uncovered: 0 };
  }

  /** Keeps the k heaviest carrying items, heaviest first; earlier items win ties. */
  private offer(slot: number, v: number, weight: number): void {
    const k = this.k;
    if (k === 0) return;
    const base = slot * k;
    let count = this.topCount[slot]!;
    if (count === k) {
      if (weight <= this.topWeight[base + k - 1]!) return;
      count--;
    } else {
      this.topCount[slot] = count + 1;
    }
    let at = base + count;
    while (at > base && this.topWeight[at - 1]! < weight) {
      this.topWeight[at] = this.topWeight[at - 1]!;
      this.topNode[at] = this.topNode[at - 1]!;
      at--;
    }
    this.topWeight[at] = weight;
    this.topNode[at] = v;
  }
}

/**
 * Explodes one platform (any item id works as the root) down its bill of materials and supply
 * links to its dependencies on materials, supplier countries and single-sourced items.
 *
 * One walk per platform, in topological order of the items it reaches: each item is visited once
 * (memoized), its quantity per platform is the sum over parents of parent quantity times edge
 * quantity, and so are the parts of that quantity that passed a single-sourced item or are not
 * covered by stock. An item shared by two systems is therefore one item with both quantities added,
 * and DAG diamonds cost O(items + edges), not O(paths). Example paths are enumerated only up to
 * `maxPathsPerDependency`.
 *
 * Score factors per kind (weights in `SCORE_WEIGHTS`). Single source and stock coverage are, for
 * every kind, the share of the dependency's quantity (kg of the material, item-units times the
 * country's share) that passes a single-sourced item, and that stock does not cover, on its way up:
 * a material used mostly in a well-stocked, dual-sourced part is not made critical by a few grams
 * in a single-sourced one.
 * - MATERIAL: concentration = the material's global-supply HHI (worse stage); export restriction =
 *   share of supply from countries restricting it; supply risk = EU SR, normalized.
 * - COUNTRY: concentration = the country's share of the items it supplies, weighted by their
 *   item-units (the named item is the one it supplies the largest share of); export
 *   restriction = the highest share it holds of a material of this platform that it restricts;
 *   supply risk = its governance index / 10. A supply link with share 0 is a dormant source, not a
 *   dependency; links without a country are counted in `linksWithoutCountry`.
 * - ITEM (single-sourced items): concentration = the HHI of the item's supplier countries; single
 *   source = 1; export restriction and supply risk = the worst material in the item or below it.
 */
export function explodePlatform(graph: ChainGraph, platformId: string, options: ExplosionOptions = {}): PlatformExplosion {
  const root = graph.itemIndex.get(platformId);
  if (root === undefined) throw badInput('platformId', `Item ${platformId} not found`);
  return new Exploder(graph, options).explode(root);
}

/** Explodes every platform of the graph (or the given ones); one result per platform, in input order. */
export function explodeProductGroup(
  graph: ChainGraph,
  options: ExplosionOptions & { platformIds?: readonly string[] } = {},
): PlatformExplosion[] {
  const roots = options.platformIds
    ? options.platformIds.map((id) => {
        const i = graph.itemIndex.get(id);
        if (i === undefined) throw badInput('platformIds', `Item ${id} not found`);
        return i;
      })
    : Array.from(graph.platformIndices);
  const exploder = new Exploder(graph, options);
  return roots.map((root) => exploder.explode(root));
}

/**
 * The explosions of a patched graph (`patchChainGraph`): `previous` were made with `options` on
 * `old`, `next` is the patched graph and `changed` the items whose figures changed. A platform that
 * reaches none of them keeps its tables (with the new names); the others get the rows that changed
 * worked out again (`Exploder.update`): those of the countries and materials the changed items supply
 * or hold, and, where the walk changed below some item (an edge, a single-source flag, a stock
 * shortfall), those of everything below it; an item that became single-sourced gets a row of its
 * own, one that stopped being so loses it. A platform that gains or loses an item, a country or a
 * material is exploded again. Each result is what `explodeProductGroup(next)`
 * gives for that platform.
 */
export function updateExplosions(
  previous: readonly PlatformExplosion[],
  old: ChainGraph,
  next: ChainGraph,
  changed: Int32Array,
  options: ExplosionOptions,
): PlatformExplosion[] {
  // Explosions refer to countries by position: if the numbering moved, every platform is exploded again.
  const sameCountries = next.countries.length === old.countries.length && next.countries.every((c, i) => c === old.countries[i]);
  const affected = sameCountries ? platformsAbove([old, next], changed) : null;
  const change = sameCountries ? walkChange(old, next, changed) : null;
  let exploder: Exploder | undefined;
  return previous.map((explosion) => {
    const root = next.itemIndex.get(explosion.platformId)!;
    if (affected && !affected.has(root)) return explosion.withGraph(next);
    exploder ??= new Exploder(next, options);
    return (change && exploder.update(explosion, old, changed, change)) || exploder.explode(root);
  });
}

/**
 * Where a patch changed the walk (`Exploder.walk`): the items whose records change (`below`: those
 * under an item whose own part changed, its single-source flag, stock shortfall or "has links", or
 * under an edge that was added, removed or given another quantity, the item itself included; in the
 * old graph or the new), and those items with every item above them in the new graph
 * (`belowAndAbove`: the records `Exploder.update` works out again). Both are bit sets by item.
 */
interface WalkChange {
  below: Uint32Array;
  belowAndAbove: Uint32Array;
  /** Whether `below` holds any item. */
  any: boolean;
}

function walkChange(old: ChainGraph, next: ChainGraph, changed: Int32Array): WalkChange {
  const n = next.items.length;
  const below = bitSet(n);
  const seeds: number[] = [];
  const sameEdges = next.childStart === old.childStart && next.childItem === old.childItem && next.childQuantity === old.childQuantity;
  const [oldExposure, nextExposure] = [stockExposure(old), stockExposure(next)];
  for (const v of changed) {
    const ownPart =
      !old.itemSingleSource[v] !== !next.itemSingleSource[v] || old.itemHasLinks[v] !== next.itemHasLinks[v] || !Object.is(oldExposure[v], nextExposure[v]);
    if (ownPart) seeds.push(v);
    if (sameEdges) continue;
    // The children this item has another edge to (added, removed, another quantity).
    const edges = (g: ChainGraph): Map<number, string> => {
      const byChild = new Map<number, number[]>();
      for (let e = g.childStart[v]!; e < g.childStart[v + 1]!; e++) (byChild.get(g.childItem[e]!) ?? byChild.set(g.childItem[e]!, []).get(g.childItem[e]!)!).push(g.childQuantity[e]!);
      return new Map([...byChild].map(([c, quantities]) => [c, quantities.sort((a, b) => a - b).join()]));
    };
    const [before, after] = [edges(old), edges(next)];
    for (const [c, quantities] of before) if (after.get(c) !== quantities) seeds.push(c);
    for (const c of after.keys()) if (!before.has(c)) seeds.push(c);
  }
  // Down from the seeds in both graphs, then up from everything below in the new one.
  const stack = seeds.filter((v) => !hasBit(below, v) && (setBit(below, v), true));
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const g of [old, next]) {
      for (let e = g.childStart[v]!; e < g.childStart[v + 1]!; e++) {
        const c = g.childItem[e]!;
        if (hasBit(below, c)) continue;
        setBit(below, c);
        stack.push(c);
      }
    }
  }
  const belowAndAbove = below.slice();
  for (let v = 0; v < n; v++) if (hasBit(below, v)) stack.push(v);
  const any = stack.length > 0;
  markAbove(next, belowAndAbove, stack);
  return { below, belowAndAbove, any };
}

/** Whether an item is supplied from the same countries with the same shares (known or estimated) in both graphs. */
function sameCountryShares(old: ChainGraph, next: ChainGraph, v: number): boolean {
  const [from, to] = [old.itemCountryStart[v]!, next.itemCountryStart[v]!];
  const count = old.itemCountryStart[v + 1]! - from;
  if (next.itemCountryStart[v + 1]! - to !== count || old.itemSharesEstimated[v] !== next.itemSharesEstimated[v]) return false;
  for (let k = 0; k < count; k++) {
    if (old.itemCountry[from + k] !== next.itemCountry[to + k] || !Object.is(old.itemCountryShare[from + k], next.itemCountryShare[to + k])) return false;
  }
  return true;
}

/**
 * The materials an item holds with other kg in the two graphs, and those it holds in one only
 * (`moved`; an item has one line per material).
 */
function materialsChangedIn(old: ChainGraph, next: ChainGraph, v: number): { material: number; moved: boolean }[] {
  const lines = (g: ChainGraph): Map<number, number> => {
    const kg = new Map<number, number>();
    for (let at = g.materialStart[v]!; at < g.materialStart[v + 1]!; at++) kg.set(g.materialOf[at]!, g.materialKg[at]!);
    return kg;
  };
  const [before, after] = [lines(old), lines(next)];
  const changed = [...before].filter(([material, kg]) => !after.has(material) || !Object.is(after.get(material), kg));
  return [
    ...changed.map(([material]) => ({ material, moved: !after.has(material) })),
    ...[...after.keys()].filter((material) => !before.has(material)).map((material) => ({ material, moved: true })),
  ];
}

/** The row of a single-sourced item in a table (item rows come in item order). */
function itemRowOf(t: DependencyTable, v: number): number {
  let low = t.itemRowsFrom;
  let high = t.count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (t.target[mid]! < v) low = mid + 1;
    else high = mid;
  }
  if (low >= t.count || t.target[low] !== v) throw new Error(`no row for item ${v}`);
  return low;
}

/**
 * The walk's per-item records, one array kept from one explosion to the next (an explosion is
 * synchronous and its exploder is dropped after it, so two never use it at once; the walk clears
 * each record it reaches before using it). Allocated fresh, the 6.4 MB of a 10^5-item chain cost
 * more than a platform's walk on machines where memory is slow to touch for the first time.
 */
let records = new Float64Array(0);

function walkRecords(length: number): Float64Array {
  if (records.length < length) records = new Float64Array(length);
  return records.subarray(0, length);
}

class Exploder {
  private readonly st: Float64Array;
  private readonly exposure: Float64Array;
  private readonly materialAcc: Accumulators;
  private readonly countryAcc: Accumulators;
  private readonly maxPaths: number;
  private readonly kinds: ReadonlySet<DependencyKind>;
  /** Materials each country restricts (only when restrictions were given). */
  private readonly restrictionsByCountry: Map<string, number[]> | null;
  /** An item row's factors, read out to score it. */
  private readonly factors: FactorRow = newFactorRow();
  /** The materials the last walk met (1), for the countries' export factor. */
  private readonly materialSeen: Uint8Array;
  /** The last `carriersAndAbove`. */
  private above: { key: string; items: Uint32Array } | undefined;

  constructor(
    private readonly graph: ChainGraph,
    options: ExplosionOptions,
  ) {
    const n = graph.items.length;
    this.maxPaths = options.maxPathsPerDependency ?? 5;
    if (!Number.isInteger(this.maxPaths) || this.maxPaths < 0 || this.maxPaths > 255) {
      throw badInput('maxPathsPerDependency', 'must be a whole number 0..255');
    }
    this.kinds = new Set(options.kinds ?? KINDS);
    this.st = walkRecords(n * W);
    this.exposure = stockExposure(graph);
    this.materialAcc = new Accumulators(graph.materials.length, this.maxPaths);
    this.countryAcc = new Accumulators(graph.countries.length, this.maxPaths);
    this.materialSeen = new Uint8Array(graph.materials.length);
    if (graph.exportRestrictions === undefined) {
      this.restrictionsByCountry = null;
    } else {
      this.restrictionsByCountry = new Map();
      for (const r of graph.exportRestrictions) {
        const mi = graph.materialIndex.get(r.materialId);
        if (mi === undefined) continue;
        const list = this.restrictionsByCountry.get(r.country) ?? [];
        if (!list.includes(mi)) list.push(mi);
        this.restrictionsByCountry.set(r.country, list);
      }
    }
  }

  explode(root: number): PlatformExplosion {
    const g = this.graph;
    const reached = bitSet(g.items.length);
    const { len, linksWithoutCountry, singleSourced } = this.walk(root, reached);
    const materialRows = this.kinds.has('MATERIAL') ? this.materialAcc.touched : [];
    const countryRows = this.kinds.has('COUNTRY') ? this.countryAcc.touched : [];
    const table = newTable(materialRows.length, countryRows.length, singleSourced.length, this.maxPaths);
    let row = 0;
    for (const slot of materialRows) this.fillMaterial(table, row++, slot);
    for (const slot of countryRows) this.fillCountry(table, row++, slot);
    for (const v of singleSourced) this.fillItem(table, row++, v);
    rankRows(table);
    const item = g.items[root]!;
    return new PlatformExplosion(item.id, item.name, len, linksWithoutCountry, g, table, reached, root, this.maxPaths);
  }

  /**
   * `previous` (this platform's explosion on `old`) on this graph, where the items `changed` have
   * other supplier countries, shares, materials or kg, and the walk changed below the items `change`
   * names. Every row whose figures can change is worked out again and the others are taken over:
   * - the rows of the countries and materials a changed item supplies or holds, before or after,
   *   where its figures for them changed;
   * - for every item the platform reaches below a change of the walk: the rows of all countries and
   *   materials it carries, before and after, and its own row when it is single-sourced;
   * - the rows of single-sourced items whose own figures changed (concentration, or the worst
   *   material in or below them).
   * Material and country rows are accumulated again (`accumulateRows`); an item that became
   * single-sourced gets a row, one that stopped being so loses it. Exactly `explode`'s result (the
   * same arithmetic in the same order), or null when the platform gains or loses an item, a country
   * or a material (their rows would move): explode it again.
   */
  update(previous: PlatformExplosion, old: ChainGraph, changed: Int32Array, change: WalkChange): PlatformExplosion | null {
    const g = this.graph;
    const { root, reached } = previous;
    const isReached = (v: number): boolean => hasBit(reached, v);
    // The changed items this platform reaches (`updateExplosions` asks only platforms above some).
    const hit = Array.from(changed).filter(isReached);
    const wantCountries = this.kinds.has('COUNTRY');
    const wantMaterials = this.kinds.has('MATERIAL');
    const wantItems = this.kinds.has('ITEM');
    const flags = { countries: new Uint8Array(g.countries.length), materials: new Uint8Array(g.materials.length) };
    // The rows of the countries an item supplies, and of the materials it holds, in either graph.
    const flagCountries = (v: number): void => {
      for (const from of [old, g]) for (let at = from.itemCountryStart[v]!; at < from.itemCountryStart[v + 1]!; at++) flags.countries[from.itemCountry[at]!] = 1;
    };
    const flagMaterials = (v: number): void => {
      for (const from of [old, g]) for (let at = from.materialStart[v]!; at < from.materialStart[v + 1]!; at++) flags.materials[from.materialOf[at]!] = 1;
    };
    let linksWithoutCountry = previous.linksWithoutCountry;
    let materialsMoved = false;
    // Items that became single-sourced or stopped being so: their rows come or go.
    const [added, dropped]: number[][] = [[], []];
    for (const v of hit) {
      if (wantItems && !old.itemSingleSource[v] !== !g.itemSingleSource[v]) (g.itemSingleSource[v] ? added : dropped).push(v);
      // Counted by the walk with the country rows (see `walk`).
      if (wantCountries) linksWithoutCountry += g.itemLinksWithoutCountry[v]! - old.itemLinksWithoutCountry[v]!;
      if (!sameCountryShares(old, g, v)) flagCountries(v);
      for (const { material, moved } of materialsChangedIn(old, g, v)) {
        flags.materials[material] = 1;
        materialsMoved ||= moved;
      }
    }
    // Below a change of the walk: every record can change, and so every row it is added to.
    const itemsBelow: number[] = [];
    let countBelow = 0;
    if (change.any) {
      for (let word = root >>> 5; word < reached.length; word++) {
        for (let bits = change.below[word]!; bits !== 0; bits &= bits - 1) {
          const v = lowestBit(word, bits);
          if (v < root) continue;
          if (!isReached(v)) {
            // Reached now through a new edge: the platform gains items.
            for (let k = g.parentStart[v]!; k < g.parentStart[v + 1]!; k++) if (isReached(g.parentItem[k]!)) return null;
            continue;
          }
          flagCountries(v);
          flagMaterials(v);
          countBelow++;
          if (wantItems && g.itemSingleSource[v]) itemsBelow.push(v);
        }
      }
    }
    // With a large part of the platform below the change (an edge near the top), nearly every row and
    // record is worked out again anyway: one walk of the whole platform is quicker (an edge from a
    // platform on the benchmark: 30–39 ms exploded, 47–55 ms updated).
    if (countBelow * 4 > previous.itemCount) return null;
    // Without material rows to tell, the materials the platform has must stay the same (the countries' export factor reads them).
    if (!wantMaterials && wantCountries && materialsMoved) return null;
    if (!wantMaterials) flags.materials.fill(0);
    if (!wantCountries) flags.countries.fill(0);
    this.accumulateRows(root, reached, flags, change.any ? change.belowAndAbove : null);
    // Left with no path from the platform: the platform loses items.
    if (change.any) {
      for (let word = root >>> 5; word < reached.length; word++) {
        for (let bits = change.below[word]! & reached[word]!; bits !== 0; bits &= bits - 1) {
          const v = lowestBit(word, bits);
          if (v >= root && this.st[v * W + PATHS] === 0) return null;
        }
      }
    }
    // The materials the platform has (for the countries' export factor): its table's, when it has material rows.
    if (wantMaterials) {
      for (let row = 0; row < previous.table.materialRows; row++) this.materialSeen[previous.table.target[row]!] = 1;
    } else {
      for (let v = root; v < g.items.length; v++) {
        if (!isReached(v)) continue;
        for (let at = g.materialStart[v]!; at < g.materialStart[v + 1]!; at++) this.materialSeen[g.materialOf[at]!] = 1;
      }
    }
    const relaid = added.length + dropped.length > 0;
    const table = relaid ? withItemRows(previous.table, added, dropped) : copyForUpdate(previous.table);
    const rows: number[] = [];
    const refill = (from: number, to: number, flagged: Uint8Array, acc: Accumulators, fill: (row: number, slot: number) => void): boolean => {
      for (let row = from; row < to; row++) {
        const slot = table.target[row]!;
        if (!flagged[slot]) continue;
        // The material or country no longer reaches the platform: its row goes.
        if (acc.data[slot * A + A_ITEMS] === 0) return false;
        flagged[slot] = 2;
        clearAccumulatedRow(table, row);
        fill(row, slot);
        rows.push(row);
      }
      // One new to the platform gets a row of its own.
      return acc.touched.every((slot) => flagged[slot] === 2);
    };
    if (wantMaterials && !refill(0, table.materialRows, flags.materials, this.materialAcc, (row, slot) => this.fillMaterial(table, row, slot))) return null;
    if (wantCountries && !refill(table.materialRows, table.itemRowsFrom, flags.countries, this.countryAcc, (row, slot) => this.fillCountry(table, row, slot))) return null;
    if (wantItems) {
      // Items whose row is worked out already: below a change of the walk (filled again), or changed (scored again).
      const done = new Set<number>();
      for (const v of itemsBelow) {
        const row = itemRowOf(table, v);
        this.fillItem(table, row, v);
        done.add(v);
        rows.push(row);
      }
      const rescore = (row: number): void => {
        readFactors(table, g, row, this.factors);
        table.score[row] = scoreOf(this.factors.normalized, 0);
        rows.push(row);
      };
      for (const v of hit) {
        if (!g.itemSingleSource[v] || done.has(v)) continue;
        rescore(itemRowOf(table, v));
        done.add(v);
      }
      // The worst material in or below an item moved (an item's materials changed): the items above it.
      if (g.subtreeRestricted !== old.subtreeRestricted || g.subtreeSupplyRisk !== old.subtreeSupplyRisk) {
        for (let row = table.itemRowsFrom; row < table.count; row++) {
          const v = table.target[row]!;
          if (done.has(v)) continue;
          const same =
            Object.is(g.subtreeRestricted[v], old.subtreeRestricted[v]) &&
            g.subtreeRestrictedMaterial[v] === old.subtreeRestrictedMaterial[v] &&
            Object.is(g.subtreeSupplyRisk[v], old.subtreeSupplyRisk[v]) &&
            g.subtreeSupplyRiskMaterial[v] === old.subtreeSupplyRiskMaterial[v];
          if (!same) rescore(row);
        }
      }
    }
    // Placing a row costs a shift of the order after it: for many rows, ranking all of them again is cheaper.
    if (relaid || rows.length * 32 > table.count) rankRows(table);
    else rerankRows(table, rows);
    const item = g.items[root]!;
    return new PlatformExplosion(item.id, item.name, previous.itemCount, linksWithoutCountry, g, table, reached, root, this.maxPaths);
  }

  /**
   * The walk from `root` (see `explodePlatform`): marks the items it reaches in `reached`,
   * accumulates every material and country they carry and lists the single-sourced ones.
   */
  private walk(root: number, reached: Uint32Array): { len: number; linksWithoutCountry: number; singleSourced: number[] } {
    const g = this.graph;
    const { st } = this;
    const n = g.items.length;
    // Items are numbered in topological order and every item the root reaches comes after it, so
    // one upward scan from the root visits parents before children, reading memory front to back.
    // An item is marked reached (and its record cleared) when its first parent gets to it.
    setBit(reached, root);
    clearRecord(st, root);
    let len = 1;
    st[root * W + QTY] = 1;
    st[root * W + PATHS] = 1;

    const wantMaterials = this.kinds.has('MATERIAL') || this.kinds.has('COUNTRY');
    const wantCountries = this.kinds.has('COUNTRY');
    const wantItems = this.kinds.has('ITEM');
    const materials = this.materialAcc;
    const countries = this.countryAcc;
    const materialSeen = this.materialSeen;
    materials.reset();
    countries.reset();
    materialSeen.fill(0);
    const singleSourced: number[] = [];
    let linksWithoutCountry = 0;
    const { materialStart, materialOf, materialKg, itemCountryStart, itemCountry, itemCountryShare } = g;

    for (let v = root; v < n; v++) {
      if (!hasBit(reached, v)) continue;
      // All parents came before: the item's quantity is final; add its own weak links, pass it on.
      this.ownPart(v);
      len += this.passDown(v, reached, true);

      // NaN marks kg not on record.
      if (wantMaterials) for (let at = materialStart[v]!; at < materialStart[v + 1]!; at++) materials.add(materialOf[at]!, st, v, materialKg[at]!, false);
      if (wantCountries) {
        const estimated = g.itemSharesEstimated[v] === 1;
        for (let at = itemCountryStart[v]!; at < itemCountryStart[v + 1]!; at++) countries.add(itemCountry[at]!, st, v, itemCountryShare[at]!, estimated);
        linksWithoutCountry += g.itemLinksWithoutCountry[v]!;
      }
      if (wantItems && g.itemSingleSource[v]) singleSourced.push(v);
    }
    if (wantMaterials) for (const slot of materials.touched) materialSeen[slot] = 1;
    return { len, linksWithoutCountry, singleSourced };
  }

  /**
   * What `walk` accumulates for the flagged countries and materials (and nothing else), without
   * walking the whole platform. A row is the sum over the items that carry its country or material
   * of their records, and an item's record depends only on the items above it; so only the carriers
   * the platform reaches and the items above them get a record (on the 10^5-item benchmark a sixth of
   * the items per country), and the items `alsoNeeded` (with every item above them) whose records
   * `update` reads. It is `walk` on those items only: each pushes its record down to its children
   * among them, in item order, which adds up every record in the walk's order (parents by number, an
   * item's edges in order) and makes every figure equal to the walk's to the last bit. An item no
   * parent reaches any more keeps a record with no paths.
   */
  private accumulateRows(root: number, reached: Uint32Array, flags: { countries: Uint8Array; materials: Uint8Array }, alsoNeeded: Uint32Array | null): void {
    const g = this.graph;
    const { st } = this;
    const { itemCountryStart, itemCountry, itemCountryShare, materialStart, materialOf, materialKg } = g;
    this.materialAcc.reset();
    this.countryAcc.reset();
    this.materialSeen.fill(0);
    // Everything above a needed item is needed: a reached parent of a needed item is needed too.
    const above = this.carriersAndAbove(flags);
    const needed = new Uint32Array(reached.length);
    for (let word = root >>> 5; word < needed.length; word++) {
      needed[word] = (above[word]! | (alsoNeeded?.[word] ?? 0)) & reached[word]!;
      for (let bits = needed[word]!; bits !== 0; bits &= bits - 1) clearRecord(st, lowestBit(word, bits));
    }
    st[root * W + QTY] = 1;
    st[root * W + PATHS] = 1;
    for (let word = root >>> 5; word < needed.length; word++) {
      for (let bits = needed[word]!; bits !== 0; bits &= bits - 1) {
        const v = lowestBit(word, bits);
        this.ownPart(v);
        this.passDown(v, needed, false);
        for (let at = materialStart[v]!; at < materialStart[v + 1]!; at++) {
          if (flags.materials[materialOf[at]!]) this.materialAcc.add(materialOf[at]!, st, v, materialKg[at]!, false);
        }
        const estimated = g.itemSharesEstimated[v] === 1;
        for (let at = itemCountryStart[v]!; at < itemCountryStart[v + 1]!; at++) {
          if (flags.countries[itemCountry[at]!]) this.countryAcc.add(itemCountry[at]!, st, v, itemCountryShare[at]!, estimated);
        }
      }
    }
  }

  /**
   * The items that supply a flagged country or hold a flagged material, and every item above them,
   * as a bit set (kept for the next platform of the same update).
   */
  private carriersAndAbove(flags: { countries: Uint8Array; materials: Uint8Array }): Uint32Array {
    const key = `${flags.countries.join()}|${flags.materials.join()}`;
    if (this.above?.key === key) return this.above.items;
    const g = this.graph;
    const { itemCountryStart, itemCountry, materialStart, materialOf } = g;
    const carries = (v: number): boolean => {
      for (let at = itemCountryStart[v]!; at < itemCountryStart[v + 1]!; at++) if (flags.countries[itemCountry[at]!]) return true;
      for (let at = materialStart[v]!; at < materialStart[v + 1]!; at++) if (flags.materials[materialOf[at]!]) return true;
      return false;
    };
    const carriers: number[] = [];
    for (let v = 0; v < g.items.length; v++) if (carries(v)) carriers.push(v);
    const items = itemsAndAbove(g, carriers);
    this.above = { key, items };
    return items;
  }

  /**
   * Adds item `v`'s record (every parent's share and its own part in) to the records of its children
   * in `within`, edge by edge. The walk passes the items it has reached, and reaches a child the first
   * time a parent gets to it (its record cleared first; the count of those is returned);
   * `accumulateRows` passes the items it works out, whose records it cleared beforehand, and leaves
   * the other children alone.
   */
  private passDown(v: number, within: Uint32Array, reach: boolean): number {
    const { st } = this;
    const { childStart, childItem, childQuantity } = this.graph;
    const b = v * W;
    const q = st[b + QTY]!;
    const pc = st[b + PATHS]!;
    const ss = st[b + SS_AT]!;
    const ssQty = st[b + SS_QTY]!;
    const gapQty = st[b + GAP_QTY]!;
    const gap = st[b + GAP]!;
    const links = st[b + LINKS]!;
    let reachedNow = 0;
    for (let e = childStart[v]!; e < childStart[v + 1]!; e++) {
      const child = childItem[e]!;
      if (!hasBit(within, child)) {
        if (!reach) continue;
        setBit(within, child);
        clearRecord(st, child);
        reachedNow++;
      }
      const c = child * W;
      const per = childQuantity[e]!;
      st[c + QTY]! += q * per;
      st[c + SS_QTY]! += ssQty * per;
      st[c + GAP_QTY]! += gapQty * per;
      st[c + PATHS]! += pc;
      if (ss >= 0 && st[c + SS_AT]! < 0) st[c + SS_AT] = ss;
      if (gap > st[c + GAP]!) {
        st[c + GAP] = gap;
        st[c + GAP_AT] = st[b + GAP_AT]!;
      }
      if (links) st[c + LINKS] = 1;
    }
    return reachedNow;
  }

  /** An item's own weak links, added to its record once every parent's share is in (as in `walk`). */
  private ownPart(v: number): void {
    const { st } = this;
    const b = v * W;
    const q = st[b + QTY]!;
    if (this.graph.itemSingleSource[v]) {
      st[b + SS_AT] = v;
      st[b + SS_QTY] = q;
    }
    const ownGap = this.exposure[v]!;
    if (ownGap > 0) st[b + GAP_QTY]! += (q - st[b + GAP_QTY]!) * ownGap;
    if (ownGap > st[b + GAP]!) {
      st[b + GAP] = ownGap;
      st[b + GAP_AT] = v;
    }
    if (this.graph.itemHasLinks[v]) st[b + LINKS] = 1;
  }

  /** Copies an accumulator's totals, path aggregates and heaviest carrying items into a row. */
  private copyAccumulated(t: DependencyTable, row: number, acc: Accumulators, slot: number): number {
    const d = acc.data;
    const a = slot * A;
    t.quantity[row] = d[a + A_QTY]!;
    t.incomplete[row] = d[a + A_INCOMPLETE]!;
    t.itemCount[row] = d[a + A_ITEMS]!;
    t.pathCount[row] = d[a + A_PATHS]!;
    const count = acc.topCount[slot]!;
    t.top.set(acc.topNode.subarray(slot * this.maxPaths, slot * this.maxPaths + count), row * this.maxPaths);
    t.topCount[row] = count;
    const exposure = acc.exposure(slot);
    setPathFactors(t, row, d[a + A_SS_AT]!, exposure.singleSource, d[a + A_LINKS] === 1, d[a + A_GAP_AT]!, exposure.uncovered);
    return a;
  }

  private fillMaterial(t: DependencyTable, row: number, slot: number): void {
    this.copyAccumulated(t, row, this.materialAcc, slot);
    t.target[row] = slot;
    const profile = this.graph.materialProfiles[slot]!;
    // The material's own concentration; how concentrated the suppliers of the parts on the way are
    // is what the country and item dependencies show.
    if (profile.worstHhi !== null) setFactor(t, row, CONCENTRATION, profile.worstHhi, profile.worstHhi, -1, slot);
    if (profile.restrictedShare !== null) {
      setFactor(t, row, EXPORT, profile.restrictedShare, profile.restrictedShare, -1, profile.restrictedShare > 0 ? slot : -1);
    }
    if (profile.supplyRiskNormalized !== null) setFactor(t, row, RISK, profile.supplyRisk.value!, profile.supplyRiskNormalized, -1, slot);
    scoreRow(t, row);
  }

  private fillCountry(t: DependencyTable, row: number, slot: number): void {
    const g = this.graph;
    const d = this.countryAcc.data;
    const a = this.copyAccumulated(t, row, this.countryAcc, slot);
    t.target[row] = slot;
    const country = g.countries[slot]!;
    // The country's share of the items it supplies, weighted by how much of each the platform takes:
    // one part made only there weighs as much as it is used, not as much as the whole platform.
    const share = d[a + A_QTY]! > 0 ? d[a + A_SHARE_SQ]! / d[a + A_QTY]! : d[a + A_PER_MAX]!;
    setFactor(t, row, CONCENTRATION, share, share, d[a + A_PER_MAX_AT]!, -1);
    if (this.restrictionsByCountry !== null) {
      let worst = 0;
      let worstMaterial = -1;
      for (const mi of this.restrictionsByCountry.get(country) ?? []) {
        if (!this.materialSeen[mi]) continue; // not in this platform
        const shares = g.materialProfiles[mi]!.countryShares;
        const held = Math.max(shares.EXTRACTION.get(country) ?? 0, shares.PROCESSING.get(country) ?? 0);
        if (worstMaterial < 0 || held > worst) {
          worst = held;
          worstMaterial = mi;
        }
      }
      setFactor(t, row, EXPORT, worst, worst, -1, worstMaterial);
    }
    const governance = g.governance?.[country];
    if (governance !== undefined && Number.isFinite(governance)) setFactor(t, row, RISK, governance, Math.max(0, governance / 10), -1, -1);
    scoreRow(t, row);
  }

  /** An item row keeps what the walk found for this platform; its other factors are the item's own (see `readFactors`). */
  private fillItem(t: DependencyTable, row: number, v: number): void {
    const b = v * W;
    const quantity = this.st[b + QTY]!;
    t.target[row] = v;
    t.quantity[row] = quantity;
    t.pathCount[row] = this.st[b + PATHS]!;
    t.stockGapAt[row - t.itemRowsFrom] = this.st[b + GAP_AT]!;
    t.stockUncovered[row - t.itemRowsFrom] = quantity > 0 ? this.st[b + GAP_QTY]! / quantity : 0;
    readFactors(t, this.graph, row, this.factors);
    t.score[row] = scoreOf(this.factors.normalized, 0);
  }
}
