import type { AnalysisItem, AnalysisSupplyLink } from './analysis-types';
import {
  type Adjacency,
  type ChainGraph,
  itemSupply,
  itemSupplyInPlace,
  linkRowsByItem,
  materialLines,
  type SubtreeMaxima,
  subtreeMaxima,
  supplyLinkColumns,
  supplyLinksOf,
  validateLink,
} from './chain-graph';

// A kept graph brought up to date with the rows of the items a write changed (the API's analysis
// cache, after the change log named them), sharing every array the change does not touch. The
// building blocks it shares with a build live in chain-graph.ts.

/**
 * The rows of some items read again after a write: the items themselves, every composition that has
 * one of them as parent or child, and their item materials and supply links, all by graph position.
 */
export interface ChainGraphPatch {
  items: readonly { index: number; name: string; kind: AnalysisItem['kind'] }[];
  compositions: readonly { parent: number; child: number; quantity: number; unit: string }[];
  itemMaterials: readonly { item: number; material: number; quantityKg: number | null }[];
  supplyLinks: readonly { item: number; link: AnalysisSupplyLink }[];
}

/**
 * A new graph with the patch applied, sharing what did not change with `graph` (which stays as it
 * was), and the items whose figures changed (`changed`: a platform that reaches none of them keeps
 * its explosion; a rename changes none). Null when the patch cannot be applied in place and the
 * graph must be built again: the graph had warnings, an item changed kind or a platform its name
 * (platforms are ordered by name), or an edge goes against the graph's topological numbering.
 */
