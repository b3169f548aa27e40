/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivityKind =
  | 'AGREEMENT_UPDATED'
  | 'INTERVENTION_PROGRESS'
  | 'INTERVENTION_PROPOSED'
  | 'INTERVENTION_STATUS_CHANGED'
  | 'INTERVENTION_UPDATED'
  | 'PHASE_CHANGED'
  | 'RISK_CREATED'
  | 'RISK_DELETED'
  | 'RISK_UPDATED';

export type ActivitySubject =
  | 'INTERVENTION'
  | 'RISK'
  | 'ROADMAP';

/** CSV (UTF-8, comma-separated) or XLSX (Excel) */
export type AgreementExportFormat =
  | 'CSV'
  | 'XLSX';

/** What a supplier can make or do (controlled vocabulary) */
export type Capability =
  | 'ADDITIVE_MANUFACTURING'
  | 'CABLE_HARNESSES'
  | 'CASTING'
  | 'COMPOSITES'
  | 'ELECTRONICS_ASSEMBLY'
  | 'EMBEDDED_SOFTWARE'
  | 'FIVE_AXIS_MACHINING'
  | 'FORGING'
  | 'MAGNET_ASSEMBLY'
  | 'PCB'
  | 'PRECISION_SHEET_METAL'
  | 'SURFACE_TREATMENT'
  | 'WELDING_EXC3'
  | 'WELDING_EXC4';

export type CapacityDemandInput = {
  capabilities: Array<Capability>;
  description?: string | null | undefined;
  hoursPerMonth?: number | null | undefined;
  interventionId?: string | number | null | undefined;
  itemId?: string | number | null | undefined;
  quantity: number;
  requiredCertifications?: Array<Certification>;
  requiredClearance?: Clearance;
  roadmapId?: string | number | null | undefined;
  title: string;
  /** YYYY-MM-DD */
  windowEnd: string;
  /** YYYY-MM-DD */
  windowStart: string;
};

export type Certification =
  | 'AQAP_2110'
  | 'EN_1090_2'
  | 'EN_9100'
  | 'IPC_J_STD_001'
  | 'ISO_3834_2'
  | 'ISO_9001'
  | 'ISO_13485'
  | 'ISO_14001'
  | 'ISO_27001'
  | 'NADCAP';

/** XLSX (Excel), or CSV (in Dutch semicolon-separated with decimal commas, as Dutch Excel reads it) */
export type ChainDataExportFormat =
  | 'CSV'
  | 'XLSX';

/** Security clearance (ABDO): none, applied for, granted */
export type Clearance =
  | 'APPLIED'
  | 'CLEARED'
  | 'NONE';

/** HHI below 0.15 unconcentrated, 0.15-0.25 moderately, above 0.25 highly concentrated */
export type ConcentrationBand =
  | 'HIGH'
  | 'MODERATE'
  | 'UNCONCENTRATED';

export type CreateRiskInput = {
  /** 1 to 5 */
  impact: number;
  /** 1 to 5 */
  likelihood: number;
  materialId?: string | number | null | undefined;
  /** At most 500 characters */
  monitoringIndicator?: string | null | undefined;
  /** A participant of the roadmap */
  ownerOrgId?: string | number | null | undefined;
  /** At most 10000 characters */
  rationale?: string | null | undefined;
  /** YYYY-MM-DD */
  reviewDate?: string | null | undefined;
  roadmapId: string | number;
  /** 1 to 200 characters */
  title: string;
};

export type CreateSupplyLinkInput = {
  /** ISO 3166-1 alpha-2 country of origin */
  country?: string | null | undefined;
  itemId: string | number;
  leadTimeWeeks?: number | null | undefined;
  /** Share of the item's supply, 0..1 */
  share?: number | null | undefined;
  sharedWith?: Array<string | number> | null | undefined;
  singleSource?: boolean | null | undefined;
  stockMonths?: number | null | undefined;
  /** The supplier's name, when it is not on the platform */
  supplierName?: string | null | undefined;
  /** The supplier, when it is an organisation on the platform */
  supplierOrgId?: string | number | null | undefined;
  tier?: number | null | undefined;
  /** Who may see the link; required when creating */
  visibility?: Visibility | null | undefined;
};

/** EU Critical Raw Materials Act status */
export type CrmStatus =
  | 'CRITICAL'
  | 'NONE'
  | 'STRATEGIC';

/** A direct supplier to Defence, B supplier to A, C potential direct supplier, D potential supplier to A */
export type DefenceCategory =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type DemandResponseInput = {
  /** YYYY-MM-DD */
  availableFrom: string;
  hoursPerMonth: number;
  message?: string | null | undefined;
};

/** What a platform depends on: a raw material, a supplier country, or a single-sourced item */
export type DependencyKind =
  | 'COUNTRY'
  | 'ITEM'
  | 'MATERIAL';

export type DiffKind =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

/** The four causes of the 2021 value-chain letter */
export type DisruptionCause =
  | 'GEOPOLITICAL'
  | 'IDIOSYNCRATIC'
  | 'MALICIOUS'
  | 'NATURAL';

/** How disruption figures are grouped (a report with several measures counts once per measure) */
export type DisruptionGrouping =
  | 'CAUSE'
  | 'MATERIAL'
  | 'MEASURE'
  | 'QUARTER';

/** What a company did about a disruption (the NMO/FME survey list) */
export type DisruptionMeasure =
  | 'ACCEPT_LATER_DELIVERY'
  | 'ALTERNATIVE_MATERIALS'
  | 'LONG_TERM_AGREEMENTS'
  | 'MATERIAL_EFFICIENCY'
  | 'MORE_SUPPLIERS'
  | 'NONE'
  | 'OTHER'
  | 'OWN_STOCK'
  | 'PRODUCT_DESIGN'
  | 'PURCHASE_TERMS'
  | 'SALES_TERMS'
  | 'SUPPLIER_KNOWLEDGE';

export type DisruptionReportInput = {
  cause: DisruptionCause;
  delayWeeks?: number | null | undefined;
  description?: string | null | undefined;
  durationWeeks?: number | null | undefined;
  /** An item of the chain the reporter may read */
  itemId?: string | number | null | undefined;
  materialId?: string | number | null | undefined;
  measures: Array<DisruptionMeasure>;
  priceEffectPct?: number | null | undefined;
  /** Organisations that may read it in full (left out on a change: kept as they are) */
  sharedWith?: Array<string | number> | null | undefined;
  /** YYYY-MM-DD */
  startedOn: string;
  /** OWNER (the default for a new report): the reporting organisation only; left out on a change: kept */
  visibility?: Visibility | null | undefined;
};

/** DOCX (Word), PDF, or Markdown */
export type DocumentExportFormat =
  | 'DOCX'
  | 'MARKDOWN'
  | 'PDF';

/** LICENSING: exports need a licence; BAN: exports prohibited; QUOTA: capped volumes; EXPORT_TAX: exports taxed */
export type ExportRestrictionMeasure =
  | 'BAN'
  | 'EXPORT_TAX'
  | 'LICENSING'
  | 'QUOTA';

/** Where impact x effort puts an intervention: QUICK_WIN (impact 3+, effort 1-2), MAJOR_PROJECT (impact 3+, effort 3+), FILL_IN (impact 1-2, effort 1-2), THANKLESS_TASK (impact 1-2, effort 3+) */
export type ImpactEffortQuadrant =
  | 'FILL_IN'
  | 'MAJOR_PROJECT'
  | 'QUICK_WIN'
  | 'THANKLESS_TASK';

/** The language of a spreadsheet’s headers and words (nl: Dutch, en: English) */
export type ImportLanguage =
  | 'en'
  | 'nl';

/** WAITING: the subscription listens, send the file; READING the rows; CHECKING them; WRITING them (apply only); DONE */
export type ImportPhase =
  | 'CHECKING'
  | 'DONE'
  | 'READING'
  | 'WAITING'
  | 'WRITING';

/** What a monitoring series measures (CUSTOM: see customName) */
export type IndicatorKind =
  | 'CUSTOM'
  | 'EXPORT_RESTRICTION_EVENTS'
  | 'LEAD_TIME'
  | 'PMI_DELIVERY_TIMES'
  | 'PMI_STOCKS'
  | 'PRICE'
  | 'PRODUCTION_CONCENTRATION'
  | 'STOCK_COVERAGE';

/** The policy instrument an intervention uses (COVENANT: an agreement between parties) */
export type Instrument =
  | 'COVENANT'
  | 'NONE'
  | 'PROCUREMENT'
  | 'REGULATION'
  | 'RESEARCH_PROGRAMME'
  | 'STRATEGIC_STOCKPILE'
  | 'SUBSIDY';

/** All given conditions must hold */
export type InterventionFilter = {
  /** Interventions addressing a risk about this material */
  materialId?: string | number | null | undefined;
  ownerOrgId?: string | number | null | undefined;
  /** Interventions addressing this risk */
  riskId?: string | number | null | undefined;
  statuses?: Array<InterventionStatus> | null | undefined;
  types?: Array<InterventionType> | null | undefined;
};

export type InterventionStatus =
  | 'AGREED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PROPOSED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type InterventionType =
  | 'DESIGN_CHANGE'
  | 'DIVERSIFICATION'
  | 'GEOPOLITICAL_PREMIUM'
  | 'INTERNATIONAL_COOPERATION'
  | 'LONG_TERM_CONTRACT'
  | 'MATERIAL_EFFICIENCY'
  | 'OTHER'
  | 'PROCUREMENT_CRITERIA'
  | 'RECYCLING'
  | 'RESEARCH'
  | 'STOCKPILING'
  | 'SUBSTITUTION';

/** Level of a bill-of-materials node */
export type ItemKind =
  | 'COMPONENT'
  | 'MATERIAL_FORM'
  | 'PLATFORM'
  | 'SEMI_FINISHED'
  | 'SYSTEM';

/** Why a candidate matches (reasons) or what it lacks (gaps) */
export type MatchNoteCode =
  | 'CAPABILITIES'
  | 'CAPACITY'
  | 'CAPACITY_LATE'
  | 'CAPACITY_NOT_VISIBLE'
  | 'CAPACITY_SHORT'
  | 'CATEGORY'
  | 'CERTIFICATIONS'
  | 'CERTIFICATIONS_NOT_VISIBLE'
  | 'CLEARANCE'
  | 'CLEARANCE_MISSING'
  | 'CLEARANCE_NOT_VISIBLE'
  | 'MISSING_CAPABILITIES'
  | 'MISSING_CERTIFICATIONS'
  | 'SIMILAR_TO_CURRENT';

export type MaterialSupplyRowInput = {
  /** ISO 3166-1 alpha-2; leave empty for a residual such as "other countries" */
  country?: string | null | undefined;
  /** Display name, e.g. "China" or "Other countries" */
  countryName: string;
  /** Share, 0..1 */
  share: number;
  t?: number | null | undefined;
};

export type MonitoringSeriesInput = {
  /** For subject kind COUNTRY: ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** What a CUSTOM indicator measures */
  customName?: string | null | undefined;
  frequency: SeriesFrequency;
  indicator: IndicatorKind;
  /** For subject kind ITEM: an item the publisher may read */
  itemId?: string | number | null | undefined;
  licence?: string | null | undefined;
  /** For subject kind MATERIAL */
  materialId?: string | number | null | undefined;
  name: string;
  source: string;
  subjectKind: SeriesSubjectKind;
  unit: string;
};

export type ObservationInput = {
  /** YYYY-MM-DD */
  date: string;
  note?: string | null | undefined;
  value: number;
};

export type OrganisationKind =
  | 'GOVERNMENT'
  | 'INDUSTRY'
  | 'KNOWLEDGE_INSTITUTE';

export type ParticipantRole =
  | 'LEAD'
  | 'MEMBER'
  | 'OBSERVER';

/** A part of a supplier profile its company may keep for government readers */
export type ProfileSection =
  | 'CAPACITY'
  | 'CERTIFICATIONS'
  | 'CLEARANCE'
  | 'DESCRIPTION'
  | 'KVK'
  | 'SECTORS';

export type ProposeInterventionInput = {
  /** At most 10000 characters */
  description?: string | null | undefined;
  /** Confidential details (at most 10000 characters); they belong to the proposer's organisation */
  details?: string | null | undefined;
  /** Who reads the details besides their organisation; ROADMAP when left out */
  detailsVisibility?: Visibility | null | undefined;
  /** 1 to 5 */
  effort: number;
  horizon: TimeHorizon;
  /** 1 to 5 */
  impact: number;
  /** NONE when left out */
  instrument?: Instrument | null | undefined;
  /** The kind of party that would take it up, while no organisation is named */
  ownerKind?: OrganisationKind | null | undefined;
  /** The organisation that would take it up: a participant of the roadmap */
  ownerOrgId?: string | number | null | undefined;
  /** Risks of the same roadmap it addresses */
  riskIds?: Array<string | number> | null | undefined;
  roadmapId: string | number;
  /** 1 to 200 characters */
  title: string;
  type: InterventionType;
};

export type Province =
  | 'DRENTHE'
  | 'FLEVOLAND'
  | 'FRIESLAND'
  | 'GELDERLAND'
  | 'GRONINGEN'
  | 'LIMBURG'
  | 'NOORD_BRABANT'
  | 'NOORD_HOLLAND'
  | 'OVERIJSSEL'
  | 'UTRECHT'
  | 'ZEELAND'
  | 'ZUID_HOLLAND';

export type RecordExportRestrictionInput = {
  /** ISO 3166-1 alpha-2, upper case */
  country: string;
  description: string;
  materialId: string | number;
  measure: ExportRestrictionMeasure;
  /** YYYY-MM-DD */
  since: string;
  /** The legal act that sets the measure */
  source: string;
  /** YYYY-MM-DD, not before since; leave empty while in force */
  until?: string | null | undefined;
};

/** Replaces all of a material's supply shares at one stage and scope, as one change */
export type ReplaceMaterialSuppliesInput = {
  materialId: string | number;
  scope: SupplyScope;
  source: string;
  stage: SupplyStage;
  supplies: Array<MaterialSupplyRowInput>;
  year?: number | null | undefined;
};

export type RiskStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'MITIGATING'
  | 'OPEN';

export type RoadmapPhase =
  | 'AGREEMENTS'
  | 'CHAIN_MAPPING'
  | 'INTERVENTIONS'
  | 'MONITORING'
  | 'RISK_ANALYSIS'
  | 'SCOPING';

/** "country cuts material (or item) by x% from start for n months" */
export type ScenarioEventInput = {
  /** ISO 3166-1 alpha-2 of the country that cuts; null: the whole supply of the target */
  country?: string | null | undefined;
  /** The same as a fraction, 0..1 */
  cutFraction?: number | null | undefined;
  /** How much of that supply stops, 0..100 (give this or cutFraction) */
  cutPercent?: number | null | undefined;
  /** Whole months; null: lasts past the horizon */
  durationMonths?: number | null | undefined;
  /** A name for the event, used in causes; defaults to event-<index> */
  id?: string | null | undefined;
  /** The item whose deliveries are cut (give this or materialId) */
  itemId?: string | number | null | undefined;
  /** The material that is cut (give this or itemId) */
  materialId?: string | number | null | undefined;
  /** ISO date (YYYY-MM-DD); the event counts from the start of that month */
  start: string;
};

export type ScenarioInput = {
  /** 1..20 events; several combine */
  events: Array<ScenarioEventInput>;
  /** Months on the timeline, 1..60 (default 24) */
  horizonMonths?: number | null | undefined;
  /** How many short items to list, 1..500 (default 100); counts are always complete */
  itemLimit?: number | null | undefined;
  name?: string | null | undefined;
  productGroupId: string | number;
  /** Which country shares a material cut uses (default GLOBAL) */
  scope?: SupplyScope | null | undefined;
  /** First month of the timeline (ISO date); defaults to the earliest event start */
  startDate?: string | null | undefined;
};

export type ScenarioTargetKind =
  | 'ITEM'
  | 'MATERIAL';

/** The factors of a dependency score */
export type ScoreFactorKey =
  | 'CONCENTRATION'
  | 'EXPORT_RESTRICTION'
  | 'SINGLE_SOURCE'
  | 'STOCK_COVERAGE'
  | 'SUPPLY_RISK';

/** A market a supplier serves */
export type Sector =
  | 'AEROSPACE'
  | 'AUTOMOTIVE'
  | 'DEFENCE'
  | 'ENERGY'
  | 'HEALTHCARE'
  | 'INFRASTRUCTURE'
  | 'MACHINE_BUILDING'
  | 'MARITIME'
  | 'RAIL'
  | 'SEMICONDUCTOR';

/** How often a series is observed */
export type SeriesFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

/** What a series is about: a material, an item of the chain (seen only by those who may read the item), a country or nothing in particular (e.g. a PMI) */
export type SeriesSubjectKind =
  | 'COUNTRY'
  | 'ITEM'
  | 'MATERIAL'
  | 'NONE';

/** How serious an alert of a threshold is */
export type Severity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

/** MICRO < 10 employees, SMALL 10-49, MEDIUM 50-249, LARGE 250+ */
export type SizeClass =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type SupplierProfileInput = {
  capabilities: Array<Capability>;
  /** YYYY-MM-DD */
  capacityFrom?: string | null | undefined;
  capacityHoursPerMonth?: number | null | undefined;
  category: DefenceCategory;
  certifications?: Array<Certification>;
  clearance?: Clearance;
  description?: string | null | undefined;
  /** The parts to show to government readers only */
  governmentOnly?: Array<ProfileSection>;
  kvkNumber?: string | null | undefined;
  name: string;
  province: Province;
  sectors?: Array<Sector>;
  sizeClass: SizeClass;
};

export type SupplyLinkInput = {
  /** ISO 3166-1 alpha-2 country of origin */
  country?: string | null | undefined;
  leadTimeWeeks?: number | null | undefined;
  /** Share of the item's supply, 0..1 */
  share?: number | null | undefined;
  sharedWith?: Array<string | number> | null | undefined;
  singleSource?: boolean | null | undefined;
  stockMonths?: number | null | undefined;
  /** The supplier's name, when it is not on the platform */
  supplierName?: string | null | undefined;
  /** The supplier, when it is an organisation on the platform */
  supplierOrgId?: string | number | null | undefined;
  tier?: number | null | undefined;
  /** Who may see the link; required when creating */
  visibility?: Visibility | null | undefined;
};

/** GLOBAL supply, or the EU sourcing mix (EU production plus imports) */
export type SupplyScope =
  | 'EU_SOURCING'
  | 'GLOBAL';

export type SupplyStage =
  | 'EXTRACTION'
  | 'PROCESSING';

export type ThresholdInput = {
  kind: ThresholdKind;
  percent?: number | null | undefined;
  periods?: number | null | undefined;
  severity: Severity;
  value?: number | null | undefined;
};

/** ABOVE / BELOW: the value passes `value`; CHANGE: it moved more than `percent` % compared with `periods` observations earlier */
export type ThresholdKind =
  | 'ABOVE'
  | 'BELOW'
  | 'CHANGE';

/** SHORT: within a year; MEDIUM: one to three years; LONG: more than three years */
export type TimeHorizon =
  | 'LONG'
  | 'MEDIUM'
  | 'SHORT';

/** Changes to an export restriction; material and country stay (record a new one instead) */
export type UpdateExportRestrictionInput = {
  description?: string | null | undefined;
  measure?: ExportRestrictionMeasure | null | undefined;
  /** YYYY-MM-DD */
  since?: string | null | undefined;
  source?: string | null | undefined;
  /** YYYY-MM-DD, not before since; null: in force without an end date */
  until?: string | null | undefined;
};

export type UpdateMaterialInput = {
  crmStatus?: CrmStatus | null | undefined;
  /** End-of-life recycling input rate, 0..1 */
  eolRecyclingRate?: number | null | undefined;
  /** Import reliance, 0..1 */
  importReliance?: number | null | undefined;
  substitutionIndex?: number | null | undefined;
};

/** Only the fields given change; null clears an optional field */
export type UpdateRiskInput = {
  impact?: number | null | undefined;
  likelihood?: number | null | undefined;
  monitoringIndicator?: string | null | undefined;
  ownerOrgId?: string | number | null | undefined;
  rationale?: string | null | undefined;
  reviewDate?: string | null | undefined;
  status?: RiskStatus | null | undefined;
  title?: string | null | undefined;
};

