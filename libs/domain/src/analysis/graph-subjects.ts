import type { ChainGraph } from './chain-graph';

/** What a chain (as one viewer sees it) depends on: for deciding which monitoring signals concern it. */
export interface GraphSubjects {
  /** Ids of the items of the chain. */
  itemIds: ReadonlySet<string>;
  /** Ids of the materials some item of the chain contains. */
  materialIds: ReadonlySet<string>;
  /**
   * Countries the chain depends on: where its materials come from (the public supply shares of
   * every stage) and the supplier countries of its supply links.
   */
  countries: ReadonlySet<string>;
}

/**
 * The items, materials and countries a chain graph depends on. The graph holds only rows its viewer may
 * read, so the answer is the viewer's own: two viewers of one product group can get different
 * subjects, and neither learns from it what the other sees.
 */
export function graphSubjects(graph: ChainGraph): GraphSubjects {
  const used = new Set<number>();
  for (let at = 0; at < graph.materialOf.length; at++) used.add(graph.materialOf[at]!);
  const materialIds = new Set<string>();
  const countries = new Set<string>();
  for (const index of used) {
    const material = graph.materials[index];
    if (!material) continue;
    materialIds.add(material.id);
    for (const supply of material.supplies) if (supply.share > 0) countries.add(supply.country);
  }
  for (let at = 0; at < graph.itemCountry.length; at++) {
    const country = graph.countries[graph.itemCountry[at]!];
    if (country) countries.add(country);
  }
  return { itemIds: new Set(graph.items.map((item) => item.id)), materialIds, countries };
}