export function patchChainGraph(graph: ChainGraph, patch: ChainGraphPatch): { graph: ChainGraph; changed: Int32Array } | null {
  if (graph.warnings.length > 0) return null;
  const n = graph.items.length;
  const inPatch = new Uint8Array(n);
  const changed = new Set<number>();
  let items = graph.items;
  for (const { index, name, kind } of patch.items) {
    const old = graph.items[index]!;
    if (old.kind !== kind || (kind === 'PLATFORM' && old.name !== name)) return null;
    inPatch[index] = 1;
    if (old.name !== name) {
      if (items === graph.items) items = graph.items.slice();
      (items as AnalysisItem[])[index] = { id: old.id, name, kind };
    }
  }
  // What stays as it was is shared with `graph`; only what the patch changes is built again.
  let next: Omit<ChainGraph, keyof SubtreeMaxima> & Partial<SubtreeMaxima> = { ...graph, items, warnings: [] };

  // Compositions that touch a patched item, before and after.
  const keyOf = (p: number, c: number, q: number, unit: string): string => `${p}>${c}:${q}:${unit}`;
  const before = new Map<string, number>();
  for (const { index } of patch.items) {
    for (let e = graph.childStart[index]!; e < graph.childStart[index + 1]!; e++) {
      before.set(keyOf(index, graph.childItem[e]!, graph.childQuantity[e]!, graph.itemUnit[graph.childItem[e]!]!), index);
    }
    for (let k = graph.parentStart[index]!; k < graph.parentStart[index + 1]!; k++) {
      const p = graph.parentItem[k]!;
      before.set(keyOf(p, index, graph.childQuantity[graph.parentEdge[k]!]!, graph.itemUnit[index]!), p);
    }
  }
  const after = new Map<string, number>();
  const unitOf = new Map<number, string>();
  for (const { parent, child, quantity, unit } of patch.compositions) {
    if (parent >= child || !(parent >= 0) || !(child < n) || !Number.isFinite(quantity) || quantity < 0) return null;
    if (!inPatch[parent] && !inPatch[child]) return null;
    const known = unitOf.get(child) ?? (inPatch[child] ? undefined : graph.parentStart[child + 1]! > graph.parentStart[child]! ? graph.itemUnit[child] : undefined);
    if (known !== undefined && known !== unit) return null;
    unitOf.set(child, unit);
    after.set(keyOf(parent, child, quantity, unit), parent);
  }
  for (const [key, parent] of before) if (!after.has(key)) changed.add(parent);
  for (const [key, parent] of after) if (!before.has(key)) changed.add(parent);
  const edgesChanged = before.size !== after.size || [...before.keys()].some((key) => !after.has(key));
  // Only quantities changed (the same parent and child pairs, in the same units): the edges stay
  // where they are, and so does what is built on them (the subtree maxima follow edges, not quantities).
  const quantities = edgesChanged ? quantitiesInPlace(graph, patch, inPatch) : null;
  if (quantities) next = { ...next, childQuantity: quantities };
  else if (edgesChanged) {
    const adjacent = patchedAdjacency(graph, patch.items.map((i) => i.index), inPatch, patch.compositions);
    const itemUnit = graph.itemUnit.slice();
    for (const c of new Set([...patch.items.map((i) => i.index), ...unitOf.keys()])) {
      itemUnit[c] = adjacent.parentStart[c + 1]! > adjacent.parentStart[c]! ? (unitOf.get(c) ?? graph.itemUnit[c]!) : 'pcs';
    }
    next = { ...next, ...adjacent, itemUnit };
  }

  // Item materials of the patched items, before and after.
  const linesOf = (list: string[][], item: number): string[] => (list[item] ??= []);
  const linesBefore: string[][] = [];
  for (const { index } of patch.items) {
    for (let at = graph.materialStart[index]!; at < graph.materialStart[index + 1]!; at++) {
      linesOf(linesBefore, index).push(`${graph.materialOf[at]}:${graph.materialKg[at]}`);
    }
  }
  const linesAfter: string[][] = [];
  for (const { item, material, quantityKg } of patch.itemMaterials) {
    if (!inPatch[item] || !(material >= 0 && material < graph.materials.length)) return null;
    if (quantityKg !== null && (!Number.isFinite(quantityKg) || quantityKg < 0)) return null;
    linesOf(linesAfter, item).push(`${material}:${quantityKg ?? Number.NaN}`);
  }
  const same = (a: string[] | undefined, b: string[] | undefined): boolean => (a ?? []).sort().join('|') === (b ?? []).sort().join('|');
  let materialsChanged = false;
  for (const { index } of patch.items) {
    if (!same(linesBefore[index], linesAfter[index])) {
      changed.add(index);
      materialsChanged = true;
    }
  }
  // Only the kg changed: the lines stay where they are, and so does what lies below each item.
  const kgOnly = materialsChanged ? kgInPlace(graph, patch) : null;
  if (kgOnly) next = { ...next, materialKg: kgOnly };
  else if (materialsChanged) {
    const imItem: number[] = [];
    const imMaterial: number[] = [];
    const imKg: number[] = [];
    for (let i = 0; i < n; i++) {
      if (inPatch[i]) continue;
      for (let at = graph.materialStart[i]!; at < graph.materialStart[i + 1]!; at++) {
        imItem.push(i);
        imMaterial.push(graph.materialOf[at]!);
        imKg.push(graph.materialKg[at]!);
      }
    }
    for (const { item, material, quantityKg } of patch.itemMaterials) {
      imItem.push(item);
      imMaterial.push(material);
      imKg.push(quantityKg ?? Number.NaN);
    }
    next = { ...next, ...materialLines(n, imItem, imMaterial, imKg) };
  }

  // Supply links of the patched items, before and after.
  const linksOf = new Map<number, AnalysisSupplyLink[]>();
  const patchLinks = supplyLinkColumns(patch.supplyLinks.map((l) => l.link));
  for (let k = 0; k < patch.supplyLinks.length; k++) {
    const { item, link } = patch.supplyLinks[k]!;
    if (!inPatch[item]) return null;
    validateLink(patchLinks, k);
    (linksOf.get(item) ?? linksOf.set(item, []).get(item)!).push(link);
  }
  const linkKey = (l: AnalysisSupplyLink): string =>
    JSON.stringify([l.id, l.supplierKey, l.country, l.share, l.tier, l.leadTimeWeeks, l.stockMonths, l.singleSource]);
  let linksChanged = false;
  for (const { index } of patch.items) {
    if (!same(supplyLinksOf(graph, index).map(linkKey), linksOf.get(index)?.map(linkKey))) {
      changed.add(index);
      linksChanged = true;
    }
  }
  if (linksChanged) {
    const rows = linkRowsByItem(n, Int32Array.from(patch.supplyLinks, (l) => l.item));
    const items = patch.items.map((i) => i.index);
    next = { ...next, ...(itemSupplyInPlace(graph, items, patchLinks, rows) ?? itemSupply(n, patchLinks, rows, { graph, patched: inPatch })) };
  }

  const changedItems = Int32Array.from([...changed].sort((a, b) => a - b));
  // Edges or materials moved: the worst material in or below the changed items and those above them.
  const result: ChainGraph =
    (edgesChanged && !quantities) || (materialsChanged && !kgOnly) ? { ...next, ...subtreeMaxima(next, { maxima: graph, changed: changedItems }) } : (next as ChainGraph);
  return { graph: result, changed: changedItems };
}