/** A user's role within their organisation */
export type UserRole =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

/** OWNER: the contributor and the organisations it shares with; GOVERNMENT: also government participants of roadmaps using it; ROADMAP: all participants of those roadmaps */
export type Visibility =
  | 'GOVERNMENT'
  | 'OWNER'
  | 'ROADMAP';

export type WeakLinkKind =
  | 'EXPORT_RESTRICTION'
  | 'HIGH_CONCENTRATION'
  | 'SINGLE_SOURCE'
  | 'STOCK_BELOW_LEAD_TIME';

export type ActivityEntryFieldsFragment = { id: string, roadmapId: string, roadmapTitle: string, at: string, kind: ActivityKind, subject: ActivitySubject, subjectId: string, title: string, from: string | null, to: string | null, note: string | null, actor: { name: string | null, organisationId: string | null, organisationName: string | null } };

export type RoadmapActivityQueryVariables = Exact<{
  roadmapId: string | number;
  first?: number | null | undefined;
}>;


export type RoadmapActivityQuery = { roadmapActivity: Array<{ id: string, roadmapId: string, roadmapTitle: string, at: string, kind: ActivityKind, subject: ActivitySubject, subjectId: string, title: string, from: string | null, to: string | null, note: string | null, actor: { name: string | null, organisationId: string | null, organisationName: string | null } }> };

export type MyActivityQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyActivityQuery = { myActivity: Array<{ id: string, roadmapId: string, roadmapTitle: string, at: string, kind: ActivityKind, subject: ActivitySubject, subjectId: string, title: string, from: string | null, to: string | null, note: string | null, actor: { name: string | null, organisationId: string | null, organisationName: string | null } }> };

export type RoadmapActivityAddedSubscriptionVariables = Exact<{
  roadmapId: string | number;
}>;


export type RoadmapActivityAddedSubscription = { roadmapActivityAdded: { id: string, roadmapId: string, roadmapTitle: string, at: string, kind: ActivityKind, subject: ActivitySubject, subjectId: string, title: string, from: string | null, to: string | null, note: string | null, actor: { name: string | null, organisationId: string | null, organisationName: string | null } } };

export type MyActivityAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyActivityAddedSubscription = { myActivityAdded: { id: string, roadmapId: string, roadmapTitle: string, at: string, kind: ActivityKind, subject: ActivitySubject, subjectId: string, title: string, from: string | null, to: string | null, note: string | null, actor: { name: string | null, organisationId: string | null, organisationName: string | null } } };

export type DependencyFieldsFragment = { key: string, kind: DependencyKind, rank: number, itemCount: number, pathCount: number, platform: { id: string, name: string } | null, target: { id: string, kind: DependencyKind, name: string, symbol: string | null, material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null } | null }, score: { value: number | null, coverage: number, factors: Array<{ key: ScoreFactorKey, available: boolean, raw: number | null, normalized: number | null, weight: number, effectiveWeight: number, contribution: number, source: { country: string | null, stage: SupplyStage | null, supplyLinkId: string | null, item: { id: string, name: string } | null, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null } | null }> }, weakestLink: { kind: WeakLinkKind, value: number, contribution: number } | null, weakLinks: Array<{ kind: WeakLinkKind, contribution: number }>, quantity: { value: number, unit: string, complete: boolean }, paths: Array<{ quantity: number | null, items: Array<{ id: string, name: string }> }> };

export type AnalysisProductGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalysisProductGroupsQuery = { productGroups: Array<{ id: string, name: string }> };

export type DependencyHeatmapQueryVariables = Exact<{
  productGroupId: string | number;
}>;


export type DependencyHeatmapQuery = { dependencyHeatmap: { platforms: Array<{ id: string, name: string }>, materials: Array<{ id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string }>, cells: Array<{ row: number, column: number, platformId: string, materialId: string, score: number | null, quantityKg: number, weakestLink: WeakLinkKind | null }> } };

export type DependenciesQueryVariables = Exact<{
  productGroupId?: string | number | null | undefined;
  itemId?: string | number | null | undefined;
  kind?: DependencyKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DependenciesQuery = { dependencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ key: string, kind: DependencyKind, rank: number, itemCount: number, pathCount: number, platform: { id: string, name: string } | null, target: { id: string, kind: DependencyKind, name: string, symbol: string | null, material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null } | null }, score: { value: number | null, coverage: number, factors: Array<{ key: ScoreFactorKey, available: boolean, raw: number | null, normalized: number | null, weight: number, effectiveWeight: number, contribution: number, source: { country: string | null, stage: SupplyStage | null, supplyLinkId: string | null, item: { id: string, name: string } | null, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null } | null }> }, weakestLink: { kind: WeakLinkKind, value: number, contribution: number } | null, weakLinks: Array<{ kind: WeakLinkKind, contribution: number }>, quantity: { value: number, unit: string, complete: boolean }, paths: Array<{ quantity: number | null, items: Array<{ id: string, name: string }> }> }> } };

export type DependencyQueryVariables = Exact<{
  key: string;
}>;


export type DependencyQuery = { dependency: { key: string, kind: DependencyKind, rank: number, itemCount: number, pathCount: number, platform: { id: string, name: string } | null, target: { id: string, kind: DependencyKind, name: string, symbol: string | null, material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null } | null }, score: { value: number | null, coverage: number, factors: Array<{ key: ScoreFactorKey, available: boolean, raw: number | null, normalized: number | null, weight: number, effectiveWeight: number, contribution: number, source: { country: string | null, stage: SupplyStage | null, supplyLinkId: string | null, item: { id: string, name: string } | null, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null } | null }> }, weakestLink: { kind: WeakLinkKind, value: number, contribution: number } | null, weakLinks: Array<{ kind: WeakLinkKind, contribution: number }>, quantity: { value: number, unit: string, complete: boolean }, paths: Array<{ quantity: number | null, items: Array<{ id: string, name: string }> }> } | null };

export type MyLinkAudiencesQueryVariables = Exact<{
  productGroupId: string | number;
}>;


export type MyLinkAudiencesQuery = { me: { organisation: { id: string } } | null, supplyLinks: { nodes: Array<{ id: string, audience: { seeEverything: Array<{ id: string, name: string }>, seeFigures: Array<{ id: string, name: string }> } | null }> } };

export type ContributionsAsSeenByQueryVariables = Exact<{
  organisationId: string | number;
  productGroupId: string | number;
}>;


export type ContributionsAsSeenByQuery = { myContributionsAsSeenBy: { linkCount: number, itemCount: number, organisation: { id: string, name: string }, links: Array<{ itemName: string, hiddenFields: Array<string>, link: { id: string, country: string | null, share: number | null, tier: number | null, leadTimeWeeks: number | null, stockMonths: number | null, singleSource: boolean, visibility: Visibility, supplierName: string | null, supplier: { id: string, name: string } | null, contributedBy: { id: string, name: string } | null } }>, items: Array<{ hiddenFields: Array<string>, item: { id: string, name: string, kind: ItemKind, visibility: Visibility, owner: { id: string, name: string } | null } }> } };

export type UpdateMaterialMutationVariables = Exact<{
  id: string | number;
  input: UpdateMaterialInput;
}>;


export type UpdateMaterialMutation = { updateMaterial: { id: string, crmStatus: CrmStatus, importReliance: number | null, eolRecyclingRate: number | null, substitutionIndex: number | null } };

export type ReplaceMaterialSuppliesMutationVariables = Exact<{
  input: ReplaceMaterialSuppliesInput;
}>;


export type ReplaceMaterialSuppliesMutation = { replaceMaterialSupplies: Array<{ id: string, stage: SupplyStage, scope: SupplyScope, country: string | null, countryName: string, share: number, source: string, year: number | null }> };

export type RecordExportRestrictionMutationVariables = Exact<{
  input: RecordExportRestrictionInput;
}>;


export type RecordExportRestrictionMutation = { recordExportRestriction: { id: string, country: string, measure: ExportRestrictionMeasure, since: string, until: string | null, description: string, source: string, active: boolean } };

export type UpdateExportRestrictionMutationVariables = Exact<{
  id: string | number;
  input: UpdateExportRestrictionInput;
}>;


export type UpdateExportRestrictionMutation = { updateExportRestriction: { id: string, until: string | null, active: boolean } };

export type DeleteExportRestrictionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteExportRestrictionMutation = { deleteExportRestriction: boolean };

export type CatalogueHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogueHistoryQuery = { material: { id: string, changes: Array<{ id: string, at: string, action: string, changes: string, organisationName: string | null }> } };

export type SupplyLinkFieldsFragment = { id: string, itemId: string, country: string | null, share: number | null, tier: number | null, leadTimeWeeks: number | null, stockMonths: number | null, singleSource: boolean, visibility: Visibility, supplierName: string | null, supplier: { id: string, name: string } | null, contributedBy: { id: string, name: string } | null, sharedWith: Array<{ id: string, name: string }> | null };

export type ChainPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainPlatformsQuery = { productGroups: Array<{ id: string, name: string, items: { nodes: Array<{ id: string, name: string, description: string | null }> } }> };

export type ChainTreeQueryVariables = Exact<{
  platformId: string | number;
}>;


export type ChainTreeQuery = { item: { id: string, name: string, kind: ItemKind, productGroupId: string, materials: Array<{ material: { symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } }>, supplyLinks: Array<{ id: string, country: string | null }>, explosion: Array<{ depth: number, parentId: string, path: Array<string>, quantity: number, unit: string, item: { id: string, name: string, kind: ItemKind, materials: Array<{ material: { symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } }>, supplyLinks: Array<{ id: string, country: string | null }> } }> } };

export type ChainItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ChainItemQuery = { item: { id: string, name: string, kind: ItemKind, description: string | null, visibility: Visibility, owner: { id: string, name: string } | null, materials: Array<{ quantityKg: number | null, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string, crmStatus: CrmStatus } }>, supplyLinks: Array<{ id: string, itemId: string, country: string | null, share: number | null, tier: number | null, leadTimeWeeks: number | null, stockMonths: number | null, singleSource: boolean, visibility: Visibility, supplierName: string | null, supplier: { id: string, name: string } | null, contributedBy: { id: string, name: string } | null, sharedWith: Array<{ id: string, name: string }> | null }>, supplyCountries: { includesOthers: boolean, contributors: number, countries: Array<{ country: string | null, share: number }> } } };

export type ChainDataContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainDataContextQuery = { productGroups: Array<{ id: string, name: string }>, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> };

export type ChainDataItemsQueryVariables = Exact<{
  productGroupId: string | number;
  after?: string | null | undefined;
}>;


export type ChainDataItemsQuery = { productGroup: { id: string, items: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: ItemKind, owner: { id: string } | null, supplyLinks: Array<{ id: string, itemId: string, country: string | null, share: number | null, tier: number | null, leadTimeWeeks: number | null, stockMonths: number | null, singleSource: boolean, visibility: Visibility, supplierName: string | null, audience: { seeEverything: Array<{ id: string, name: string }>, seeFigures: Array<{ id: string, name: string }> } | null, supplier: { id: string, name: string } | null, contributedBy: { id: string, name: string } | null, sharedWith: Array<{ id: string, name: string }> | null }> }> } } };

export type ContributionAudienceQueryVariables = Exact<{
  itemId: string | number;
  visibility: Visibility;
  sharedWith?: Array<string | number> | string | number | null | undefined;
}>;


export type ContributionAudienceQuery = { contributionAudience: { seeEverything: Array<{ id: string, name: string }>, seeFigures: Array<{ id: string, name: string }> } };

export type CreateSupplyLinkMutationVariables = Exact<{
  input: CreateSupplyLinkInput;
}>;


export type CreateSupplyLinkMutation = { createSupplyLink: { id: string, itemId: string, country: string | null, share: number | null, tier: number | null, leadTimeWeeks: number | null, stockMonths: number | null, singleSource: boolean, visibility: Visibility, supplierName: string | null, supplier: { id: string, name: string } | null, contributedBy: { id: string, name: string } | null, sharedWith: Array<{ id: string, name: string }> | null } };

export type DeleteSupplyLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSupplyLinkMutation = { deleteSupplyLink: boolean };

export type UpdateSupplyLinkMutationVariables = Exact<{
  id: string | number;
  input: SupplyLinkInput;
}>;


export type UpdateSupplyLinkMutation = { updateSupplyLink: { id: string, itemId: string, country: string | null, share: number | null, tier: number | null, leadTimeWeeks: number | null, stockMonths: number | null, singleSource: boolean, visibility: Visibility, supplierName: string | null, supplier: { id: string, name: string } | null, contributedBy: { id: string, name: string } | null, sharedWith: Array<{ id: string, name: string }> | null } };

export type CommentThreadFieldsFragment = { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> };

export type DocumentCommentThreadsQueryVariables = Exact<{
  documentId: string | number;
}>;


export type DocumentCommentThreadsQuery = { documentCommentThreads: Array<{ id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> }> };

export type StartCommentThreadMutationVariables = Exact<{
  documentId: string | number;
  quote: string;
  body: string;
}>;


export type StartCommentThreadMutation = { startCommentThread: { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> } };

export type ReplyToCommentThreadMutationVariables = Exact<{
  threadId: string | number;
  body: string;
}>;


export type ReplyToCommentThreadMutation = { replyToCommentThread: { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> } };

export type ResolveCommentThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type ResolveCommentThreadMutation = { resolveCommentThread: { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> } };

export type ReopenCommentThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type ReopenCommentThreadMutation = { reopenCommentThread: { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> } };

export type EditCommentMutationVariables = Exact<{
  commentId: string | number;
  body: string;
}>;


export type EditCommentMutation = { editComment: { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> } };

export type DeleteCommentMutationVariables = Exact<{
  commentId: string | number;
}>;


export type DeleteCommentMutation = { deleteComment: { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> } | null };

export type DocumentCommentsChangedSubscriptionVariables = Exact<{
  documentId: string | number;
}>;


export type DocumentCommentsChangedSubscription = { documentCommentsChanged: { documentId: string, threadId: string, thread: { id: string, documentId: string, quote: string, createdAt: string, resolved: boolean, resolvedAt: string | null, canReply: boolean, resolvedBy: { name: string, organisationName: string } | null, comments: Array<{ id: string, threadId: string, body: string, createdAt: string, editedAt: string | null, canEdit: boolean, author: { name: string, organisationName: string } | null }> } | null } };

export type CountryQueryVariables = Exact<{
  country: string;
}>;


export type CountryQuery = { materialSuppliesFrom: Array<{ id: string, stage: SupplyStage, scope: SupplyScope, share: number, shareIsUpperBound: boolean, year: number | null, source: string, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } }>, exportRestrictions: Array<{ id: string, country: string, measure: ExportRestrictionMeasure, since: string, until: string | null, description: string, source: string, active: boolean, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } }>, monitoringSeries: Array<{ id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, observations: Array<{ date: string, value: number, note: string | null }>, thresholds: Array<{ id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null, severity: Severity }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, thresholdId: string }>, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null }> };

export type DisruptionReportFieldsFragment = { id: string, startedOn: string, durationWeeks: number | null, delayWeeks: number | null, priceEffectPct: number | null, cause: DisruptionCause, measures: Array<DisruptionMeasure>, description: string | null, visibility: Visibility, canUpdate: boolean, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, item: { id: string, name: string } | null, reportingOrganisation: { id: string, name: string } | null };

export type DisruptionsQueryVariables = Exact<{
  by: DisruptionGrouping;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DisruptionsQuery = { disruptionReports: Array<{ id: string, startedOn: string, durationWeeks: number | null, delayWeeks: number | null, priceEffectPct: number | null, cause: DisruptionCause, measures: Array<DisruptionMeasure>, description: string | null, visibility: Visibility, canUpdate: boolean, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, item: { id: string, name: string } | null, reportingOrganisation: { id: string, name: string } | null }>, disruptionSignals: Array<{ materialId: string, quarter: string, reports: number, organisations: number, includesOthers: boolean, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null }>, disruptionAggregates: Array<{ key: string, reports: number, organisations: number, averageDelayWeeks: number | null, averagePriceEffectPct: number | null, includesOthers: boolean }> };

export type ReportDisruptionMutationVariables = Exact<{
  input: DisruptionReportInput;
}>;


export type ReportDisruptionMutation = { reportDisruption: { id: string, startedOn: string, durationWeeks: number | null, delayWeeks: number | null, priceEffectPct: number | null, cause: DisruptionCause, measures: Array<DisruptionMeasure>, description: string | null, visibility: Visibility, canUpdate: boolean, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, item: { id: string, name: string } | null, reportingOrganisation: { id: string, name: string } | null } };

export type UpdateDisruptionReportMutationVariables = Exact<{
  id: string | number;
  input: DisruptionReportInput;
}>;


export type UpdateDisruptionReportMutation = { updateDisruptionReport: { id: string, startedOn: string, durationWeeks: number | null, delayWeeks: number | null, priceEffectPct: number | null, cause: DisruptionCause, measures: Array<DisruptionMeasure>, description: string | null, visibility: Visibility, canUpdate: boolean, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, item: { id: string, name: string } | null, reportingOrganisation: { id: string, name: string } | null } };

export type DeleteDisruptionReportMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDisruptionReportMutation = { deleteDisruptionReport: boolean };

export type DisruptionFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisruptionFormOptionsQuery = { materials: { nodes: Array<{ id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null }> }, productGroups: Array<{ id: string, name: string, items: { nodes: Array<{ id: string, name: string, kind: ItemKind }> } }> };

export type DisruptionSignalsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisruptionSignalsQuery = { disruptionSignals: Array<{ materialId: string, quarter: string, reports: number, organisations: number, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null }> };

export type ExportDocumentMutationVariables = Exact<{
  documentId: string | number;
  format: DocumentExportFormat;
  locale?: string | null | undefined;
}>;


export type ExportDocumentMutation = { exportDocument: { filename: string, contentType: string, contentBase64: string } };

export type DocumentFieldsFragment = { id: string, roadmapId: string, title: string, createdAt: string, updatedAt: string, lastEditedAt: string | null, canEdit: boolean, lastEditedBy: { name: string, organisationName: string } | null };

export type RoadmapDocumentsQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type RoadmapDocumentsQuery = { documents: Array<{ id: string, roadmapId: string, title: string, createdAt: string, updatedAt: string, lastEditedAt: string | null, canEdit: boolean, lastEditedBy: { name: string, organisationName: string } | null }> };

export type DocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentQuery = { document: { id: string, roadmapId: string, title: string, createdAt: string, updatedAt: string, lastEditedAt: string | null, canEdit: boolean, lastEditedBy: { name: string, organisationName: string } | null } };

export type DocumentRoadmapQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentRoadmapQuery = { roadmap: { id: string, title: string } };

export type CreateDocumentMutationVariables = Exact<{
  roadmapId: string | number;
  title: string;
}>;


export type CreateDocumentMutation = { createDocument: { id: string, roadmapId: string, title: string, createdAt: string, updatedAt: string, lastEditedAt: string | null, canEdit: boolean, lastEditedBy: { name: string, organisationName: string } | null } };

export type RenameDocumentMutationVariables = Exact<{
  id: string | number;
  title: string;
}>;


export type RenameDocumentMutation = { renameDocument: { id: string, roadmapId: string, title: string, createdAt: string, updatedAt: string, lastEditedAt: string | null, canEdit: boolean, lastEditedBy: { name: string, organisationName: string } | null } };

export type DeleteDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDocumentMutation = { deleteDocument: boolean };

export type DocumentVersionFieldsFragment = { id: string, documentId: string, name: string, createdAt: string, sizeBytes: number, createdBy: { name: string, organisationName: string } | null };

export type DocumentVersionsQueryVariables = Exact<{
  documentId: string | number;
}>;


export type DocumentVersionsQuery = { documentVersions: Array<{ id: string, documentId: string, name: string, createdAt: string, sizeBytes: number, createdBy: { name: string, organisationName: string } | null }> };

export type SaveDocumentVersionMutationVariables = Exact<{
  documentId: string | number;
  name: string;
}>;


export type SaveDocumentVersionMutation = { saveDocumentVersion: { id: string, documentId: string, name: string, createdAt: string, sizeBytes: number, createdBy: { name: string, organisationName: string } | null } };

export type DocumentDiffQueryVariables = Exact<{
  versionId: string | number;
}>;


export type DocumentDiffQuery = { documentDiff: Array<{ kind: DiffKind, text: string }> };

export type RestoreDocumentVersionMutationVariables = Exact<{
  versionId: string | number;
}>;


export type RestoreDocumentVersionMutation = { restoreDocumentVersion: { id: string, roadmapId: string, title: string, createdAt: string, updatedAt: string, lastEditedAt: string | null, canEdit: boolean, lastEditedBy: { name: string, organisationName: string } | null } };

export type ChainImportTemplateQueryVariables = Exact<{
  language: ImportLanguage;
}>;


export type ChainImportTemplateQuery = { chainImportTemplate: { filename: string, contentType: string, base64: string } };

export type ImportChainDataMutationVariables = Exact<{
  productGroupId: string | number;
  fileName: string;
  contentBase64: string;
  apply?: boolean | null | undefined;
  importId?: string | number | null | undefined;
}>;


export type ImportChainDataMutation = { importChainData: { applied: boolean, errors: Array<{ sheet: string, row: number, column: string, code: string, message: string, params: string | null }>, items: { create: number, update: number, unchanged: number }, compositions: { create: number, update: number, unchanged: number }, itemMaterials: { create: number, update: number, unchanged: number }, supplyLinks: { create: number, update: number, unchanged: number }, changes: Array<{ sheet: string, row: number, entity: string, action: string, label: string, fields: Array<string> }> } };

export type ExportChainDataMutationVariables = Exact<{
  productGroupId: string | number;
  format: ChainDataExportFormat;
}>;


export type ExportChainDataMutation = { exportChainData: { filename: string, contentType: string, base64: string } };

export type ChainImportProgressSubscriptionVariables = Exact<{
  importId: string | number;
}>;


export type ChainImportProgressSubscription = { chainImportProgress: { importId: string, phase: ImportPhase, done: number, total: number, percent: number } };

export type ExportSupplyLinksMutationVariables = Exact<{
  productGroupId: string | number;
  format: ChainDataExportFormat;
  language: ImportLanguage;
}>;


export type ExportSupplyLinksMutation = { exportSupplyLinks: { filename: string, contentType: string, rows: number, base64: string } };

export type InterventionCardFieldsFragment = { id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null }, risks: Array<{ id: string, title: string, dependencyKey: string | null, material: { id: string, name: string } | null }> };

