import { hasBit } from './bit-set';
import type { ChainGraph } from './chain-graph';
import { HHI_MODERATE_FROM } from './concentration';
import { combineFactors, type FactorSource, SCORE_FACTOR_KEYS, type ScoreFactor, scoreFactor } from './dependency-score';
import { selectRows } from './dependency-selection';
import {
  CONCENTRATION,
  COUNTRY,
  type DependencyTable,
  EXPORT,
  F,
  type FactorRow,
  incompleteOf,
  itemCountOf,
  kindOf,
  KINDS,
  MATERIAL,
  newFactorRow,
  readFactors,
  RISK,
  rowsOfKind,
  STOCK,
  topOf,
} from './dependency-table';
import type { Dependency, DependencyPath, DependencyTarget, SelectDependenciesOptions } from './dependency-types';
import { COUNTRY_SHARE_WEAK_FROM, weakLinksFrom } from './weak-links';

/**
 * The dependencies of one platform. `dependencies` builds every one of them (fine for a small
 * chain); `select` builds only what it returns (use it on large product groups).
 */
export class PlatformExplosion {
  /** Number of dependencies. */
  readonly dependencyCount: number;
  /** Built dependencies by row (a page builds a few of tens of thousands). */
  private readonly built = new Map<number, Dependency>();
  private all: Dependency[] | undefined;

  constructor(
    readonly platformId: string,
    readonly platformName: string,
    /** Items in the platform's bill of materials, itself included, each counted once. */
    readonly itemCount: number,
    /** Supply links on those items without a country (left out of country dependencies). */
    readonly linksWithoutCountry: number,
    private readonly graph: ChainGraph,
    /** The dependencies in columns (read by `updateExplosions`, which carries them over to a patched graph). */
    readonly table: DependencyTable,
    /** Bit set of the items the platform reaches (for example paths). */
    readonly reached: Uint32Array,
    /** The platform's position in the graph. */
    readonly root: number,
    private readonly maxPaths: number,
  ) {
    this.dependencyCount = table.count;
  }

  /**
   * This explosion on an updated graph whose figures for this platform did not change (the same
   * items, materials and countries by position; only names may differ): dependencies are built again
   * from the kept table, with the new names. (An item dependency reads the item's own figures from
   * the graph it is built on, see `readFactors`: those did not change either.)
   */
  withGraph(graph: ChainGraph): PlatformExplosion {
    return new PlatformExplosion(this.platformId, graph.items[this.root]!.name, this.itemCount, this.linksWithoutCountry, graph, this.table, this.reached, this.root, this.maxPaths);
  }

  /** All dependencies, highest score first, unscored last; equal scores: materials, countries, items. */
  get dependencies(): Dependency[] {
    return (this.all ??= Array.from(this.table.order, (row) => this.build(row)));
  }

  /** Dependencies filtered and ordered as asked; only those returned are built. */
  select(options: SelectDependenciesOptions = {}): Dependency[] {
    return selectRows(this.table, options).map((row) => this.build(row));
  }

  /** The platform's dependency on one material, country or item, or null when it has none. */
  find(target: DependencyTarget): Dependency | null {
    const g = this.graph;
    const t = this.table;
    const kind = KINDS.indexOf(target.kind);
    const index =
      target.kind === 'MATERIAL' ? g.materialIndex.get(target.materialId) : target.kind === 'COUNTRY' ? g.countryIndex.get(target.country) : g.itemIndex.get(target.itemId);
    if (index === undefined) return null;
    const [from, to] = rowsOfKind(t, kind);
    for (let row = from; row < to; row++) if (t.target[row] === index) return this.build(row);
    return null;
  }

  private build(row: number): Dependency {
    const cached = this.built.get(row);
    if (cached) return cached;
    const g = this.graph;
    const t = this.table;
    const kind = kindOf(t, row);
    const target = t.target[row]!;
    const read = factorRow;
    readFactors(t, g, row, read);
    const factors: ScoreFactor[] = new Array(F);
    for (let f = 0; f < F; f++) {
      const raw = read.raw[f]!;
      const normalized = read.normalized[f]!;
      factors[f] = scoreFactor(SCORE_FACTOR_KEYS[f]!, raw === raw ? raw : null, normalized === normalized ? normalized : null, this.source(row, kind, f, read));
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
      quantity: { value: t.quantity[row]!, unit, complete: incompleteOf(t, row) === 0 },
      itemCount: itemCountOf(t, row),
      pathCount: t.pathCount[row]!,
      paths: this.examplePaths(row),
      rank: t.rankOf[row]!,
      weakestLink: weakLinksFrom(score, kind === COUNTRY ? COUNTRY_SHARE_WEAK_FROM : HHI_MODERATE_FROM, true)[0] ?? null,
      score,
    };
    this.built.set(row, built);
    return built;
  }

  /**
   * What one path contributes: the product of quantities along it, times the kg of the material
   * (MATERIAL) or the country's share (COUNTRY) in the carrying item.
   */
  private pathQuantity(row: number, node: number, product: number): number | null {
    const kind = kindOf(this.table, row);
    if (kind === MATERIAL) {
      const kg = kgOf(this.graph, node, this.table.target[row]!);
      return kg === kg ? product * kg : null;
    }
    return kind === COUNTRY ? product * shareOf(this.graph, node, this.table.target[row]!) : product;
  }

  /** Where a factor's value comes from, from the indexes the walk kept (`read`: the row's factors). */
  private source(row: number, kind: number, f: number, read: FactorRow): FactorSource | null {
    const g = this.graph;
    const t = this.table;
    const raw = read.raw[f]!;
    if (raw !== raw) return null;
    const item = read.sourceItem[f]!;
    const material = read.sourceMaterial[f]!;
    const source: FactorSource = {};
    if (item >= 0) {
      source.itemId = g.items[item]!.id;
      if (f === STOCK) source.linkId = g.links.id[g.itemStockGapLink[item]!]!;
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
    const carriers = topOf(this.table, row);
    for (let j = 0; j < carriers.length; j++) {
      const target = carriers[j]!;
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
        while (e < end && !hasBit(reached, g.parentItem[e]!)) e++;
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

/** Where `build` reads a row's factors into (one at a time: building does not nest). */
const factorRow = newFactorRow();

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