/**
 * The graph's edge quantities with the patch's put in, when the patch keeps every edge of the
 * patched items (the same parent and child, the same unit) and changes only how many; null otherwise.
 */
function quantitiesInPlace(graph: ChainGraph, patch: ChainGraphPatch, inPatch: Uint8Array): Float64Array | null {
  const pair = (p: number, c: number): string => `${p}>${c}`;
  const wanted = new Map<string, { quantity: number; unit: string }>();
  for (const { parent, child, quantity, unit } of patch.compositions) {
    const key = pair(parent, child);
    // Two edges between the same items: where each goes is not clear from the pair alone.
    if (wanted.has(key)) return null;
    wanted.set(key, { quantity, unit });
  }
  const childQuantity = graph.childQuantity.slice();
  const put = new Set<string>();
  const place = (p: number, e: number): boolean => {
    const c = graph.childItem[e]!;
    const key = pair(p, c);
    const edge = wanted.get(key);
    if (edge === undefined || edge.unit !== graph.itemUnit[c] || put.has(key)) return false;
    childQuantity[e] = edge.quantity;
    put.add(key);
    return true;
  };
  for (let p = 0; p < graph.items.length; p++) {
    if (!inPatch[p]) continue;
    for (let e = graph.childStart[p]!; e < graph.childStart[p + 1]!; e++) if (!place(p, e)) return null;
    for (let k = graph.parentStart[p]!; k < graph.parentStart[p + 1]!; k++) {
      const parent = graph.parentItem[k]!;
      if (!inPatch[parent] && !place(parent, graph.parentEdge[k]!)) return null;
    }
  }
  // Every edge of the graph that touches the patch got one of the patch's, once: the same edges.
  return put.size === wanted.size ? childQuantity : null;
}

/**
 * The graph's kg per material line with the patched items' kg put in, when every patched item has the
 * same materials as before (its lines merged as `materialLines` merges them; each line stays where it
 * is, whatever order the rows came in); null otherwise.
 */
function kgInPlace(graph: ChainGraph, patch: ChainGraphPatch): Float64Array | null {
  const materialKg = graph.materialKg.slice();
  for (const { index } of patch.items) {
    const own = patch.itemMaterials.filter((m) => m.item === index);
    const lines = materialLines(
      1,
      own.map(() => 0),
      own.map((m) => m.material),
      own.map((m) => m.quantityKg ?? Number.NaN),
    );
    const from = graph.materialStart[index]!;
    if (lines.materialOf.length !== graph.materialStart[index + 1]! - from) return null;
    const kgOf = new Map(Array.from(lines.materialOf, (material, k) => [material, lines.materialKg[k]!]));
    for (let at = from; at < graph.materialStart[index + 1]!; at++) {
      const kg = kgOf.get(graph.materialOf[at]!);
      if (kg === undefined) return null;
      materialKg[at] = kg;
    }
  }
  return materialKg;
}

/**
 * The graph's edge arrays with every edge of the patched items (to their children and from their
 * parents) replaced by the patch's. A parent's row keeps its other edges in their order, followed by
 * the patch's edges from it in the patch's order; a child's list of parents keeps its other entries
 * in their order, followed by the patch's edges to it. Everything else is copied in runs from the
 * kept arrays (the edges' positions shift by where their parent's row now starts), so a patch costs
 * a few passes over the arrays instead of listing every edge and sorting it in again.
 */