export type InterventionFieldsFragment = { description: string, statusReason: string | null, deliverable: string | null, details: string | null, detailsVisibility: Visibility | null, createdAt: string, id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, risks: Array<{ id: string, title: string, level: number, likelihood: number, impact: number, status: RiskStatus, dependencyKey: string | null, liveScore: number | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null }>, history: Array<{ id: string, kind: string, fromStatus: InterventionStatus | null, toStatus: InterventionStatus | null, reason: string | null, note: string | null, progressPct: number | null, at: string, actor: { name: string | null, organisationId: string | null, organisationName: string | null } }>, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null } };

export type InterventionsPageQueryVariables = Exact<{
  roadmapId: string | number;
  filter?: InterventionFilter | null | undefined;
}>;


export type InterventionsPageQuery = { roadmap: { id: string, title: string, productGroup: { id: string, name: string }, participants: Array<{ id: string, role: ParticipantRole, organisation: { id: string, name: string, kind: OrganisationKind } }> }, risks: Array<{ id: string, title: string, level: number, dependencyKey: string | null, evidence: { platformName: string } | null, material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null } | null }>, interventions: Array<{ id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null }, risks: Array<{ id: string, title: string, dependencyKey: string | null, material: { id: string, name: string } | null }> }> };

export type InterventionsQueryVariables = Exact<{
  roadmapId: string | number;
  filter?: InterventionFilter | null | undefined;
}>;


export type InterventionsQuery = { interventions: Array<{ id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null }, risks: Array<{ id: string, title: string, dependencyKey: string | null, material: { id: string, name: string } | null }> }> };

export type InterventionQueryVariables = Exact<{
  id: string | number;
}>;


export type InterventionQuery = { intervention: { description: string, statusReason: string | null, deliverable: string | null, details: string | null, detailsVisibility: Visibility | null, createdAt: string, id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, risks: Array<{ id: string, title: string, level: number, likelihood: number, impact: number, status: RiskStatus, dependencyKey: string | null, liveScore: number | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null }>, history: Array<{ id: string, kind: string, fromStatus: InterventionStatus | null, toStatus: InterventionStatus | null, reason: string | null, note: string | null, progressPct: number | null, at: string, actor: { name: string | null, organisationId: string | null, organisationName: string | null } }>, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null } } };

export type InterventionRoadmapQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type InterventionRoadmapQuery = { roadmap: { id: string, title: string, productGroup: { id: string, name: string } } };

export type ProposeInterventionMutationVariables = Exact<{
  input: ProposeInterventionInput;
}>;


export type ProposeInterventionMutation = { proposeIntervention: { id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null }, risks: Array<{ id: string, title: string, dependencyKey: string | null, material: { id: string, name: string } | null }> } };

export type SetInterventionStatusMutationVariables = Exact<{
  id: string | number;
  to: InterventionStatus;
  reason?: string | null | undefined;
}>;


export type SetInterventionStatusMutation = { setInterventionStatus: { description: string, statusReason: string | null, deliverable: string | null, details: string | null, detailsVisibility: Visibility | null, createdAt: string, id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, risks: Array<{ id: string, title: string, level: number, likelihood: number, impact: number, status: RiskStatus, dependencyKey: string | null, liveScore: number | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null }>, history: Array<{ id: string, kind: string, fromStatus: InterventionStatus | null, toStatus: InterventionStatus | null, reason: string | null, note: string | null, progressPct: number | null, at: string, actor: { name: string | null, organisationId: string | null, organisationName: string | null } }>, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null } } };

export type ReportInterventionProgressMutationVariables = Exact<{
  id: string | number;
  progressPct: number;
  note: string;
}>;


export type ReportInterventionProgressMutation = { reportInterventionProgress: { description: string, statusReason: string | null, deliverable: string | null, details: string | null, detailsVisibility: Visibility | null, createdAt: string, id: string, roadmapId: string, title: string, type: InterventionType, instrument: Instrument, impact: number, effort: number, quadrant: ImpactEffortQuadrant, horizon: TimeHorizon, status: InterventionStatus, progressPct: number, dueDate: string | null, ownerKind: OrganisationKind | null, canUpdate: boolean, canDecide: boolean, allowedTransitions: Array<InterventionStatus>, updatedAt: string, risks: Array<{ id: string, title: string, level: number, likelihood: number, impact: number, status: RiskStatus, dependencyKey: string | null, liveScore: number | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null }>, history: Array<{ id: string, kind: string, fromStatus: InterventionStatus | null, toStatus: InterventionStatus | null, reason: string | null, note: string | null, progressPct: number | null, at: string, actor: { name: string | null, organisationId: string | null, organisationName: string | null } }>, owner: { id: string, name: string, kind: OrganisationKind } | null, proposedBy: { name: string | null, organisationId: string | null, organisationName: string | null } } };

export type DeleteInterventionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteInterventionMutation = { deleteIntervention: boolean };

export type AgreementFieldsFragment = { dueDate: string | null, deliverable: string | null, status: InterventionStatus, overdue: boolean, responsible: { id: string, name: string, kind: OrganisationKind } | null, intervention: { id: string, title: string, type: InterventionType, progressPct: number, canDecide: boolean, owner: { id: string, name: string } | null } };

export type AgreementsPageQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type AgreementsPageQuery = { roadmap: { id: string, title: string, participants: Array<{ id: string, role: ParticipantRole, organisation: { id: string, name: string, kind: OrganisationKind } }> }, agreements: Array<{ dueDate: string | null, deliverable: string | null, status: InterventionStatus, overdue: boolean, responsible: { id: string, name: string, kind: OrganisationKind } | null, intervention: { id: string, title: string, type: InterventionType, progressPct: number, canDecide: boolean, owner: { id: string, name: string } | null } }> };

export type SetAgreementMutationVariables = Exact<{
  interventionId: string | number;
  responsibleOrgId?: string | number | null | undefined;
  dueDate?: string | null | undefined;
  deliverable?: string | null | undefined;
}>;


export type SetAgreementMutation = { setAgreement: { dueDate: string | null, deliverable: string | null, status: InterventionStatus, overdue: boolean, responsible: { id: string, name: string, kind: OrganisationKind } | null, intervention: { id: string, title: string, type: InterventionType, progressPct: number, canDecide: boolean, owner: { id: string, name: string } | null } } };

export type ExportAgreementsMutationVariables = Exact<{
  roadmapId: string | number;
  format: AgreementExportFormat;
}>;


export type ExportAgreementsMutation = { exportAgreements: { filename: string, contentType: string, base64: string } };

export type LiveDependencyRowFieldsFragment = { key: string, kind: DependencyKind, platform: { id: string, name: string } | null, target: { id: string, kind: DependencyKind, name: string, symbol: string | null, material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null } | null }, score: { value: number | null } };

export type LiveProductGroupDependenciesQueryVariables = Exact<{
  productGroupId: string | number;
  kind?: DependencyKind | null | undefined;
  first: number;
}>;


export type LiveProductGroupDependenciesQuery = { productGroup: { id: string, name: string }, dependencies: { totalCount: number, nodes: Array<{ key: string, kind: DependencyKind, platform: { id: string, name: string } | null, target: { id: string, kind: DependencyKind, name: string, symbol: string | null, material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null } | null }, score: { value: number | null } }> } };

export type LiveItemDependenciesQueryVariables = Exact<{
  itemId: string | number;
  kind?: DependencyKind | null | undefined;
  first: number;
}>;


export type LiveItemDependenciesQuery = { item: { id: string, name: string, kind: ItemKind, productGroupId: string }, dependencies: { totalCount: number, nodes: Array<{ key: string, kind: DependencyKind, platform: { id: string, name: string } | null, target: { id: string, kind: DependencyKind, name: string, symbol: string | null, material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null } | null }, score: { value: number | null } }> } };

export type LiveMaterialQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveMaterialQuery = { material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string, crmStatus: CrmStatus, parentSymbol: string | null, supplyRisk: number | null, economicImportance: number | null, importReliance: number | null, eolRecyclingRate: number | null, substitutionIndex: number | null, supplies: Array<{ id: string, stage: SupplyStage, scope: SupplyScope, country: string | null, countryName: string, share: number, shareIsUpperBound: boolean, source: string, year: number | null }> } };

export type LiveScenarioQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveScenarioQuery = { savedScenario: { id: string, name: string, input: { productGroupId: string }, result: { months: Array<string>, shortItemCount: number, platforms: Array<{ firstShortfall: string | null, worstAvailability: number, shortItemCount: number, platform: { id: string, name: string } | null }> } } };

export type LiveFigureChainChangedSubscriptionVariables = Exact<{
  productGroupId: string | number;
}>;


export type LiveFigureChainChangedSubscription = { supplyLinkChanged: { kind: string } };

export type LiveFigureChoicesQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type LiveFigureChoicesQuery = { productGroups: Array<{ id: string, name: string }>, roadmap: { id: string, productGroupId: string, scenarios: Array<{ id: string, name: string, createdAt: string }> } };

export type LiveFigurePlatformsQueryVariables = Exact<{
  productGroupId: string | number;
}>;


export type LiveFigurePlatformsQuery = { productGroup: { id: string, items: { nodes: Array<{ id: string, name: string }> } } };

export type LiveFigureMaterialsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type LiveFigureMaterialsQuery = { materials: { nodes: Array<{ id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string, crmStatus: CrmStatus }> } };

export type LiveAgreementsQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type LiveAgreementsQuery = { agreements: Array<{ dueDate: string | null, deliverable: string | null, status: InterventionStatus, overdue: boolean, intervention: { id: string, title: string }, responsible: { id: string, name: string } | null }> };

export type LiveRisksQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type LiveRisksQuery = { risks: Array<{ id: string, title: string, likelihood: number, impact: number, level: number, status: RiskStatus, owner: { id: string, name: string } | null }> };

export type LiveInterventionsQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type LiveInterventionsQuery = { interventions: Array<{ id: string, title: string, impact: number, effort: number, quadrant: ImpactEffortQuadrant, status: InterventionStatus }> };

export type LiveFigureRoadmapActivitySubscriptionVariables = Exact<{
  roadmapId: string | number;
}>;


export type LiveFigureRoadmapActivitySubscription = { roadmapActivityAdded: { id: string } };

export type MaterialsQueryVariables = Exact<{
  crmList?: boolean | null | undefined;
  critical?: boolean | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MaterialsQuery = { materials: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null, crmStatus: CrmStatus, critical: boolean, onCrmList: boolean, parentSymbol: string | null, supplyRisk: number | null, eolRecyclingRate: number | null, group: { id: string, symbol: string, supplyRisk: number | null, eolRecyclingRate: number | null } | null }> } };

export type MaterialConcentrationFragment = { hhi: number, hhiNormalised: number, band: ConcentrationBand, rescaledFrom: number | null };

export type MaterialFactsheetQueryVariables = Exact<{
  symbol: string;
}>;


export type MaterialFactsheetQuery = { material: { id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null, crmStatus: CrmStatus, critical: boolean, onCrmList: boolean, listYear: number | null, parentSymbol: string | null, supplyRisk: number | null, economicImportance: number | null, importReliance: number | null, eolRecyclingRate: number | null, substitutionIndex: number | null, group: { id: string, symbol: string, name: string, nameNl: string | null, supplyRisk: number | null, economicImportance: number | null, importReliance: number | null, eolRecyclingRate: number | null, substitutionIndex: number | null } | null, eGlobal: { hhi: number, hhiNormalised: number, band: ConcentrationBand, rescaledFrom: number | null } | null, eEu: { hhi: number, hhiNormalised: number, band: ConcentrationBand, rescaledFrom: number | null } | null, pGlobal: { hhi: number, hhiNormalised: number, band: ConcentrationBand, rescaledFrom: number | null } | null, pEu: { hhi: number, hhiNormalised: number, band: ConcentrationBand, rescaledFrom: number | null } | null, supplies: Array<{ id: string, stage: SupplyStage, scope: SupplyScope, country: string | null, countryName: string, share: number, shareIsUpperBound: boolean, source: string, year: number | null }>, members: Array<{ id: string, symbol: string, chemicalSymbol: string | null, name: string, nameNl: string | null, crmStatus: CrmStatus }>, usedIn: Array<{ id: string, name: string }>, exportRestrictions: Array<{ id: string, country: string, measure: ExportRestrictionMeasure, since: string, until: string | null, description: string, source: string, active: boolean }> } };

export type MonitoringSeriesFieldsFragment = { id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null };

export type MonitoringAlertFieldsFragment = { id: string, date: string, value: number, severity: Severity, raisedAt: string, acknowledged: boolean, ongoing: boolean, thresholdId: string, threshold: { id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null } | null, series: { id: string, name: string, unit: string }, roadmaps: Array<{ id: string, title: string }> };

export type SeriesChartFieldsFragment = { id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, observations: Array<{ date: string, value: number, note: string | null }>, thresholds: Array<{ id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null, severity: Severity }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, thresholdId: string }>, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null };

export type MonitoringSeriesListQueryVariables = Exact<{
  materialId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type MonitoringSeriesListQuery = { monitoringSeries: Array<{ id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, latest: { date: string, value: number } | null, change: { percent: number | null, change: number, first: { date: string, value: number }, last: { date: string, value: number } } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null }> };

export type SubjectSeriesQueryVariables = Exact<{
  materialId?: string | number | null | undefined;
  itemId?: string | number | null | undefined;
}>;


export type SubjectSeriesQuery = { monitoringSeries: Array<{ id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, observations: Array<{ date: string, value: number, note: string | null }>, thresholds: Array<{ id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null, severity: Severity }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, thresholdId: string }>, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null }> };

export type MonitoringSeriesQueryVariables = Exact<{
  id: string | number;
}>;


export type MonitoringSeriesQuery = { monitoringSeriesById: { id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, observations: Array<{ date: string, value: number, note: string | null }>, thresholds: Array<{ id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null, severity: Severity }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, thresholdId: string }>, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null } };

export type MyAlertsQueryVariables = Exact<{
  includeAcknowledged: boolean;
}>;


export type MyAlertsQuery = { myAlerts: Array<{ id: string, date: string, value: number, severity: Severity, raisedAt: string, acknowledged: boolean, ongoing: boolean, thresholdId: string, threshold: { id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null } | null, series: { id: string, name: string, unit: string }, roadmaps: Array<{ id: string, title: string }> }> };

export type MonitoringOverviewQueryVariables = Exact<{
  roadmapId: string | number;
  from: string;
  to: string;
}>;


export type MonitoringOverviewQuery = { roadmap: { id: string, title: string }, monitoringOverview: Array<{ series: { id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null }, change: { percent: number | null, change: number, first: { date: string, value: number }, last: { date: string, value: number } } | null, alerts: Array<{ id: string, date: string, value: number, severity: Severity }> }> };

export type CreateMonitoringSeriesMutationVariables = Exact<{
  input: MonitoringSeriesInput;
}>;


export type CreateMonitoringSeriesMutation = { createMonitoringSeries: { id: string, name: string } };

export type AddObservationsMutationVariables = Exact<{
  seriesId: string | number;
  observations: Array<ObservationInput> | ObservationInput;
}>;


export type AddObservationsMutation = { addObservations: { imported: number, alertsRaised: number } };

export type ImportObservationsMutationVariables = Exact<{
  seriesId: string | number;
  fileName: string;
  contentBase64: string;
}>;


export type ImportObservationsMutation = { importObservations: { imported: number, alertsRaised: number } };

export type DeleteObservationMutationVariables = Exact<{
  seriesId: string | number;
  date: string;
}>;


export type DeleteObservationMutation = { deleteObservation: boolean };

export type CreateThresholdMutationVariables = Exact<{
  seriesId: string | number;
  input: ThresholdInput;
}>;


export type CreateThresholdMutation = { createThreshold: { id: string } };

export type DeleteThresholdMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteThresholdMutation = { deleteThreshold: boolean };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, acknowledged: boolean } };

export type MonitoringSeriesChangedSubscriptionVariables = Exact<{
  seriesId: string | number;
}>;


export type MonitoringSeriesChangedSubscription = { monitoringSeriesChanged: { id: string, name: string, subjectKind: SeriesSubjectKind, country: string | null, indicator: IndicatorKind, customName: string | null, unit: string, frequency: SeriesFrequency, source: string, licence: string | null, demo: boolean, updatedAt: string, observations: Array<{ date: string, value: number, note: string | null }>, thresholds: Array<{ id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null, severity: Severity }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, thresholdId: string }>, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, publisher: { id: string, name: string } | null } };

export type MyAlertRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyAlertRaisedSubscription = { myAlertRaised: { id: string, date: string, value: number, severity: Severity, raisedAt: string, acknowledged: boolean, ongoing: boolean, thresholdId: string, threshold: { id: string, kind: ThresholdKind, value: number | null, percent: number | null, periods: number | null } | null, series: { id: string, name: string, unit: string }, roadmaps: Array<{ id: string, title: string }> } };

export type RiskFieldsFragment = { id: string, roadmapId: string, title: string, rationale: string, likelihood: number, impact: number, level: number, status: RiskStatus, reviewDate: string | null, monitoringIndicator: string | null, dependencyKey: string | null, liveScore: number | null, scoreChange: number | null, createdAt: string, updatedAt: string, canUpdate: boolean, canDelete: boolean, owner: { id: string, name: string, kind: OrganisationKind } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string, factors: Array<{ name: string, value: number }> } | null, interventions: Array<{ id: string, title: string, status: InterventionStatus }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, series: { id: string, name: string, unit: string } }>, createdBy: { name: string | null, organisationId: string | null, organisationName: string | null } | null };

