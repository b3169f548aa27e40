import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationKind, Visibility } from '@routekaart/access';

// The roadmap's own work (issue 16): its risk register, the interventions that address the risks and
// become agreements, and the activity feed. The value lists are the migration's CHECKs.

export const RISK_STATUSES = ['OPEN', 'MITIGATING', 'ACCEPTED', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const INTERVENTION_TYPES = [
  'STOCKPILING',
  'DIVERSIFICATION',
  'SUBSTITUTION',
  'RECYCLING',
  'DESIGN_CHANGE',
  'MATERIAL_EFFICIENCY',
  'LONG_TERM_CONTRACT',
  'PROCUREMENT_CRITERIA',
  'GEOPOLITICAL_PREMIUM',
  'INTERNATIONAL_COOPERATION',
  'RESEARCH',
  'OTHER',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

export const INSTRUMENTS = ['SUBSIDY', 'PROCUREMENT', 'REGULATION', 'STRATEGIC_STOCKPILE', 'COVENANT', 'RESEARCH_PROGRAMME', 'NONE'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** SHORT: within a year; MEDIUM: one to three years; LONG: more than three years. */
export const TIME_HORIZONS = ['SHORT', 'MEDIUM', 'LONG'] as const;
export type TimeHorizon = (typeof TIME_HORIZONS)[number];

export const INTERVENTION_STATUSES = ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'WITHDRAWN'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

export const INTERVENTION_EVENT_KINDS = ['STATUS', 'PROGRESS'] as const;
export type InterventionEventKind = (typeof INTERVENTION_EVENT_KINDS)[number];

export const ACTIVITY_KINDS = [
  'RISK_CREATED',
  'RISK_UPDATED',
  'RISK_DELETED',
  'INTERVENTION_PROPOSED',
  'INTERVENTION_UPDATED',
  'INTERVENTION_STATUS_CHANGED',
  'INTERVENTION_PROGRESS',
  'AGREEMENT_UPDATED',
  'PHASE_CHANGED',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_SUBJECTS = ['RISK', 'INTERVENTION', 'ROADMAP'] as const;
export type ActivitySubject = (typeof ACTIVITY_SUBJECTS)[number];

/**
 * A risk's evidence: the computed dependency it was taken from, as every participant of the roadmap
 * saw it at that moment (the "common view").
 */
export interface RiskEvidenceSnapshot {
  score: number;
  /** The factor codes as the analysis names them, with their values. */
  factors: Record<string, number>;
  targetName: string;
  kind: string;
  platformName: string;
  /** ISO timestamp. */
  computedAt: string;
}

/** A risk in a roadmap's register. */
@Entity('risk')
@Index(['roadmapId', 'createdAt'])
export class RiskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'roadmap_id' })
  roadmapId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  rationale: string;

  @Column({ type: 'int' })
  likelihood: number;

  @Column({ type: 'int' })
  impact: number;

  @Column({ type: 'text', default: 'OPEN' })
  status: RiskStatus;

  @Column({ type: 'uuid', name: 'owner_org_id', nullable: true })
  ownerOrgId: string | null;

  /** YYYY-MM-DD. */
  @Column({ type: 'date', name: 'review_date', nullable: true })
  reviewDate: string | null;

  /** What is watched to see the risk change ("what we watch"), until monitoring series can be linked. */
  @Column({ type: 'text', name: 'monitoring_indicator', nullable: true })
  monitoringIndicator: string | null;

  /** The key of the computed dependency the risk was taken from (the analysis page's `dependency(key)`). */
  @Column({ type: 'text', name: 'dependency_key', nullable: true })
  dependencyKey: string | null;

  @Column({ type: 'uuid', name: 'material_id', nullable: true })
  materialId: string | null;

  /** Null when made by hand, or when the dependency was not in the common view. */
  @Column({ type: 'jsonb', nullable: true })
  evidence: RiskEvidenceSnapshot | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column({ type: 'uuid', name: 'created_by_org_id' })
  createdByOrgId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/**
 * A measure against one or more risks, from proposal to agreement ("afspraak") to done. An agreed
 * intervention's `ownerOrgId`, `dueDate` and `deliverable` are the agreement's terms.
 */
@Entity('intervention')
@Index(['roadmapId', 'createdAt'])
export class InterventionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'roadmap_id' })
  roadmapId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  type: InterventionType;

  @Column({ type: 'text', default: 'NONE' })
  instrument: Instrument;

  @Column({ type: 'int' })
  impact: number;

  @Column({ type: 'int' })
  effort: number;

  @Column({ type: 'text' })
  horizon: TimeHorizon;

  @Column({ type: 'uuid', name: 'proposed_by', nullable: true })
  proposedBy: string | null;

  @Column({ type: 'uuid', name: 'proposed_by_org_id' })
  proposedByOrgId: string;

  /** Who takes it up; a participant of the roadmap. */
  @Column({ type: 'uuid', name: 'owner_org_id', nullable: true })
  ownerOrgId: string | null;

  /** The kind of party that would take it up, while no organisation is named. */
  @Column({ type: 'text', name: 'owner_kind', nullable: true })
  ownerKind: OrganisationKind | null;

  @Column({ type: 'text', default: 'PROPOSED' })
  status: InterventionStatus;

  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason: string | null;

  @Column({ type: 'int', name: 'progress_pct', default: 0 })
  progressPct: number;

  /** YYYY-MM-DD. */
  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text', nullable: true })
  deliverable: string | null;

  /** Confidential details (a company's stock volumes, say), read through the InterventionDetail rules. */
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ type: 'text', name: 'details_visibility', default: 'ROADMAP' })
  detailsVisibility: Visibility;

  /** The organisation the details belong to: the one that wrote them. */
  @Column({ type: 'uuid', name: 'details_org_id', nullable: true })
  detailsOrgId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** Which risks an intervention addresses (both in the same roadmap). */
