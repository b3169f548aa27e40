import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A supplier profile linked as a candidate to an intervention (migration 1764001700000); the API
 * reads and writes it with SQL (apps/api/src/interventions), the entity keeps the model complete.
 */
@Entity('intervention_candidate')
export class InterventionCandidateEntity {
  @PrimaryColumn({ type: 'uuid', name: 'intervention_id' })
  interventionId: string;

  @PrimaryColumn({ type: 'uuid', name: 'profile_id' })
  profileId: string;

  @Column({ type: 'uuid', name: 'added_by_org_id' })
  addedByOrgId: string;

  @Column({ type: 'uuid', name: 'added_by', nullable: true })
  addedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
