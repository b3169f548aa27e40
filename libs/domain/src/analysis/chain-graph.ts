import { badInput, DomainError } from '../errors';
import type { AnalysisItem, AnalysisMaterial, AnalysisSupplyLink, AnalysisSupplyStage, ChainGraphInput, ExportRestriction, GovernanceIndex } from './analysis-types';
import { bitSet, hasBit, setBit } from './bit-set';
import { type ConcentrationResult, materialConcentration, supplierCountryConcentration } from './concentration';
import { gather } from './gather';
import { supplyRisk, type SupplyRiskResult } from './supply-risk';

export interface BuildChainGraphOptions {
  /**
   * Drop records that point at unknown items or materials (with a warning) instead of throwing;
   * for data that was filtered by visibility before it reached the analysis.
   */
  dropDanglingReferences?: boolean;
  /**
   * Leave out an edge of each cycle (with a warning naming the cycle) instead of throwing. The
   * platform refuses only the cycles their author can see, so edges of different companies may close
   * one that a reader who sees them all finds in its chain.
   */
  breakCycles?: boolean;
}

/** Thrown when the bill of materials is not a DAG; `cycle` lists item ids, first = last. */
export class CompositionCycleError extends DomainError {
  constructor(readonly cycle: readonly string[]) {
    super('BAD_USER_INPUT', `The bill of materials contains a cycle: ${cycle.join(' -> ')}`, 'compositions');
    this.name = 'CompositionCycleError';
  }
}

/** What the analysis knows about a material, computed once per graph. */
export interface MaterialProfile {
  material: AnalysisMaterial;
  /** Concentration of global supply per stage (null: no rows). */
  concentration: Record<AnalysisSupplyStage, ConcentrationResult | null>;
  /** HHI estimate of the more concentrated stage (global supply), `null` without supply data. */
  worstHhi: number | null;
  worstStage: AnalysisSupplyStage | null;
  supplyRisk: SupplyRiskResult;
  /** Supply risk divided by its method's scale maximum, capped at 1; `null` without data. */
  supplyRiskNormalized: number | null;
  /** Global share per country and stage (after grouping). */
  countryShares: Record<AnalysisSupplyStage, ReadonlyMap<string, number>>;
  /** Countries with an export restriction on record for this material. */
  restrictedBy: readonly string[];
  /**
   * Share of global supply (worse stage) from countries with a restriction on record;
   * `null` when export restrictions were not given to the graph.
   */
  restrictedShare: number | null;
  restrictedStage: AnalysisSupplyStage | null;
}

/** What the analysis knows about an item's own supply, computed once per graph. */
export interface ItemSupplyProfile {
  links: readonly AnalysisSupplyLink[];
  singleSource: 'FLAGGED' | 'ONE_SUPPLIER_ON_RECORD' | null;
  /** Concentration over supplier countries (links added up per country). */
  countryConcentration: ConcentrationResult | null;
  /** Estimated share per known country (see `concentration` for how missing shares are split). */
  countryShares: ReadonlyMap<string, number>;
  /** The link whose stock covers the smallest part of its lead time (both known), if any. */
  stockGap: { linkId: string; leadTimeMonths: number; stockMonths: number; gapMonths: number; uncoveredFraction: number } | null;
  /** Smallest stock on record over the links (months), `null` if none reports stock. */
  stockMonths: number | null;
  /** Longest lead time on record over the links (months), `null` if none reports one. */
  leadTimeMonths: number | null;
}

/**
 * A graph's supply links as columns, rows grouped per item (the links of item `i` are rows
 * `start[i] .. start[i + 1]`): 10^5 links held as a handful of typed arrays instead of 10^5 objects,
 * which was a fifth of a cached graph's memory. Null values are NaN (numbers) or -1 (indexes).
 */
export interface SupplyLinkTable {
  readonly start: Int32Array;
  readonly id: readonly string[];
  /** Index into `suppliers` (the link's `supplierKey`); -1: the key is the link's own id (a supplier of its own). */
  readonly supplier: Int32Array;
  readonly suppliers: readonly string[];
  /** Index into `countryCodes`; -1: no country on record. */
  readonly country: Int32Array;
  readonly countryCodes: readonly string[];
  readonly share: Float64Array;
  readonly tier: Float64Array;
  readonly leadTimeWeeks: Float64Array;
  readonly stockMonths: Float64Array;
  readonly singleSource: Uint8Array;
}

/**
 * The chain of one product group with indexes built once, so repeated analysis is fast.
 * Items, materials and edges are addressed by dense indexes; adjacency is stored as CSR arrays
 * (children of item `i` are `childItem[childStart[i] .. childStart[i + 1])`). Items are numbered
 * in topological order (a parent before its children), so `items` is not in input order: look
 * items up through `itemIndex`.
 */
export interface ChainGraph {
  readonly items: readonly AnalysisItem[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly materials: readonly AnalysisMaterial[];
  readonly materialIndex: ReadonlyMap<string, number>;
  readonly exportRestrictions: readonly ExportRestriction[] | undefined;
  readonly governance: GovernanceIndex | undefined;
  readonly childStart: Int32Array;
  readonly childItem: Int32Array;
  readonly childQuantity: Float64Array;
  readonly parentStart: Int32Array;
  readonly parentItem: Int32Array;
  /** For each parent entry, the index of the same edge in the child arrays (for its quantity). */
  readonly parentEdge: Int32Array;
  /** Items with parents before children (the identity: items are numbered in that order). */
  readonly topoOrder: Int32Array;
  readonly materialStart: Int32Array;
  readonly materialOf: Int32Array;
  /** kg per unit of the item; NaN when not on record. */
  readonly materialKg: Float64Array;
  /** Unit of each item as its parents count it (first composition's unit; 'pcs' for roots). */
  readonly itemUnit: readonly string[];
  readonly platformIndices: Int32Array;
  /** Every supply link, in columns grouped per item; `itemSupplyProfile` and `supplyLinksOf` read an item's. */
  readonly links: SupplyLinkTable;
  /** Smallest stock on record over an item's links (months); NaN when none reports stock. */
  readonly itemStockMonths: Float64Array;
  /** Longest lead time on record over an item's links (months); NaN when none reports one. */
  readonly itemLeadTimeMonths: Float64Array;
  /** Months of lead time the item's worst link's stock leaves uncovered (see `itemStockGap`); -1 when unknown. */
  readonly itemStockGapMonths: Float64Array;
  /** That link's row in `links`; -1 when unknown. */
  readonly itemStockGapLink: Int32Array;
  readonly materialProfiles: readonly MaterialProfile[];
  /** Supplier countries on record (index = position). */
  readonly countries: readonly string[];
  readonly countryIndex: ReadonlyMap<string, number>;
  /** Estimated share per supplier country of each item, CSR like the children; shares > 0 only. */
  readonly itemCountryStart: Int32Array;
  readonly itemCountry: Int32Array;
  readonly itemCountryShare: Float64Array;
  /** 1 when an item's country shares rest on an equal split of a remainder (links without a share). */
  readonly itemSharesEstimated: Uint8Array;
  readonly itemLinksWithoutCountry: Int32Array;
  /** Per item, flat for the graph walks: 0 none, 1 flagged single source, 2 one supplier on record. */
  readonly itemSingleSource: Uint8Array;
  readonly itemHasLinks: Uint8Array;
  /** Supplier-country HHI estimate; -1 without supply links. */
  readonly itemHhi: Float64Array;
  /** Uncovered fraction of lead time (worst link); -1 when unknown. */
  readonly itemStockGap: Float64Array;
  /** Highest restricted share of any material in the item or below it; -1 none/unknown. */
  readonly subtreeRestricted: Float64Array;
  readonly subtreeRestrictedMaterial: Int32Array;
  /** Highest normalized supply risk of any material in the item or below it; -1 none. */
  readonly subtreeSupplyRisk: Float64Array;
  readonly subtreeSupplyRiskMaterial: Int32Array;
  /** Data oddities that did not stop the build (dropped references, conflicting units). */
  readonly warnings: readonly string[];
}

const WEEKS_PER_MONTH = 52 / 12;
const STAGES: readonly AnalysisSupplyStage[] = ['EXTRACTION', 'PROCESSING'];

function isFraction(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1 + 1e-9;
}

/** Prefix sums of counts into CSR start offsets. */
function offsets(counts: Int32Array): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
  return start;
}