function patchedAdjacency(graph: ChainGraph, patched: readonly number[], inPatch: Uint8Array, compositions: ChainGraphPatch['compositions']): Adjacency {
  const n = graph.items.length;
  const { childStart, childItem, childQuantity, parentStart, parentItem, parentEdge } = graph;
  const fromParent = new Map<number, number[]>();
  const toChild = new Map<number, number[]>();
  compositions.forEach(({ parent, child }, k) => {
    (fromParent.get(parent) ?? fromParent.set(parent, []).get(parent)!).push(k);
    (toChild.get(child) ?? toChild.set(child, []).get(child)!).push(k);
  });
  // Rows that change: the patched items', their parents' and the patch's parents'. Parent lists that
  // change: the patched items', their children's and the patch's children's.
  const rowChanged = new Uint8Array(n);
  const listChanged = new Uint8Array(n);
  for (const v of patched) {
    rowChanged[v] = 1;
    listChanged[v] = 1;
    for (let k = parentStart[v]!; k < parentStart[v + 1]!; k++) rowChanged[parentItem[k]!] = 1;
    for (let e = childStart[v]!; e < childStart[v + 1]!; e++) listChanged[childItem[e]!] = 1;
  }
  for (const p of fromParent.keys()) rowChanged[p] = 1;
  for (const c of toChild.keys()) listChanged[c] = 1;
  // An edge stays unless one of its ends is patched.
  const stays = (p: number, c: number): boolean => !inPatch[p] && !inPatch[c];

  const newChildStart = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) {
    let count = childStart[p + 1]! - childStart[p]!;
    if (rowChanged[p]) {
      count = fromParent.get(p)?.length ?? 0;
      for (let e = childStart[p]!; e < childStart[p + 1]!; e++) if (stays(p, childItem[e]!)) count++;
    }
    newChildStart[p + 1] = newChildStart[p]! + count;
  }
  const m = newChildStart[n]!;
  const newChildItem = new Int32Array(m);
  const newChildQuantity = new Float64Array(m);
  // Where the changed rows' edges went (old edge -> new), and the patch's edges (composition -> new).
  const moved = new Map<number, number>();
  const placed = new Int32Array(compositions.length);
  let from = 0;
  const copyRun = (to: number): void => {
    if (to <= from) return;
    newChildItem.set(childItem.subarray(childStart[from]!, childStart[to]!), newChildStart[from]!);
    newChildQuantity.set(childQuantity.subarray(childStart[from]!, childStart[to]!), newChildStart[from]!);
  };
  for (let p = 0; p < n; p++) {
    if (!rowChanged[p]) continue;
    copyRun(p);
    let at = newChildStart[p]!;
    for (let e = childStart[p]!; e < childStart[p + 1]!; e++) {
      if (!stays(p, childItem[e]!)) continue;
      moved.set(e, at);
      newChildItem[at] = childItem[e]!;
      newChildQuantity[at++] = childQuantity[e]!;
    }
    for (const k of fromParent.get(p) ?? []) {
      placed[k] = at;
      newChildItem[at] = compositions[k]!.child;
      newChildQuantity[at++] = compositions[k]!.quantity;
    }
    from = p + 1;
  }
  copyRun(n);
  const newEdge = (p: number, e: number): number => (rowChanged[p] ? moved.get(e)! : e + newChildStart[p]! - childStart[p]!);

  const newParentStart = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) {
    let count = parentStart[c + 1]! - parentStart[c]!;
    if (listChanged[c]) {
      count = toChild.get(c)?.length ?? 0;
      for (let k = parentStart[c]!; k < parentStart[c + 1]!; k++) if (stays(parentItem[k]!, c)) count++;
    }
    newParentStart[c + 1] = newParentStart[c]! + count;
  }
  const newParentItem = new Int32Array(m);
  const newParentEdge = new Int32Array(m);
  for (let c = 0; c < n; c++) {
    let at = newParentStart[c]!;
    for (let k = parentStart[c]!; k < parentStart[c + 1]!; k++) {
      const p = parentItem[k]!;
      if (listChanged[c] && !stays(p, c)) continue;
      newParentItem[at] = p;
      newParentEdge[at++] = newEdge(p, parentEdge[k]!);
    }
    if (!listChanged[c]) continue;
    for (const k of toChild.get(c) ?? []) {
      newParentItem[at] = compositions[k]!.parent;
      newParentEdge[at++] = placed[k]!;
    }
  }
  return { childStart: newChildStart, childItem: newChildItem, childQuantity: newChildQuantity, parentStart: newParentStart, parentItem: newParentItem, parentEdge: newParentEdge };
}

