import { type ChainGraph, supplyLinksOf } from '../chain-graph';
import type { ChainGraphPatch } from '../chain-graph-patch';

/**
 * A patch that gives an item its rows as the graph has them (its edges both ways, its materials and
 * its supply links), changing nothing: tests change one part of it, as the loader reads back the
 * rows of an item that was written.
 */
export function itemAsPatch(g: ChainGraph, index: number): ChainGraphPatch {
  const compositions: ChainGraphPatch['compositions'][number][] = [];
  for (let e = g.childStart[index]!; e < g.childStart[index + 1]!; e++) {
    compositions.push({ parent: index, child: g.childItem[e]!, quantity: g.childQuantity[e]!, unit: g.itemUnit[g.childItem[e]!]! });
  }
  for (let k = g.parentStart[index]!; k < g.parentStart[index + 1]!; k++) {
    compositions.push({ parent: g.parentItem[k]!, child: index, quantity: g.childQuantity[g.parentEdge[k]!]!, unit: g.itemUnit[index]! });
  }
  const itemMaterials: ChainGraphPatch['itemMaterials'][number][] = [];
  for (let at = g.materialStart[index]!; at < g.materialStart[index + 1]!; at++) {
    const kg = g.materialKg[at]!;
    itemMaterials.push({ item: index, material: g.materialOf[at]!, quantityKg: kg === kg ? kg : null });
  }
  const { name, kind } = g.items[index]!;
  return { items: [{ index, name, kind }], compositions, itemMaterials, supplyLinks: supplyLinksOf(g, index).map((link) => ({ item: index, link })) };
}
