import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SupplyStage } from '@routekaart/db';
import { CountryShareModel } from '../chain/chain.models';
import { SupplyStageEnum } from '../common/enums';
import { Connection } from '../common/pagination';

// ---- enums --------------------------------------------------------------------------------------

function enumOf<T extends string>(values: readonly T[], name: string, description?: string): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const DEPENDENCY_KINDS = ['MATERIAL', 'COUNTRY', 'ITEM'] as const;
export type DependencyKindValue = (typeof DEPENDENCY_KINDS)[number];
export const DependencyKindEnum = enumOf(
  DEPENDENCY_KINDS,
  'DependencyKind',
  'What a platform depends on: a raw material, a supplier country, or a single-sourced item',
);

export const DEPENDENCY_ORDERS = ['SCORE', 'QUANTITY', 'NAME'] as const;
export type DependencyOrderValue = (typeof DEPENDENCY_ORDERS)[number];
export const DependencyOrderEnum = enumOf(
  DEPENDENCY_ORDERS,
  'DependencyOrder',
  'SCORE: riskiest first; QUANTITY: largest first (units differ per kind, so combine with a kind); NAME: by target name',
);

export const SCORE_FACTOR_KEY_VALUES = ['CONCENTRATION', 'SINGLE_SOURCE', 'STOCK_COVERAGE', 'EXPORT_RESTRICTION', 'SUPPLY_RISK'] as const;
export type ScoreFactorKeyValue = (typeof SCORE_FACTOR_KEY_VALUES)[number];
export const ScoreFactorKeyEnum = enumOf(SCORE_FACTOR_KEY_VALUES, 'ScoreFactorKey', 'The factors of a dependency score');

export const WEAK_LINK_KINDS = ['SINGLE_SOURCE', 'HIGH_CONCENTRATION', 'STOCK_BELOW_LEAD_TIME', 'EXPORT_RESTRICTION'] as const;
export type WeakLinkKindValue = (typeof WEAK_LINK_KINDS)[number];
export const WeakLinkKindEnum = enumOf(WEAK_LINK_KINDS, 'WeakLinkKind');

export const CONCENTRATION_BANDS = ['UNCONCENTRATED', 'MODERATE', 'HIGH'] as const;
export const ConcentrationBandEnum = enumOf(
  CONCENTRATION_BANDS,
  'ConcentrationBand',
  'HHI below 0.15 unconcentrated, 0.15-0.25 moderately, above 0.25 highly concentrated',
);

export const CONCENTRATION_SCOPES = ['GLOBAL', 'EU_SOURCING', 'ITEM_SUPPLIERS'] as const;
export type ConcentrationScopeValue = (typeof CONCENTRATION_SCOPES)[number];
export const ConcentrationScopeEnum = enumOf(
  CONCENTRATION_SCOPES,
  'ConcentrationScope',
  "GLOBAL supply or EU sourcing of a material; ITEM_SUPPLIERS: an item's supply over its suppliers' countries",
);

export const SUPPLY_RISK_METHODS = ['JRC_SR', 'JRC_SR_PARTIAL', 'UNWEIGHTED_SR', 'NO_DATA'] as const;
export const SupplyRiskMethodEnum = enumOf(
  SUPPLY_RISK_METHODS,
  'SupplyRiskMethod',
  'JRC_SR: every input of the EU method; JRC_SR_PARTIAL: governance-weighted, some input left out; UNWEIGHTED_SR: no governance (WGI) data, HHIs unweighted, on a 0..1 scale that is not comparable with published SR values; NO_DATA: no supply shares',
);

export const SUPPLY_RISK_INPUTS = ['GLOBAL_SUPPLY', 'EU_SOURCING', 'WGI', 'TRADE_FACTOR_T', 'IMPORT_RELIANCE', 'EOL_RIR', 'SUBSTITUTION_INDEX'] as const;
export const SupplyRiskInputEnum = enumOf(SUPPLY_RISK_INPUTS, 'SupplyRiskInput', 'Inputs of the EU (JRC) supply-risk formula');

export const SUPPLY_RISK_BLENDS = ['IR_WEIGHTED', 'IR_UPPER_BOUND', 'GLOBAL_ONLY', 'EU_ONLY'] as const;
export const SupplyRiskBlendEnum = enumOf(
  SUPPLY_RISK_BLENDS,
  'SupplyRiskBlend',
  'How global and EU-sourcing HHIs were combined: by import reliance, at the highest value IR allows (IR unknown), or one scope only',
);

export const SCENARIO_TARGET_KINDS = ['MATERIAL', 'ITEM'] as const;
export const ScenarioTargetKindEnum = enumOf(SCENARIO_TARGET_KINDS, 'ScenarioTargetKind');

// ---- concentration and supply risk -------------------------------------------------------------