export type RiskRegisterQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type RiskRegisterQuery = { roadmap: { id: string, title: string, productGroup: { id: string, name: string }, participants: Array<{ id: string, role: ParticipantRole, organisation: { id: string, name: string, kind: OrganisationKind } }> }, risks: Array<{ id: string, roadmapId: string, title: string, rationale: string, likelihood: number, impact: number, level: number, status: RiskStatus, reviewDate: string | null, monitoringIndicator: string | null, dependencyKey: string | null, liveScore: number | null, scoreChange: number | null, createdAt: string, updatedAt: string, canUpdate: boolean, canDelete: boolean, owner: { id: string, name: string, kind: OrganisationKind } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string, factors: Array<{ name: string, value: number }> } | null, interventions: Array<{ id: string, title: string, status: InterventionStatus }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, series: { id: string, name: string, unit: string } }>, createdBy: { name: string | null, organisationId: string | null, organisationName: string | null } | null }>, myAlerts: Array<{ id: string, date: string, value: number, severity: Severity, series: { id: string, name: string, unit: string }, roadmaps: Array<{ id: string }> }> };

export type CreateRiskMutationVariables = Exact<{
  input: CreateRiskInput;
}>;


export type CreateRiskMutation = { createRisk: { id: string, roadmapId: string, title: string, rationale: string, likelihood: number, impact: number, level: number, status: RiskStatus, reviewDate: string | null, monitoringIndicator: string | null, dependencyKey: string | null, liveScore: number | null, scoreChange: number | null, createdAt: string, updatedAt: string, canUpdate: boolean, canDelete: boolean, owner: { id: string, name: string, kind: OrganisationKind } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string, factors: Array<{ name: string, value: number }> } | null, interventions: Array<{ id: string, title: string, status: InterventionStatus }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, series: { id: string, name: string, unit: string } }>, createdBy: { name: string | null, organisationId: string | null, organisationName: string | null } | null } };

export type CreateRiskFromDependencyMutationVariables = Exact<{
  roadmapId: string | number;
  dependencyKey: string;
}>;


export type CreateRiskFromDependencyMutation = { createRiskFromDependency: { id: string, roadmapId: string, title: string, evidence: { score: number } | null } };

export type UpdateRiskMutationVariables = Exact<{
  id: string | number;
  input: UpdateRiskInput;
}>;


export type UpdateRiskMutation = { updateRisk: { id: string, roadmapId: string, title: string, rationale: string, likelihood: number, impact: number, level: number, status: RiskStatus, reviewDate: string | null, monitoringIndicator: string | null, dependencyKey: string | null, liveScore: number | null, scoreChange: number | null, createdAt: string, updatedAt: string, canUpdate: boolean, canDelete: boolean, owner: { id: string, name: string, kind: OrganisationKind } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string, factors: Array<{ name: string, value: number }> } | null, interventions: Array<{ id: string, title: string, status: InterventionStatus }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, series: { id: string, name: string, unit: string } }>, createdBy: { name: string | null, organisationId: string | null, organisationName: string | null } | null } };

export type DeleteRiskMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRiskMutation = { deleteRisk: boolean };

export type RiskTargetRoadmapsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskTargetRoadmapsQuery = { roadmaps: Array<{ id: string, title: string, productGroupId: string }> };

export type LinkAlertToRiskMutationVariables = Exact<{
  riskId: string | number;
  alertId: string | number;
}>;


export type LinkAlertToRiskMutation = { linkAlertToRisk: { id: string, roadmapId: string, title: string, rationale: string, likelihood: number, impact: number, level: number, status: RiskStatus, reviewDate: string | null, monitoringIndicator: string | null, dependencyKey: string | null, liveScore: number | null, scoreChange: number | null, createdAt: string, updatedAt: string, canUpdate: boolean, canDelete: boolean, owner: { id: string, name: string, kind: OrganisationKind } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string, factors: Array<{ name: string, value: number }> } | null, interventions: Array<{ id: string, title: string, status: InterventionStatus }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, series: { id: string, name: string, unit: string } }>, createdBy: { name: string | null, organisationId: string | null, organisationName: string | null } | null } };

export type UnlinkAlertFromRiskMutationVariables = Exact<{
  riskId: string | number;
  alertId: string | number;
}>;


export type UnlinkAlertFromRiskMutation = { unlinkAlertFromRisk: { id: string, roadmapId: string, title: string, rationale: string, likelihood: number, impact: number, level: number, status: RiskStatus, reviewDate: string | null, monitoringIndicator: string | null, dependencyKey: string | null, liveScore: number | null, scoreChange: number | null, createdAt: string, updatedAt: string, canUpdate: boolean, canDelete: boolean, owner: { id: string, name: string, kind: OrganisationKind } | null, material: { id: string, name: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null } | null, evidence: { score: number, targetName: string, kind: DependencyKind, platformName: string, computedAt: string, factors: Array<{ name: string, value: number }> } | null, interventions: Array<{ id: string, title: string, status: InterventionStatus }>, alerts: Array<{ id: string, date: string, value: number, severity: Severity, series: { id: string, name: string, unit: string } }>, createdBy: { name: string | null, organisationId: string | null, organisationName: string | null } | null } };

export type ParticipantFieldsFragment = { id: string, role: ParticipantRole, organisation: { id: string, name: string, kind: OrganisationKind } };

export type MyRoadmapsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRoadmapsQuery = { roadmaps: Array<{ id: string, title: string, phase: RoadmapPhase, productGroup: { id: string, name: string }, participants: Array<{ id: string, role: ParticipantRole, organisation: { id: string, name: string, kind: OrganisationKind } }> }> };

export type RoadmapQueryVariables = Exact<{
  id: string | number;
}>;


export type RoadmapQuery = { roadmap: { id: string, title: string, phase: RoadmapPhase, productGroup: { id: string, name: string, description: string | null }, participants: Array<{ id: string, role: ParticipantRole, organisation: { id: string, name: string, kind: OrganisationKind } }> }, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> };

export type SetParticipantMutationVariables = Exact<{
  roadmapId: string | number;
  organisationId: string | number;
  role: ParticipantRole;
}>;


export type SetParticipantMutation = { setParticipant: { id: string, role: ParticipantRole, organisation: { id: string, name: string, kind: OrganisationKind } } };

export type RemoveParticipantMutationVariables = Exact<{
  roadmapId: string | number;
  organisationId: string | number;
}>;


export type RemoveParticipantMutation = { removeParticipant: boolean };

export type ScenarioResultFieldsFragment = { name: string | null, months: Array<string>, warnings: Array<string>, shortItemCount: number, events: Array<{ id: string, country: string | null, cutFraction: number, sourceShare: number, supplyLoss: number, stage: SupplyStage | null, from: string | null, until: string | null, targetKind: ScenarioTargetKind, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null, item: { id: string, name: string } | null }>, platforms: Array<{ firstShortfall: string | null, worstAvailability: number, shortItemCount: number, platform: { id: string, name: string } | null, timeline: Array<{ month: string, availability: number }> }>, items: Array<{ supplyDropFrom: string, shortfallFrom: string, worstShortfall: number, monthsShort: number, recoveredFrom: string | null, causes: Array<string>, item: { id: string, name: string } | null }> };

export type ScenarioSpecFieldsFragment = { productGroupId: string, horizonMonths: number, scope: SupplyScope, startDate: string | null, events: Array<{ id: string | null, country: string | null, cutPercent: number, start: string, durationMonths: number | null, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null, item: { id: string, name: string } | null }> };

export type ScenarioSetupQueryVariables = Exact<{
  productGroupId: string | number;
}>;


export type ScenarioSetupQuery = { dependencyHeatmap: { materials: Array<{ id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string }> }, roadmaps: Array<{ id: string, title: string, productGroupId: string }> };

export type MaterialSuppliersQueryVariables = Exact<{
  id: string | number;
  scope?: SupplyScope | null | undefined;
}>;


export type MaterialSuppliersQuery = { material: { id: string, supplies: Array<{ id: string, stage: SupplyStage, country: string | null, share: number }> } };

export type ScenarioItemSearchQueryVariables = Exact<{
  productGroupId: string | number;
  search: string;
}>;


export type ScenarioItemSearchQuery = { productGroup: { id: string, items: { nodes: Array<{ id: string, name: string, kind: ItemKind }> } } };

export type RunScenarioQueryVariables = Exact<{
  input: ScenarioInput;
}>;


export type RunScenarioQuery = { runScenario: { name: string | null, months: Array<string>, warnings: Array<string>, shortItemCount: number, events: Array<{ id: string, country: string | null, cutFraction: number, sourceShare: number, supplyLoss: number, stage: SupplyStage | null, from: string | null, until: string | null, targetKind: ScenarioTargetKind, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null, item: { id: string, name: string } | null }>, platforms: Array<{ firstShortfall: string | null, worstAvailability: number, shortItemCount: number, platform: { id: string, name: string } | null, timeline: Array<{ month: string, availability: number }> }>, items: Array<{ supplyDropFrom: string, shortfallFrom: string, worstShortfall: number, monthsShort: number, recoveredFrom: string | null, causes: Array<string>, item: { id: string, name: string } | null }> } };

export type SaveScenarioMutationVariables = Exact<{
  roadmapId: string | number;
  name: string;
  input: ScenarioInput;
}>;


export type SaveScenarioMutation = { saveScenario: { id: string, name: string, roadmapId: string } };

export type DeleteScenarioMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScenarioMutation = { deleteScenario: boolean };

export type RoadmapScenariosQueryVariables = Exact<{
  id: string | number;
}>;


export type RoadmapScenariosQuery = { roadmap: { id: string, scenarios: Array<{ id: string, name: string, createdAt: string, createdBy: { id: string, name: string } | null, input: { productGroupId: string, horizonMonths: number, scope: SupplyScope, startDate: string | null, events: Array<{ id: string | null, country: string | null, cutPercent: number, start: string, durationMonths: number | null, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null, item: { id: string, name: string } | null }> } }> } };

export type SavedScenarioQueryVariables = Exact<{
  id: string | number;
  roadmapId: string | number;
}>;


export type SavedScenarioQuery = { savedScenario: { id: string, name: string, roadmapId: string, input: { productGroupId: string, horizonMonths: number, scope: SupplyScope, startDate: string | null, events: Array<{ id: string | null, country: string | null, cutPercent: number, start: string, durationMonths: number | null, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null, item: { id: string, name: string } | null }> }, result: { name: string | null, months: Array<string>, warnings: Array<string>, shortItemCount: number, events: Array<{ id: string, country: string | null, cutFraction: number, sourceShare: number, supplyLoss: number, stage: SupplyStage | null, from: string | null, until: string | null, targetKind: ScenarioTargetKind, material: { id: string, symbol: string, chemicalSymbol: string | null, nameNl: string | null, name: string } | null, item: { id: string, name: string } | null }>, platforms: Array<{ firstShortfall: string | null, worstAvailability: number, shortItemCount: number, platform: { id: string, name: string } | null, timeline: Array<{ month: string, availability: number }> }>, items: Array<{ supplyDropFrom: string, shortfallFrom: string, worstShortfall: number, monthsShort: number, recoveredFrom: string | null, causes: Array<string>, item: { id: string, name: string } | null }> } }, roadmap: { id: string, title: string } };

export type UserFieldsFragment = { id: string, email: string, name: string, role: UserRole, organisation: { id: string, name: string, kind: OrganisationKind } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { myPermissionRules: string | null, me: { id: string, email: string, name: string, role: UserRole, organisation: { id: string, name: string, kind: OrganisationKind } } | null };

export type PermissionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionRulesQuery = { myPermissionRules: string | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  organisationId?: string | number | null | undefined;
}>;


export type LoginMutation = { login: { user: { id: string, email: string, name: string, role: UserRole, organisation: { id: string, name: string, kind: OrganisationKind } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type DemoQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoQuery = { demo: { enabled: boolean, users: Array<{ email: string, description: string }> } };

export type SupplierProfileFieldsFragment = { id: string, name: string, province: Province, sizeClass: SizeClass, category: DefenceCategory, capabilities: Array<Capability>, kvkNumber: string | null, certifications: Array<Certification> | null, sectors: Array<Sector> | null, clearance: Clearance | null, capacityHoursPerMonth: number | null, capacityFrom: string | null, description: string | null, hiddenFromYou: Array<ProfileSection>, governmentOnly: Array<ProfileSection> | null, demo: boolean, isOwn: boolean, keptByYou: boolean };

export type MatchNoteFieldsFragment = { code: MatchNoteCode, values: Array<string>, amount: number | null };

export type CapacityDemandFieldsFragment = { id: string, title: string, description: string, capabilities: Array<Capability>, quantity: number, hoursPerMonth: number | null, windowStart: string, windowEnd: string, requiredCertifications: Array<Certification>, requiredClearance: Clearance, canUpdate: boolean, roadmapId: string | null, interventionId: string | null, publisher: { id: string, name: string }, item: { id: string, name: string } | null };

export type SupplierFrontDoorQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierFrontDoorQuery = { mySupplierProfile: { id: string, name: string, province: Province, sizeClass: SizeClass, category: DefenceCategory, capabilities: Array<Capability>, kvkNumber: string | null, certifications: Array<Certification> | null, sectors: Array<Sector> | null, clearance: Clearance | null, capacityHoursPerMonth: number | null, capacityFrom: string | null, description: string | null, hiddenFromYou: Array<ProfileSection>, governmentOnly: Array<ProfileSection> | null, demo: boolean, isOwn: boolean, keptByYou: boolean } | null, demandsForMe: Array<{ score: number, demand: { id: string, title: string, description: string, capabilities: Array<Capability>, quantity: number, hoursPerMonth: number | null, windowStart: string, windowEnd: string, requiredCertifications: Array<Certification>, requiredClearance: Clearance, canUpdate: boolean, roadmapId: string | null, interventionId: string | null, publisher: { id: string, name: string }, item: { id: string, name: string } | null }, reasons: Array<{ code: MatchNoteCode, values: Array<string>, amount: number | null }>, gaps: Array<{ code: MatchNoteCode, values: Array<string>, amount: number | null }>, myResponse: { id: string, hoursPerMonth: number, availableFrom: string, message: string } | null }>, capacityDemands: Array<{ id: string, title: string, description: string, capabilities: Array<Capability>, quantity: number, hoursPerMonth: number | null, windowStart: string, windowEnd: string, requiredCertifications: Array<Certification>, requiredClearance: Clearance, canUpdate: boolean, roadmapId: string | null, interventionId: string | null, publisher: { id: string, name: string }, item: { id: string, name: string } | null }> };

export type CapacityDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityDemandQuery = { capacityDemand: { id: string, title: string, description: string, capabilities: Array<Capability>, quantity: number, hoursPerMonth: number | null, windowStart: string, windowEnd: string, requiredCertifications: Array<Certification>, requiredClearance: Clearance, canUpdate: boolean, roadmapId: string | null, interventionId: string | null, responses: Array<{ id: string, hoursPerMonth: number, availableFrom: string, message: string, isOwn: boolean, profile: { id: string, name: string } }>, publisher: { id: string, name: string }, item: { id: string, name: string } | null } };

export type DemandCandidatesQueryVariables = Exact<{
  demandId: string | number;
  first?: number | null | undefined;
}>;


export type DemandCandidatesQuery = { demandCandidates: Array<{ score: number, shortlisted: boolean, profile: { id: string, name: string, province: Province, sizeClass: SizeClass, category: DefenceCategory, capabilities: Array<Capability>, kvkNumber: string | null, certifications: Array<Certification> | null, sectors: Array<Sector> | null, clearance: Clearance | null, capacityHoursPerMonth: number | null, capacityFrom: string | null, description: string | null, hiddenFromYou: Array<ProfileSection>, governmentOnly: Array<ProfileSection> | null, demo: boolean, isOwn: boolean, keptByYou: boolean }, reasons: Array<{ code: MatchNoteCode, values: Array<string>, amount: number | null }>, gaps: Array<{ code: MatchNoteCode, values: Array<string>, amount: number | null }>, response: { id: string, hoursPerMonth: number, availableFrom: string, message: string } | null }> };

export type SupplierProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierProfileQuery = { supplierProfile: { id: string, name: string, province: Province, sizeClass: SizeClass, category: DefenceCategory, capabilities: Array<Capability>, kvkNumber: string | null, certifications: Array<Certification> | null, sectors: Array<Sector> | null, clearance: Clearance | null, capacityHoursPerMonth: number | null, capacityFrom: string | null, description: string | null, hiddenFromYou: Array<ProfileSection>, governmentOnly: Array<ProfileSection> | null, demo: boolean, isOwn: boolean, keptByYou: boolean }, similarSuppliers: Array<{ similarity: number, shared: Array<string>, profile: { id: string, name: string, category: DefenceCategory, province: Province, demo: boolean } }> };

export type PublishCapacityDemandMutationVariables = Exact<{
  input: CapacityDemandInput;
}>;


export type PublishCapacityDemandMutation = { publishCapacityDemand: { id: string } };

export type RespondToDemandMutationVariables = Exact<{
  demandId: string | number;
  input: DemandResponseInput;
}>;


export type RespondToDemandMutation = { respondToDemand: { id: string } };

export type ShortlistSupplierMutationVariables = Exact<{
  demandId: string | number;
  profileId: string | number;
}>;


export type ShortlistSupplierMutation = { shortlistSupplier: boolean };

export type RemoveFromShortlistMutationVariables = Exact<{
  demandId: string | number;
  profileId: string | number;
}>;


export type RemoveFromShortlistMutation = { removeFromShortlist: boolean };

export type CreateSupplierProfileMutationVariables = Exact<{
  input: SupplierProfileInput;
}>;


export type CreateSupplierProfileMutation = { createSupplierProfile: { id: string } };

export type UpdateSupplierProfileMutationVariables = Exact<{
  id: string | number;
  input: SupplierProfileInput;
}>;


export type UpdateSupplierProfileMutation = { updateSupplierProfile: { id: string } };

export type SupplierDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  capability?: Capability | null | undefined;
  category?: DefenceCategory | null | undefined;
  province?: Province | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SupplierDirectoryQuery = { supplierProfiles: { total: number, profiles: Array<{ id: string, name: string, province: Province, sizeClass: SizeClass, category: DefenceCategory, capabilities: Array<Capability>, kvkNumber: string | null, certifications: Array<Certification> | null, sectors: Array<Sector> | null, clearance: Clearance | null, capacityHoursPerMonth: number | null, capacityFrom: string | null, description: string | null, hiddenFromYou: Array<ProfileSection>, governmentOnly: Array<ProfileSection> | null, demo: boolean, isOwn: boolean, keptByYou: boolean }> } };

export type UpdateCapacityDemandMutationVariables = Exact<{
  id: string | number;
  input: CapacityDemandInput;
}>;


export type UpdateCapacityDemandMutation = { updateCapacityDemand: { id: string } };

export type DeleteCapacityDemandMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCapacityDemandMutation = { deleteCapacityDemand: boolean };

export type WithdrawDemandResponseMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawDemandResponseMutation = { withdrawDemandResponse: boolean };

export type InterventionCandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type InterventionCandidatesQuery = { intervention: { id: string, type: InterventionType, atRiskItems: Array<{ id: string, name: string, kind: ItemKind }>, candidateSuppliers: Array<{ linkedAt: string, linkedBy: { name: string | null, organisationId: string | null, organisationName: string | null }, profile: { id: string, name: string, category: DefenceCategory, province: Province, capabilities: Array<Capability>, demo: boolean } }> } };

export type ItemCandidatesQueryVariables = Exact<{
  itemId: string | number;
  capabilities?: Array<Capability> | Capability | null | undefined;
  first?: number | null | undefined;
}>;


export type ItemCandidatesQuery = { itemCandidates: Array<{ score: number, profile: { id: string, name: string, category: DefenceCategory, province: Province, demo: boolean }, reasons: Array<{ code: MatchNoteCode, values: Array<string>, amount: number | null }>, gaps: Array<{ code: MatchNoteCode, values: Array<string>, amount: number | null }> }> };

export type LinkInterventionCandidateMutationVariables = Exact<{
  interventionId: string | number;
  profileId: string | number;
}>;


export type LinkInterventionCandidateMutation = { linkInterventionCandidate: { id: string } };

export type UnlinkInterventionCandidateMutationVariables = Exact<{
  interventionId: string | number;
  profileId: string | number;
}>;


export type UnlinkInterventionCandidateMutation = { unlinkInterventionCandidate: { id: string } };

export type RoadmapPhasesQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type RoadmapPhasesQuery = { roadmapPhases: Array<{ phase: RoadmapPhase, current: boolean, done: boolean, openPoints: Array<{ code: string, message: string, count: number, link: string | null }> }> };

export type MoveRoadmapPhaseMutationVariables = Exact<{
  roadmapId: string | number;
  to: RoadmapPhase;
  note?: string | null | undefined;
}>;


export type MoveRoadmapPhaseMutation = { moveRoadmapPhase: { id: string, phase: RoadmapPhase } };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: { ownedInterventions: Array<{ id: string, roadmapId: string, title: string, status: InterventionStatus, dueDate: string | null, progressPct: number }>, awaitingDecision: Array<{ id: string, roadmapId: string, title: string, status: InterventionStatus, impact: number, effort: number, proposedBy: { name: string | null, organisationName: string | null } }>, risksToReview: Array<{ id: string, roadmapId: string, title: string, level: number, reviewDate: string | null }> } };

export type MemberProfileImportTemplateQueryVariables = Exact<{
  language: ImportLanguage;
}>;


export type MemberProfileImportTemplateQuery = { memberProfileImportTemplate: { filename: string, contentType: string, base64: string } };

export type ImportMemberProfilesMutationVariables = Exact<{
  fileName: string;
  contentBase64: string;
  apply?: boolean | null | undefined;
}>;


export type ImportMemberProfilesMutation = { importMemberProfiles: { applied: boolean, rows: number, errors: Array<{ sheet: string, row: number, column: string, code: string, message: string, params: string | null }>, profiles: { create: number, update: number, unchanged: number }, changes: Array<{ row: number, kvkNumber: string, name: string, action: string, fields: Array<string> }> } };

export type MemberProfilesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type MemberProfilesQuery = { memberProfiles: { total: number, profiles: Array<{ id: string, name: string, kvkNumber: string | null, province: Province, category: DefenceCategory, capabilities: Array<Capability>, governmentOnly: Array<ProfileSection> | null }> } };

export type ExportMemberProfilesMutationVariables = Exact<{
  language?: ImportLanguage | null | undefined;
}>;


export type ExportMemberProfilesMutation = { exportMemberProfiles: { filename: string, contentType: string, base64: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActivityEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityEntryFields on ActivityEntry {
  id
  roadmapId
  roadmapTitle
  at
  kind
  subject
  subjectId
  title
  from
  to
  note
  actor {
    name
    organisationId
    organisationName
  }
}
    `, {"fragmentName":"ActivityEntryFields"}) as unknown as TypedDocumentString<ActivityEntryFieldsFragment, unknown>;
export const DependencyFieldsFragmentDoc = new TypedDocumentString(`
    fragment DependencyFields on Dependency {
  key
  kind
  rank
  platform {
    id
    name
  }
  target {
    id
    kind
    name
    symbol
    material {
      id
      symbol
      chemicalSymbol
      name
      nameNl
    }
  }
  score {
    value
    coverage
    factors {
      key
      available
      raw
      normalized
      weight
      effectiveWeight
      contribution
      source {
        country
        stage
        supplyLinkId
        item {
          id
          name
        }
        material {
          id
          symbol
          chemicalSymbol
          nameNl
          name
        }
      }
    }
  }
  weakestLink {
    kind
    value
    contribution
  }
  weakLinks {
    kind
    contribution
  }
  quantity {
    value
    unit
    complete
  }
  itemCount
  pathCount
  paths {
    quantity
    items {
      id
      name
    }
  }
}
    `, {"fragmentName":"DependencyFields"}) as unknown as TypedDocumentString<DependencyFieldsFragment, unknown>;
export const SupplyLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplyLinkFields on SupplyLink {
  id
  itemId
  country
  share
  tier
  leadTimeWeeks
  stockMonths
  singleSource
  visibility
  supplierName
  supplier {
    id
    name
  }
  contributedBy {
    id
    name
  }
  sharedWith {
    id
    name
  }
}
    `, {"fragmentName":"SupplyLinkFields"}) as unknown as TypedDocumentString<SupplyLinkFieldsFragment, unknown>;
export const CommentThreadFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}
    `, {"fragmentName":"CommentThreadFields"}) as unknown as TypedDocumentString<CommentThreadFieldsFragment, unknown>;
export const DisruptionReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisruptionReportFields on DisruptionReport {
  id
  startedOn
  durationWeeks
  delayWeeks
  priceEffectPct
  cause
  measures
  description
  visibility
  canUpdate
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  item {
    id
    name
  }
  reportingOrganisation {
    id
    name
  }
}
    `, {"fragmentName":"DisruptionReportFields"}) as unknown as TypedDocumentString<DisruptionReportFieldsFragment, unknown>;
export const DocumentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DocumentFields on Document {
  id
  roadmapId
  title
  createdAt
  updatedAt
  lastEditedAt
  lastEditedBy {
    name
    organisationName
  }
  canEdit
}
    `, {"fragmentName":"DocumentFields"}) as unknown as TypedDocumentString<DocumentFieldsFragment, unknown>;
export const DocumentVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DocumentVersionFields on DocumentVersion {
  id
  documentId
  name
  createdAt
  sizeBytes
  createdBy {
    name
    organisationName
  }
}
    `, {"fragmentName":"DocumentVersionFields"}) as unknown as TypedDocumentString<DocumentVersionFieldsFragment, unknown>;
export const InterventionCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}
    `, {"fragmentName":"InterventionCardFields"}) as unknown as TypedDocumentString<InterventionCardFieldsFragment, unknown>;
export const InterventionFieldsFragmentDoc = new TypedDocumentString(`
    fragment InterventionFields on Intervention {
  ...InterventionCardFields
  description
  statusReason
  deliverable
  details
  detailsVisibility
  createdAt
  risks {
    id
    title
    level
    likelihood
    impact
    status
    dependencyKey
    evidence {
      score
      targetName
      kind
      platformName
      computedAt
    }
    liveScore
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  history {
    id
    kind
    fromStatus
    toStatus
    reason
    note
    progressPct
    at
    actor {
      name
      organisationId
      organisationName
    }
  }
}
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}`, {"fragmentName":"InterventionFields"}) as unknown as TypedDocumentString<InterventionFieldsFragment, unknown>;
export const AgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgreementFields on Agreement {
  responsible {
    id
    name
    kind
  }
  dueDate
  deliverable
  status
  overdue
  intervention {
    id
    title
    type
    progressPct
    canDecide
    owner {
      id
      name
    }
  }
}
    `, {"fragmentName":"AgreementFields"}) as unknown as TypedDocumentString<AgreementFieldsFragment, unknown>;
