import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A disruption scenario saved in a roadmap ("CN cuts Ga by 50% from 2027-01 for 6 months"). Only the
 * question is stored: the answer is computed again for each reader, with their own view of the chain.
 */
@Entity('scenario')
@Index(['roadmapId', 'createdAt'])
export class ScenarioEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'roadmap_id' })
  roadmapId: string;

  @Column({ type: 'text' })
  name: string;

  /** The validated scenario input (product group, events, horizon), as the API normalised it. */
  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  /** The user who saved it; null once that account is deleted. */
  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  /** Their organisation at the time, which owns the scenario (for "own, as roadmap co-editor"). */
  @Column({ type: 'uuid', name: 'created_by_org_id' })
  createdByOrgId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