@ObjectType('Concentration', { description: 'Herfindahl-Hirschman index of a supply over countries, with its band and the assumptions behind it' })
export class ConcentrationModel {
  @Field(() => SupplyStageEnum, { nullable: true, description: 'Null for an item over its supplier countries' })
  stage: SupplyStage | null;

  @Field(() => ConcentrationScopeEnum)
  scope: ConcentrationScopeValue;

  @Field(() => Float, {
    description:
      'Plain HHI, the headline figure: the sum of the squared shares as published (fractions, 0..1; "<0.1%" counted at its bound), not divided by their sum where they add up to more than 1 (JRC method)',
  })
  hhi: number;

  @Field(() => Float, {
    description:
      'Normalised HHI: the same after dividing every share by their sum where that exceeds 1 (see rescaledFrom); equal to hhi otherwise. For comparison only',
  })
  hhiNormalised: number;

  @Field(() => Float, { description: 'The plain HHI on the 0..10,000 scale' })
  points: number;

  @Field(() => ConcentrationBandEnum)
  band: string;

  @Field(() => Float, { description: 'Highest HHI the data allows (the unattributed remainder in one country)' })
  hhiUpper: number;

  @Field(() => ConcentrationBandEnum)
  bandUpper: string;

  @Field(() => Float, { description: 'Part of the supply with a share on record, 0..1' })
  coverage: number;

  @Field(() => Float, { description: 'Remainder no country claims, counted as dispersed supply' })
  unattributedShare: number;

  @Field(() => Int, { description: 'Shares printed as an upper bound ("<0.1%"), used at their bound' })
  upperBoundShares: number;

  @Field(() => Float, { nullable: true, description: 'When the shares on record added up to more than 1: their sum (hhiNormalised divides by it; hhi does not)' })
  rescaledFrom: number | null;

  @Field(() => [CountryShareModel], { description: 'Shares per country after grouping, as published, largest first' })
  shares: CountryShareModel[];
}

@ObjectType('ItemSupplierConcentration', {
  description:
    "Concentration of an item's supply over its suppliers' countries, over the same supply links as `Item.supplyCountries`: those the viewer may read, plus the combined links of at least 3 other organisations where none makes up more than 70%",
})
export class ItemSupplierConcentrationModel {
  @Field({ description: 'Whether the combined links of organisations the viewer may not read are part of the figure' })
  includesOthers: boolean;

  @Field(() => ConcentrationModel, { nullable: true, description: 'Null when no such link has a share' })
  concentration: ConcentrationModel | null;
}

@ObjectType('StageSupplyRisk')
export class StageSupplyRiskModel {
  @Field(() => SupplyStageEnum)
  stage: SupplyStage;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'HHI of global supply (weighted where the inputs allow)' })
  hhiGlobal: number | null;

  @Field(() => Float, { nullable: true, description: 'HHI of EU sourcing (weighted where the inputs allow)' })
  hhiEu: number | null;

  @Field(() => SupplyRiskBlendEnum, { nullable: true })
  blend: string | null;
}

@ObjectType('SupplyRisk', {
  description:
    'Supply risk computed after the EU (JRC) method from the data on record: SR = [HHI_GS x IR/2 + HHI_EU x (1 - IR/2)] x (1 - EoL_RIR) x SI_SR, with every fallback named',
})
export class SupplyRiskModel {
  @Field(() => Float, { nullable: true, description: 'Supply risk of the worse stage; null without supply shares' })
  value: number | null;

  @Field(() => SupplyStageEnum, { nullable: true })
  stage: SupplyStage | null;

  @Field(() => SupplyRiskMethodEnum)
  method: string;

  @Field(() => Float, { description: 'Nominal maximum of value for this method (10 governance-weighted, 1 unweighted)' })
  scaleMax: number;

  @Field(() => [SupplyRiskInputEnum])
  inputsUsed: string[];

  @Field(() => [SupplyRiskInputEnum])
  inputsMissing: string[];

  @Field(() => Float, { nullable: true, description: 'The SR the EU 2023 assessment published, for comparison' })
  published: number | null;

  @Field(() => [String], { description: 'Every fallback and assumption, in plain language' })
  notes: string[];

  @Field(() => [StageSupplyRiskModel])
  stages: StageSupplyRiskModel[];

  /** For a group (LREE, HREE, PGM): the member whose value counts. */
  basedOnMaterialId: string | null;
}

// ---- dependencies -------------------------------------------------------------------------------

@ObjectType('DependencyTarget', { description: 'What is depended on' })
export class DependencyTargetModel {
  @Field(() => DependencyKindEnum)
  kind: DependencyKindValue;

  @Field(() => ID, { description: 'Material id, ISO 3166-1 alpha-2 country code, or item id' })
  id: string;

