import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { OrganisationEntity } from './organisation.entity';
import type { UserRole } from '@routekaart/access';

// The vocabulary is libs/access's (the rules are written in it); re-exported for the entities' users.
export { USER_ROLES, type UserRole } from '@routekaart/access';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique within its organisation (one address may have accounts in several). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', name: 'password_hash', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text' })
  role: UserRole;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  // One way only: an organisation's users are read through UserService (with the reader's rule), never
  // as a relation of the organisation, so the organisation entity need not know users.
  @ManyToOne('OrganisationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  /** Operates the platform (organisations, users); grants no access to confidential chain data. */
  @Column({ type: 'boolean', name: 'platform_operator', default: false })
  platformOperator: boolean;

  @Column({ type: 'timestamptz', name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
