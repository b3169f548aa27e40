import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationKind } from '@routekaart/access';

// The vocabulary is libs/access's (the rules are written in it); re-exported for the entities' users.
export { ORGANISATION_KINDS, type OrganisationKind } from '@routekaart/access';

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

  /** A trade association (issue 19): keeps supplier profiles for member companies without an account. */
  @Column({ type: 'boolean', name: 'trade_association', default: false })
  tradeAssociation: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
