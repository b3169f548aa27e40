import { badInput } from '../errors';
import type { ChainGraph } from './chain-graph';
import { HHI_MODERATE_FROM } from './concentration';
import { combineFactors, type DependencyScore, type FactorSource, SCORE_FACTOR_KEYS, SCORE_WEIGHTS, type ScoreFactor, type ScoreFactorKey, scoreFactor } from './dependency-score';

export type DependencyKind = 'MATERIAL' | 'COUNTRY' | 'ITEM';

export type DependencyTarget =
  | { kind: 'MATERIAL'; materialId: string }
  | { kind: 'COUNTRY'; country: string }
  | { kind: 'ITEM'; itemId: string };

/** One route from the platform down to the item that carries the dependency. */
export interface DependencyPath {
  /** Platform first, carrying item last. */
  itemIds: string[];
  /**
   * What this path alone contributes: the product of the quantities along it, times the kg of the
   * material (MATERIAL), times the country's share (COUNTRY); `null` when a kg is not on record.
   */
  quantity: number | null;
}

export interface DependencyQuantity {
  /** Summed over all paths and carrying items. */
  value: number;
  /** `kg` (MATERIAL), the item's unit (ITEM), `item-units` (COUNTRY: units of items times the country's share). */
  unit: string;
  /** False when part of it is not on record (missing kg) or rests on estimated shares. */
  complete: boolean;
}

export type WeakLinkKind = 'SINGLE_SOURCE' | 'HIGH_CONCENTRATION' | 'STOCK_BELOW_LEAD_TIME' | 'EXPORT_RESTRICTION';

/** A weak link on the dependency's paths, with what it adds to the score. */
export interface WeakLink {
  kind: WeakLinkKind;
  itemId?: string;
  materialId?: string;
  country?: string;
  /**
   * The factor's raw value: an HHI or a country's share (concentration), the share of the quantity
   * that passes a single-sourced item or is not covered by stock, or the restricted share of supply.
   */
  value: number;
  contribution: number;
}

/** A platform's dependency on a material, a country or a single-sourced item. */
export interface Dependency {
  /** `${platformId}|${kind}|${target id}`, stable across runs. */
  key: string;
  platformId: string;
  target: DependencyTarget;
  /** Material symbol, country code or item name. */
  label: string;
  quantity: DependencyQuantity;
  /** Distinct items that carry the dependency (contain the material / are supplied from the country). */
  itemCount: number;
  /** Number of distinct paths from the platform to carrying items (may be large in a DAG). */
  pathCount: number;
  /** Up to `maxPathsPerDependency` paths, from the items that contribute most. */
  paths: DependencyPath[];
  /** Position in its platform's order by score (0 = riskiest). */
  rank: number;
  /** The weak link that adds most to the score (`weakLinksOf` lists them all). */
  weakestLink: WeakLink | null;
  score: DependencyScore;
}

export interface ExplosionOptions {
  /** Example paths kept per dependency (default 5); `pathCount` always has the total. */
  maxPathsPerDependency?: number;
  /** Kinds to compute (default all). */
  kinds?: readonly DependencyKind[];
}

export type DependencyOrder = 'score' | 'quantity' | 'pathCount' | 'itemCount';

export interface SelectDependenciesOptions {
  kind?: DependencyKind;
  /** Only dependencies scoring at least this much (unscored ones are left out). */
  minScore?: number;
  limit?: number;
  /** Highest first (default score); ties keep the score order. */
  by?: DependencyOrder;
}

const WEAK_LINK_KIND: Partial<Record<ScoreFactorKey, WeakLinkKind>> = {
  concentration: 'HIGH_CONCENTRATION',
  singleSource: 'SINGLE_SOURCE',
  stockCoverage: 'STOCK_BELOW_LEAD_TIME',
  exportRestriction: 'EXPORT_RESTRICTION',
};

/** Country share of an item above which the country itself is the concentration weak link. */
const COUNTRY_SHARE_WEAK_FROM = 0.5;

