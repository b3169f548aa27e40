import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { EXPORT_RESTRICTION_MEASURES, type ExportRestrictionMeasure } from '@routekaart/domain';
import { MaterialEntity } from './chain.entities';

// One list of measures for the database check, the file reader and the GraphQL enum.
export { EXPORT_RESTRICTION_MEASURES, type ExportRestrictionMeasure };

/** An export restriction on record: `country` restricts exports of a material from `since` (until `until`). */
@Entity('export_restriction')
@Index(['materialId', 'country', 'measure', 'since'], { unique: true })
export class ExportRestrictionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'material_id' })
  materialId: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id' })
  material?: Relation<MaterialEntity>;

  /** ISO 3166-1 alpha-2, upper case. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  measure: ExportRestrictionMeasure;

  /** YYYY-MM-DD (a `date` column comes back from TypeORM as that string). */
  @Column({ type: 'date' })
  since: string;

  /** YYYY-MM-DD, or null while in force. */
  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  source: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