export const LiveDependencyRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveDependencyRowFields on Dependency {
  key
  kind
  platform {
    id
    name
  }
  target {
    id
    kind
    name
    symbol
    material {
      id
      symbol
      chemicalSymbol
      name
      nameNl
    }
  }
  score {
    value
  }
}
    `, {"fragmentName":"LiveDependencyRowFields"}) as unknown as TypedDocumentString<LiveDependencyRowFieldsFragment, unknown>;
export const MaterialConcentrationFragmentDoc = new TypedDocumentString(`
    fragment MaterialConcentration on Concentration {
  hhi
  hhiNormalised
  band
  rescaledFrom
}
    `, {"fragmentName":"MaterialConcentration"}) as unknown as TypedDocumentString<MaterialConcentrationFragment, unknown>;
export const MonitoringAlertFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonitoringAlertFields on MonitoringAlert {
  id
  date
  value
  severity
  raisedAt
  acknowledged
  ongoing
  thresholdId
  threshold {
    id
    kind
    value
    percent
    periods
  }
  series {
    id
    name
    unit
  }
  roadmaps {
    id
    title
  }
}
    `, {"fragmentName":"MonitoringAlertFields"}) as unknown as TypedDocumentString<MonitoringAlertFieldsFragment, unknown>;
export const MonitoringSeriesFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}
    `, {"fragmentName":"MonitoringSeriesFields"}) as unknown as TypedDocumentString<MonitoringSeriesFieldsFragment, unknown>;
export const SeriesChartFieldsFragmentDoc = new TypedDocumentString(`
    fragment SeriesChartFields on MonitoringSeries {
  ...MonitoringSeriesFields
  observations {
    date
    value
    note
  }
  thresholds {
    id
    kind
    value
    percent
    periods
    severity
  }
  alerts {
    id
    date
    value
    severity
    thresholdId
  }
}
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}`, {"fragmentName":"SeriesChartFields"}) as unknown as TypedDocumentString<SeriesChartFieldsFragment, unknown>;
export const RiskFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskFields on Risk {
  id
  roadmapId
  title
  rationale
  likelihood
  impact
  level
  status
  owner {
    id
    name
    kind
  }
  reviewDate
  monitoringIndicator
  dependencyKey
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  evidence {
    score
    targetName
    kind
    platformName
    computedAt
    factors {
      name
      value
    }
  }
  liveScore
  scoreChange
  interventions {
    id
    title
    status
  }
  alerts {
    id
    date
    value
    severity
    series {
      id
      name
      unit
    }
  }
  createdBy {
    name
    organisationId
    organisationName
  }
  createdAt
  updatedAt
  canUpdate
  canDelete
}
    `, {"fragmentName":"RiskFields"}) as unknown as TypedDocumentString<RiskFieldsFragment, unknown>;
export const ParticipantFieldsFragmentDoc = new TypedDocumentString(`
    fragment ParticipantFields on Participant {
  id
  role
  organisation {
    id
    name
    kind
  }
}
    `, {"fragmentName":"ParticipantFields"}) as unknown as TypedDocumentString<ParticipantFieldsFragment, unknown>;
export const ScenarioResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScenarioResultFields on ScenarioResult {
  name
  months
  warnings
  shortItemCount
  events {
    id
    country
    cutFraction
    sourceShare
    supplyLoss
    stage
    from
    until
    targetKind
    material {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
    item {
      id
      name
    }
  }
  platforms {
    platform {
      id
      name
    }
    firstShortfall
    worstAvailability
    shortItemCount
    timeline {
      month
      availability
    }
  }
  items {
    item {
      id
      name
    }
    supplyDropFrom
    shortfallFrom
    worstShortfall
    monthsShort
    recoveredFrom
    causes
  }
}
    `, {"fragmentName":"ScenarioResultFields"}) as unknown as TypedDocumentString<ScenarioResultFieldsFragment, unknown>;
export const ScenarioSpecFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScenarioSpecFields on ScenarioSpec {
  productGroupId
  horizonMonths
  scope
  startDate
  events {
    id
    country
    cutPercent
    start
    durationMonths
    material {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
    item {
      id
      name
    }
  }
}
    `, {"fragmentName":"ScenarioSpecFields"}) as unknown as TypedDocumentString<ScenarioSpecFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  name
  role
  organisation {
    id
    name
    kind
  }
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const SupplierProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplierProfileFields on SupplierProfile {
  id
  name
  province
  sizeClass
  category
  capabilities
  kvkNumber
  certifications
  sectors
  clearance
  capacityHoursPerMonth
  capacityFrom
  description
  hiddenFromYou
  governmentOnly
  demo
  isOwn
  keptByYou
}
    `, {"fragmentName":"SupplierProfileFields"}) as unknown as TypedDocumentString<SupplierProfileFieldsFragment, unknown>;
export const MatchNoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment MatchNoteFields on MatchNote {
  code
  values
  amount
}
    `, {"fragmentName":"MatchNoteFields"}) as unknown as TypedDocumentString<MatchNoteFieldsFragment, unknown>;
export const CapacityDemandFieldsFragmentDoc = new TypedDocumentString(`
    fragment CapacityDemandFields on CapacityDemand {
  id
  title
  description
  capabilities
  quantity
  hoursPerMonth
  windowStart
  windowEnd
  requiredCertifications
  requiredClearance
  canUpdate
  roadmapId
  interventionId
  publisher {
    id
    name
  }
  item {
    id
    name
  }
}
    `, {"fragmentName":"CapacityDemandFields"}) as unknown as TypedDocumentString<CapacityDemandFieldsFragment, unknown>;