const KINDS: readonly DependencyKind[] = ['MATERIAL', 'COUNTRY', 'ITEM'];
const MATERIAL = 0;
const COUNTRY = 1;
const ITEM = 2;

// Factor positions, in SCORE_FACTOR_KEYS order.
const F = SCORE_FACTOR_KEYS.length;
const CONCENTRATION = 0;
const SINGLE_SOURCE = 1;
const STOCK = 2;
const EXPORT = 3;
const RISK = 4;
const WEIGHTS = SCORE_FACTOR_KEYS.map((key) => SCORE_WEIGHTS[key]);

// Per-item walk state, one record of 8 numbers per item so that updating a child touches one
// cache line instead of eight arrays (this walk is memory-bound on large graphs).
const W = 8;
const QTY = 0;
const PATHS = 1;
/** Of QTY, the part that passed a single-sourced item on its way here (the item itself included). */
const SS_QTY = 2;
/**
 * Of QTY, the part not covered by stock: each item on a path with an uncovered fraction x of its lead
 * time leaves (1 - x) of what reaches it covered, so a path is as exposed as its items together.
 */
const GAP_QTY = 3;
/** The largest uncovered fraction on some path here, and its item (to name the weak link). */
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
 * A platform's dependencies in columns of numbers (one row per dependency). Scoring and ordering
 * work on these; `Dependency` objects are built only for the rows someone reads, because a large
 * product group has tens of thousands of dependencies per platform and building them all would
 * cost more than the whole analysis.
 */
interface DependencyTable {
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

/**
 * The dependencies of one platform. `dependencies` builds every one of them (fine for a small
 * chain); `select` builds only what it returns (use it on large product groups).
 */
export class PlatformExplosion {
  /** Number of dependencies. */
  readonly dependencyCount: number;
  private readonly built: (Dependency | undefined)[];
  private all: Dependency[] | undefined;

  constructor(
    readonly platformId: string,
    readonly platformName: string,
    /** Items in the platform's bill of materials, itself included, each counted once. */
    readonly itemCount: number,
    /** Supply links on those items without a country (left out of country dependencies). */
    readonly linksWithoutCountry: number,
    private readonly graph: ChainGraph,
    private readonly table: DependencyTable,
    /** Bit set of the items the platform reaches (for example paths). */
    private readonly reached: Uint32Array,
    private readonly root: number,
    private readonly maxPaths: number,
  ) {
    this.dependencyCount = table.count;
    this.built = new Array(table.count);
  }

  /** All dependencies, highest score first, unscored last; equal scores: materials, countries, items. */
  get dependencies(): Dependency[] {
    return (this.all ??= Array.from(this.table.order, (row) => this.build(row)));
  }

  /** Dependencies filtered and ordered as asked; only those returned are built. */
  select(options: SelectDependenciesOptions = {}): Dependency[] {
    const t = this.table;
    const kind = options.kind === undefined ? -1 : KINDS.indexOf(options.kind);
    const rows: number[] = [];
    for (let r = 0; r < t.count; r++) {
      const row = t.order[r]!;
      if (kind >= 0 && t.kind[row] !== kind) continue;
      if (options.minScore !== undefined && !(t.score[row]! >= options.minScore)) continue;
      rows.push(row);
    }
    const by = options.by ?? 'score';
    if (by !== 'score') {
      const field = by === 'quantity' ? t.quantity : by === 'pathCount' ? t.pathCount : t.itemCount;
      rows.sort((a, b) => field[b]! - field[a]! || t.rankOf[a]! - t.rankOf[b]!);
    }
    if (options.limit !== undefined && rows.length > options.limit) rows.length = Math.max(0, options.limit);
    return rows.map((row) => this.build(row));
  }

  /** The platform's dependency on one material, country or item, or null when it has none. */
  find(target: DependencyTarget): Dependency | null {
    const g = this.graph;
    const t = this.table;
    const kind = KINDS.indexOf(target.kind);
    const index =
      target.kind === 'MATERIAL' ? g.materialIndex.get(target.materialId) : target.kind === 'COUNTRY' ? g.countryIndex.get(target.country) : g.itemIndex.get(target.itemId);
    if (index === undefined) return null;
    for (let row = 0; row < t.count; row++) if (t.kind[row] === kind && t.target[row] === index) return this.build(row);
    return null;
  }