/**
 * The graph's input with the chain's references as positions instead of ids: what a database
 * loader can hand over without building string-keyed objects for every row (`buildChainGraphFromColumns`).
 * An item position refers to `items` (input order: platforms are reported in this order), a
 * material position to `materials`; -1 marks a reference to something unknown.
 */
export interface ChainGraphColumns {
  items: readonly AnalysisItem[];
  compositions: { parent: ArrayLike<number>; child: ArrayLike<number>; quantity: ArrayLike<number>; unit: ArrayLike<string> };
  itemMaterials: { item: ArrayLike<number>; material: ArrayLike<number>; quantityKg: ArrayLike<number | null> };
  /** The links as columns, with the position of each one's item. */
  supplyLinks: SupplyLinkColumns & { item: ArrayLike<number> };
  materials: readonly AnalysisMaterial[];
  exportRestrictions?: readonly ExportRestriction[];
  governance?: GovernanceIndex;
}

/**
 * Supply links as columns (a row per link): what a loader hands over without making an object per
 * link. A null `supplierKey`: the link is a supplier of its own (its key is its id), as for a link
 * whose supplier is not on record or that the reader may not compare.
 */
export interface SupplyLinkColumns {
  id: readonly string[];
  supplierKey: readonly (string | null)[];
  country: readonly (string | null)[];
  share: readonly (number | null)[];
  tier: readonly (number | null)[];
  leadTimeWeeks: readonly (number | null)[];
  stockMonths: readonly (number | null)[];
  singleSource: readonly boolean[];
}

/** Link records as columns (`SupplyLinkColumns`). */
export function supplyLinkColumns(links: readonly AnalysisSupplyLink[]): SupplyLinkColumns {
  return {
    id: links.map((l) => l.id),
    supplierKey: links.map((l) => (l.supplierKey === l.id ? null : l.supplierKey)),
    country: links.map((l) => l.country),
    share: links.map((l) => l.share),
    tier: links.map((l) => l.tier),
    leadTimeWeeks: links.map((l) => l.leadTimeWeeks),
    stockMonths: links.map((l) => l.stockMonths),
    singleSource: links.map((l) => l.singleSource),
  };
}

/** How a reference that could not be resolved is named in a message (the id-keyed input knows the ids). */
interface ReferenceNames {
  composition(k: number): [string, string];
  itemMaterial(k: number): [string, string];
  /** The item a supply link names. */
  supplyLinkItem(k: number): string;
}

/**
 * Validates the input and builds the indexes. Throws `CompositionCycleError` when the bill of
 * materials has a cycle and a `BAD_USER_INPUT` `DomainError` for invalid values or unknown references.
 */
export function buildChainGraph(input: ChainGraphInput, options: BuildChainGraphOptions = {}): ChainGraph {
  const n = input.items.length;
  const inputIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = input.items[i]!.id;
    if (inputIndex.has(id)) throw badInput('items', `Item ${id} appears twice`);
    inputIndex.set(id, i);
  }
  const materialPosition = new Map<string, number>();
  input.materials.forEach((m, i) => {
    if (!materialPosition.has(m.id)) materialPosition.set(m.id, i);
  });
  const position = (index: ReadonlyMap<string, number>, id: string): number => index.get(id) ?? -1;
  const { compositions, itemMaterials, supplyLinks } = input;
  return buildGraph(
    {
      items: input.items,
      compositions: {
        parent: compositions.map((c) => position(inputIndex, c.parentId)),
        child: compositions.map((c) => position(inputIndex, c.childId)),
        quantity: compositions.map((c) => c.quantity),
        unit: compositions.map((c) => c.unit),
      },
      itemMaterials: {
        item: itemMaterials.map((im) => position(inputIndex, im.itemId)),
        material: itemMaterials.map((im) => position(materialPosition, im.materialId)),
        quantityKg: itemMaterials.map((im) => im.quantityKg),
      },
      supplyLinks: { ...supplyLinkColumns(supplyLinks), item: supplyLinks.map((l) => position(inputIndex, l.itemId)) },
      materials: input.materials,
      exportRestrictions: input.exportRestrictions,
      governance: input.governance,
    },
    options,
    {
      composition: (k) => [compositions[k]!.parentId, compositions[k]!.childId],
      itemMaterial: (k) => [itemMaterials[k]!.itemId, itemMaterials[k]!.materialId],
      supplyLinkItem: (k) => supplyLinks[k]!.itemId,
    },
  );
}

/**
 * `buildChainGraph` from positions: the same validation, warnings and graph, without a lookup by id
 * for every reference (items must have distinct ids).
 */
export function buildChainGraphFromColumns(columns: ChainGraphColumns, options: BuildChainGraphOptions = {}): ChainGraph {
  const id = (list: readonly { id: string }[], i: number): string => (i >= 0 && i < list.length ? list[i]!.id : '?');
  return buildGraph(columns, options, {
    composition: (k) => [id(columns.items, columns.compositions.parent[k]!), id(columns.items, columns.compositions.child[k]!)],
    itemMaterial: (k) => [id(columns.items, columns.itemMaterials.item[k]!), id(columns.materials, columns.itemMaterials.material[k]!)],
    supplyLinkItem: (k) => id(columns.items, columns.supplyLinks.item[k]!),
  });
}

