import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { ParticipantRole, Visibility } from '@routekaart/access';

export const ITEM_KINDS = ['PLATFORM', 'SYSTEM', 'COMPONENT', 'SEMI_FINISHED', 'MATERIAL_FORM'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

// Who may read a piece of chain data (DESIGN.md §5) and the parts in a roadmap: libs/access's
// vocabulary (the rules are written in it), re-exported for the entities' users.
export { PARTICIPANT_ROLES, VISIBILITIES, type ParticipantRole, type Visibility } from '@routekaart/access';

export const ROADMAP_PHASES = ['SCOPING', 'CHAIN_MAPPING', 'RISK_ANALYSIS', 'INTERVENTIONS', 'AGREEMENTS', 'MONITORING'] as const;
export type RoadmapPhase = (typeof ROADMAP_PHASES)[number];

/** numeric columns come back from pg as strings; this keeps them numbers in the entities. */
export const numericTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

@Entity('product_group')
export class ProductGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

@Entity('roadmap')
export class RoadmapEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'product_group_id' })
  productGroupId: string;

  @ManyToOne(() => ProductGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_group_id' })
  productGroup?: Relation<ProductGroupEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  phase: RoadmapPhase;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

@Entity('participant')
@Index(['roadmapId', 'organisationId'], { unique: true })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'roadmap_id' })
  roadmapId: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text' })
  role: ParticipantRole;
}

/** A node of the bill of materials: a platform, system, component, semi-finished product or material form. */
@Entity('item')
export class ItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'product_group_id' })
  productGroupId: string;

  @Column({ type: 'text' })
  kind: ItemKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The organisation that contributed and maintains the item (for platforms: the shipyard). */
  @Column({ type: 'uuid', name: 'owner_org_id' })
  ownerOrgId: string;

  @Column({ type: 'text' })
  visibility: Visibility;

  @Column({ type: 'uuid', array: true, name: 'shared_with', default: () => "'{}'" })
  sharedWith: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** The database's number of the item (identity): the analysis loads references as these, not as uuids. */
  @Column({ type: 'int', insert: false, update: false, select: false })
  seq: number;
}

/**
 * A bill-of-materials edge: `quantity` units of the child go into one parent. Meant to be a DAG, but
 * no one can check that over edges they may not read: `addComposition` refuses cycles among the
 * edges its caller can read, and the analysis breaks any other cycle (with a warning).
 */
@Entity('composition')
@Index(['parentId', 'childId'], { unique: true })
export class CompositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'parent_id' })
  parentId: string;

  @Column({ type: 'uuid', name: 'child_id' })
  childId: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  quantity: number;

  @Column({ type: 'text' })
  unit: string;
}

export const CRM_STATUSES = ['STRATEGIC', 'CRITICAL', 'NONE'] as const;
export type CrmStatus = (typeof CRM_STATUSES)[number];

@Entity('material')
export class MaterialEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** English name (the EU study's). */
  @Column({ type: 'text', unique: true })
  name: string;

  /** Dutch name; null for a material the name table does not know. */
  @Column({ type: 'text', name: 'name_nl', nullable: true })
  nameNl: string | null;

  /**
   * The catalogue key: the chemical symbol of an element, or a code for groups (LREE, HREE, PGM) and
   * materials that are no element (BARYTE, COKING_COAL); unique.
   */
  @Column({ type: 'text', unique: true })
  symbol: string;

  @Column({ type: 'text', name: 'crm_status' })
  crmStatus: CrmStatus;

  @Column({ type: 'int', name: 'list_year', nullable: true })
  listYear: number | null;

  /** End-of-life recycling input rate, 0..1. */
  @Column({ type: 'numeric', name: 'eol_recycling_rate', nullable: true, transformer: numericTransformer })
  eolRecyclingRate: number | null;

  @Column({ type: 'numeric', name: 'substitution_index', nullable: true, transformer: numericTransformer })
  substitutionIndex: number | null;

  /** Import reliance, 0..1. */
  @Column({ type: 'numeric', name: 'import_reliance', nullable: true, transformer: numericTransformer })
  importReliance: number | null;

  /** Supply risk and economic importance as published in the EU 2023 assessment. */
  @Column({ type: 'numeric', name: 'supply_risk', nullable: true, transformer: numericTransformer })
  supplyRisk: number | null;

  @Column({ type: 'numeric', name: 'economic_importance', nullable: true, transformer: numericTransformer })
  economicImportance: number | null;

  @Column({ type: 'text', name: 'parent_symbol', nullable: true })
  parentSymbol: string | null;
}

export const SUPPLY_STAGES = ['EXTRACTION', 'PROCESSING'] as const;
export type SupplyStage = (typeof SUPPLY_STAGES)[number];
export const SUPPLY_SCOPES = ['GLOBAL', 'EU_SOURCING'] as const;
export type SupplyScope = (typeof SUPPLY_SCOPES)[number];

/** One country's share of a material's supply at one stage, global or in EU sourcing. */
@Entity('material_supply')
export class MaterialSupplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'material_id' })
  materialId: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id' })
  material?: Relation<MaterialEntity>;

  @Column({ type: 'text' })
  stage: SupplyStage;

  @Column({ type: 'text' })
  scope: SupplyScope;

  /** ISO 3166-1 alpha-2; null for a residual such as "other countries". */
  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'text', name: 'country_name' })
  countryName: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  share: number;

  /** True when the source printed "<x%": `share` is then the bound x. */
  @Column({ type: 'boolean', name: 'share_is_upper_bound', default: false })
  shareIsUpperBound: boolean;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text' })
  source: string;

  /** Trade-related variable t of the EU method (export restrictions and agreements), 0.8..1.2. */
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  t: number | null;
}

/** Raw material contained in one unit of an item. */
@Entity('item_material')
@Index(['itemId', 'materialId'], { unique: true })
export class ItemMaterialEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  @Column({ type: 'uuid', name: 'material_id' })
  materialId: string;

  @Column({ type: 'numeric', name: 'quantity_kg', nullable: true, transformer: numericTransformer })
  quantityKg: number | null;
}

/** Confidential chain data: who supplies an item, from where, in which share. */
@Entity('supply_link')
export class SupplyLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  @Column({ type: 'uuid', name: 'supplier_org_id', nullable: true })
  supplierOrgId: string | null;

  @Column({ type: 'text', name: 'supplier_name', nullable: true })
  supplierName: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  share: number | null;

  @Column({ type: 'int', nullable: true })
  tier: number | null;

  @Column({ type: 'numeric', name: 'lead_time_weeks', nullable: true, transformer: numericTransformer })
  leadTimeWeeks: number | null;

  @Column({ type: 'numeric', name: 'stock_months', nullable: true, transformer: numericTransformer })
  stockMonths: number | null;

  @Column({ type: 'boolean', name: 'single_source', default: false })
  singleSource: boolean;

  @Column({ type: 'text' })
  visibility: Visibility;

  @Column({ type: 'uuid', array: true, name: 'shared_with', default: () => "'{}'" })
  sharedWith: string[];

  @Column({ type: 'uuid', name: 'contributed_by_org_id' })
  contributedByOrgId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** Append-only record of every write and every export; the database refuses updates and deletes. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', name: 'actor_organisation_id', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType: string;

  @Column({ type: 'text', name: 'subject_id', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, unknown>;
}