  private build(row: number): Dependency {
    const cached = this.built[row];
    if (cached) return cached;
    const g = this.graph;
    const t = this.table;
    const kind = t.kind[row]!;
    const target = t.target[row]!;
    const factors: ScoreFactor[] = new Array(F);
    for (let f = 0; f < F; f++) {
      const raw = t.raw[row * F + f]!;
      const normalized = t.normalized[row * F + f]!;
      factors[f] = scoreFactor(SCORE_FACTOR_KEYS[f]!, raw === raw ? raw : null, normalized === normalized ? normalized : null, this.source(row, f));
    }
    const score = combineFactors(factors);
    let targetOf: DependencyTarget;
    let id: string;
    let label: string;
    let unit: string;
    if (kind === MATERIAL) {
      const material = g.materials[target]!;
      targetOf = { kind: 'MATERIAL', materialId: material.id };
      id = material.id;
      label = material.symbol;
      unit = 'kg';
    } else if (kind === COUNTRY) {
      id = label = g.countries[target]!;
      targetOf = { kind: 'COUNTRY', country: id };
      unit = 'item-units';
    } else {
      const item = g.items[target]!;
      targetOf = { kind: 'ITEM', itemId: item.id };
      id = item.id;
      label = item.name;
      unit = g.itemUnit[target]!;
    }
    const built: Dependency = {
      key: `${this.platformId}|${KINDS[kind]!}|${id}`,
      platformId: this.platformId,
      target: targetOf,
      label,
      quantity: { value: t.quantity[row]!, unit, complete: t.incomplete[row] === 0 },
      itemCount: t.itemCount[row]!,
      pathCount: t.pathCount[row]!,
      paths: this.examplePaths(row),
      rank: t.rankOf[row]!,
      weakestLink: weakLinksFrom(score, kind === COUNTRY ? COUNTRY_SHARE_WEAK_FROM : HHI_MODERATE_FROM, true)[0] ?? null,
      score,
    };
    this.built[row] = built;
    return built;
  }

  /**
   * What one path contributes: the product of quantities along it, times the kg of the material
   * (MATERIAL) or the country's share (COUNTRY) in the carrying item.
   */
  private pathQuantity(row: number, node: number, product: number): number | null {
    const kind = this.table.kind[row]!;
    if (kind === MATERIAL) {
      const kg = kgOf(this.graph, node, this.table.target[row]!);
      return kg === kg ? product * kg : null;
    }
    return kind === COUNTRY ? product * shareOf(this.graph, node, this.table.target[row]!) : product;
  }

  /** Where a factor's value comes from, from the indexes the walk kept. */
  private source(row: number, f: number): FactorSource | null {
    const g = this.graph;
    const t = this.table;
    const at = row * F + f;
    const raw = t.raw[at]!;
    if (raw !== raw) return null;
    const kind = t.kind[row]!;
    const item = t.sourceItem[at]!;
    const material = t.sourceMaterial[at]!;
    const source: FactorSource = {};
    if (item >= 0) {
      source.itemId = g.items[item]!.id;
      if (f === STOCK) source.linkId = g.itemProfiles[item]!.stockGap!.linkId;
    }
    if (material >= 0) source.materialId = g.materials[material]!.id;
    if (kind === COUNTRY && (f === CONCENTRATION || f === RISK || material >= 0)) source.country = g.countries[t.target[row]!]!;
    if (kind === MATERIAL && material >= 0) {
      const profile = g.materialProfiles[material]!;
      if (f === CONCENTRATION) source.stage = profile.worstStage!;
      if (f === EXPORT) {
        source.country = profile.restrictedBy.join(',');
        source.stage = profile.restrictedStage!;
      }
      if (f === RISK) source.stage = profile.supplyRisk.stage!;
    }
    return item >= 0 || material >= 0 || source.country !== undefined ? source : null;
  }