function buildGraph(input: ChainGraphColumns, options: BuildChainGraphOptions, names: ReferenceNames): ChainGraph {
  const warnings: string[] = [];
  const dangling = (field: string, message: string): void => {
    if (!options.dropDanglingReferences) throw badInput(field, message);
    warnings.push(`${message}; dropped`);
  };

  const n = input.items.length;
  const materials = input.materials;
  const materialIndex = new Map<string, number>();
  materials.forEach((m, i) => {
    if (materialIndex.has(m.id)) throw badInput('materials', `Material ${m.id} appears twice`);
    for (const s of m.supplies) {
      if (!isFraction(s.share)) throw badInput('materials', `Material ${m.symbol}: share ${s.share} of ${s.country} is not a fraction 0..1`);
    }
    materialIndex.set(m.id, i);
  });

  // Compositions, first with input positions.
  const cols = input.compositions;
  const edgeCount = cols.parent.length;
  let edgeParent = new Int32Array(edgeCount);
  let edgeChild = new Int32Array(edgeCount);
  let edgeQty = new Float64Array(edgeCount);
  let m = 0;
  const unitOf: (string | undefined)[] = new Array(n);
  for (let k = 0; k < edgeCount; k++) {
    const p = cols.parent[k]!;
    const ch = cols.child[k]!;
    if (!(p >= 0 && p < n) || !(ch >= 0 && ch < n)) {
      const [parentId, childId] = names.composition(k);
      dangling('compositions', `Composition ${parentId} -> ${childId} refers to an unknown item`);
      continue;
    }
    const quantity = cols.quantity[k]!;
    if (!Number.isFinite(quantity) || quantity < 0) {
      throw badInput('compositions', `Composition ${input.items[p]!.id} -> ${input.items[ch]!.id}: quantity ${quantity} is not a non-negative number`);
    }
    if (p === ch) throw new CompositionCycleError([input.items[p]!.id, input.items[ch]!.id]);
    const unit = cols.unit[k]!;
    const known = unitOf[ch];
    if (known === undefined) unitOf[ch] = unit;
    else if (known !== unit) warnings.push(`Item ${input.items[ch]!.id} is counted in ${known} and ${unit}; quantities use both as given`);
    edgeParent[m] = p;
    edgeChild[m] = ch;
    edgeQty[m] = quantity;
    m++;
  }
  if (m < edgeCount) {
    edgeParent = edgeParent.slice(0, m);
    edgeChild = edgeChild.slice(0, m);
    edgeQty = edgeQty.slice(0, m);
  }
  let inputOrder = topologicalOrder(adjacency(n, edgeParent, edgeChild, edgeQty));
  while (!(inputOrder instanceof Int32Array)) {
    const cycle = inputOrder.cycle;
    const ids = cycle.map((i) => input.items[i]!.id);
    if (!options.breakCycles) throw new CompositionCycleError(ids);
    // The edge into the item first named: the same cycle always loses the same edge.
    const first = cycle.slice(0, -1).reduce((a, b) => (input.items[b]!.id < input.items[a]!.id ? b : a));
    const into = cycle[cycle.indexOf(first) === 0 ? cycle.length - 2 : cycle.indexOf(first) - 1]!;
    const drop = edgeParent.findIndex((p, e) => p === into && edgeChild[e] === first);
    warnings.push(`The chain contains a cycle (${ids.join(' -> ')}); the edge ${input.items[into]!.id} -> ${input.items[first]!.id} is left out`);
    const keep = (_: number, e: number): boolean => e !== drop;
    edgeParent = edgeParent.filter(keep);
    edgeChild = edgeChild.filter(keep);
    edgeQty = edgeQty.filter(keep);
    inputOrder = topologicalOrder(adjacency(n, edgeParent, edgeChild, edgeQty));
  }

  // Renumber items in topological order: walks then read the per-item arrays front to back
  // instead of jumping around memory, which is what a walk over 10^5 items is bound by.
  const items = gather(input.items, inputOrder);
  const renumbered = new Int32Array(n);
  inputOrder.forEach((old, position) => (renumbered[old] = position));
  // Distinct ids: checked by `buildChainGraph`, the columns' contract (a database's primary key).
  const itemIndex = new ItemIndex(items);
  for (let e = 0; e < edgeParent.length; e++) {
    edgeParent[e] = renumbered[edgeParent[e]!]!;
    edgeChild[e] = renumbered[edgeChild[e]!]!;
  }
  const { childStart, childItem, childQuantity, parentStart, parentItem, parentEdge } = adjacency(n, edgeParent, edgeChild, edgeQty);
  const itemUnit = new Array<string>(n);
  for (let i = 0; i < n; i++) itemUnit[i] = unitOf[inputOrder[i]!] ?? 'pcs';
  const topoOrder = new Int32Array(n);
  for (let i = 0; i < n; i++) topoOrder[i] = i;

  // Item materials -> CSR.
  const imCols = input.itemMaterials;
  const imItem = new Int32Array(imCols.item.length);
  const imMaterial = new Int32Array(imCols.item.length);
  const imKg = new Float64Array(imCols.item.length);
  let lines = 0;
  for (let k = 0; k < imCols.item.length; k++) {
    const at = imCols.item[k]!;
    const mi = imCols.material[k]!;
    if (!(at >= 0 && at < n) || !(mi >= 0 && mi < materials.length)) {
      const [itemId, materialId] = names.itemMaterial(k);
      dangling('itemMaterials', `Material ${materialId} of item ${itemId} refers to an unknown item or material`);
      continue;
    }
    const kg = imCols.quantityKg[k]!;
    if (kg !== null && (!Number.isFinite(kg) || kg < 0)) {
      throw badInput('itemMaterials', `Item ${input.items[at]!.id}: ${kg} kg of ${materials[mi]!.id} is not a non-negative number`);
    }
    imItem[lines] = renumbered[at]!;
    imMaterial[lines] = mi;
    imKg[lines++] = kg ?? Number.NaN;
  }
  const { materialStart, materialOf, materialKg } = materialLines(
    n,
    imItem.subarray(0, lines),
    imMaterial.subarray(0, lines),
    imKg.subarray(0, lines),
  );

  // Supply links grouped per item (graph order), as row numbers: no object per link.
  const linkCols = input.supplyLinks;
  const linkItem = new Int32Array(linkCols.id.length);
  for (let k = 0; k < linkItem.length; k++) {
    const at = linkCols.item[k]!;
    if (!(at >= 0 && at < n)) {
      dangling('supplyLinks', `Supply link ${linkCols.id[k]} refers to an unknown item ${names.supplyLinkItem(k)}`);
      linkItem[k] = -1;
      continue;
    }
    validateLink(linkCols, k);
    linkItem[k] = renumbered[at]!;
  }
  const supply = itemSupply(n, linkCols, linkRowsByItem(n, linkItem));

  const restrictions = input.exportRestrictions;
  const restrictedBy = new Map<string, Set<string>>();
  for (const r of restrictions ?? []) {
    if (!materialIndex.has(r.materialId)) {
      dangling('exportRestrictions', `Export restriction of ${r.country} refers to an unknown material ${r.materialId}`);
      continue;
    }
    let set = restrictedBy.get(r.materialId);
    if (!set) restrictedBy.set(r.materialId, (set = new Set()));
    set.add(r.country);
  }
  const materialProfiles = materials.map((mat) =>
    materialProfile(mat, input.governance, restrictions === undefined ? null : [...(restrictedBy.get(mat.id) ?? [])]),
  );

  // Platforms in input order, so results come back in the order the caller gave them.
  const platforms: number[] = [];
  for (let i = 0; i < n; i++) if (input.items[i]!.kind === 'PLATFORM') platforms.push(renumbered[i]!);

  const graph = {
    items,
    itemIndex,
    materials,
    materialIndex,
    exportRestrictions: restrictions,
    governance: input.governance,
    childStart,
    childItem,
    childQuantity,
    parentStart,
    parentItem,
    parentEdge,
    topoOrder,
    materialStart,
    materialOf,
    materialKg,
    itemUnit,
    platformIndices: Int32Array.from(platforms),
    ...supply,
    materialProfiles,
    warnings,
  };
  return { ...graph, ...subtreeMaxima(graph) };
}

/**
 * Item id -> position, built on first use: explosions, tables and heatmaps address items by
 * position, so a cold request (load, build, explode every platform) never looks an id up, and
 * hashing 10^5 uuid strings into a map was a sixth of building the graph on the benchmark.
 */
class ItemIndex implements ReadonlyMap<string, number> {
  private built: Map<string, number> | null = null;
  readonly size: number;

  // An updated graph shares this index (ids and positions do not change) and has an items array of its
  // own: the one read here is let go once the map is built.
  constructor(private items: readonly AnalysisItem[] | null) {
    this.size = items!.length;
  }

  private get map(): Map<string, number> {
    if (this.built === null) {
      this.built = new Map();
      for (let i = 0; i < this.size; i++) this.built.set(this.items![i]!.id, i);
      this.items = null;
    }
    return this.built;
  }
  get(id: string): number | undefined {
    return this.map.get(id);
  }
  has(id: string): boolean {
    return this.map.has(id);
  }
  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.map.forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): MapIterator<[string, number]> {
    return this.map.entries();
  }
  keys(): MapIterator<string> {
    return this.map.keys();
  }
  values(): MapIterator<number> {
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.map[Symbol.iterator]();
  }
}

