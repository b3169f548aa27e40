import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// The supplier directory, capacity demand and matchmaking (issue 19); the value lists are the
// vocabularies of libs/domain/src/suppliers and the migration's CHECKs. The API reads and writes
// these tables with SQL (apps/api/src/suppliers); the entities keep the data source's model complete.

@Entity('supplier_profile')
export class SupplierProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id', nullable: true, unique: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', name: 'kvk_number', nullable: true })
  kvkNumber: string | null;

  @Column({ type: 'text' })
  province: string;

  @Column({ type: 'text', name: 'size_class' })
  sizeClass: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'text', array: true })
  capabilities: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  certifications: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  sectors: string[];

  @Column({ type: 'text', default: 'NONE' })
  clearance: string;

  @Column({ type: 'integer', name: 'capacity_hours_per_month', nullable: true })
  capacityHoursPerMonth: number | null;

  @Column({ type: 'date', name: 'capacity_from', nullable: true })
  capacityFrom: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The profile sections (PROFILE_SECTIONS) the company shows to government readers only. */
  @Column({ type: 'text', array: true, name: 'government_only', default: '{}' })
  governmentOnly: string[];

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  /** The trade association that keeps this profile for a member company without an account; null otherwise. */
  @Column({ type: 'uuid', name: 'kept_by_org_id', nullable: true })
  keptByOrgId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@Entity('capacity_demand')
export class CapacityDemandEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'owner_org_id' })
  ownerOrgId: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'uuid', name: 'item_id', nullable: true })
  itemId: string | null;

  @Column({ type: 'text', array: true })
  capabilities: string[];

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'integer', name: 'hours_per_month', nullable: true })
  hoursPerMonth: number | null;

  @Column({ type: 'date', name: 'window_start' })
  windowStart: string;

  @Column({ type: 'date', name: 'window_end' })
  windowEnd: string;

  @Column({ type: 'text', array: true, name: 'required_certifications', default: '{}' })
  requiredCertifications: string[];

  @Column({ type: 'text', name: 'required_clearance', default: 'NONE' })
  requiredClearance: string;

  @Column({ type: 'uuid', name: 'roadmap_id', nullable: true })
  roadmapId: string | null;

  @Column({ type: 'uuid', name: 'intervention_id', nullable: true })
  interventionId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@Entity('demand_response')
export class DemandResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'demand_id' })
  demandId: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'uuid', name: 'profile_id' })
  profileId: string;

  @Column({ type: 'uuid', name: 'responded_by', nullable: true })
  respondedBy: string | null;

  @Column({ type: 'integer', name: 'hours_per_month' })
  hoursPerMonth: number;

  @Column({ type: 'date', name: 'available_from' })
  availableFrom: string;

  @Column({ type: 'text', default: '' })
  message: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@Entity('supplier_shortlist')
export class SupplierShortlistEntity {
  @PrimaryColumn({ type: 'uuid', name: 'demand_id' })
  demandId: string;

  @PrimaryColumn({ type: 'uuid', name: 'profile_id' })
  profileId: string;

  @Column({ type: 'uuid', name: 'added_by_org_id' })
  addedByOrgId: string;

  @Column({ type: 'uuid', name: 'added_by', nullable: true })
  addedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
