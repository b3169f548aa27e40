import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { UserEntity } from './user.entity';

export const ORGANISATION_KINDS = ['GOVERNMENT', 'INDUSTRY', 'KNOWLEDGE_INSTITUTE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  /** Dutch Chamber of Commerce number, where the organisation has one. */
  @Column({ type: 'text', nullable: true })
  kvk: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @OneToMany('UserEntity', (user: UserEntity) => user.organisation)
  users?: Relation<UserEntity[]>;
}