export function validateLink(links: SupplyLinkColumns, k: number): void {
  const id = links.id[k]!;
  const share = links.share[k]!;
  if (share !== null && !isFraction(share)) throw badInput('supplyLinks', `Supply link ${id}: share ${share} is not a fraction 0..1`);
  const bad = (value: number | null): boolean => value !== null && (!Number.isFinite(value) || value < 0);
  const leadTimeWeeks = links.leadTimeWeeks[k]!;
  const stockMonths = links.stockMonths[k]!;
  if (bad(leadTimeWeeks)) throw badInput('supplyLinks', `Supply link ${id}: leadTimeWeeks ${leadTimeWeeks} is not a non-negative number`);
  if (bad(stockMonths)) throw badInput('supplyLinks', `Supply link ${id}: stockMonths ${stockMonths} is not a non-negative number`);
}

/** The rows of each item's links (`order[start[i] .. start[i + 1]]`), in row order; -1 items are left out. */
interface LinkRows {
  start: Int32Array;
  order: Int32Array;
}

export function linkRowsByItem(n: number, item: Int32Array): LinkRows {
  const count = new Int32Array(n);
  for (let k = 0; k < item.length; k++) if (item[k]! >= 0) count[item[k]!]!++;
  const start = offsets(count);
  const fill = start.slice(0, n);
  const order = new Int32Array(start[n]!);
  for (let k = 0; k < item.length; k++) if (item[k]! >= 0) order[fill[item[k]!]!++] = k;
  return { start, order };
}

/** Item material lines (item positions in graph order) as CSR; two lines of one material in one item become one (kg added; unknown if either is). */
export function materialLines(
  n: number,
  imItem: ArrayLike<number>,
  imMaterial: ArrayLike<number>,
  imKg: ArrayLike<number>,
): Pick<ChainGraph, 'materialStart' | 'materialOf' | 'materialKg'> {
  // Each item's lines in the order their materials first appear; a material again adds to its line.
  // An item has a few lines, so a repeat is found by looking through them (no map over every line).
  const count = new Int32Array(n);
  for (let k = 0; k < imItem.length; k++) count[imItem[k]!]!++;
  const room = offsets(count);
  const fill = room.slice(0, n);
  let materialOf = new Int32Array(imItem.length);
  let materialKg = new Float64Array(imItem.length);
  let repeats = 0;
  for (let k = 0; k < imItem.length; k++) {
    const item = imItem[k]!;
    const material = imMaterial[k]!;
    let line = room[item]!;
    while (line < fill[item]! && materialOf[line] !== material) line++;
    if (line < fill[item]!) {
      materialKg[line]! += imKg[k]!;
      repeats++;
    } else {
      materialOf[line] = material;
      materialKg[line] = imKg[k]!;
      fill[item]!++;
    }
  }
  if (repeats === 0) return { materialStart: room, materialOf, materialKg };
  // Close the gaps the repeats left.
  for (let i = 0; i < n; i++) count[i] = fill[i]! - room[i]!;
  const materialStart = offsets(count);
  const of = new Int32Array(materialStart[n]!);
  const kg = new Float64Array(materialStart[n]!);
  for (let i = 0; i < n; i++) {
    of.set(materialOf.subarray(room[i]!, fill[i]!), materialStart[i]!);
    kg.set(materialKg.subarray(room[i]!, fill[i]!), materialStart[i]!);
  }
  materialOf = of;
  materialKg = kg;
  return { materialStart, materialOf, materialKg };
}

type ItemSupplyArrays = Pick<
  ChainGraph,
  | 'links'
  | 'itemStockMonths'
  | 'itemLeadTimeMonths'
  | 'itemStockGapMonths'
  | 'itemStockGapLink'
  | 'itemSingleSource'
  | 'itemHasLinks'
  | 'itemHhi'
  | 'itemStockGap'
  | 'itemSharesEstimated'
  | 'itemLinksWithoutCountry'
  | 'countries'
  | 'countryIndex'
  | 'itemCountryStart'
  | 'itemCountry'
  | 'itemCountryShare'
>;

/**
 * The link table and the flat per-item arrays the walks read. With `kept`, the items it does not
 * mark as patched keep what `kept.graph` has for them (copied a run of items at a time, without
 * working anything out again). A build numbers countries in order of first appearance over the
 * items; an update keeps the kept graph's numbers (a country new to it comes last, one left
 * without shares goes), so that kept explosions, which refer to countries by number, still apply.
 */
