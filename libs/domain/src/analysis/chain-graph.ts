import { badInput, DomainError } from '../errors';
import type { AnalysisItem, AnalysisMaterial, AnalysisSupplyLink, AnalysisSupplyStage, ChainGraphInput, ExportRestriction, GovernanceIndex } from './analysis-types';
import { type ConcentrationResult, materialConcentration, supplierCountryConcentration } from './concentration';
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
  readonly itemProfiles: readonly (ItemSupplyProfile | undefined)[];
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
 * Validates the input and builds the indexes. Throws `CompositionCycleError` when the bill of
 * materials has a cycle and a `BAD_USER_INPUT` `DomainError` for invalid values or unknown references.
 */
export function buildChainGraph(input: ChainGraphInput, options: BuildChainGraphOptions = {}): ChainGraph {
  const warnings: string[] = [];
  const dangling = (field: string, message: string): void => {
    if (!options.dropDanglingReferences) throw badInput(field, message);
    warnings.push(`${message}; dropped`);
  };

  const n = input.items.length;
  const inputIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = input.items[i]!.id;
    if (inputIndex.has(id)) throw badInput('items', `Item ${id} appears twice`);
    inputIndex.set(id, i);
  }
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
  const edgeParent: number[] = [];
  const edgeChild: number[] = [];
  const edgeQty: number[] = [];
  const unitOf: (string | undefined)[] = new Array(n);
  for (const c of input.compositions) {
    const p = inputIndex.get(c.parentId);
    const ch = inputIndex.get(c.childId);
    if (p === undefined || ch === undefined) {
      dangling('compositions', `Composition ${c.parentId} -> ${c.childId} refers to an unknown item`);
      continue;
    }
    if (!Number.isFinite(c.quantity) || c.quantity < 0) {
      throw badInput('compositions', `Composition ${c.parentId} -> ${c.childId}: quantity ${c.quantity} is not a non-negative number`);
    }
    if (p === ch) throw new CompositionCycleError([c.parentId, c.childId]);
    const known = unitOf[ch];
    if (known === undefined) unitOf[ch] = c.unit;
    else if (known !== c.unit) warnings.push(`Item ${c.childId} is counted in ${known} and ${c.unit}; quantities use both as given`);
    edgeParent.push(p);
    edgeChild.push(ch);
    edgeQty.push(c.quantity);
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
    edgeParent.splice(drop, 1);
    edgeChild.splice(drop, 1);
    edgeQty.splice(drop, 1);
    inputOrder = topologicalOrder(adjacency(n, edgeParent, edgeChild, edgeQty));
  }

  // Renumber items in topological order: walks then read the per-item arrays front to back
  // instead of jumping around memory, which is what a walk over 10^5 items is bound by.
  const items = Array.from(inputOrder, (i) => input.items[i]!);
  const renumbered = new Int32Array(n);
  inputOrder.forEach((old, position) => (renumbered[old] = position));
  const itemIndex = new Map<string, number>();
  items.forEach((item, i) => itemIndex.set(item.id, i));
  for (let e = 0; e < edgeParent.length; e++) {
    edgeParent[e] = renumbered[edgeParent[e]!]!;
    edgeChild[e] = renumbered[edgeChild[e]!]!;
  }
  const { childStart, childItem, childQuantity, parentStart, parentItem, parentEdge } = adjacency(n, edgeParent, edgeChild, edgeQty);
  const itemUnit = Array.from(inputOrder, (i) => unitOf[i] ?? 'pcs');
  const topoOrder = new Int32Array(n);
  for (let i = 0; i < n; i++) topoOrder[i] = i;

  // Item materials -> CSR.
  const imItem: number[] = [];
  const imMaterial: number[] = [];
  const imKg: number[] = [];
  for (const im of input.itemMaterials) {
    const i = itemIndex.get(im.itemId);
    const mi = materialIndex.get(im.materialId);
    if (i === undefined || mi === undefined) {
      dangling('itemMaterials', `Material ${im.materialId} of item ${im.itemId} refers to an unknown item or material`);
      continue;
    }
    if (im.quantityKg !== null && (!Number.isFinite(im.quantityKg) || im.quantityKg < 0)) {
      throw badInput('itemMaterials', `Item ${im.itemId}: ${im.quantityKg} kg of ${im.materialId} is not a non-negative number`);
    }
    imItem.push(i);
    imMaterial.push(mi);
    imKg.push(im.quantityKg ?? Number.NaN);
  }
  // Two lines of one material in one item become one (kg added; unknown if either is unknown).
  const lineOf = new Map<number, number>();
  const lineItem: number[] = [];
  const lineMaterial: number[] = [];
  const lineKg: number[] = [];
  for (let k = 0; k < imItem.length; k++) {
    const key = imItem[k]! * materials.length + imMaterial[k]!;
    const line = lineOf.get(key);
    if (line === undefined) {
      lineOf.set(key, lineItem.length);
      lineItem.push(imItem[k]!);
      lineMaterial.push(imMaterial[k]!);
      lineKg.push(imKg[k]!);
    } else {
      lineKg[line]! += imKg[k]!;
    }
  }
  const matCount = new Int32Array(n);
  for (const i of lineItem) matCount[i]!++;
  const materialStart = offsets(matCount);
  const materialOf = new Int32Array(lineItem.length);
  const materialKg = new Float64Array(lineItem.length);
  const matFill = materialStart.slice(0, n);
  for (let k = 0; k < lineItem.length; k++) {
    const at = matFill[lineItem[k]!]!++;
    materialOf[at] = lineMaterial[k]!;
    materialKg[at] = lineKg[k]!;
  }

  // Supply links grouped per item.
  const linksByItem: AnalysisSupplyLink[][] = new Array(n);
  for (const link of input.supplyLinks) {
    const i = itemIndex.get(link.itemId);
    if (i === undefined) {
      dangling('supplyLinks', `Supply link ${link.id} refers to an unknown item ${link.itemId}`);
      continue;
    }
    if (link.share !== null && !isFraction(link.share)) {
      throw badInput('supplyLinks', `Supply link ${link.id}: share ${link.share} is not a fraction 0..1`);
    }
    for (const [field, value] of [['leadTimeWeeks', link.leadTimeWeeks], ['stockMonths', link.stockMonths]] as const) {
      if (value !== null && (!Number.isFinite(value) || value < 0)) {
        throw badInput('supplyLinks', `Supply link ${link.id}: ${field} ${value} is not a non-negative number`);
      }
    }
    (linksByItem[i] ??= []).push(link);
  }

  const itemProfiles: (ItemSupplyProfile | undefined)[] = new Array(n);
  const itemSingleSource = new Uint8Array(n);
  const itemHasLinks = new Uint8Array(n);
  const itemHhi = new Float64Array(n).fill(-1);
  const itemStockGap = new Float64Array(n).fill(-1);
  const itemSharesEstimated = new Uint8Array(n);
  const itemLinksWithoutCountry = new Int32Array(n);
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const countryCount = new Int32Array(n);
  const shareCountry: number[] = [];
  const shareValue: number[] = [];
  for (let i = 0; i < n; i++) {
    const links = linksByItem[i];
    if (!links) continue;
    const profile = itemSupplyProfile(links);
    itemProfiles[i] = profile;
    itemHasLinks[i] = 1;
    itemSingleSource[i] = profile.singleSource === 'FLAGGED' ? 1 : profile.singleSource ? 2 : 0;
    if (profile.countryConcentration) itemHhi[i] = profile.countryConcentration.hhi;
    if (profile.stockGap) itemStockGap[i] = profile.stockGap.uncoveredFraction;
    if ((profile.countryConcentration?.partiesWithoutShare ?? 0) > 0) itemSharesEstimated[i] = 1;
    for (const link of links) if (link.country === null) itemLinksWithoutCountry[i]!++;
    for (const [country, share] of profile.countryShares) {
      if (share <= 0) continue; // a dormant source is not a dependency
      let c = countryIndex.get(country);
      if (c === undefined) {
        c = countries.length;
        countries.push(country);
        countryIndex.set(country, c);
      }
      countryCount[i]!++;
      shareCountry.push(c);
      shareValue.push(share);
    }
  }
  const itemCountryStart = offsets(countryCount);
  const itemCountry = Int32Array.from(shareCountry);
  const itemCountryShare = Float64Array.from(shareValue);

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

  // Bottom-up maxima over each item's subtree: children come after parents in topoOrder.
  const subtreeRestricted = new Float64Array(n).fill(-1);
  const subtreeRestrictedMaterial = new Int32Array(n).fill(-1);
  const subtreeSupplyRisk = new Float64Array(n).fill(-1);
  const subtreeSupplyRiskMaterial = new Int32Array(n).fill(-1);
  for (let k = n - 1; k >= 0; k--) {
    const i = topoOrder[k]!;
    for (let at = materialStart[i]!; at < materialStart[i + 1]!; at++) {
      const mi = materialOf[at]!;
      const profile = materialProfiles[mi]!;
      if (profile.restrictedShare !== null && profile.restrictedShare > subtreeRestricted[i]!) {
        subtreeRestricted[i] = profile.restrictedShare;
        subtreeRestrictedMaterial[i] = mi;
      }
      if (profile.supplyRiskNormalized !== null && profile.supplyRiskNormalized > subtreeSupplyRisk[i]!) {
        subtreeSupplyRisk[i] = profile.supplyRiskNormalized;
        subtreeSupplyRiskMaterial[i] = mi;
      }
    }
    for (let e = childStart[i]!; e < childStart[i + 1]!; e++) {
      const c = childItem[e]!;
      if (subtreeRestricted[c]! > subtreeRestricted[i]!) {
        subtreeRestricted[i] = subtreeRestricted[c]!;
        subtreeRestrictedMaterial[i] = subtreeRestrictedMaterial[c]!;
      }
      if (subtreeSupplyRisk[c]! > subtreeSupplyRisk[i]!) {
        subtreeSupplyRisk[i] = subtreeSupplyRisk[c]!;
        subtreeSupplyRiskMaterial[i] = subtreeSupplyRiskMaterial[c]!;
      }
    }
  }

  // Platforms in input order, so results come back in the order the caller gave them.
  const platforms: number[] = [];
  for (let i = 0; i < n; i++) if (input.items[i]!.kind === 'PLATFORM') platforms.push(renumbered[i]!);

  return {
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
    itemProfiles,
    materialProfiles,
    countries,
    countryIndex,
    itemCountryStart,
    itemCountry,
    itemCountryShare,
    itemSharesEstimated,
    itemLinksWithoutCountry,
    itemSingleSource,
    itemHasLinks,
    itemHhi,
    itemStockGap,
    subtreeRestricted,
    subtreeRestrictedMaterial,
    subtreeSupplyRisk,
    subtreeSupplyRiskMaterial,
    warnings,
  };
}

interface Adjacency {
  childStart: Int32Array;
  childItem: Int32Array;
  childQuantity: Float64Array;
  parentStart: Int32Array;
  parentItem: Int32Array;
  parentEdge: Int32Array;
}

/** CSR adjacency both ways; edges keep their input order within each item. */
function adjacency(n: number, edgeParent: readonly number[], edgeChild: readonly number[], edgeQty: readonly number[]): Adjacency {
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

function itemSupplyProfile(links: readonly AnalysisSupplyLink[]): ItemSupplyProfile {
  const suppliers = new Set(links.map((l) => l.supplierKey));
  const singleSource = links.some((l) => l.singleSource) ? 'FLAGGED' : suppliers.size === 1 ? 'ONE_SUPPLIER_ON_RECORD' : null;
  const countryConcentration = supplierCountryConcentration(links);
  const countryShares = new Map<string, number>();
  for (const s of countryConcentration?.shares ?? []) if (s.key !== null) countryShares.set(s.key, s.share);

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
  return { links, singleSource, countryConcentration, countryShares, stockGap, stockMonths, leadTimeMonths };
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
