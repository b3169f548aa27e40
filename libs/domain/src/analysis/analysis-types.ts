// The analysis's input vocabulary: what the database layer maps its rows to and what every
// analysis module reads. Types only and no imports, so the modules that compute with them
// (concentration, supply risk, the chain graph, the explosion) depend on this file, not on each other.

export type AnalysisItemKind = 'PLATFORM' | 'SYSTEM' | 'COMPONENT' | 'SEMI_FINISHED' | 'MATERIAL_FORM';
export type AnalysisSupplyStage = 'EXTRACTION' | 'PROCESSING';
export type AnalysisSupplyScope = 'GLOBAL' | 'EU_SOURCING';

/** A node of the bill of materials. */
export interface AnalysisItem {
  id: string;
  name: string;
  kind: AnalysisItemKind;
}

/** Bill-of-materials edge: `quantity` children (in `unit`) per one parent. Together a DAG. */
export interface AnalysisComposition {
  parentId: string;
  childId: string;
  quantity: number;
  unit: string;
}

/** Raw material contained in one unit of an item; `quantityKg` null when not on record. */
export interface AnalysisItemMaterial {
  itemId: string;
  materialId: string;
  quantityKg: number | null;
}

/** Who supplies an item, from where, in which share (confidential chain data). */
export interface AnalysisSupplyLink {
  id: string;
  itemId: string;
  /** Organisation id or free-text supplier name; only compared for equality. */
  supplierKey: string;
  /** ISO 3166 alpha-2, `null` when unknown. */
  country: string | null;
  /** Fraction 0..1 of the item's supply, `null` when unknown. */
  share: number | null;
  tier: number | null;
  leadTimeWeeks: number | null;
  /** Stock the buyer holds, in months of consumption. */
  stockMonths: number | null;
  singleSource: boolean;
}

/** One country's share of a material's supply at one stage. */
export interface AnalysisMaterialSupply {
  stage: AnalysisSupplyStage;
  scope: AnalysisSupplyScope;
  country: string;
  /** Fraction 0..1. */
  share: number;
  /** JRC trade-related variable t (export restrictions / trade agreements), `null` when unknown. */
  t: number | null;
  /** The share was printed as an upper bound ("<0.1%"); it is used at its bound. */
  shareIsUpperBound?: boolean;
}

export interface AnalysisMaterial {
  id: string;
  symbol: string;
  name: string;
  /** End-of-life recycling input rate, 0..1. */
  eolRecyclingRate: number | null;
  /** SI_SR of the JRC method (1 = no substitute). */
  substitutionIndex: number | null;
  /** Import reliance, 0..1. */
  importReliance: number | null;
  supplies: AnalysisMaterialSupply[];
}

/** An export restriction on record: `country` restricts exports of `materialId` since `since` (ISO date). */
export interface ExportRestriction {
  materialId: string;
  country: string;
  since: string;
  description: string;
}

/** Scaled governance indicator per country (0-10, higher = weaker governance). */
export type GovernanceIndex = Record<string, number>;

/** Everything the analysis reads; the database layer maps its rows to this. */
export interface ChainGraphInput {
  items: readonly AnalysisItem[];
  compositions: readonly AnalysisComposition[];
  itemMaterials: readonly AnalysisItemMaterial[];
  supplyLinks: readonly AnalysisSupplyLink[];
  materials: readonly AnalysisMaterial[];
  /** Omitted: export restrictions are unknown (the factor is left out). Empty array: none on record. */
  exportRestrictions?: readonly ExportRestriction[];
  /** Omitted: no governance data (supply risk falls back to unweighted HHIs). */
  governance?: GovernanceIndex;
}