export function itemSupply(n: number, links: SupplyLinkColumns, rows: LinkRows, kept?: { graph: ChainGraph; patched: Uint8Array }): ItemSupplyArrays {
  const itemSingleSource = new Uint8Array(n);
  const itemHasLinks = new Uint8Array(n);
  const itemHhi = new Float64Array(n).fill(-1);
  const itemStockGap = new Float64Array(n).fill(-1);
  const itemStockGapMonths = new Float64Array(n).fill(-1);
  const itemStockGapLink = new Int32Array(n).fill(-1);
  const itemStockMonths = new Float64Array(n).fill(Number.NaN);
  const itemLeadTimeMonths = new Float64Array(n).fill(Number.NaN);
  const itemSharesEstimated = new Uint8Array(n);
  const itemLinksWithoutCountry = new Int32Array(n);
  // A patched graph keeps the kept graph's country numbering (explosions refer to countries by
  // position, see `updateExplosions`); a country new to the graph comes after them.
  const countries: string[] = kept ? kept.graph.countries.slice() : [];
  const countryIndex = new Map<string, number>(countries.map((code, at) => [code, at]));
  const countryCount = new Int32Array(n);
  let capacity = 0;
  for (let i = 0; i < n; i++) {
    capacity += kept && !kept.patched[i] ? kept.graph.links.start[i + 1]! - kept.graph.links.start[i]! : rows.start[i + 1]! - rows.start[i]!;
  }
  // An item has at most one share per link, and an unchanged item the shares it had.
  const shareCountry = new Int32Array(kept ? kept.graph.itemCountry.length + capacity : capacity);
  const shareValue = new Float64Array(shareCountry.length);
  let shares = 0;
  const addShare = (i: number, country: string, share: number): void => {
    if (share <= 0) return; // a dormant source is not a dependency
    let c = countryIndex.get(country);
    if (c === undefined) {
      c = countries.length;
      countries.push(country);
      countryIndex.set(country, c);
    }
    countryCount[i]!++;
    shareCountry[shares] = c;
    shareValue[shares++] = share;
  };
  const table = new LinkTableBuilder(n, capacity, kept?.graph.links);
  const countryShares = new CountryShares();
  const { order } = rows;
  for (let i = 0; i < n; ) {
    if (kept && !kept.patched[i]) {
      // Items i .. to - 1 did not change: their links, figures and shares are copied as they were.
      let to = i + 1;
      while (to < n && !kept.patched[to]) to++;
      const g = kept.graph;
      const moved = table.copyRows(g.links, i, to) - g.links.start[i]!;
      itemSingleSource.set(g.itemSingleSource.subarray(i, to), i);
      itemHasLinks.set(g.itemHasLinks.subarray(i, to), i);
      itemHhi.set(g.itemHhi.subarray(i, to), i);
      itemStockGap.set(g.itemStockGap.subarray(i, to), i);
      itemStockGapMonths.set(g.itemStockGapMonths.subarray(i, to), i);
      itemStockMonths.set(g.itemStockMonths.subarray(i, to), i);
      itemLeadTimeMonths.set(g.itemLeadTimeMonths.subarray(i, to), i);
      itemSharesEstimated.set(g.itemSharesEstimated.subarray(i, to), i);
      itemLinksWithoutCountry.set(g.itemLinksWithoutCountry.subarray(i, to), i);
      for (let k = i; k < to; k++) {
        const link = g.itemStockGapLink[k]!;
        itemStockGapLink[k] = link < 0 ? -1 : link + moved;
        countryCount[k] = g.itemCountryStart[k + 1]! - g.itemCountryStart[k]!;
      }
      const from = g.itemCountryStart[i]!;
      const end = g.itemCountryStart[to]!;
      shareCountry.set(g.itemCountry.subarray(from, end), shares);
      shareValue.set(g.itemCountryShare.subarray(from, end), shares);
      shares += end - from;
      i = to;
      continue;
    }
    const from = rows.start[i]!;
    const to = rows.start[i + 1]!;
    if (from === to) {
      table.endItem(i);
      i++;
      continue;
    }
    const first = table.addRows(links, order, from, to, i);
    itemHasLinks[i] = 1;
    // The item's figures straight from its rows, as `LinkProfile` works them out from link records
    // (a test holds the two equal): no object per link or item on a cold load of 10^5 links.
    const firstKey = links.supplierKey[order[from]!] ?? links.id[order[from]!]!;
    let flagged = false;
    let oneSupplier = true;
    let stockMonths: number | null = null;
    let leadTimeMonths: number | null = null;
    let gapRow = -1;
    let gapUncovered = 0;
    let gapMonths = 0;
    countryShares.clear();
    for (let r = from; r < to; r++) {
      const k = order[r]!;
      if (links.singleSource[k]) flagged = true;
      if ((links.supplierKey[k] ?? links.id[k]!) !== firstKey) oneSupplier = false;
      const stock = links.stockMonths[k]!;
      const leadWeeks = links.leadTimeWeeks[k]!;
      if (stock !== null) stockMonths = Math.min(stockMonths ?? Infinity, stock);
      if (leadWeeks !== null) leadTimeMonths = Math.max(leadTimeMonths ?? 0, leadWeeks / WEEKS_PER_MONTH);
      if (leadWeeks !== null && leadWeeks > 0 && stock !== null) {
        const lead = leadWeeks / WEEKS_PER_MONTH;
        const gap = Math.max(0, lead - stock);
        if (gapRow < 0 || gap / lead > gapUncovered) {
          gapRow = first + (r - from);
          gapUncovered = gap / lead;
          gapMonths = gap;
        }
      }
      const country = links.country[k]!;
      if (country === null) itemLinksWithoutCountry[i]!++;
      countryShares.add(country, links.share[k]!);
    }
    itemSingleSource[i] = flagged ? 1 : oneSupplier ? 2 : 0;
    if (gapRow >= 0) {
      itemStockGap[i] = gapUncovered;
      itemStockGapMonths[i] = gapMonths;
      itemStockGapLink[i] = gapRow;
    }
    itemStockMonths[i] = stockMonths ?? Number.NaN;
    itemLeadTimeMonths[i] = leadTimeMonths ?? Number.NaN;
    itemHhi[i] = countryShares.settle();
    if (countryShares.withoutShare > 0) itemSharesEstimated[i] = 1;
    countryShares.forEachKnown((country, share) => addShare(i, country, share));
    i++;
  }
  let itemCountry = shareCountry.subarray(0, shares);
  // A country a patch left without shares leaves the numbering (which a fresh build would not have).
  const used = new Uint8Array(countries.length);
  for (const c of itemCountry) used[c] = 1;
  if (used.includes(0)) {
    const renumbered = new Int32Array(countries.length).fill(-1);
    const left: string[] = [];
    countries.forEach((code, c) => {
      if (used[c]) renumbered[c] = left.push(code) - 1;
    });
    itemCountry = itemCountry.map((c) => renumbered[c]!);
    countries.splice(0, countries.length, ...left);
    countryIndex.clear();
    countries.forEach((code, c) => countryIndex.set(code, c));
  }
  return {
    links: table.build(),
    itemStockMonths,
    itemLeadTimeMonths,
    itemStockGapMonths,
    itemStockGapLink,
    itemSingleSource,
    itemHasLinks,
    itemHhi,
    itemStockGap,
    itemSharesEstimated,
    itemLinksWithoutCountry,
    countries,
    countryIndex,
    itemCountryStart: offsets(countryCount),
    itemCountry: itemCountry.slice(),
    itemCountryShare: shareValue.slice(0, shares),
  };
}

/**
 * The kept graph's link table and per-item arrays with the figures of the patched `items` (their
 * links: `rows` of `links`) put in their places, or null when an item's number of links or of
 * supplier countries changed, or a country is new to the graph (then `itemSupply` assembles the
 * arrays again). An array none of the items changes a value of is shared with `graph`; the others
 * are copied once. A share change thus copies the share column and the items' country shares, not
 * the 10 arrays per item and 9 per link of the whole chain.
 */
export function itemSupplyInPlace(graph: ChainGraph, items: readonly number[], links: SupplyLinkColumns, rows: LinkRows): ItemSupplyArrays | null {
  const base = graph.links;
  // The patched items' figures, worked out as a build would, as items 0 .. items.length - 1.
  const start = new Int32Array(items.length + 1);
  const order: number[] = [];
  items.forEach((i, j) => {
    for (let r = rows.start[i]!; r < rows.start[i + 1]!; r++) order.push(rows.order[r]!);
    start[j + 1] = order.length;
  });
  const own = itemSupply(items.length, links, { start, order: Int32Array.from(order) });
  for (let j = 0; j < items.length; j++) {
    const i = items[j]!;
    if (own.links.start[j + 1]! - own.links.start[j]! !== base.start[i + 1]! - base.start[i]!) return null;
    if (own.itemCountryStart[j + 1]! - own.itemCountryStart[j]! !== graph.itemCountryStart[i + 1]! - graph.itemCountryStart[i]!) return null;
  }
  const countryOf = Array.from(own.countries, (code) => graph.countryIndex.get(code) ?? -1);
  if (countryOf.includes(-1)) return null;

  // Writes to one array: the array itself when no value differs, else a copy with the values written.
  const overlay = <A extends Float64Array | Int32Array | Uint8Array>(array: A, writes: (put: (at: number, value: number) => void) => void): A => {
    let copy: A | null = null;
    writes((at, value) => {
      if (Object.is(array[at], value) && copy === null) return;
      copy ??= array.slice() as A;
      copy[at] = value;
    });
    return copy ?? array;
  };
  const perItem = <A extends Float64Array | Int32Array | Uint8Array>(array: A, mine: ArrayLike<number>, map: (value: number, j: number) => number = (v) => v): A =>
    overlay(array, (put) => items.forEach((i, j) => put(i, map(mine[j]!, j))));
  // A link row of the patched items in `own.links`, and where the same row is in the graph's table.
  const linkRows = (write: (row: number, ownRow: number) => void) =>
    items.forEach((i, j) => {
      for (let r = own.links.start[j]!; r < own.links.start[j + 1]!; r++) write(base.start[i]! + (r - own.links.start[j]!), r);
    });
  const perLink = <A extends Float64Array | Int32Array | Uint8Array>(array: A, mine: ArrayLike<number>, map: (value: number) => number = (v) => v): A =>
    overlay(array, (put) => linkRows((row, r) => put(row, map(mine[r]!))));
  // Suppliers and link countries are numbered in the table's own lists; a new one is added to a copy.
  const renumber = (list: readonly string[], from: readonly string[]) => {
    let names: string[] | null = null;
    const index = new Map(list.map((name, at) => [name, at]));
    const map = (value: number) => {
      if (value < 0) return value;
      const name = from[value]!;
      let at = index.get(name);
      if (at === undefined) {
        names ??= list.slice();
        at = names.push(name) - 1;
        index.set(name, at);
      }
      return at;
    };
    return { map, list: () => names ?? list };
  };
  const suppliers = renumber(base.suppliers, own.links.suppliers);
  const countryCodes = renumber(base.countryCodes, own.links.countryCodes);
  let ids: readonly string[] = base.id;
  linkRows((row, r) => {
    if (ids[row] === own.links.id[r]) return;
    if (ids === base.id) ids = base.id.slice();
    (ids as string[])[row] = own.links.id[r]!;
  });
  const supplier = perLink(base.supplier, own.links.supplier, suppliers.map);
  const country = perLink(base.country, own.links.country, countryCodes.map);
  const shareCountry = (write: (at: number, ownAt: number) => void) =>
    items.forEach((i, j) => {
      for (let at = own.itemCountryStart[j]!; at < own.itemCountryStart[j + 1]!; at++) write(graph.itemCountryStart[i]! + (at - own.itemCountryStart[j]!), at);
    });
  return {
    links: {
      start: base.start,
      id: ids,
      supplier,
      suppliers: suppliers.list(),
      country,
      countryCodes: countryCodes.list(),
      share: perLink(base.share, own.links.share),
      tier: perLink(base.tier, own.links.tier),
      leadTimeWeeks: perLink(base.leadTimeWeeks, own.links.leadTimeWeeks),
      stockMonths: perLink(base.stockMonths, own.links.stockMonths),
      singleSource: perLink(base.singleSource, own.links.singleSource),
    },
    itemStockMonths: perItem(graph.itemStockMonths, own.itemStockMonths),
    itemLeadTimeMonths: perItem(graph.itemLeadTimeMonths, own.itemLeadTimeMonths),
    itemStockGapMonths: perItem(graph.itemStockGapMonths, own.itemStockGapMonths),
    itemStockGapLink: perItem(graph.itemStockGapLink, own.itemStockGapLink, (r, j) => (r < 0 ? -1 : base.start[items[j]!]! + (r - own.links.start[j]!))),
    itemSingleSource: perItem(graph.itemSingleSource, own.itemSingleSource),
    itemHasLinks: perItem(graph.itemHasLinks, own.itemHasLinks),
    itemHhi: perItem(graph.itemHhi, own.itemHhi),
    itemStockGap: perItem(graph.itemStockGap, own.itemStockGap),
    itemSharesEstimated: perItem(graph.itemSharesEstimated, own.itemSharesEstimated),
    itemLinksWithoutCountry: perItem(graph.itemLinksWithoutCountry, own.itemLinksWithoutCountry),
    countries: graph.countries,
    countryIndex: graph.countryIndex,
    itemCountryStart: graph.itemCountryStart,
    itemCountry: overlay(graph.itemCountry, (put) => shareCountry((at, ownAt) => put(at, countryOf[own.itemCountry[ownAt]!]!))),
    itemCountryShare: overlay(graph.itemCountryShare, (put) => shareCountry((at, ownAt) => put(at, own.itemCountryShare[ownAt]!))),
  };
}

