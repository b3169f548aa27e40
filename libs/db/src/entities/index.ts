import { OrganisationEntity } from './organisation.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import {
  AuditEventEntity,
  CompositionEntity,
  ItemEntity,
  ItemMaterialEntity,
  MaterialEntity,
  MaterialSupplyEntity,
  ParticipantEntity,
  ProductGroupEntity,
  RoadmapEntity,
  SupplyLinkEntity,
} from './chain.entities';

export * from './organisation.entity';
export * from './session.entity';
export * from './user.entity';
export * from './chain.entities';

/** Every entity the data source knows; a new entity is added here and gets a migration. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  ProductGroupEntity,
  RoadmapEntity,
  ParticipantEntity,
  ItemEntity,
  CompositionEntity,
  MaterialEntity,
  MaterialSupplyEntity,
  ItemMaterialEntity,
  SupplyLinkEntity,
  AuditEventEntity,
];
