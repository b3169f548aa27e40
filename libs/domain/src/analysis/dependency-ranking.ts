import type { ChainGraph } from './chain-graph';
import { compareByScoreDesc } from './dependency-selection';
import type { Dependency, DependencyOrder, SelectDependenciesOptions, WeakLinkKind } from './dependency-types';
import type { PlatformExplosion } from './platform-explosion';

const fieldOf: Record<Exclude<DependencyOrder, 'score'>, (d: Dependency) => number> = {
  quantity: (d) => d.quantity.value,
  pathCount: (d) => d.pathCount,
  itemCount: (d) => d.itemCount,
};

/**
 * A sorted copy, highest first; ties fall back to score, then key. Quantities have a unit per kind
 * (kg, item units), so sort by quantity only within one kind.
 */
export function sortDependencies(dependencies: readonly Dependency[], by: DependencyOrder = 'score'): Dependency[] {
  if (by === 'score') return [...dependencies].sort(compareByScoreDesc);
  const get = fieldOf[by];
  return [...dependencies].sort((a, b) => get(b) - get(a) || compareByScoreDesc(a, b));
}

/**
 * The riskiest dependencies over several platforms, e.g. for a product group's risk register.
 * Builds only what it returns. Equal values rank by platform order, then by rank in the platform.
 */
export function topDependencies(explosions: readonly PlatformExplosion[], options: SelectDependenciesOptions = {}): Dependency[] {
  const by = options.by ?? 'score';
  const candidates: { dependency: Dependency; platform: number }[] = [];
  explosions.forEach((explosion, platform) => {
    for (const dependency of explosion.select(options)) candidates.push({ dependency, platform });
  });
  const value = (d: Dependency): number => (by === 'score' ? (d.score.value ?? -Infinity) : fieldOf[by](d));
  candidates.sort(
    (a, b) =>
      value(b.dependency) - value(a.dependency) ||
      (b.dependency.score.value ?? -Infinity) - (a.dependency.score.value ?? -Infinity) ||
      a.platform - b.platform ||
      a.dependency.rank - b.dependency.rank,
  );
  const limited = options.limit === undefined ? candidates : candidates.slice(0, options.limit);
  return limited.map((c) => c.dependency);
}

export interface HeatmapCell {
  score: number | null;
  quantityKg: number;
  weakestLink: WeakLinkKind | null;
}

/** Platform x material: rows are platforms, columns materials, `cells[row][column]` null where there is no dependency. */
export interface DependencyHeatmap {
  platforms: { id: string; name: string }[];
  materials: { id: string; symbol: string; name: string }[];
  cells: (HeatmapCell | null)[][];
}

/**
 * Heatmap of material dependency scores. Columns are the materials any platform depends on,
 * ordered by their highest score (riskiest left), then symbol.
 */
export function dependencyHeatmap(graph: ChainGraph, explosions: readonly PlatformExplosion[]): DependencyHeatmap {
  const columnMax = new Map<string, number>();
  const rows = explosions.map((explosion) => {
    const byMaterial = new Map<string, Dependency>();
    for (const d of explosion.select({ kind: 'MATERIAL' })) {
      if (d.target.kind !== 'MATERIAL') continue;
      byMaterial.set(d.target.materialId, d);
      const score = d.score.value ?? -1;
      columnMax.set(d.target.materialId, Math.max(columnMax.get(d.target.materialId) ?? -1, score));
    }
    return byMaterial;
  });
  const materials = [...columnMax.keys()]
    .map((id) => graph.materials[graph.materialIndex.get(id)!]!)
    .sort((a, b) => columnMax.get(b.id)! - columnMax.get(a.id)! || a.symbol.localeCompare(b.symbol));
  return {
    platforms: explosions.map((e) => ({ id: e.platformId, name: e.platformName })),
    materials: materials.map((m) => ({ id: m.id, symbol: m.symbol, name: m.name })),
    cells: rows.map((byMaterial) =>
      materials.map((m) => {
        const d = byMaterial.get(m.id);
        return d ? { score: d.score.value, quantityKg: d.quantity.value, weakestLink: d.weakestLink?.kind ?? null } : null;
      }),
    ),
  };
}