@Entity('intervention_risk')
export class InterventionRiskEntity {
  @PrimaryColumn({ type: 'uuid', name: 'intervention_id' })
  interventionId: string;

  @PrimaryColumn({ type: 'uuid', name: 'risk_id' })
  riskId: string;
}

/** One step in an intervention's history: a status transition or a progress report. */
@Entity('intervention_event')
@Index(['interventionId', 'id'])
export class InterventionEventEntity {
  /** Orders the history; never shown (it counts every intervention's events). */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** The id clients see. */
  @Column({ type: 'uuid', unique: true, default: () => 'gen_random_uuid()' })
  uid: string;

  @Column({ type: 'uuid', name: 'intervention_id' })
  interventionId: string;

  @Column({ type: 'text' })
  kind: InterventionEventKind;

  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: InterventionStatus | null;

  @Column({ type: 'text', name: 'to_status', nullable: true })
  toStatus: InterventionStatus | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'int', name: 'progress_pct', nullable: true })
  progressPct: number | null;

  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', name: 'actor_org_id' })
  actorOrgId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}

/** One line of a roadmap's activity feed; read by whoever may read the roadmap's interventions. */
@Entity('roadmap_activity')
@Index(['roadmapId', 'id'])
export class RoadmapActivityEntity {
  /** Orders the feed; never shown (it counts the entries of every roadmap). */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** The id clients see (and page with). */
  @Column({ type: 'uuid', unique: true, default: () => 'gen_random_uuid()' })
  uid: string;

  @Column({ type: 'uuid', name: 'roadmap_id' })
  roadmapId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', name: 'actor_org_id', nullable: true })
  actorOrgId: string | null;

  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType: ActivitySubject;

  @Column({ type: 'uuid', name: 'subject_id' })
  subjectId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', name: 'from_value', nullable: true })
  fromValue: string | null;

  @Column({ type: 'text', name: 'to_value', nullable: true })
  toValue: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