  @Field({ description: 'Material name, country name or item name' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Material symbol (materials only)' })
  symbol: string | null;

  materialId: string | null;
  itemId: string | null;
}

@ObjectType('DependencyQuantity')
export class DependencyQuantityModel {
  @Field(() => Float, { description: 'Summed over every path and carrying item; a shared component counts once per platform' })
  value: number;

  @Field({ description: 'kg (materials), the item unit (items), item-units (countries: units of items times the country share)' })
  unit: string;

  @Field({ description: 'False when part of it is not on record (a missing kg) or rests on estimated shares' })
  complete: boolean;
}

@ObjectType('DependencyPath', { description: 'One route from the platform down to an item that carries the dependency' })
export class DependencyPathModel {
  @Field(() => Float, { nullable: true, description: 'What this path alone contributes, in the unit of the dependency; null when a kg is not on record' })
  quantity: number | null;

  itemIds: string[];
}

@ObjectType('FactorSource', { description: 'Where a factor value comes from' })
export class FactorSourceModel {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 (or several, comma-separated, for export restrictions)' })
  country: string | null;

  @Field(() => SupplyStageEnum, { nullable: true })
  stage: SupplyStage | null;

  @Field(() => ID, { nullable: true, description: 'The supply link (stock coverage), always one the viewer may read' })
  supplyLinkId: string | null;

  itemId: string | null;
  materialId: string | null;
}

@ObjectType('ScoreFactor', { description: 'One factor of a dependency score; contributions add up to the score' })
export class ScoreFactorModel {
  @Field(() => ScoreFactorKeyEnum)
  key: ScoreFactorKeyValue;

  @Field({ description: 'False when there is no data for this factor: it is left out and the other weights scaled up' })
  available: boolean;

  @Field(() => Float, { nullable: true, description: 'The value in its own unit: HHI or country share, share of the quantity single-sourced, stock exposure (months of lead time not covered by stock, u / (u + 12)), restricted share, supply risk' })
  raw: number | null;

  @Field(() => Float, { nullable: true, description: '0..1, higher is riskier' })
  normalized: number | null;

  @Field(() => Float, { description: 'Nominal weight' })
  weight: number;

  @Field(() => Float, { description: 'Weight after leaving out factors without data (sums to 1 over available factors)' })
  effectiveWeight: number;

  @Field(() => Float, { description: 'Points this factor adds to the 0-100 score' })
  contribution: number;

  @Field(() => FactorSourceModel, { nullable: true })
  source: FactorSourceModel | null;
}

@ObjectType('DependencyScore')
export class DependencyScoreModel {
  @Field(() => Float, { nullable: true, description: '0-100; null when no factor has data' })
  value: number | null;

  @Field(() => Float, { description: 'Sum of the nominal weights of the factors with data (1 = all known)' })
  coverage: number;

  @Field(() => [ScoreFactorModel])
  factors: ScoreFactorModel[];
}

@ObjectType('WeakLink', { description: 'A weak link on the dependency: single source, high concentration, stock shorter than lead time, export restriction' })
export class WeakLinkModel {
  @Field(() => WeakLinkKindEnum)
  kind: WeakLinkKindValue;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => Float, { description: 'The factor raw value: an HHI or a country share (concentration), the share of the quantity passing a single-sourced item, the stock exposure (months of lead time not covered by stock, u / (u + 12)), or the restricted share of supply' })
  value: number;

  @Field(() => Float, { description: 'Points it adds to the score' })
  contribution: number;

  itemId: string | null;
  materialId: string | null;
}

@ObjectType('Dependency', { description: "A platform's dependency on a material, a supplier country or a single-sourced item, with an explainable score" })
export class DependencyModel {
  @Field(() => ID, { description: 'platformId|kind|target id; stable across runs' })
  key: string;

  @Field(() => DependencyKindEnum)
  kind: DependencyKindValue;

  @Field(() => DependencyTargetModel)
  target: DependencyTargetModel;

  @Field(() => Int, { description: "Position in its platform's order by score (0 = riskiest)" })
  rank: number;

  @Field(() => DependencyScoreModel)
  score: DependencyScoreModel;

  @Field(() => WeakLinkModel, { nullable: true, description: 'The weak link that adds most to the score' })
  weakestLink: WeakLinkModel | null;

  @Field(() => [WeakLinkModel], { description: 'Every weak link, largest contribution first' })
  weakLinks: WeakLinkModel[];

  @Field(() => DependencyQuantityModel)
  quantity: DependencyQuantityModel;

  @Field(() => Int, { description: 'Distinct items that carry the dependency' })
  itemCount: number;

  @Field(() => Float, { description: 'Distinct paths from the platform to carrying items (can be large in a DAG)' })
  pathCount: number;

  @Field(() => [DependencyPathModel], { description: 'Up to 5 example paths, from the carrying items that contribute most' })
  paths: DependencyPathModel[];

