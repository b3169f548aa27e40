import type { SupplyStage } from '@routekaart/db';
import {
  countryName,
  weakLinksOf,
  type ChainGraph,
  type ConcentrationResult,
  type Dependency,
  type GroupSupplyRiskResult,
  type ScenarioResult,
  type ScoreFactorKey,
  type WeakLink,
} from '@routekaart/domain';
import type { ScenarioSpec } from './analysis.inputs';
import type {
  ConcentrationModel,
  ConcentrationScopeValue,
  DependencyModel,
  ScenarioResultModel,
  ScoreFactorKeyValue,
  SupplyRiskModel,
  WeakLinkModel,
} from './analysis.models';

// Domain results -> GraphQL models. Pure: the service decides what goes in, these only reshape it.

const FACTOR_KEYS: Record<ScoreFactorKey, ScoreFactorKeyValue> = {
  concentration: 'CONCENTRATION',
  singleSource: 'SINGLE_SOURCE',
  stockCoverage: 'STOCK_COVERAGE',
  exportRestriction: 'EXPORT_RESTRICTION',
  supplyRisk: 'SUPPLY_RISK',
};

/** The name a dependency is listed (and ordered) by. */
export function targetName(graph: ChainGraph, d: Dependency): string {
  switch (d.target.kind) {
    case 'MATERIAL':
      return graph.materials[graph.materialIndex.get(d.target.materialId)!]!.name;
    case 'COUNTRY':
      return countryName(d.target.country) ?? d.target.country;
    case 'ITEM':
      return d.label;
  }
}

function toWeakLinkModel(w: WeakLink): WeakLinkModel {
  return { kind: w.kind, country: w.country ?? null, value: w.value, contribution: w.contribution, itemId: w.itemId ?? null, materialId: w.materialId ?? null };
}

export function toDependencyModel(graph: ChainGraph, d: Dependency): DependencyModel {
  const t = d.target;
  return {
    key: d.key,
    kind: t.kind,
    platformId: d.platformId,
    rank: d.rank,
    target: {
      kind: t.kind,
      id: t.kind === 'MATERIAL' ? t.materialId : t.kind === 'COUNTRY' ? t.country : t.itemId,
      name: targetName(graph, d),
      symbol: t.kind === 'MATERIAL' ? d.label : null,
      materialId: t.kind === 'MATERIAL' ? t.materialId : null,
      itemId: t.kind === 'ITEM' ? t.itemId : null,
    },
    score: {
      value: d.score.value,
      coverage: d.score.coverage,
      factors: d.score.factors.map((f) => ({
        key: FACTOR_KEYS[f.key],
        available: f.available,
        raw: f.raw,
        normalized: f.normalized,
        weight: f.weight,
        effectiveWeight: f.effectiveWeight,
        contribution: f.contribution,
        source: f.source
          ? {
              country: f.source.country ?? null,
              stage: f.source.stage ?? null,
              supplyLinkId: f.source.linkId ?? null,
              itemId: f.source.itemId ?? null,
              materialId: f.source.materialId ?? null,
            }
          : null,
      })),
    },
    weakestLink: d.weakestLink ? toWeakLinkModel(d.weakestLink) : null,
    weakLinks: weakLinksOf(d).map(toWeakLinkModel),
    quantity: { ...d.quantity },
    itemCount: d.itemCount,
    pathCount: d.pathCount,
    paths: d.paths.map((p) => ({ itemIds: p.itemIds, quantity: p.quantity })),
  };
}

export function toScenarioModel(result: ScenarioResult, spec: ScenarioSpec, warnings: string[]): ScenarioResultModel {
  const { months } = result;
  const month = (index: number): string | null => (index >= 0 && index < months.length ? months[index]! : null);
  return {
    name: spec.name,
    months,
    events: result.events.map((e) => ({
      id: e.id,
      targetKind: e.target.kind,
      materialId: e.target.kind === 'MATERIAL' ? e.target.materialId : null,
      itemId: e.target.kind === 'ITEM' ? e.target.itemId : null,
      country: e.country,
      cutFraction: e.cutFraction,
      sourceShare: e.sourceShare,
      stage: e.stage,
      supplyLoss: e.supplyLoss,
      from: e.toMonth > e.fromMonth ? month(e.fromMonth) : null,
      until: month(e.toMonth),
    })),
    platforms: result.platforms.map((p) => ({
      platformId: p.platformId,
      firstShortfall: p.firstShortfall,
      worstAvailability: p.worstAvailability,
      timeline: p.timeline.map((t) => ({ month: t.month, availability: t.availability, shortfall: 1 - t.availability })),
      shortItemCount: p.shortItemIds.length,
      shortItemIds: p.shortItemIds.slice(0, spec.itemLimit),
    })),
    items: result.items.slice(0, spec.itemLimit).map((s) => ({
      itemId: s.itemId,
      supplyDropFrom: months[s.supplyDropMonth]!,
      shortfallFrom: s.shortfallFrom,
      worstAvailability: s.worstAvailability,
      worstShortfall: 1 - s.worstAvailability,
      worstMonth: month(s.worstMonth),
      monthsShort: s.monthsShort,
      recoveredFrom: s.recoveredMonth === null ? null : month(s.recoveredMonth),
      causes: s.causes,
      availability: s.availability,
    })),
    shortItemCount: result.items.length,
    warnings: [...warnings, ...result.warnings],
  };
}

export function toConcentrationModel(c: ConcentrationResult, stage: SupplyStage | null, scope: ConcentrationScopeValue): ConcentrationModel {
  return {
    stage,
    scope,
    hhi: c.hhi,
    hhiNormalised: c.hhiNormalised,
    points: c.hhiPoints,
    band: c.band,
    hhiUpper: c.hhiUpper,
    bandUpper: c.bandUpper,
    coverage: c.coverage,
    unattributedShare: c.unattributedShare,
    upperBoundShares: c.upperBoundParties,
    rescaledFrom: c.rescaledFrom,
    shares: c.shares.map((s) => ({ country: s.key, share: s.share })),
  };
}

/** A material's supply risk with the figure the EU published for it, for comparison. */
export function toSupplyRiskModel(result: GroupSupplyRiskResult, published: number | null): SupplyRiskModel {
  const r = result.risk;
  return {
    value: r.value,
    stage: r.stage,
    method: r.method,
    scaleMax: r.scaleMax,
    inputsUsed: r.inputsUsed,
    inputsMissing: r.inputsMissing,
    published,
    notes: [...result.notes, ...r.notes],
    stages: r.stages.map((s) => ({ stage: s.stage, value: s.value, hhiGlobal: s.hhiGlobal, hhiEu: s.hhiEu, blend: s.blend })),
    basedOnMaterialId: result.basedOnMaterialId,
  };
}