/**
 * One item's supplier-country concentration, reused from item to item: `concentration` over the
 * links as parties (key: the country, a link without one a party of its own), reduced to what the
 * graph keeps: the HHI estimate and each country's share, largest first. The same arithmetic in the
 * same order, so the figures are equal to the last bit (held by a test against `LinkProfile`).
 */
class CountryShares {
  private readonly keys: (string | null)[] = [];
  private readonly fixed: number[] = [];
  private readonly unknown: number[] = [];
  private readonly share: number[] = [];
  private readonly byShare: number[] = [];
  private groups = 0;
  private given = 0;
  withoutShare = 0;

  clear(): void {
    this.groups = 0;
    this.given = 0;
    this.withoutShare = 0;
  }

  add(country: string | null, share: number | null): void {
    let g = -1;
    // A link without a country is a party of its own; links of one country are added up.
    if (country !== null) for (let at = 0; at < this.groups && g < 0; at++) if (this.keys[at] === country) g = at;
    if (g < 0) {
      g = this.groups++;
      this.keys[g] = country;
      this.fixed[g] = 0;
      this.unknown[g] = 0;
    }
    if (share === null) {
      this.withoutShare++;
      this.unknown[g]!++;
    } else {
      this.given += share;
      this.fixed[g]! += share;
    }
  }

  /** The HHI estimate (0..1); then `forEachKnown` gives the shares. */
  settle(): number {
    const perUnknown = this.withoutShare > 0 ? Math.max(0, 1 - this.given) / this.withoutShare : 0;
    let estimate = 0;
    for (let g = 0; g < this.groups; g++) {
      const share = this.fixed[g]! + this.unknown[g]! * perUnknown;
      this.share[g] = share;
      estimate += share * share;
      // Insertion sort by share, largest first, earlier groups first among equals (a stable sort).
      let at = g;
      while (at > 0 && this.share[this.byShare[at - 1]!]! < share) {
        this.byShare[at] = this.byShare[at - 1]!;
        at--;
      }
      this.byShare[at] = g;
    }
    return Math.min(1, estimate);
  }

  forEachKnown(visit: (country: string, share: number) => void): void {
    for (let at = 0; at < this.groups; at++) {
      const g = this.byShare[at]!;
      const key = this.keys[g]!;
      if (key !== null) visit(key, this.share[g]!);
    }
  }
}

/**
 * Collects link rows item by item (in item order) into a `SupplyLinkTable`, written straight into
 * typed arrays of the given capacity. Built from `base` (a patch), its supplier and country lists
 * are kept, so its rows are copied without looking a string up.
 */
class LinkTableBuilder {
  private readonly start: Int32Array;
  private readonly id: string[] = [];
  private readonly supplier: Int32Array;
  private readonly suppliers: string[];
  private readonly supplierIndex: Map<string, number>;
  private readonly country: Int32Array;
  private readonly countryCodes: string[];
  private readonly countryIndex: Map<string, number>;
  private readonly share: Float64Array;
  private readonly tier: Float64Array;
  private readonly leadTimeWeeks: Float64Array;
  private readonly stockMonths: Float64Array;
  private readonly singleSource: Uint8Array;
  private rows = 0;

  constructor(n: number, capacity: number, base?: SupplyLinkTable) {
    this.start = new Int32Array(n + 1);
    this.supplier = new Int32Array(capacity);
    this.country = new Int32Array(capacity);
    this.share = new Float64Array(capacity);
    this.tier = new Float64Array(capacity);
    this.leadTimeWeeks = new Float64Array(capacity);
    this.stockMonths = new Float64Array(capacity);
    this.singleSource = new Uint8Array(capacity);
    this.suppliers = base ? base.suppliers.slice() : [];
    this.supplierIndex = new Map(this.suppliers.map((key, at) => [key, at]));
    this.countryCodes = base ? base.countryCodes.slice() : [];
    this.countryIndex = new Map(this.countryCodes.map((code, at) => [code, at]));
  }

  /** Appends an item's links (rows `order[from .. to]` of `links`); returns the row of the first. Items must come in order. */
  addRows(links: SupplyLinkColumns, order: Int32Array, from: number, to: number, item: number): number {
    const first = this.rows;
    for (let at = from; at < to; at++) {
      const k = order[at]!;
      const r = this.rows++;
      this.id.push(links.id[k]!);
      // Most links are "a supplier of their own" (the supplier is not on record or hidden from the
      // reader): their key is their id, which needs no list of its own.
      const supplier = links.supplierKey[k]!;
      const country = links.country[k]!;
      this.supplier[r] = supplier === null ? -1 : intern(this.supplierIndex, this.suppliers, supplier);
      this.country[r] = country === null ? -1 : intern(this.countryIndex, this.countryCodes, country);
      this.share[r] = links.share[k] ?? Number.NaN;
      this.tier[r] = links.tier[k] ?? Number.NaN;
      this.leadTimeWeeks[r] = links.leadTimeWeeks[k] ?? Number.NaN;
      this.stockMonths[r] = links.stockMonths[k] ?? Number.NaN;
      this.singleSource[r] = links.singleSource[k] ? 1 : 0;
    }
    this.endItem(item);
    return first;
  }

