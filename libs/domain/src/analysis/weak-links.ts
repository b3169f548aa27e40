import { HHI_MODERATE_FROM } from './concentration';
import type { DependencyScore, ScoreFactor, ScoreFactorKey } from './dependency-score';
import type { Dependency, WeakLink, WeakLinkKind } from './dependency-types';

const WEAK_LINK_KIND: Partial<Record<ScoreFactorKey, WeakLinkKind>> = {
  concentration: 'HIGH_CONCENTRATION',
  singleSource: 'SINGLE_SOURCE',
  stockCoverage: 'STOCK_BELOW_LEAD_TIME',
  exportRestriction: 'EXPORT_RESTRICTION',
};

/** Country share of an item above which the country itself is the concentration weak link. */
export const COUNTRY_SHARE_WEAK_FROM = 0.5;

/**
 * The weak links behind a dependency's score, largest contribution first: single source, high
 * concentration (HHI in the moderate band or above; for a country, a majority share of an item),
 * stock shorter than lead time, export restriction on record.
 */
export function weakLinksOf(dependency: Dependency): WeakLink[] {
  return weakLinksFrom(dependency.score, dependency.target.kind === 'COUNTRY' ? COUNTRY_SHARE_WEAK_FROM : HHI_MODERATE_FROM, false);
}

export function weakLinksFrom(score: DependencyScore, concentrationWeakFrom: number, onlyFirst: boolean): WeakLink[] {
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