  platformId: string;
}

@ObjectType()
export class DependencyConnection extends Connection(DependencyModel, 'Dependency') {}

@ObjectType('DependencyHeatmapCell')
export class DependencyHeatmapCellModel {
  @Field(() => ID)
  platformId: string;

  @Field(() => ID)
  materialId: string;

  @Field(() => Int, { description: 'Index into platforms' })
  row: number;

  @Field(() => Int, { description: 'Index into materials' })
  column: number;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Float)
  quantityKg: number;

  @Field(() => WeakLinkKindEnum, { nullable: true })
  weakestLink: WeakLinkKindValue | null;
}

@ObjectType('DependencyHeatmap', { description: 'Platform x material dependency scores; materials riskiest first; only cells with a dependency' })
export class DependencyHeatmapModel {
  @Field(() => [DependencyHeatmapCellModel])
  cells: DependencyHeatmapCellModel[];

  platformIds: string[];
  materialIds: string[];
}

// ---- scenarios ----------------------------------------------------------------------------------

@ObjectType('ScenarioEventOutcome', { description: 'A scenario event as it took effect' })
export class ScenarioEventOutcomeModel {
  @Field()
  id: string;

  @Field(() => ScenarioTargetKindEnum)
  targetKind: string;

  @Field(() => String, { nullable: true, description: 'Null: the whole supply of the target was cut' })
  country: string | null;

  @Field(() => Float)
  cutFraction: number;

  @Field(() => Float, { description: "The country's share of the target's supply (materials: the stage where it is larger)" })
  sourceShare: number;

  @Field(() => SupplyStageEnum, { nullable: true })
  stage: SupplyStage | null;

  @Field(() => Float, { description: 'Part of the supply lost while the event runs: cutFraction x sourceShare' })
  supplyLoss: number;

  @Field(() => String, { nullable: true, description: 'First month on the timeline (YYYY-MM); null when it falls outside' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'First month after the event (YYYY-MM); null when it lasts past the horizon' })
  until: string | null;

  materialId: string | null;
  itemId: string | null;
}

@ObjectType('ScenarioMonth')
export class ScenarioMonthModel {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Float, { description: '1 = fully available' })
  availability: number;

  @Field(() => Float, { description: '1 - availability' })
  shortfall: number;
}

@ObjectType('ScenarioPlatformOutcome', { description: "One platform's outcome, with a month-by-month timeline for a chart" })
export class ScenarioPlatformOutcomeModel {
  @Field(() => String, { nullable: true, description: 'YYYY-MM of the first month the platform itself is short; null if never within the horizon' })
  firstShortfall: string | null;

  @Field(() => Float)
  worstAvailability: number;

  @Field(() => [ScenarioMonthModel])
  timeline: ScenarioMonthModel[];

  @Field(() => Int, { description: "Items in the platform's bill of materials that fall short" })
  shortItemCount: number;

  platformId: string;
  /** The first `itemLimit` of them, earliest first. */
  shortItemIds: string[];
}

@ObjectType('ScenarioItemShortfall', { description: 'An item that falls short: from when, how deep, for how long' })
export class ScenarioItemShortfallModel {
  @Field({ description: 'YYYY-MM the deliveries of the item first drop (after its lead time, before its stock)' })
  supplyDropFrom: string;

  @Field({ description: 'YYYY-MM the item is first short (after its stock ran out)' })
  shortfallFrom: string;

  @Field(() => Float, { description: 'Lowest availability, 1 = fully available' })
  worstAvailability: number;

  @Field(() => Float, { description: '1 - worstAvailability: how much falls short at worst' })
  worstShortfall: number;

  @Field(() => String, { nullable: true })
  worstMonth: string | null;

  @Field(() => Int)
  monthsShort: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM fully available again; null when still short at the horizon' })
  recoveredFrom: string | null;

  @Field(() => [String], { description: 'Ids of the events that reach this item' })
  causes: string[];

  @Field(() => [Float], { description: 'Availability per month of the timeline' })
  availability: number[];

  itemId: string;
}

@ObjectType('ScenarioResult', { description: 'Which items fall short, by how much and from when, per platform, computed on the chain the viewer may see' })
export class ScenarioResultModel {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => [String], { description: 'YYYY-MM per month of the timeline' })
  months: string[];

  @Field(() => [ScenarioEventOutcomeModel])
  events: ScenarioEventOutcomeModel[];

  @Field(() => [ScenarioPlatformOutcomeModel])
  platforms: ScenarioPlatformOutcomeModel[];

  @Field(() => [ScenarioItemShortfallModel], { description: 'Items that fall short, earliest and deepest first; the first itemLimit' })
  items: ScenarioItemShortfallModel[];

  @Field(() => Int)
  shortItemCount: number;

  @Field(() => [String], { description: 'Events that could not take effect as written, and data oddities' })
  warnings: string[];
}