  /** Appends the rows `base` has for items `from .. to - 1`, unchanged; returns the row of the first. */
  copyRows(base: SupplyLinkTable, from: number, to: number): number {
    const first = this.rows;
    const begin = base.start[from]!;
    const end = base.start[to]!;
    for (let at = begin; at < end; at++) this.id.push(base.id[at]!);
    this.supplier.set(base.supplier.subarray(begin, end), first);
    this.country.set(base.country.subarray(begin, end), first);
    this.share.set(base.share.subarray(begin, end), first);
    this.tier.set(base.tier.subarray(begin, end), first);
    this.leadTimeWeeks.set(base.leadTimeWeeks.subarray(begin, end), first);
    this.stockMonths.set(base.stockMonths.subarray(begin, end), first);
    this.singleSource.set(base.singleSource.subarray(begin, end), first);
    this.rows += end - begin;
    for (let item = from; item < to; item++) this.start[item + 1] = base.start[item + 1]! + first - begin;
    return first;
  }

  endItem(item: number): void {
    this.start[item + 1] = this.rows;
  }

  build(): SupplyLinkTable {
    // Links of unknown items were dropped, so fewer rows than the capacity may have come.
    const fit = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => (a.length === this.rows ? a : (a.slice(0, this.rows) as T));
    return {
      start: this.start,
      id: this.id,
      supplier: fit(this.supplier),
      suppliers: this.suppliers,
      country: fit(this.country),
      countryCodes: this.countryCodes,
      share: fit(this.share),
      tier: fit(this.tier),
      leadTimeWeeks: fit(this.leadTimeWeeks),
      stockMonths: fit(this.stockMonths),
      singleSource: fit(this.singleSource),
    };
  }
}

function intern(index: Map<string, number>, values: string[], value: string): number {
  let at = index.get(value);
  if (at === undefined) {
    at = values.length;
    values.push(value);
    index.set(value, at);
  }
  return at;
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** An item's supply links as objects (made when asked: the graph holds them as columns). */
export function supplyLinksOf(graph: Pick<ChainGraph, 'links' | 'items'>, item: number): AnalysisSupplyLink[] {
  const t = graph.links;
  const links: AnalysisSupplyLink[] = [];
  for (let r = t.start[item]!; r < t.start[item + 1]!; r++) {
    links.push({
      id: t.id[r]!,
      itemId: graph.items[item]!.id,
      supplierKey: t.supplier[r]! < 0 ? t.id[r]! : t.suppliers[t.supplier[r]!]!,
      country: t.country[r]! < 0 ? null : t.countryCodes[t.country[r]!]!,
      share: orNull(t.share[r]!),
      tier: orNull(t.tier[r]!),
      leadTimeWeeks: orNull(t.leadTimeWeeks[r]!),
      stockMonths: orNull(t.stockMonths[r]!),
      singleSource: t.singleSource[r] === 1,
    });
  }
  return links;
}

/** What an item's own supply adds up to (worked out when asked); undefined for an item without links. */
export function itemSupplyProfile(graph: Pick<ChainGraph, 'links' | 'items'>, item: number): ItemSupplyProfile | undefined {
  const links = supplyLinksOf(graph, item);
  return links.length ? new LinkProfile(links) : undefined;
}

export type SubtreeMaxima = Pick<ChainGraph, 'subtreeRestricted' | 'subtreeRestrictedMaterial' | 'subtreeSupplyRisk' | 'subtreeSupplyRiskMaterial'>;

/**
 * Bottom-up maxima over each item's subtree: children come after parents in topoOrder. With `kept`
 * (the maxima of the graph before a patch) only the items `changed` (other materials or edges to
 * children) and the items above them are worked out again, the same way; the others are copied.
 */
export function subtreeMaxima(g: Omit<ChainGraph, keyof SubtreeMaxima>, kept?: { maxima: SubtreeMaxima; changed: ArrayLike<number> }): SubtreeMaxima {
  const n = g.items.length;
  const { topoOrder, materialStart, materialOf, materialProfiles, childStart, childItem } = g;
  const subtreeRestricted = kept ? kept.maxima.subtreeRestricted.slice() : new Float64Array(n);
  const subtreeRestrictedMaterial = kept ? kept.maxima.subtreeRestrictedMaterial.slice() : new Int32Array(n);
  const subtreeSupplyRisk = kept ? kept.maxima.subtreeSupplyRisk.slice() : new Float64Array(n);
  const subtreeSupplyRiskMaterial = kept ? kept.maxima.subtreeSupplyRiskMaterial.slice() : new Int32Array(n);
  // The larger value wins, and of two materials with the same value the one first in the catalogue,
  // so that the material named does not depend on the order of an item's materials and edges (a
  // patch puts an item's new edges last; a fresh load puts them where the rows come).
  const wins = (value: number, material: number, than: number, thanMaterial: number): boolean => value > than || (value === than && material < thanMaterial);
  const workOut = (i: number): void => {
    subtreeRestricted[i] = -1;
    subtreeRestrictedMaterial[i] = -1;
    subtreeSupplyRisk[i] = -1;
    subtreeSupplyRiskMaterial[i] = -1;
    for (let at = materialStart[i]!; at < materialStart[i + 1]!; at++) {
      const mi = materialOf[at]!;
      const profile = materialProfiles[mi]!;
      if (profile.restrictedShare !== null && wins(profile.restrictedShare, mi, subtreeRestricted[i]!, subtreeRestrictedMaterial[i]!)) {
        subtreeRestricted[i] = profile.restrictedShare;
        subtreeRestrictedMaterial[i] = mi;
      }
      if (profile.supplyRiskNormalized !== null && wins(profile.supplyRiskNormalized, mi, subtreeSupplyRisk[i]!, subtreeSupplyRiskMaterial[i]!)) {
        subtreeSupplyRisk[i] = profile.supplyRiskNormalized;
        subtreeSupplyRiskMaterial[i] = mi;
      }
    }
    for (let e = childStart[i]!; e < childStart[i + 1]!; e++) {
      const c = childItem[e]!;
      if (subtreeRestrictedMaterial[c]! >= 0 && wins(subtreeRestricted[c]!, subtreeRestrictedMaterial[c]!, subtreeRestricted[i]!, subtreeRestrictedMaterial[i]!)) {
        subtreeRestricted[i] = subtreeRestricted[c]!;
        subtreeRestrictedMaterial[i] = subtreeRestrictedMaterial[c]!;
      }
      if (subtreeSupplyRiskMaterial[c]! >= 0 && wins(subtreeSupplyRisk[c]!, subtreeSupplyRiskMaterial[c]!, subtreeSupplyRisk[i]!, subtreeSupplyRiskMaterial[i]!)) {
        subtreeSupplyRisk[i] = subtreeSupplyRisk[c]!;
        subtreeSupplyRiskMaterial[i] = subtreeSupplyRiskMaterial[c]!;
      }
    }
  };
  if (!kept) {
    for (let k = n - 1; k >= 0; k--) workOut(topoOrder[k]!);
  } else {
    // The changed items and everything above them, children before parents.
    const above = itemsAndAbove(g, kept.changed);
    for (let k = n - 1; k >= 0; k--) {
      const i = topoOrder[k]!;
      if (hasBit(above, i)) workOut(i);
    }
  }
  return { subtreeRestricted, subtreeRestrictedMaterial, subtreeSupplyRisk, subtreeSupplyRiskMaterial };
}

export interface Adjacency {
  childStart: Int32Array;
  childItem: Int32Array;
  childQuantity: Float64Array;
  parentStart: Int32Array;
  parentItem: Int32Array;
  parentEdge: Int32Array;
}

/** CSR adjacency both ways; edges keep their input order within each item. */
function adjacency(n: number, edgeParent: ArrayLike<number>, edgeChild: ArrayLike<number>, edgeQty: ArrayLike<number>): Adjacency {
  const m = edgeParent.length;
  const childCount = new Int32Array(n);
  const parentCount = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    childCount[edgeParent[e]!]!++;
    parentCount[edgeChild[e]!]!++;
  }
  const childStart = offsets(childCount);
  const parentStart = offsets(parentCount);
  const childItem = new Int32Array(m);
  const childQuantity = new Float64Array(m);
  const parentItem = new Int32Array(m);
  const parentEdge = new Int32Array(m);
  const childFill = childStart.slice(0, n);
  const parentFill = parentStart.slice(0, n);
  for (let e = 0; e < m; e++) {
    const p = edgeParent[e]!;
    const ch = edgeChild[e]!;
    const ce = childFill[p]!++;
    childItem[ce] = ch;
    childQuantity[ce] = edgeQty[e]!;
    const pe = parentFill[ch]!++;
    parentItem[pe] = p;
    parentEdge[pe] = ce;
  }
  return { childStart, childItem, childQuantity, parentStart, parentItem, parentEdge };
}

