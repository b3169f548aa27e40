// The public shape of a dependency analysis: what `explodePlatform` / `explodeProductGroup` return
// per dependency and the options that steer them. Types only; the computation lives in
// dependency-explosion.ts (the walk) and platform-explosion.ts (building these objects).

import type { DependencyScore } from './dependency-score';

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