export const RoadmapActivityDocument = new TypedDocumentString(`
    query RoadmapActivity($roadmapId: ID!, $first: Int) {
  roadmapActivity(roadmapId: $roadmapId, first: $first) {
    ...ActivityEntryFields
  }
}
    fragment ActivityEntryFields on ActivityEntry {
  id
  roadmapId
  roadmapTitle
  at
  kind
  subject
  subjectId
  title
  from
  to
  note
  actor {
    name
    organisationId
    organisationName
  }
}`) as unknown as TypedDocumentString<RoadmapActivityQuery, RoadmapActivityQueryVariables>;
export const MyActivityDocument = new TypedDocumentString(`
    query MyActivity($first: Int) {
  myActivity(first: $first) {
    ...ActivityEntryFields
  }
}
    fragment ActivityEntryFields on ActivityEntry {
  id
  roadmapId
  roadmapTitle
  at
  kind
  subject
  subjectId
  title
  from
  to
  note
  actor {
    name
    organisationId
    organisationName
  }
}`) as unknown as TypedDocumentString<MyActivityQuery, MyActivityQueryVariables>;
export const RoadmapActivityAddedDocument = new TypedDocumentString(`
    subscription RoadmapActivityAdded($roadmapId: ID!) {
  roadmapActivityAdded(roadmapId: $roadmapId) {
    ...ActivityEntryFields
  }
}
    fragment ActivityEntryFields on ActivityEntry {
  id
  roadmapId
  roadmapTitle
  at
  kind
  subject
  subjectId
  title
  from
  to
  note
  actor {
    name
    organisationId
    organisationName
  }
}`) as unknown as TypedDocumentString<RoadmapActivityAddedSubscription, RoadmapActivityAddedSubscriptionVariables>;
export const MyActivityAddedDocument = new TypedDocumentString(`
    subscription MyActivityAdded {
  myActivityAdded {
    ...ActivityEntryFields
  }
}
    fragment ActivityEntryFields on ActivityEntry {
  id
  roadmapId
  roadmapTitle
  at
  kind
  subject
  subjectId
  title
  from
  to
  note
  actor {
    name
    organisationId
    organisationName
  }
}`) as unknown as TypedDocumentString<MyActivityAddedSubscription, MyActivityAddedSubscriptionVariables>;
export const AnalysisProductGroupsDocument = new TypedDocumentString(`
    query AnalysisProductGroups {
  productGroups {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AnalysisProductGroupsQuery, AnalysisProductGroupsQueryVariables>;
export const DependencyHeatmapDocument = new TypedDocumentString(`
    query DependencyHeatmap($productGroupId: ID!) {
  dependencyHeatmap(productGroupId: $productGroupId) {
    platforms {
      id
      name
    }
    materials {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
    cells {
      row
      column
      platformId
      materialId
      score
      quantityKg
      weakestLink
    }
  }
}
    `) as unknown as TypedDocumentString<DependencyHeatmapQuery, DependencyHeatmapQueryVariables>;
export const DependenciesDocument = new TypedDocumentString(`
    query Dependencies($productGroupId: ID, $itemId: ID, $kind: DependencyKind, $first: Int!, $after: String) {
  dependencies(
    productGroupId: $productGroupId
    itemId: $itemId
    kind: $kind
    first: $first
    after: $after
    orderBy: SCORE
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...DependencyFields
    }
  }
}
    fragment DependencyFields on Dependency {
  key
  kind
  rank
  platform {
    id
    name
  }
  target {
    id
    kind
    name
    symbol
    material {
      id
      symbol
      chemicalSymbol
      name
      nameNl
    }
  }
  score {
    value
    coverage
    factors {
      key
      available
      raw
      normalized
      weight
      effectiveWeight
      contribution
      source {
        country
        stage
        supplyLinkId
        item {
          id
          name
        }
        material {
          id
          symbol
          chemicalSymbol
          nameNl
          name
        }
      }
    }
  }
  weakestLink {
    kind
    value
    contribution
  }
  weakLinks {
    kind
    contribution
  }
  quantity {
    value
    unit
    complete
  }
  itemCount
  pathCount
  paths {
    quantity
    items {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DependenciesQuery, DependenciesQueryVariables>;
export const DependencyDocument = new TypedDocumentString(`
    query Dependency($key: String!) {
  dependency(key: $key) {
    ...DependencyFields
  }
}
    fragment DependencyFields on Dependency {
  key
  kind
  rank
  platform {
    id
    name
  }
  target {
    id
    kind
    name
    symbol
    material {
      id
      symbol
      chemicalSymbol
      name
      nameNl
    }
  }
  score {
    value
    coverage
    factors {
      key
      available
      raw
      normalized
      weight
      effectiveWeight
      contribution
      source {
        country
        stage
        supplyLinkId
        item {
          id
          name
        }
        material {
          id
          symbol
          chemicalSymbol
          nameNl
          name
        }
      }
    }
  }
  weakestLink {
    kind
    value
    contribution
  }
  weakLinks {
    kind
    contribution
  }
  quantity {
    value
    unit
    complete
  }
  itemCount
  pathCount
  paths {
    quantity
    items {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DependencyQuery, DependencyQueryVariables>;
export const MyLinkAudiencesDocument = new TypedDocumentString(`
    query MyLinkAudiences($productGroupId: ID!) {
  me {
    organisation {
      id
    }
  }
  supplyLinks(productGroupId: $productGroupId, mine: true, first: 200) {
    nodes {
      id
      audience {
        seeEverything {
          id
          name
        }
        seeFigures {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyLinkAudiencesQuery, MyLinkAudiencesQueryVariables>;
export const ContributionsAsSeenByDocument = new TypedDocumentString(`
    query ContributionsAsSeenBy($organisationId: ID!, $productGroupId: ID!) {
  myContributionsAsSeenBy(
    organisationId: $organisationId
    productGroupId: $productGroupId
  ) {
    organisation {
      id
      name
    }
    linkCount
    itemCount
    links {
      itemName
      hiddenFields
      link {
        id
        country
        share
        tier
        leadTimeWeeks
        stockMonths
        singleSource
        visibility
        supplierName
        supplier {
          id
          name
        }
        contributedBy {
          id
          name
        }
      }
    }
    items {
      hiddenFields
      item {
        id
        name
        kind
        visibility
        owner {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsAsSeenByQuery, ContributionsAsSeenByQueryVariables>;
export const UpdateMaterialDocument = new TypedDocumentString(`
    mutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {
  updateMaterial(id: $id, input: $input) {
    id
    crmStatus
    importReliance
    eolRecyclingRate
    substitutionIndex
  }
}
    `) as unknown as TypedDocumentString<UpdateMaterialMutation, UpdateMaterialMutationVariables>;
export const ReplaceMaterialSuppliesDocument = new TypedDocumentString(`
    mutation ReplaceMaterialSupplies($input: ReplaceMaterialSuppliesInput!) {
  replaceMaterialSupplies(input: $input) {
    id
    stage
    scope
    country
    countryName
    share
    source
    year
  }
}
    `) as unknown as TypedDocumentString<ReplaceMaterialSuppliesMutation, ReplaceMaterialSuppliesMutationVariables>;
export const RecordExportRestrictionDocument = new TypedDocumentString(`
    mutation RecordExportRestriction($input: RecordExportRestrictionInput!) {
  recordExportRestriction(input: $input) {
    id
    country
    measure
    since
    until
    description
    source
    active
  }
}
    `) as unknown as TypedDocumentString<RecordExportRestrictionMutation, RecordExportRestrictionMutationVariables>;
export const UpdateExportRestrictionDocument = new TypedDocumentString(`
    mutation UpdateExportRestriction($id: ID!, $input: UpdateExportRestrictionInput!) {
  updateExportRestriction(id: $id, input: $input) {
    id
    until
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateExportRestrictionMutation, UpdateExportRestrictionMutationVariables>;
export const DeleteExportRestrictionDocument = new TypedDocumentString(`
    mutation DeleteExportRestriction($id: ID!) {
  deleteExportRestriction(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteExportRestrictionMutation, DeleteExportRestrictionMutationVariables>;
export const CatalogueHistoryDocument = new TypedDocumentString(`
    query CatalogueHistory($id: ID!) {
  material(id: $id) {
    id
    changes {
      id
      at
      action
      changes
      organisationName
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueHistoryQuery, CatalogueHistoryQueryVariables>;
export const ChainPlatformsDocument = new TypedDocumentString(`
    query ChainPlatforms {
  productGroups {
    id
    name
    items(kind: PLATFORM, first: 50) {
      nodes {
        id
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainPlatformsQuery, ChainPlatformsQueryVariables>;
export const ChainTreeDocument = new TypedDocumentString(`
    query ChainTree($platformId: ID!) {
  item(id: $platformId) {
    id
    name
    kind
    productGroupId
    materials {
      material {
        symbol
        chemicalSymbol
        nameNl
        name
      }
    }
    supplyLinks {
      id
      country
    }
    explosion(maxDepth: 12) {
      depth
      parentId
      path
      quantity
      unit
      item {
        id
        name
        kind
        materials {
          material {
            symbol
            chemicalSymbol
            nameNl
            name
          }
        }
        supplyLinks {
          id
          country
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainTreeQuery, ChainTreeQueryVariables>;
export const ChainItemDocument = new TypedDocumentString(`
    query ChainItem($id: ID!) {
  item(id: $id) {
    id
    name
    kind
    description
    visibility
    owner {
      id
      name
    }
    materials {
      quantityKg
      material {
        id
        symbol
        chemicalSymbol
        nameNl
        name
        crmStatus
      }
    }
    supplyLinks {
      ...SupplyLinkFields
    }
    supplyCountries {
      includesOthers
      contributors
      countries {
        country
        share
      }
    }
  }
}
    fragment SupplyLinkFields on SupplyLink {
  id
  itemId
  country
  share
  tier
  leadTimeWeeks
  stockMonths
  singleSource
  visibility
  supplierName
  supplier {
    id
    name
  }
  contributedBy {
    id
    name
  }
  sharedWith {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChainItemQuery, ChainItemQueryVariables>;
export const ChainDataContextDocument = new TypedDocumentString(`
    query ChainDataContext {
  productGroups {
    id
    name
  }
  organisations {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<ChainDataContextQuery, ChainDataContextQueryVariables>;
export const ChainDataItemsDocument = new TypedDocumentString(`
    query ChainDataItems($productGroupId: ID!, $after: String) {
  productGroup(id: $productGroupId) {
    id
    items(first: 200, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        owner {
          id
        }
        supplyLinks {
          ...SupplyLinkFields
          audience {
            seeEverything {
              id
              name
            }
            seeFigures {
              id
              name
            }
          }
        }
      }
    }
  }
}
    fragment SupplyLinkFields on SupplyLink {
  id
  itemId
  country
  share
  tier
  leadTimeWeeks
  stockMonths
  singleSource
  visibility
  supplierName
  supplier {
    id
    name
  }
  contributedBy {
    id
    name
  }
  sharedWith {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChainDataItemsQuery, ChainDataItemsQueryVariables>;
export const ContributionAudienceDocument = new TypedDocumentString(`
    query ContributionAudience($itemId: ID!, $visibility: Visibility!, $sharedWith: [ID!]) {
  contributionAudience(
    itemId: $itemId
    visibility: $visibility
    sharedWith: $sharedWith
  ) {
    seeEverything {
      id
      name
    }
    seeFigures {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionAudienceQuery, ContributionAudienceQueryVariables>;
export const CreateSupplyLinkDocument = new TypedDocumentString(`
    mutation CreateSupplyLink($input: CreateSupplyLinkInput!) {
  createSupplyLink(input: $input) {
    ...SupplyLinkFields
  }
}
    fragment SupplyLinkFields on SupplyLink {
  id
  itemId
  country
  share
  tier
  leadTimeWeeks
  stockMonths
  singleSource
  visibility
  supplierName
  supplier {
    id
    name
  }
  contributedBy {
    id
    name
  }
  sharedWith {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateSupplyLinkMutation, CreateSupplyLinkMutationVariables>;
export const DeleteSupplyLinkDocument = new TypedDocumentString(`
    mutation DeleteSupplyLink($id: ID!) {
  deleteSupplyLink(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSupplyLinkMutation, DeleteSupplyLinkMutationVariables>;
export const UpdateSupplyLinkDocument = new TypedDocumentString(`
    mutation UpdateSupplyLink($id: ID!, $input: SupplyLinkInput!) {
  updateSupplyLink(id: $id, input: $input) {
    ...SupplyLinkFields
  }
}
    fragment SupplyLinkFields on SupplyLink {
  id
  itemId
  country
  share
  tier
  leadTimeWeeks
  stockMonths
  singleSource
  visibility
  supplierName
  supplier {
    id
    name
  }
  contributedBy {
    id
    name
  }
  sharedWith {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateSupplyLinkMutation, UpdateSupplyLinkMutationVariables>;
export const DocumentCommentThreadsDocument = new TypedDocumentString(`
    query DocumentCommentThreads($documentId: ID!) {
  documentCommentThreads(documentId: $documentId) {
    ...CommentThreadFields
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<DocumentCommentThreadsQuery, DocumentCommentThreadsQueryVariables>;
export const StartCommentThreadDocument = new TypedDocumentString(`
    mutation StartCommentThread($documentId: ID!, $quote: String!, $body: String!) {
  startCommentThread(documentId: $documentId, quote: $quote, body: $body) {
    ...CommentThreadFields
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<StartCommentThreadMutation, StartCommentThreadMutationVariables>;
export const ReplyToCommentThreadDocument = new TypedDocumentString(`
    mutation ReplyToCommentThread($threadId: ID!, $body: String!) {
  replyToCommentThread(threadId: $threadId, body: $body) {
    ...CommentThreadFields
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<ReplyToCommentThreadMutation, ReplyToCommentThreadMutationVariables>;
export const ResolveCommentThreadDocument = new TypedDocumentString(`
    mutation ResolveCommentThread($threadId: ID!) {
  resolveCommentThread(threadId: $threadId) {
    ...CommentThreadFields
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<ResolveCommentThreadMutation, ResolveCommentThreadMutationVariables>;
export const ReopenCommentThreadDocument = new TypedDocumentString(`
    mutation ReopenCommentThread($threadId: ID!) {
  reopenCommentThread(threadId: $threadId) {
    ...CommentThreadFields
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<ReopenCommentThreadMutation, ReopenCommentThreadMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($commentId: ID!, $body: String!) {
  editComment(commentId: $commentId, body: $body) {
    ...CommentThreadFields
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($commentId: ID!) {
  deleteComment(commentId: $commentId) {
    ...CommentThreadFields
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const DocumentCommentsChangedDocument = new TypedDocumentString(`
    subscription DocumentCommentsChanged($documentId: ID!) {
  documentCommentsChanged(documentId: $documentId) {
    documentId
    threadId
    thread {
      ...CommentThreadFields
    }
  }
}
    fragment CommentThreadFields on DocumentCommentThread {
  id
  documentId
  quote
  createdAt
  resolved
  resolvedAt
  resolvedBy {
    name
    organisationName
  }
  canReply
  comments {
    id
    threadId
    body
    createdAt
    editedAt
    canEdit
    author {
      name
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<DocumentCommentsChangedSubscription, DocumentCommentsChangedSubscriptionVariables>;
export const CountryDocument = new TypedDocumentString(`
    query Country($country: String!) {
  materialSuppliesFrom(country: $country) {
    id
    stage
    scope
    share
    shareIsUpperBound
    year
    source
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  exportRestrictions(country: $country) {
    id
    country
    measure
    since
    until
    description
    source
    active
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  monitoringSeries(country: $country) {
    ...SeriesChartFields
  }
}
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}
fragment SeriesChartFields on MonitoringSeries {
  ...MonitoringSeriesFields
  observations {
    date
    value
    note
  }
  thresholds {
    id
    kind
    value
    percent
    periods
    severity
  }
  alerts {
    id
    date
    value
    severity
    thresholdId
  }
}`) as unknown as TypedDocumentString<CountryQuery, CountryQueryVariables>;
export const DisruptionsDocument = new TypedDocumentString(`
    query Disruptions($by: DisruptionGrouping!, $from: String, $to: String) {
  disruptionReports {
    ...DisruptionReportFields
  }
  disruptionSignals {
    materialId
    quarter
    reports
    organisations
    includesOthers
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  disruptionAggregates(by: $by, from: $from, to: $to) {
    key
    reports
    organisations
    averageDelayWeeks
    averagePriceEffectPct
    includesOthers
  }
}
    fragment DisruptionReportFields on DisruptionReport {
  id
  startedOn
  durationWeeks
  delayWeeks
  priceEffectPct
  cause
  measures
  description
  visibility
  canUpdate
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  item {
    id
    name
  }
  reportingOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<DisruptionsQuery, DisruptionsQueryVariables>;
export const ReportDisruptionDocument = new TypedDocumentString(`
    mutation ReportDisruption($input: DisruptionReportInput!) {
  reportDisruption(input: $input) {
    ...DisruptionReportFields
  }
}
    fragment DisruptionReportFields on DisruptionReport {
  id
  startedOn
  durationWeeks
  delayWeeks
  priceEffectPct
  cause
  measures
  description
  visibility
  canUpdate
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  item {
    id
    name
  }
  reportingOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReportDisruptionMutation, ReportDisruptionMutationVariables>;
export const UpdateDisruptionReportDocument = new TypedDocumentString(`
    mutation UpdateDisruptionReport($id: ID!, $input: DisruptionReportInput!) {
  updateDisruptionReport(id: $id, input: $input) {
    ...DisruptionReportFields
  }
}
    fragment DisruptionReportFields on DisruptionReport {
  id
  startedOn
  durationWeeks
  delayWeeks
  priceEffectPct
  cause
  measures
  description
  visibility
  canUpdate
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  item {
    id
    name
  }
  reportingOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateDisruptionReportMutation, UpdateDisruptionReportMutationVariables>;
export const DeleteDisruptionReportDocument = new TypedDocumentString(`
    mutation DeleteDisruptionReport($id: ID!) {
  deleteDisruptionReport(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDisruptionReportMutation, DeleteDisruptionReportMutationVariables>;
export const DisruptionFormOptionsDocument = new TypedDocumentString(`
    query DisruptionFormOptions {
  materials(first: 200) {
    nodes {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  productGroups {
    id
    name
    items(first: 200) {
      nodes {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisruptionFormOptionsQuery, DisruptionFormOptionsQueryVariables>;
export const DisruptionSignalsDocument = new TypedDocumentString(`
    query DisruptionSignals {
  disruptionSignals {
    materialId
    quarter
    reports
    organisations
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
}
    `) as unknown as TypedDocumentString<DisruptionSignalsQuery, DisruptionSignalsQueryVariables>;
export const ExportDocumentDocument = new TypedDocumentString(`
    mutation ExportDocument($documentId: ID!, $format: DocumentExportFormat!, $locale: String) {
  exportDocument(documentId: $documentId, format: $format, locale: $locale) {
    filename
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportDocumentMutation, ExportDocumentMutationVariables>;
export const RoadmapDocumentsDocument = new TypedDocumentString(`
    query RoadmapDocuments($roadmapId: ID!) {
  documents(roadmapId: $roadmapId) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  roadmapId
  title
  createdAt
  updatedAt
  lastEditedAt
  lastEditedBy {
    name
    organisationName
  }
  canEdit
}`) as unknown as TypedDocumentString<RoadmapDocumentsQuery, RoadmapDocumentsQueryVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($id: ID!) {
  document(id: $id) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  roadmapId
  title
  createdAt
  updatedAt
  lastEditedAt
  lastEditedBy {
    name
    organisationName
  }
  canEdit
}`) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const DocumentRoadmapDocument = new TypedDocumentString(`
    query DocumentRoadmap($id: ID!) {
  roadmap(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<DocumentRoadmapQuery, DocumentRoadmapQueryVariables>;
export const CreateDocumentDocument = new TypedDocumentString(`
    mutation CreateDocument($roadmapId: ID!, $title: String!) {
  createDocument(roadmapId: $roadmapId, title: $title) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  roadmapId
  title
  createdAt
  updatedAt
  lastEditedAt
  lastEditedBy {
    name
    organisationName
  }
  canEdit
}`) as unknown as TypedDocumentString<CreateDocumentMutation, CreateDocumentMutationVariables>;
export const RenameDocumentDocument = new TypedDocumentString(`
    mutation RenameDocument($id: ID!, $title: String!) {
  renameDocument(id: $id, title: $title) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  roadmapId
  title
  createdAt
  updatedAt
  lastEditedAt
  lastEditedBy {
    name
    organisationName
  }
  canEdit
}`) as unknown as TypedDocumentString<RenameDocumentMutation, RenameDocumentMutationVariables>;
export const DeleteDocumentDocument = new TypedDocumentString(`
    mutation DeleteDocument($id: ID!) {
  deleteDocument(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDocumentMutation, DeleteDocumentMutationVariables>;
export const DocumentVersionsDocument = new TypedDocumentString(`
    query DocumentVersions($documentId: ID!) {
  documentVersions(documentId: $documentId) {
    ...DocumentVersionFields
  }
}
    fragment DocumentVersionFields on DocumentVersion {
  id
  documentId
  name
  createdAt
  sizeBytes
  createdBy {
    name
    organisationName
  }
}`) as unknown as TypedDocumentString<DocumentVersionsQuery, DocumentVersionsQueryVariables>;
export const SaveDocumentVersionDocument = new TypedDocumentString(`
    mutation SaveDocumentVersion($documentId: ID!, $name: String!) {
  saveDocumentVersion(documentId: $documentId, name: $name) {
    ...DocumentVersionFields
  }
}
    fragment DocumentVersionFields on DocumentVersion {
  id
  documentId
  name
  createdAt
  sizeBytes
  createdBy {
    name
    organisationName
  }
}`) as unknown as TypedDocumentString<SaveDocumentVersionMutation, SaveDocumentVersionMutationVariables>;
export const DocumentDiffDocument = new TypedDocumentString(`
    query DocumentDiff($versionId: ID!) {
  documentDiff(versionId: $versionId) {
    kind
    text
  }
}
    `) as unknown as TypedDocumentString<DocumentDiffQuery, DocumentDiffQueryVariables>;
export const RestoreDocumentVersionDocument = new TypedDocumentString(`
    mutation RestoreDocumentVersion($versionId: ID!) {
  restoreDocumentVersion(versionId: $versionId) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  roadmapId
  title
  createdAt
  updatedAt
  lastEditedAt
  lastEditedBy {
    name
    organisationName
  }
  canEdit
}`) as unknown as TypedDocumentString<RestoreDocumentVersionMutation, RestoreDocumentVersionMutationVariables>;
export const ChainImportTemplateDocument = new TypedDocumentString(`
    query ChainImportTemplate($language: ImportLanguage!) {
  chainImportTemplate(language: $language) {
    filename
    contentType
    base64
  }
}
    `) as unknown as TypedDocumentString<ChainImportTemplateQuery, ChainImportTemplateQueryVariables>;
export const ImportChainDataDocument = new TypedDocumentString(`
    mutation ImportChainData($productGroupId: ID!, $fileName: String!, $contentBase64: String!, $apply: Boolean, $importId: ID) {
  importChainData(
    productGroupId: $productGroupId
    fileName: $fileName
    contentBase64: $contentBase64
    apply: $apply
    importId: $importId
  ) {
    applied
    errors {
      sheet
      row
      column
      code
      message
      params
    }
    items {
      create
      update
      unchanged
    }
    compositions {
      create
      update
      unchanged
    }
    itemMaterials {
      create
      update
      unchanged
    }
    supplyLinks {
      create
      update
      unchanged
    }
    changes {
      sheet
      row
      entity
      action
      label
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<ImportChainDataMutation, ImportChainDataMutationVariables>;
export const ExportChainDataDocument = new TypedDocumentString(`
    mutation ExportChainData($productGroupId: ID!, $format: ChainDataExportFormat!) {
  exportChainData(productGroupId: $productGroupId, format: $format) {
    filename
    contentType
    base64
  }
}
    `) as unknown as TypedDocumentString<ExportChainDataMutation, ExportChainDataMutationVariables>;
export const ChainImportProgressDocument = new TypedDocumentString(`
    subscription ChainImportProgress($importId: ID!) {
  chainImportProgress(importId: $importId) {
    importId
    phase
    done
    total
    percent
  }
}
    `) as unknown as TypedDocumentString<ChainImportProgressSubscription, ChainImportProgressSubscriptionVariables>;
export const ExportSupplyLinksDocument = new TypedDocumentString(`
    mutation ExportSupplyLinks($productGroupId: ID!, $format: ChainDataExportFormat!, $language: ImportLanguage!) {
  exportSupplyLinks(
    productGroupId: $productGroupId
    format: $format
    language: $language
  ) {
    filename
    contentType
    rows
    base64
  }
}
    `) as unknown as TypedDocumentString<ExportSupplyLinksMutation, ExportSupplyLinksMutationVariables>;
export const InterventionsPageDocument = new TypedDocumentString(`
    query InterventionsPage($roadmapId: ID!, $filter: InterventionFilter) {
  roadmap(id: $roadmapId) {
    id
    title
    productGroup {
      id
      name
    }
    participants {
      id
      role
      organisation {
        id
        name
        kind
      }
    }
  }
  risks(roadmapId: $roadmapId) {
    id
    title
    level
    dependencyKey
    evidence {
      platformName
    }
    material {
      id
      symbol
      chemicalSymbol
      name
      nameNl
    }
  }
  interventions(roadmapId: $roadmapId, filter: $filter) {
    ...InterventionCardFields
  }
}
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}`) as unknown as TypedDocumentString<InterventionsPageQuery, InterventionsPageQueryVariables>;
export const InterventionsDocument = new TypedDocumentString(`
    query Interventions($roadmapId: ID!, $filter: InterventionFilter) {
  interventions(roadmapId: $roadmapId, filter: $filter) {
    ...InterventionCardFields
  }
}
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}`) as unknown as TypedDocumentString<InterventionsQuery, InterventionsQueryVariables>;
export const InterventionDocument = new TypedDocumentString(`
    query Intervention($id: ID!) {
  intervention(id: $id) {
    ...InterventionFields
  }
}
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}
fragment InterventionFields on Intervention {
  ...InterventionCardFields
  description
  statusReason
  deliverable
  details
  detailsVisibility
  createdAt
  risks {
    id
    title
    level
    likelihood
    impact
    status
    dependencyKey
    evidence {
      score
      targetName
      kind
      platformName
      computedAt
    }
    liveScore
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  history {
    id
    kind
    fromStatus
    toStatus
    reason
    note
    progressPct
    at
    actor {
      name
      organisationId
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<InterventionQuery, InterventionQueryVariables>;
export const InterventionRoadmapDocument = new TypedDocumentString(`
    query InterventionRoadmap($roadmapId: ID!) {
  roadmap(id: $roadmapId) {
    id
    title
    productGroup {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InterventionRoadmapQuery, InterventionRoadmapQueryVariables>;
export const ProposeInterventionDocument = new TypedDocumentString(`
    mutation ProposeIntervention($input: ProposeInterventionInput!) {
  proposeIntervention(input: $input) {
    ...InterventionCardFields
  }
}
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}`) as unknown as TypedDocumentString<ProposeInterventionMutation, ProposeInterventionMutationVariables>;
export const SetInterventionStatusDocument = new TypedDocumentString(`
    mutation SetInterventionStatus($id: ID!, $to: InterventionStatus!, $reason: String) {
  setInterventionStatus(id: $id, to: $to, reason: $reason) {
    ...InterventionFields
  }
}
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}
fragment InterventionFields on Intervention {
  ...InterventionCardFields
  description
  statusReason
  deliverable
  details
  detailsVisibility
  createdAt
  risks {
    id
    title
    level
    likelihood
    impact
    status
    dependencyKey
    evidence {
      score
      targetName
      kind
      platformName
      computedAt
    }
    liveScore
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  history {
    id
    kind
    fromStatus
    toStatus
    reason
    note
    progressPct
    at
    actor {
      name
      organisationId
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<SetInterventionStatusMutation, SetInterventionStatusMutationVariables>;
export const ReportInterventionProgressDocument = new TypedDocumentString(`
    mutation ReportInterventionProgress($id: ID!, $progressPct: Int!, $note: String!) {
  reportInterventionProgress(id: $id, progressPct: $progressPct, note: $note) {
    ...InterventionFields
  }
}
    fragment InterventionCardFields on Intervention {
  id
  roadmapId
  title
  type
  instrument
  impact
  effort
  quadrant
  horizon
  status
  progressPct
  dueDate
  owner {
    id
    name
    kind
  }
  ownerKind
  proposedBy {
    name
    organisationId
    organisationName
  }
  risks {
    id
    title
    dependencyKey
    material {
      id
      name
    }
  }
  canUpdate
  canDecide
  allowedTransitions
  updatedAt
}
fragment InterventionFields on Intervention {
  ...InterventionCardFields
  description
  statusReason
  deliverable
  details
  detailsVisibility
  createdAt
  risks {
    id
    title
    level
    likelihood
    impact
    status
    dependencyKey
    evidence {
      score
      targetName
      kind
      platformName
      computedAt
    }
    liveScore
    material {
      id
      name
      symbol
      chemicalSymbol
      nameNl
    }
  }
  history {
    id
    kind
    fromStatus
    toStatus
    reason
    note
    progressPct
    at
    actor {
      name
      organisationId
      organisationName
    }
  }
}`) as unknown as TypedDocumentString<ReportInterventionProgressMutation, ReportInterventionProgressMutationVariables>;
export const DeleteInterventionDocument = new TypedDocumentString(`
    mutation DeleteIntervention($id: ID!) {
  deleteIntervention(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteInterventionMutation, DeleteInterventionMutationVariables>;
export const AgreementsPageDocument = new TypedDocumentString(`
    query AgreementsPage($roadmapId: ID!) {
  roadmap(id: $roadmapId) {
    id
    title
    participants {
      id
      role
      organisation {
        id
        name
        kind
      }
    }
  }
  agreements(roadmapId: $roadmapId) {
    ...AgreementFields
  }
}
    fragment AgreementFields on Agreement {
  responsible {
    id
    name
    kind
  }
  dueDate
  deliverable
  status
  overdue
  intervention {
    id
    title
    type
    progressPct
    canDecide
    owner {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AgreementsPageQuery, AgreementsPageQueryVariables>;
export const SetAgreementDocument = new TypedDocumentString(`
    mutation SetAgreement($interventionId: ID!, $responsibleOrgId: ID, $dueDate: String, $deliverable: String) {
  setAgreement(
    interventionId: $interventionId
    responsibleOrgId: $responsibleOrgId
    dueDate: $dueDate
    deliverable: $deliverable
  ) {
    ...AgreementFields
  }
}
    fragment AgreementFields on Agreement {
  responsible {
    id
    name
    kind
  }
  dueDate
  deliverable
  status
  overdue
  intervention {
    id
    title
    type
    progressPct
    canDecide
    owner {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SetAgreementMutation, SetAgreementMutationVariables>;
export const ExportAgreementsDocument = new TypedDocumentString(`
    mutation ExportAgreements($roadmapId: ID!, $format: AgreementExportFormat!) {
  exportAgreements(roadmapId: $roadmapId, format: $format) {
    filename
    contentType
    base64
  }
}
    `) as unknown as TypedDocumentString<ExportAgreementsMutation, ExportAgreementsMutationVariables>;
export const LiveProductGroupDependenciesDocument = new TypedDocumentString(`
    query LiveProductGroupDependencies($productGroupId: ID!, $kind: DependencyKind, $first: Int!) {
  productGroup(id: $productGroupId) {
    id
    name
  }
  dependencies(
    productGroupId: $productGroupId
    kind: $kind
    first: $first
    orderBy: SCORE
  ) {
    totalCount
    nodes {
      ...LiveDependencyRowFields
    }
  }
}
    fragment LiveDependencyRowFields on Dependency {
  key
  kind
  platform {
    id
    name
  }
  target {
    id
    kind
    name
    symbol
    material {
      id
      symbol
      chemicalSymbol
      name
      nameNl
    }
  }
  score {
    value
  }
}`) as unknown as TypedDocumentString<LiveProductGroupDependenciesQuery, LiveProductGroupDependenciesQueryVariables>;
export const LiveItemDependenciesDocument = new TypedDocumentString(`
    query LiveItemDependencies($itemId: ID!, $kind: DependencyKind, $first: Int!) {
  item(id: $itemId) {
    id
    name
    kind
    productGroupId
  }
  dependencies(itemId: $itemId, kind: $kind, first: $first, orderBy: SCORE) {
    totalCount
    nodes {
      ...LiveDependencyRowFields
    }
  }
}
    fragment LiveDependencyRowFields on Dependency {
  key
  kind
  platform {
    id
    name
  }
  target {
    id
    kind
    name
    symbol
    material {
      id
      symbol
      chemicalSymbol
      name
      nameNl
    }
  }
  score {
    value
  }
}`) as unknown as TypedDocumentString<LiveItemDependenciesQuery, LiveItemDependenciesQueryVariables>;
export const LiveMaterialDocument = new TypedDocumentString(`
    query LiveMaterial($id: ID!) {
  material(id: $id) {
    id
    symbol
    chemicalSymbol
    nameNl
    name
    crmStatus
    parentSymbol
    supplyRisk
    economicImportance
    importReliance
    eolRecyclingRate
    substitutionIndex
    supplies(scope: GLOBAL) {
      id
      stage
      scope
      country
      countryName
      share
      shareIsUpperBound
      source
      year
    }
  }
}
    `) as unknown as TypedDocumentString<LiveMaterialQuery, LiveMaterialQueryVariables>;
export const LiveScenarioDocument = new TypedDocumentString(`
    query LiveScenario($id: ID!) {
  savedScenario(id: $id) {
    id
    name
    input {
      productGroupId
    }
    result {
      months
      shortItemCount
      platforms {
        platform {
          id
          name
        }
        firstShortfall
        worstAvailability
        shortItemCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveScenarioQuery, LiveScenarioQueryVariables>;
export const LiveFigureChainChangedDocument = new TypedDocumentString(`
    subscription LiveFigureChainChanged($productGroupId: ID!) {
  supplyLinkChanged(productGroupId: $productGroupId) {
    kind
  }
}
    `) as unknown as TypedDocumentString<LiveFigureChainChangedSubscription, LiveFigureChainChangedSubscriptionVariables>;
export const LiveFigureChoicesDocument = new TypedDocumentString(`
    query LiveFigureChoices($roadmapId: ID!) {
  productGroups {
    id
    name
  }
  roadmap(id: $roadmapId) {
    id
    productGroupId
    scenarios {
      id
      name
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<LiveFigureChoicesQuery, LiveFigureChoicesQueryVariables>;
export const LiveFigurePlatformsDocument = new TypedDocumentString(`
    query LiveFigurePlatforms($productGroupId: ID!) {
  productGroup(id: $productGroupId) {
    id
    items(kind: PLATFORM, first: 200) {
      nodes {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveFigurePlatformsQuery, LiveFigurePlatformsQueryVariables>;
export const LiveFigureMaterialsDocument = new TypedDocumentString(`
    query LiveFigureMaterials($search: String) {
  materials(search: $search, first: 30) {
    nodes {
      id
      symbol
      chemicalSymbol
      nameNl
      name
      crmStatus
    }
  }
}
    `) as unknown as TypedDocumentString<LiveFigureMaterialsQuery, LiveFigureMaterialsQueryVariables>;
export const LiveAgreementsDocument = new TypedDocumentString(`
    query LiveAgreements($roadmapId: ID!) {
  agreements(roadmapId: $roadmapId) {
    intervention {
      id
      title
    }
    responsible {
      id
      name
    }
    dueDate
    deliverable
    status
    overdue
  }
}
    `) as unknown as TypedDocumentString<LiveAgreementsQuery, LiveAgreementsQueryVariables>;
export const LiveRisksDocument = new TypedDocumentString(`
    query LiveRisks($roadmapId: ID!) {
  risks(roadmapId: $roadmapId) {
    id
    title
    likelihood
    impact
    level
    status
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LiveRisksQuery, LiveRisksQueryVariables>;
export const LiveInterventionsDocument = new TypedDocumentString(`
    query LiveInterventions($roadmapId: ID!) {
  interventions(roadmapId: $roadmapId) {
    id
    title
    impact
    effort
    quadrant
    status
  }
}
    `) as unknown as TypedDocumentString<LiveInterventionsQuery, LiveInterventionsQueryVariables>;
export const LiveFigureRoadmapActivityDocument = new TypedDocumentString(`
    subscription LiveFigureRoadmapActivity($roadmapId: ID!) {
  roadmapActivityAdded(roadmapId: $roadmapId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveFigureRoadmapActivitySubscription, LiveFigureRoadmapActivitySubscriptionVariables>;
export const MaterialsDocument = new TypedDocumentString(`
    query Materials($crmList: Boolean, $critical: Boolean, $search: String, $first: Int, $after: String) {
  materials(
    crmList: $crmList
    critical: $critical
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      symbol
      chemicalSymbol
      name
      nameNl
      crmStatus
      critical
      onCrmList
      parentSymbol
      supplyRisk
      eolRecyclingRate
      group {
        id
        symbol
        supplyRisk
        eolRecyclingRate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MaterialsQuery, MaterialsQueryVariables>;
export const MaterialFactsheetDocument = new TypedDocumentString(`
    query MaterialFactsheet($symbol: String!) {
  material(symbol: $symbol) {
    id
    symbol
    chemicalSymbol
    name
    nameNl
    crmStatus
    critical
    onCrmList
    listYear
    parentSymbol
    supplyRisk
    economicImportance
    importReliance
    eolRecyclingRate
    substitutionIndex
    group {
      id
      symbol
      name
      nameNl
      supplyRisk
      economicImportance
      importReliance
      eolRecyclingRate
      substitutionIndex
    }
    eGlobal: concentration(stage: EXTRACTION, scope: GLOBAL) {
      ...MaterialConcentration
    }
    eEu: concentration(stage: EXTRACTION, scope: EU_SOURCING) {
      ...MaterialConcentration
    }
    pGlobal: concentration(stage: PROCESSING, scope: GLOBAL) {
      ...MaterialConcentration
    }
    pEu: concentration(stage: PROCESSING, scope: EU_SOURCING) {
      ...MaterialConcentration
    }
    supplies {
      id
      stage
      scope
      country
      countryName
      share
      shareIsUpperBound
      source
      year
    }
    members {
      id
      symbol
      chemicalSymbol
      name
      nameNl
      crmStatus
    }
    usedIn {
      id
      name
    }
    exportRestrictions {
      id
      country
      measure
      since
      until
      description
      source
      active
    }
  }
}
    fragment MaterialConcentration on Concentration {
  hhi
  hhiNormalised
  band
  rescaledFrom
}`) as unknown as TypedDocumentString<MaterialFactsheetQuery, MaterialFactsheetQueryVariables>;
export const MonitoringSeriesListDocument = new TypedDocumentString(`
    query MonitoringSeriesList($materialId: ID, $from: String!, $to: String!) {
  monitoringSeries(materialId: $materialId) {
    ...MonitoringSeriesFields
    latest {
      date
      value
    }
    change(from: $from, to: $to) {
      percent
      change
      first {
        date
        value
      }
      last {
        date
        value
      }
    }
  }
}
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}`) as unknown as TypedDocumentString<MonitoringSeriesListQuery, MonitoringSeriesListQueryVariables>;
export const SubjectSeriesDocument = new TypedDocumentString(`
    query SubjectSeries($materialId: ID, $itemId: ID) {
  monitoringSeries(materialId: $materialId, itemId: $itemId) {
    ...SeriesChartFields
  }
}
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}
fragment SeriesChartFields on MonitoringSeries {
  ...MonitoringSeriesFields
  observations {
    date
    value
    note
  }
  thresholds {
    id
    kind
    value
    percent
    periods
    severity
  }
  alerts {
    id
    date
    value
    severity
    thresholdId
  }
}`) as unknown as TypedDocumentString<SubjectSeriesQuery, SubjectSeriesQueryVariables>;
export const MonitoringSeriesDocument = new TypedDocumentString(`
    query MonitoringSeries($id: ID!) {
  monitoringSeriesById(id: $id) {
    ...SeriesChartFields
  }
}
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}
fragment SeriesChartFields on MonitoringSeries {
  ...MonitoringSeriesFields
  observations {
    date
    value
    note
  }
  thresholds {
    id
    kind
    value
    percent
    periods
    severity
  }
  alerts {
    id
    date
    value
    severity
    thresholdId
  }
}`) as unknown as TypedDocumentString<MonitoringSeriesQuery, MonitoringSeriesQueryVariables>;
export const MyAlertsDocument = new TypedDocumentString(`
    query MyAlerts($includeAcknowledged: Boolean!) {
  myAlerts(includeAcknowledged: $includeAcknowledged) {
    ...MonitoringAlertFields
  }
}
    fragment MonitoringAlertFields on MonitoringAlert {
  id
  date
  value
  severity
  raisedAt
  acknowledged
  ongoing
  thresholdId
  threshold {
    id
    kind
    value
    percent
    periods
  }
  series {
    id
    name
    unit
  }
  roadmaps {
    id
    title
  }
}`) as unknown as TypedDocumentString<MyAlertsQuery, MyAlertsQueryVariables>;
export const MonitoringOverviewDocument = new TypedDocumentString(`
    query MonitoringOverview($roadmapId: ID!, $from: String!, $to: String!) {
  roadmap(id: $roadmapId) {
    id
    title
  }
  monitoringOverview(roadmapId: $roadmapId, from: $from, to: $to) {
    series {
      ...MonitoringSeriesFields
    }
    change {
      percent
      change
      first {
        date
        value
      }
      last {
        date
        value
      }
    }
    alerts {
      id
      date
      value
      severity
    }
  }
}
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}`) as unknown as TypedDocumentString<MonitoringOverviewQuery, MonitoringOverviewQueryVariables>;
export const CreateMonitoringSeriesDocument = new TypedDocumentString(`
    mutation CreateMonitoringSeries($input: MonitoringSeriesInput!) {
  createMonitoringSeries(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateMonitoringSeriesMutation, CreateMonitoringSeriesMutationVariables>;
export const AddObservationsDocument = new TypedDocumentString(`
    mutation AddObservations($seriesId: ID!, $observations: [ObservationInput!]!) {
  addObservations(seriesId: $seriesId, observations: $observations) {
    imported
    alertsRaised
  }
}
    `) as unknown as TypedDocumentString<AddObservationsMutation, AddObservationsMutationVariables>;
export const ImportObservationsDocument = new TypedDocumentString(`
    mutation ImportObservations($seriesId: ID!, $fileName: String!, $contentBase64: String!) {
  importObservations(
    seriesId: $seriesId
    fileName: $fileName
    contentBase64: $contentBase64
  ) {
    imported
    alertsRaised
  }
}
    `) as unknown as TypedDocumentString<ImportObservationsMutation, ImportObservationsMutationVariables>;
export const DeleteObservationDocument = new TypedDocumentString(`
    mutation DeleteObservation($seriesId: ID!, $date: String!) {
  deleteObservation(seriesId: $seriesId, date: $date)
}
    `) as unknown as TypedDocumentString<DeleteObservationMutation, DeleteObservationMutationVariables>;
export const CreateThresholdDocument = new TypedDocumentString(`
    mutation CreateThreshold($seriesId: ID!, $input: ThresholdInput!) {
  createThreshold(seriesId: $seriesId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateThresholdMutation, CreateThresholdMutationVariables>;
export const DeleteThresholdDocument = new TypedDocumentString(`
    mutation DeleteThreshold($id: ID!) {
  deleteThreshold(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteThresholdMutation, DeleteThresholdMutationVariables>;
export const AcknowledgeAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(id: $id) {
    id
    acknowledged
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const MonitoringSeriesChangedDocument = new TypedDocumentString(`
    subscription MonitoringSeriesChanged($seriesId: ID!) {
  monitoringSeriesChanged(seriesId: $seriesId) {
    ...SeriesChartFields
  }
}
    fragment MonitoringSeriesFields on MonitoringSeries {
  id
  name
  subjectKind
  country
  indicator
  customName
  unit
  frequency
  source
  licence
  demo
  updatedAt
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  publisher {
    id
    name
  }
}
fragment SeriesChartFields on MonitoringSeries {
  ...MonitoringSeriesFields
  observations {
    date
    value
    note
  }
  thresholds {
    id
    kind
    value
    percent
    periods
    severity
  }
  alerts {
    id
    date
    value
    severity
    thresholdId
  }
}`) as unknown as TypedDocumentString<MonitoringSeriesChangedSubscription, MonitoringSeriesChangedSubscriptionVariables>;
export const MyAlertRaisedDocument = new TypedDocumentString(`
    subscription MyAlertRaised {
  myAlertRaised {
    ...MonitoringAlertFields
  }
}
    fragment MonitoringAlertFields on MonitoringAlert {
  id
  date
  value
  severity
  raisedAt
  acknowledged
  ongoing
  thresholdId
  threshold {
    id
    kind
    value
    percent
    periods
  }
  series {
    id
    name
    unit
  }
  roadmaps {
    id
    title
  }
}`) as unknown as TypedDocumentString<MyAlertRaisedSubscription, MyAlertRaisedSubscriptionVariables>;
export const RiskRegisterDocument = new TypedDocumentString(`
    query RiskRegister($roadmapId: ID!) {
  roadmap(id: $roadmapId) {
    id
    title
    productGroup {
      id
      name
    }
    participants {
      id
      role
      organisation {
        id
        name
        kind
      }
    }
  }
  risks(roadmapId: $roadmapId) {
    ...RiskFields
  }
  myAlerts(includeAcknowledged: true) {
    id
    date
    value
    severity
    series {
      id
      name
      unit
    }
    roadmaps {
      id
    }
  }
}
    fragment RiskFields on Risk {
  id
  roadmapId
  title
  rationale
  likelihood
  impact
  level
  status
  owner {
    id
    name
    kind
  }
  reviewDate
  monitoringIndicator
  dependencyKey
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  evidence {
    score
    targetName
    kind
    platformName
    computedAt
    factors {
      name
      value
    }
  }
  liveScore
  scoreChange
  interventions {
    id
    title
    status
  }
  alerts {
    id
    date
    value
    severity
    series {
      id
      name
      unit
    }
  }
  createdBy {
    name
    organisationId
    organisationName
  }
  createdAt
  updatedAt
  canUpdate
  canDelete
}`) as unknown as TypedDocumentString<RiskRegisterQuery, RiskRegisterQueryVariables>;
export const CreateRiskDocument = new TypedDocumentString(`
    mutation CreateRisk($input: CreateRiskInput!) {
  createRisk(input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  roadmapId
  title
  rationale
  likelihood
  impact
  level
  status
  owner {
    id
    name
    kind
  }
  reviewDate
  monitoringIndicator
  dependencyKey
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  evidence {
    score
    targetName
    kind
    platformName
    computedAt
    factors {
      name
      value
    }
  }
  liveScore
  scoreChange
  interventions {
    id
    title
    status
  }
  alerts {
    id
    date
    value
    severity
    series {
      id
      name
      unit
    }
  }
  createdBy {
    name
    organisationId
    organisationName
  }
  createdAt
  updatedAt
  canUpdate
  canDelete
}`) as unknown as TypedDocumentString<CreateRiskMutation, CreateRiskMutationVariables>;
export const CreateRiskFromDependencyDocument = new TypedDocumentString(`
    mutation CreateRiskFromDependency($roadmapId: ID!, $dependencyKey: String!) {
  createRiskFromDependency(roadmapId: $roadmapId, dependencyKey: $dependencyKey) {
    id
    roadmapId
    title
    evidence {
      score
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRiskFromDependencyMutation, CreateRiskFromDependencyMutationVariables>;
export const UpdateRiskDocument = new TypedDocumentString(`
    mutation UpdateRisk($id: ID!, $input: UpdateRiskInput!) {
  updateRisk(id: $id, input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  roadmapId
  title
  rationale
  likelihood
  impact
  level
  status
  owner {
    id
    name
    kind
  }
  reviewDate
  monitoringIndicator
  dependencyKey
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  evidence {
    score
    targetName
    kind
    platformName
    computedAt
    factors {
      name
      value
    }
  }
  liveScore
  scoreChange
  interventions {
    id
    title
    status
  }
  alerts {
    id
    date
    value
    severity
    series {
      id
      name
      unit
    }
  }
  createdBy {
    name
    organisationId
    organisationName
  }
  createdAt
  updatedAt
  canUpdate
  canDelete
}`) as unknown as TypedDocumentString<UpdateRiskMutation, UpdateRiskMutationVariables>;
export const DeleteRiskDocument = new TypedDocumentString(`
    mutation DeleteRisk($id: ID!) {
  deleteRisk(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRiskMutation, DeleteRiskMutationVariables>;
export const RiskTargetRoadmapsDocument = new TypedDocumentString(`
    query RiskTargetRoadmaps {
  roadmaps {
    id
    title
    productGroupId
  }
}
    `) as unknown as TypedDocumentString<RiskTargetRoadmapsQuery, RiskTargetRoadmapsQueryVariables>;
export const LinkAlertToRiskDocument = new TypedDocumentString(`
    mutation LinkAlertToRisk($riskId: ID!, $alertId: ID!) {
  linkAlertToRisk(riskId: $riskId, alertId: $alertId) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  roadmapId
  title
  rationale
  likelihood
  impact
  level
  status
  owner {
    id
    name
    kind
  }
  reviewDate
  monitoringIndicator
  dependencyKey
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  evidence {
    score
    targetName
    kind
    platformName
    computedAt
    factors {
      name
      value
    }
  }
  liveScore
  scoreChange
  interventions {
    id
    title
    status
  }
  alerts {
    id
    date
    value
    severity
    series {
      id
      name
      unit
    }
  }
  createdBy {
    name
    organisationId
    organisationName
  }
  createdAt
  updatedAt
  canUpdate
  canDelete
}`) as unknown as TypedDocumentString<LinkAlertToRiskMutation, LinkAlertToRiskMutationVariables>;
export const UnlinkAlertFromRiskDocument = new TypedDocumentString(`
    mutation UnlinkAlertFromRisk($riskId: ID!, $alertId: ID!) {
  unlinkAlertFromRisk(riskId: $riskId, alertId: $alertId) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  roadmapId
  title
  rationale
  likelihood
  impact
  level
  status
  owner {
    id
    name
    kind
  }
  reviewDate
  monitoringIndicator
  dependencyKey
  material {
    id
    name
    symbol
    chemicalSymbol
    nameNl
  }
  evidence {
    score
    targetName
    kind
    platformName
    computedAt
    factors {
      name
      value
    }
  }
  liveScore
  scoreChange
  interventions {
    id
    title
    status
  }
  alerts {
    id
    date
    value
    severity
    series {
      id
      name
      unit
    }
  }
  createdBy {
    name
    organisationId
    organisationName
  }
  createdAt
  updatedAt
  canUpdate
  canDelete
}`) as unknown as TypedDocumentString<UnlinkAlertFromRiskMutation, UnlinkAlertFromRiskMutationVariables>;
export const MyRoadmapsDocument = new TypedDocumentString(`
    query MyRoadmaps {
  roadmaps {
    id
    title
    phase
    productGroup {
      id
      name
    }
    participants {
      ...ParticipantFields
    }
  }
}
    fragment ParticipantFields on Participant {
  id
  role
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<MyRoadmapsQuery, MyRoadmapsQueryVariables>;
export const RoadmapDocument = new TypedDocumentString(`
    query Roadmap($id: ID!) {
  roadmap(id: $id) {
    id
    title
    phase
    productGroup {
      id
      name
      description
    }
    participants {
      ...ParticipantFields
    }
  }
  organisations {
    id
    name
    kind
  }
}
    fragment ParticipantFields on Participant {
  id
  role
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;
export const SetParticipantDocument = new TypedDocumentString(`
    mutation SetParticipant($roadmapId: ID!, $organisationId: ID!, $role: ParticipantRole!) {
  setParticipant(
    roadmapId: $roadmapId
    organisationId: $organisationId
    role: $role
  ) {
    ...ParticipantFields
  }
}
    fragment ParticipantFields on Participant {
  id
  role
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<SetParticipantMutation, SetParticipantMutationVariables>;
export const RemoveParticipantDocument = new TypedDocumentString(`
    mutation RemoveParticipant($roadmapId: ID!, $organisationId: ID!) {
  removeParticipant(roadmapId: $roadmapId, organisationId: $organisationId)
}
    `) as unknown as TypedDocumentString<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const ScenarioSetupDocument = new TypedDocumentString(`
    query ScenarioSetup($productGroupId: ID!) {
  dependencyHeatmap(productGroupId: $productGroupId) {
    materials {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
  }
  roadmaps {
    id
    title
    productGroupId
  }
}
    `) as unknown as TypedDocumentString<ScenarioSetupQuery, ScenarioSetupQueryVariables>;
export const MaterialSuppliersDocument = new TypedDocumentString(`
    query MaterialSuppliers($id: ID!, $scope: SupplyScope) {
  material(id: $id) {
    id
    supplies(scope: $scope) {
      id
      stage
      country
      share
    }
  }
}
    `) as unknown as TypedDocumentString<MaterialSuppliersQuery, MaterialSuppliersQueryVariables>;
export const ScenarioItemSearchDocument = new TypedDocumentString(`
    query ScenarioItemSearch($productGroupId: ID!, $search: String!) {
  productGroup(id: $productGroupId) {
    id
    items(search: $search, first: 20) {
      nodes {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioItemSearchQuery, ScenarioItemSearchQueryVariables>;
export const RunScenarioDocument = new TypedDocumentString(`
    query RunScenario($input: ScenarioInput!) {
  runScenario(input: $input) {
    ...ScenarioResultFields
  }
}
    fragment ScenarioResultFields on ScenarioResult {
  name
  months
  warnings
  shortItemCount
  events {
    id
    country
    cutFraction
    sourceShare
    supplyLoss
    stage
    from
    until
    targetKind
    material {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
    item {
      id
      name
    }
  }
  platforms {
    platform {
      id
      name
    }
    firstShortfall
    worstAvailability
    shortItemCount
    timeline {
      month
      availability
    }
  }
  items {
    item {
      id
      name
    }
    supplyDropFrom
    shortfallFrom
    worstShortfall
    monthsShort
    recoveredFrom
    causes
  }
}`) as unknown as TypedDocumentString<RunScenarioQuery, RunScenarioQueryVariables>;
export const SaveScenarioDocument = new TypedDocumentString(`
    mutation SaveScenario($roadmapId: ID!, $name: String!, $input: ScenarioInput!) {
  saveScenario(roadmapId: $roadmapId, name: $name, input: $input) {
    id
    name
    roadmapId
  }
}
    `) as unknown as TypedDocumentString<SaveScenarioMutation, SaveScenarioMutationVariables>;
export const DeleteScenarioDocument = new TypedDocumentString(`
    mutation DeleteScenario($id: ID!) {
  deleteScenario(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const RoadmapScenariosDocument = new TypedDocumentString(`
    query RoadmapScenarios($id: ID!) {
  roadmap(id: $id) {
    id
    scenarios {
      id
      name
      createdAt
      createdBy {
        id
        name
      }
      input {
        ...ScenarioSpecFields
      }
    }
  }
}
    fragment ScenarioSpecFields on ScenarioSpec {
  productGroupId
  horizonMonths
  scope
  startDate
  events {
    id
    country
    cutPercent
    start
    durationMonths
    material {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
    item {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RoadmapScenariosQuery, RoadmapScenariosQueryVariables>;
export const SavedScenarioDocument = new TypedDocumentString(`
    query SavedScenario($id: ID!, $roadmapId: ID!) {
  savedScenario(id: $id) {
    id
    name
    roadmapId
    input {
      ...ScenarioSpecFields
    }
    result {
      ...ScenarioResultFields
    }
  }
  roadmap(id: $roadmapId) {
    id
    title
  }
}
    fragment ScenarioResultFields on ScenarioResult {
  name
  months
  warnings
  shortItemCount
  events {
    id
    country
    cutFraction
    sourceShare
    supplyLoss
    stage
    from
    until
    targetKind
    material {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
    item {
      id
      name
    }
  }
  platforms {
    platform {
      id
      name
    }
    firstShortfall
    worstAvailability
    shortItemCount
    timeline {
      month
      availability
    }
  }
  items {
    item {
      id
      name
    }
    supplyDropFrom
    shortfallFrom
    worstShortfall
    monthsShort
    recoveredFrom
    causes
  }
}
fragment ScenarioSpecFields on ScenarioSpec {
  productGroupId
  horizonMonths
  scope
  startDate
  events {
    id
    country
    cutPercent
    start
    durationMonths
    material {
      id
      symbol
      chemicalSymbol
      nameNl
      name
    }
    item {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SavedScenarioQuery, SavedScenarioQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
  myPermissionRules
}
    fragment UserFields on User {
  id
  email
  name
  role
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const PermissionRulesDocument = new TypedDocumentString(`
    query PermissionRules {
  myPermissionRules
}
    `) as unknown as TypedDocumentString<PermissionRulesQuery, PermissionRulesQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!, $organisationId: ID) {
  login(email: $email, password: $password, organisationId: $organisationId) {
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  email
  name
  role
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const DemoDocument = new TypedDocumentString(`
    query Demo {
  demo {
    enabled
    users {
      email
      description
    }
  }
}
    `) as unknown as TypedDocumentString<DemoQuery, DemoQueryVariables>;
export const SupplierFrontDoorDocument = new TypedDocumentString(`
    query SupplierFrontDoor {
  mySupplierProfile {
    ...SupplierProfileFields
  }
  demandsForMe {
    score
    demand {
      ...CapacityDemandFields
    }
    reasons {
      ...MatchNoteFields
    }
    gaps {
      ...MatchNoteFields
    }
    myResponse {
      id
      hoursPerMonth
      availableFrom
      message
    }
  }
  capacityDemands {
    ...CapacityDemandFields
  }
}
    fragment SupplierProfileFields on SupplierProfile {
  id
  name
  province
  sizeClass
  category
  capabilities
  kvkNumber
  certifications
  sectors
  clearance
  capacityHoursPerMonth
  capacityFrom
  description
  hiddenFromYou
  governmentOnly
  demo
  isOwn
  keptByYou
}
fragment MatchNoteFields on MatchNote {
  code
  values
  amount
}
fragment CapacityDemandFields on CapacityDemand {
  id
  title
  description
  capabilities
  quantity
  hoursPerMonth
  windowStart
  windowEnd
  requiredCertifications
  requiredClearance
  canUpdate
  roadmapId
  interventionId
  publisher {
    id
    name
  }
  item {
    id
    name
  }
}`) as unknown as TypedDocumentString<SupplierFrontDoorQuery, SupplierFrontDoorQueryVariables>;
export const CapacityDemandDocument = new TypedDocumentString(`
    query CapacityDemand($id: ID!) {
  capacityDemand(id: $id) {
    ...CapacityDemandFields
    responses {
      id
      hoursPerMonth
      availableFrom
      message
      isOwn
      profile {
        id
        name
      }
    }
  }
}
    fragment CapacityDemandFields on CapacityDemand {
  id
  title
  description
  capabilities
  quantity
  hoursPerMonth
  windowStart
  windowEnd
  requiredCertifications
  requiredClearance
  canUpdate
  roadmapId
  interventionId
  publisher {
    id
    name
  }
  item {
    id
    name
  }
}`) as unknown as TypedDocumentString<CapacityDemandQuery, CapacityDemandQueryVariables>;
export const DemandCandidatesDocument = new TypedDocumentString(`
    query DemandCandidates($demandId: ID!, $first: Int) {
  demandCandidates(demandId: $demandId, first: $first) {
    score
    shortlisted
    profile {
      ...SupplierProfileFields
    }
    reasons {
      ...MatchNoteFields
    }
    gaps {
      ...MatchNoteFields
    }
    response {
      id
      hoursPerMonth
      availableFrom
      message
    }
  }
}
    fragment SupplierProfileFields on SupplierProfile {
  id
  name
  province
  sizeClass
  category
  capabilities
  kvkNumber
  certifications
  sectors
  clearance
  capacityHoursPerMonth
  capacityFrom
  description
  hiddenFromYou
  governmentOnly
  demo
  isOwn
  keptByYou
}
fragment MatchNoteFields on MatchNote {
  code
  values
  amount
}`) as unknown as TypedDocumentString<DemandCandidatesQuery, DemandCandidatesQueryVariables>;
export const SupplierProfileDocument = new TypedDocumentString(`
    query SupplierProfile($id: ID!) {
  supplierProfile(id: $id) {
    ...SupplierProfileFields
  }
  similarSuppliers(profileId: $id, first: 10) {
    similarity
    shared
    profile {
      id
      name
      category
      province
      demo
    }
  }
}
    fragment SupplierProfileFields on SupplierProfile {
  id
  name
  province
  sizeClass
  category
  capabilities
  kvkNumber
  certifications
  sectors
  clearance
  capacityHoursPerMonth
  capacityFrom
  description
  hiddenFromYou
  governmentOnly
  demo
  isOwn
  keptByYou
}`) as unknown as TypedDocumentString<SupplierProfileQuery, SupplierProfileQueryVariables>;
export const PublishCapacityDemandDocument = new TypedDocumentString(`
    mutation PublishCapacityDemand($input: CapacityDemandInput!) {
  publishCapacityDemand(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishCapacityDemandMutation, PublishCapacityDemandMutationVariables>;
export const RespondToDemandDocument = new TypedDocumentString(`
    mutation RespondToDemand($demandId: ID!, $input: DemandResponseInput!) {
  respondToDemand(demandId: $demandId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondToDemandMutation, RespondToDemandMutationVariables>;
export const ShortlistSupplierDocument = new TypedDocumentString(`
    mutation ShortlistSupplier($demandId: ID!, $profileId: ID!) {
  shortlistSupplier(demandId: $demandId, profileId: $profileId)
}
    `) as unknown as TypedDocumentString<ShortlistSupplierMutation, ShortlistSupplierMutationVariables>;
export const RemoveFromShortlistDocument = new TypedDocumentString(`
    mutation RemoveFromShortlist($demandId: ID!, $profileId: ID!) {
  removeFromShortlist(demandId: $demandId, profileId: $profileId)
}
    `) as unknown as TypedDocumentString<RemoveFromShortlistMutation, RemoveFromShortlistMutationVariables>;
export const CreateSupplierProfileDocument = new TypedDocumentString(`
    mutation CreateSupplierProfile($input: SupplierProfileInput!) {
  createSupplierProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSupplierProfileMutation, CreateSupplierProfileMutationVariables>;
export const UpdateSupplierProfileDocument = new TypedDocumentString(`
    mutation UpdateSupplierProfile($id: ID!, $input: SupplierProfileInput!) {
  updateSupplierProfile(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateSupplierProfileMutation, UpdateSupplierProfileMutationVariables>;
export const SupplierDirectoryDocument = new TypedDocumentString(`
    query SupplierDirectory($search: String, $capability: Capability, $category: DefenceCategory, $province: Province, $first: Int, $offset: Int) {
  supplierProfiles(
    search: $search
    capability: $capability
    category: $category
    province: $province
    first: $first
    offset: $offset
  ) {
    total
    profiles {
      ...SupplierProfileFields
    }
  }
}
    fragment SupplierProfileFields on SupplierProfile {
  id
  name
  province
  sizeClass
  category
  capabilities
  kvkNumber
  certifications
  sectors
  clearance
  capacityHoursPerMonth
  capacityFrom
  description
  hiddenFromYou
  governmentOnly
  demo
  isOwn
  keptByYou
}`) as unknown as TypedDocumentString<SupplierDirectoryQuery, SupplierDirectoryQueryVariables>;
export const UpdateCapacityDemandDocument = new TypedDocumentString(`
    mutation UpdateCapacityDemand($id: ID!, $input: CapacityDemandInput!) {
  updateCapacityDemand(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCapacityDemandMutation, UpdateCapacityDemandMutationVariables>;
export const DeleteCapacityDemandDocument = new TypedDocumentString(`
    mutation DeleteCapacityDemand($id: ID!) {
  deleteCapacityDemand(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCapacityDemandMutation, DeleteCapacityDemandMutationVariables>;
export const WithdrawDemandResponseDocument = new TypedDocumentString(`
    mutation WithdrawDemandResponse($id: ID!) {
  withdrawDemandResponse(id: $id)
}
    `) as unknown as TypedDocumentString<WithdrawDemandResponseMutation, WithdrawDemandResponseMutationVariables>;
export const InterventionCandidatesDocument = new TypedDocumentString(`
    query InterventionCandidates($id: ID!) {
  intervention(id: $id) {
    id
    type
    atRiskItems {
      id
      name
      kind
    }
    candidateSuppliers {
      linkedAt
      linkedBy {
        name
        organisationId
        organisationName
      }
      profile {
        id
        name
        category
        province
        capabilities
        demo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InterventionCandidatesQuery, InterventionCandidatesQueryVariables>;
export const ItemCandidatesDocument = new TypedDocumentString(`
    query ItemCandidates($itemId: ID!, $capabilities: [Capability!], $first: Int) {
  itemCandidates(itemId: $itemId, capabilities: $capabilities, first: $first) {
    score
    profile {
      id
      name
      category
      province
      demo
    }
    reasons {
      ...MatchNoteFields
    }
    gaps {
      ...MatchNoteFields
    }
  }
}
    fragment MatchNoteFields on MatchNote {
  code
  values
  amount
}`) as unknown as TypedDocumentString<ItemCandidatesQuery, ItemCandidatesQueryVariables>;
export const LinkInterventionCandidateDocument = new TypedDocumentString(`
    mutation LinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {
  linkInterventionCandidate(
    interventionId: $interventionId
    profileId: $profileId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkInterventionCandidateMutation, LinkInterventionCandidateMutationVariables>;
export const UnlinkInterventionCandidateDocument = new TypedDocumentString(`
    mutation UnlinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {
  unlinkInterventionCandidate(
    interventionId: $interventionId
    profileId: $profileId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnlinkInterventionCandidateMutation, UnlinkInterventionCandidateMutationVariables>;
export const RoadmapPhasesDocument = new TypedDocumentString(`
    query RoadmapPhases($roadmapId: ID!) {
  roadmapPhases(roadmapId: $roadmapId) {
    phase
    current
    done
    openPoints {
      code
      message
      count
      link
    }
  }
}
    `) as unknown as TypedDocumentString<RoadmapPhasesQuery, RoadmapPhasesQueryVariables>;
export const MoveRoadmapPhaseDocument = new TypedDocumentString(`
    mutation MoveRoadmapPhase($roadmapId: ID!, $to: RoadmapPhase!, $note: String) {
  moveRoadmapPhase(roadmapId: $roadmapId, to: $to, note: $note) {
    id
    phase
  }
}
    `) as unknown as TypedDocumentString<MoveRoadmapPhaseMutation, MoveRoadmapPhaseMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks {
  myTasks {
    ownedInterventions {
      id
      roadmapId
      title
      status
      dueDate
      progressPct
    }
    awaitingDecision {
      id
      roadmapId
      title
      status
      impact
      effort
      proposedBy {
        name
        organisationName
      }
    }
    risksToReview {
      id
      roadmapId
      title
      level
      reviewDate
    }
  }
}
    `) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MemberProfileImportTemplateDocument = new TypedDocumentString(`
    query MemberProfileImportTemplate($language: ImportLanguage!) {
  memberProfileImportTemplate(language: $language) {
    filename
    contentType
    base64
  }
}
    `) as unknown as TypedDocumentString<MemberProfileImportTemplateQuery, MemberProfileImportTemplateQueryVariables>;
export const ImportMemberProfilesDocument = new TypedDocumentString(`
    mutation ImportMemberProfiles($fileName: String!, $contentBase64: String!, $apply: Boolean) {
  importMemberProfiles(
    fileName: $fileName
    contentBase64: $contentBase64
    apply: $apply
  ) {
    applied
    rows
    errors {
      sheet
      row
      column
      code
      message
      params
    }
    profiles {
      create
      update
      unchanged
    }
    changes {
      row
      kvkNumber
      name
      action
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<ImportMemberProfilesMutation, ImportMemberProfilesMutationVariables>;
export const MemberProfilesDocument = new TypedDocumentString(`
    query MemberProfiles($search: String, $first: Int, $offset: Int) {
  memberProfiles(search: $search, first: $first, offset: $offset) {
    total
    profiles {
      id
      name
      kvkNumber
      province
      category
      capabilities
      governmentOnly
    }
  }
}
    `) as unknown as TypedDocumentString<MemberProfilesQuery, MemberProfilesQueryVariables>;
export const ExportMemberProfilesDocument = new TypedDocumentString(`
    mutation ExportMemberProfiles($language: ImportLanguage) {
  exportMemberProfiles(language: $language) {
    filename
    contentType
    base64
  }
}
    `) as unknown as TypedDocumentString<ExportMemberProfilesMutation, ExportMemberProfilesMutationVariables>;