/** Kahn's algorithm; on a cycle, walks remaining parents to name one cycle (first = last). */
function topologicalOrder({ childStart, childItem, parentStart, parentItem }: Adjacency): Int32Array | { cycle: number[] } {
  const n = childStart.length - 1;
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = parentStart[i + 1]! - parentStart[i]!;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const v = order[head++]!;
    for (let e = childStart[v]!; e < childStart[v + 1]!; e++) {
      const c = childItem[e]!;
      if (--indegree[c]! === 0) order[tail++] = c;
    }
  }
  if (tail === n) return order;

  // Every item left over has a parent that is left over too, so following parents must repeat.
  let v = indegree.findIndex((d) => d > 0);
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  while (!seenAt.has(v)) {
    seenAt.set(v, walk.length);
    walk.push(v);
    for (let e = parentStart[v]!; e < parentStart[v + 1]!; e++) {
      if (indegree[parentItem[e]!]! > 0) {
        v = parentItem[e]!;
        break;
      }
    }
  }
  const cycle = walk.slice(seenAt.get(v)).reverse();
  cycle.push(cycle[0]!);
  return { cycle };
}

/** An item's own supply, from its links; the concentration is worked out when first asked. */
class LinkProfile implements ItemSupplyProfile {
  readonly singleSource: ItemSupplyProfile['singleSource'];
  readonly stockGap: ItemSupplyProfile['stockGap'];
  readonly stockMonths: number | null;
  readonly leadTimeMonths: number | null;
  private concentrationKept: ConcentrationResult | null | undefined;
  private sharesKept: ReadonlyMap<string, number> | undefined;

  constructor(readonly links: readonly AnalysisSupplyLink[]) {
    const oneSupplier = links.length > 0 && links.every((l) => l.supplierKey === links[0]!.supplierKey);
    this.singleSource = links.some((l) => l.singleSource) ? 'FLAGGED' : oneSupplier ? 'ONE_SUPPLIER_ON_RECORD' : null;
    let stockGap: ItemSupplyProfile['stockGap'] = null;
    let stockMonths: number | null = null;
    let leadTimeMonths: number | null = null;
    for (const link of links) {
      if (link.stockMonths !== null) stockMonths = Math.min(stockMonths ?? Infinity, link.stockMonths);
      if (link.leadTimeWeeks !== null) leadTimeMonths = Math.max(leadTimeMonths ?? 0, link.leadTimeWeeks / WEEKS_PER_MONTH);
      if (link.leadTimeWeeks !== null && link.leadTimeWeeks > 0 && link.stockMonths !== null) {
        const lead = link.leadTimeWeeks / WEEKS_PER_MONTH;
        const gapMonths = Math.max(0, lead - link.stockMonths);
        const uncoveredFraction = gapMonths / lead;
        if (!stockGap || uncoveredFraction > stockGap.uncoveredFraction) {
          stockGap = { linkId: link.id, leadTimeMonths: lead, stockMonths: link.stockMonths, gapMonths, uncoveredFraction };
        }
      }
    }
    this.stockGap = stockGap;
    this.stockMonths = stockMonths;
    this.leadTimeMonths = leadTimeMonths;
  }

  get countryConcentration(): ConcentrationResult | null {
    if (this.concentrationKept === undefined) this.concentrationKept = supplierCountryConcentration(this.links);
    return this.concentrationKept;
  }

  get countryShares(): ReadonlyMap<string, number> {
    return (this.sharesKept ??= sharesOf(this.countryConcentration));
  }
}

function sharesOf(result: ConcentrationResult | null): ReadonlyMap<string, number> {
  const shares = new Map<string, number>();
  for (const s of result?.shares ?? []) if (s.key !== null) shares.set(s.key, s.share);
  return shares;
}

function materialProfile(
  material: AnalysisMaterial,
  governance: GovernanceIndex | undefined,
  restrictedBy: string[] | null,
): MaterialProfile {
  const byStage = {} as Record<AnalysisSupplyStage, ConcentrationResult | null>;
  const countryShares = {} as Record<AnalysisSupplyStage, Map<string, number>>;
  let worstHhi: number | null = null;
  let worstStage: AnalysisSupplyStage | null = null;
  let restrictedShare: number | null = restrictedBy === null ? null : 0;
  let restrictedStage: AnalysisSupplyStage | null = null;
  for (const stage of STAGES) {
    const result = materialConcentration(material, stage, 'GLOBAL');
    byStage[stage] = result;
    const shares = new Map<string, number>();
    for (const s of result?.shares ?? []) if (s.key !== null) shares.set(s.key, s.share);
    countryShares[stage] = shares;
    if (result && (worstHhi === null || result.hhi > worstHhi)) {
      worstHhi = result.hhi;
      worstStage = stage;
    }
    if (restrictedBy !== null && restrictedBy.length > 0) {
      let share = 0;
      for (const country of restrictedBy) share += shares.get(country) ?? 0;
      if (share > restrictedShare!) {
        restrictedShare = share;
        restrictedStage = stage;
      }
    }
  }
  const risk = supplyRisk(material, governance);
  return {
    material,
    concentration: byStage,
    worstHhi,
    worstStage,
    supplyRisk: risk,
    supplyRiskNormalized: risk.value === null ? null : Math.min(1, risk.value / risk.scaleMax),
    countryShares,
    restrictedBy: restrictedBy ?? [],
    restrictedShare,
    restrictedStage,
  };
}

/**
 * Marks in `items` (a bit set by graph position) every item above the items `from`, which it holds
 * already: the parents of each, their parents, and so on. `from` is used up as the climb's stack.
 */
export function markAbove(g: Pick<ChainGraph, 'parentStart' | 'parentItem'>, items: Uint32Array, from: number[]): void {
  const { parentStart, parentItem } = g;
  while (from.length > 0) {
    const v = from.pop()!;
    for (let k = parentStart[v]!; k < parentStart[v + 1]!; k++) {
      const p = parentItem[k]!;
      if (hasBit(items, p)) continue;
      setBit(items, p);
      from.push(p);
    }
  }
}

/** The items as a bit set by graph position, with every item above them (`markAbove`). */
export function itemsAndAbove(g: Pick<ChainGraph, 'items' | 'parentStart' | 'parentItem'>, items: ArrayLike<number>): Uint32Array {
  const set = bitSet(g.items.length);
  for (let k = 0; k < items.length; k++) setBit(set, items[k]!);
  markAbove(g, set, Array.from(items));
  return set;
}

/** The platforms (graph positions) above any of `items` in any of the graphs, the items themselves included. */
export function platformsAbove(graphs: readonly ChainGraph[], items: ArrayLike<number>): Set<number> {
  const found = new Set<number>();
  for (const g of graphs) {
    const above = itemsAndAbove(g, items);
    for (const p of g.platformIndices) if (hasBit(above, p)) found.add(p);
  }
  return found;
}