  /**
   * Paths from the root to the row's heaviest carrying items, at most `maxPaths`. Walks parents
   * upwards, only through items the root reaches, so every branch ends at the root.
   */
  private examplePaths(row: number): DependencyPath[] {
    const result: DependencyPath[] = [];
    const g = this.graph;
    const reached = this.reached;
    const root = this.root;
    const stackNode: number[] = [];
    const stackPtr: number[] = [];
    const stackQty: number[] = [];
    const t = this.table;
    for (let j = 0; j < t.topCount[row]!; j++) {
      const target = t.top[row * this.maxPaths + j]!;
      if (result.length >= this.maxPaths) break;
      stackNode.push(target);
      stackPtr.push(g.parentStart[target]!);
      stackQty.push(1);
      while (stackNode.length > 0) {
        const top = stackNode.length - 1;
        const v = stackNode[top]!;
        if (v === root) {
          const itemIds: string[] = new Array(stackNode.length);
          for (let i = 0; i <= top; i++) itemIds[i] = g.items[stackNode[top - i]!]!.id;
          result.push({ itemIds, quantity: this.pathQuantity(row, target, stackQty[top]!) });
          if (result.length >= this.maxPaths) return result;
          stackNode.pop();
          stackPtr.pop();
          stackQty.pop();
          continue;
        }
        let e = stackPtr[top]!;
        const end = g.parentStart[v + 1]!;
        while (e < end && ((reached[g.parentItem[e]! >>> 5]! >>> (g.parentItem[e]! & 31)) & 1) === 0) e++;
        if (e < end) {
          stackPtr[top] = e + 1;
          const parent = g.parentItem[e]!;
          stackNode.push(parent);
          stackPtr.push(g.parentStart[parent]!);
          stackQty.push(stackQty[top]! * g.childQuantity[g.parentEdge[e]!]!);
        } else {
          stackNode.pop();
          stackPtr.pop();
          stackQty.pop();
        }
      }
    }
    return result;
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

class Exploder {
  private readonly st: Float64Array;
  private readonly materialAcc: Accumulators;
  private readonly countryAcc: Accumulators;
  private readonly maxPaths: number;
  private readonly kinds: ReadonlySet<DependencyKind>;
  /** Materials each country restricts (only when restrictions were given). */
  private readonly restrictionsByCountry: Map<string, number[]> | null;

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
    this.st = new Float64Array(n * W);
    this.materialAcc = new Accumulators(graph.materials.length, this.maxPaths);
    this.countryAcc = new Accumulators(graph.countries.length, this.maxPaths);
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
    const { st } = this;
    const n = g.items.length;
    // Items are numbered in topological order and every item the root reaches comes after it, so
    // one upward scan from the root visits parents before children, reading memory front to back.
    // An item is marked reached (and its record cleared) when its first parent gets to it.
    const reached = new Uint32Array((n + 31) >>> 5);
    const clear = (v: number): void => {
      reached[v >>> 5]! |= 1 << (v & 31);
      const b = v * W;
      st[b + QTY] = 0;
      st[b + PATHS] = 0;
      st[b + SS_QTY] = 0;
      st[b + GAP_QTY] = 0;
      st[b + GAP] = -1;
      st[b + GAP_AT] = -1;
      st[b + SS_AT] = -1;
      st[b + LINKS] = 0;
    };
    clear(root);
    let len = 1;
    st[root * W + QTY] = 1;
    st[root * W + PATHS] = 1;

    const wantMaterials = this.kinds.has('MATERIAL') || this.kinds.has('COUNTRY');
    const wantCountries = this.kinds.has('COUNTRY');
    const wantItems = this.kinds.has('ITEM');
    const materials = this.materialAcc;
    const countries = this.countryAcc;
    materials.reset();
    countries.reset();
    const singleSourced: number[] = [];
    let linksWithoutCountry = 0;
    const { childStart, childItem, childQuantity, materialStart, materialOf, materialKg, itemCountryStart, itemCountry, itemCountryShare } = g;

    for (let v = root; v < n; v++) {
      if (((reached[v >>> 5]! >>> (v & 31)) & 1) === 0) continue;
      const b = v * W;
      // All parents came before: the item's quantity is final; add its own weak links.
      const q = st[b + QTY]!;
      if (g.itemSingleSource[v]) {
        st[b + SS_AT] = v;
        st[b + SS_QTY] = q;
      }
      const ownGap = g.itemStockGap[v]!;
      if (ownGap > 0) st[b + GAP_QTY]! += (q - st[b + GAP_QTY]!) * ownGap;
      if (ownGap > st[b + GAP]!) {
        st[b + GAP] = ownGap;
        st[b + GAP_AT] = v;
      }
      if (g.itemHasLinks[v]) st[b + LINKS] = 1;

      const pc = st[b + PATHS]!;
      const ss = st[b + SS_AT]!;
      const ssQty = st[b + SS_QTY]!;
      const gapQty = st[b + GAP_QTY]!;
      const gap = st[b + GAP]!;
      const links = st[b + LINKS]!;
      for (let e = childStart[v]!; e < childStart[v + 1]!; e++) {
        const child = childItem[e]!;
        if (((reached[child >>> 5]! >>> (child & 31)) & 1) === 0) {
          clear(child);
          len++;
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

      if (wantMaterials) {
        // NaN marks kg not on record.
        for (let at = materialStart[v]!; at < materialStart[v + 1]!; at++) materials.add(materialOf[at]!, st, v, materialKg[at]!, false);
      }
      if (wantCountries) {
        const estimated = g.itemSharesEstimated[v] === 1;
        for (let at = itemCountryStart[v]!; at < itemCountryStart[v + 1]!; at++) {
          countries.add(itemCountry[at]!, st, v, itemCountryShare[at]!, estimated);
        }
        linksWithoutCountry += g.itemLinksWithoutCountry[v]!;
      }
      if (wantItems && g.itemSingleSource[v]) singleSourced.push(v);
    }

    const materialRows = this.kinds.has('MATERIAL') ? materials.touched : [];
    const countryRows = wantCountries ? countries.touched : [];
    const table = newTable(materialRows.length + countryRows.length + singleSourced.length, this.maxPaths);
    let row = 0;
    for (const slot of materialRows) this.fillMaterial(table, row++, slot);
    for (const slot of countryRows) this.fillCountry(table, row++, slot);
    for (const v of singleSourced) this.fillItem(table, row++, v);
    rankRows(table);
    const item = g.items[root]!;
    return new PlatformExplosion(item.id, item.name, len, linksWithoutCountry, g, table, reached, root, this.maxPaths);
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
    t.kind[row] = MATERIAL;
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
    t.kind[row] = COUNTRY;
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
        if (this.materialAcc.data[mi * A + A_ITEMS] === 0) continue; // not in this platform
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

  private fillItem(t: DependencyTable, row: number, v: number): void {
    const g = this.graph;
    const st = this.st;
    const b = v * W;
    t.kind[row] = ITEM;
    t.target[row] = v;
    t.quantity[row] = st[b + QTY]!;
    t.itemCount[row] = 1;
    t.pathCount[row] = st[b + PATHS]!;
    if (this.maxPaths > 0) {
      t.top[row * this.maxPaths] = v;
      t.topCount[row] = 1;
    }
    const hhi = g.itemHhi[v]!;
    if (hhi >= 0) setFactor(t, row, CONCENTRATION, hhi, hhi, v, -1);
    const quantity = st[b + QTY]!;
    setPathFactors(t, row, v, 1, true, st[b + GAP_AT]!, quantity > 0 ? st[b + GAP_QTY]! / quantity : 0);
    if (g.exportRestrictions !== undefined) {
      const restricted = g.subtreeRestrictedMaterial[v]!;
      if (restricted < 0) setFactor(t, row, EXPORT, 0, 0, -1, -1);
      else setFactor(t, row, EXPORT, g.subtreeRestricted[v]!, g.subtreeRestricted[v]!, -1, restricted);
    }
    const risky = g.subtreeSupplyRiskMaterial[v]!;
    if (risky >= 0) setFactor(t, row, RISK, g.materialProfiles[risky]!.supplyRisk.value!, g.subtreeSupplyRisk[v]!, -1, risky);
    scoreRow(t, row);
  }
}

function newTable(count: number, maxPaths: number): DependencyTable {
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

function setFactor(t: DependencyTable, row: number, f: number, raw: number, normalized: number, item: number, material: number): void {
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
function setPathFactors(t: DependencyTable, row: number, ssAt: number, ssShare: number, linksSeen: boolean, gapAt: number, uncovered: number): void {
  if (ssAt >= 0) setFactor(t, row, SINGLE_SOURCE, ssShare, ssShare, ssAt, -1);
  else if (linksSeen) setFactor(t, row, SINGLE_SOURCE, 0, 0, -1, -1);
  if (gapAt >= 0) setFactor(t, row, STOCK, uncovered, uncovered, gapAt, -1);
}

/** The same arithmetic as `combineFactors`, so a built dependency shows exactly the ranked score. */
function scoreRow(t: DependencyTable, row: number): void {
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
function rankRows(t: DependencyTable): void {
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

/**
 * The weak links behind a dependency's score, largest contribution first: single source, high
 * concentration (HHI in the moderate band or above; for a country, a majority share of an item),
 * stock shorter than lead time, export restriction on record.
 */
export function weakLinksOf(dependency: Dependency): WeakLink[] {
  return weakLinksFrom(dependency.score, dependency.target.kind === 'COUNTRY' ? COUNTRY_SHARE_WEAK_FROM : HHI_MODERATE_FROM, false);
}

function weakLinksFrom(score: DependencyScore, concentrationWeakFrom: number, onlyFirst: boolean): WeakLink[] {
  let best: ScoreFactor | null = null;
  const all: ScoreFactor[] = [];
  for (const factor of score.factors) {
    if (!WEAK_LINK_KIND[factor.key] || factor.raw === null || factor.raw <= 0) continue;
    if (factor.key === 'concentration' && factor.raw < concentrationWeakFrom) continue;
    if (onlyFirst) {
      if (!best || factor.contribution > best.contribution) best = factor;
    } else {
      all.push(factor);
    }
  }
  const chosen = onlyFirst ? (best ? [best] : []) : all.sort((x, y) => y.contribution - x.contribution);
  return chosen.map((factor) => {
    const weak: WeakLink = { kind: WEAK_LINK_KIND[factor.key]!, value: factor.raw!, contribution: factor.contribution };
    if (factor.source?.itemId !== undefined) weak.itemId = factor.source.itemId;
    if (factor.source?.materialId !== undefined) weak.materialId = factor.source.materialId;
    if (factor.source?.country !== undefined) weak.country = factor.source.country;
    return weak;
  });
}

/** kg of a material in one unit of an item (lines are merged per item at build); NaN if unknown. */
function kgOf(g: ChainGraph, item: number, material: number): number {
  for (let at = g.materialStart[item]!; at < g.materialStart[item + 1]!; at++) {
    if (g.materialOf[at] === material) return g.materialKg[at]!;
  }
  return 0;
}

function shareOf(g: ChainGraph, item: number, country: number): number {
  for (let at = g.itemCountryStart[item]!; at < g.itemCountryStart[item + 1]!; at++) {
    if (g.itemCountry[at] === country) return g.itemCountryShare[at]!;
  }
  return 0;
}

/** Highest score first; unscored dependencies last; ties by key so the order is stable. */
export function compareByScoreDesc(a: Dependency, b: Dependency): number {
  const sa = a.score.value;
  const sb = b.score.value;
  if (sa !== sb) {
    if (sa === null) return 1;
    if (sb === null) return -1;
    return sb - sa;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
