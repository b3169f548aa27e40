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
import {
  DocumentCommentEntity,
  DocumentCommentThreadEntity,
  DocumentEntity,
  DocumentUpdateEntity,
  DocumentVersionEntity,
} from './document.entities';
import { ScenarioEntity } from './analysis.entities';
import { ExportRestrictionEntity } from './export-restriction.entity';
import {
  InterventionEntity,
  InterventionEventEntity,
  InterventionRiskEntity,
  RiskEntity,
  RoadmapActivityEntity,
} from './roadmap-work.entities';
import { CapacityDemandEntity, DemandResponseEntity, SupplierProfileEntity, SupplierShortlistEntity } from './supplier.entities';
import { InterventionCandidateEntity } from './intervention-candidate.entity';

export * from './organisation.entity';
export * from './session.entity';
export * from './user.entity';
export * from './chain.entities';
export * from './document.entities';
export * from './analysis.entities';
export * from './export-restriction.entity';
export * from './roadmap-work.entities';
export * from './supplier.entities';
export * from './intervention-candidate.entity';

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
  ExportRestrictionEntity,
  ItemMaterialEntity,
  SupplyLinkEntity,
  AuditEventEntity,
  ScenarioEntity,
  DocumentEntity,
  DocumentUpdateEntity,
  DocumentVersionEntity,
  DocumentCommentThreadEntity,
  DocumentCommentEntity,
  RiskEntity,
  InterventionEntity,
  InterventionRiskEntity,
  InterventionEventEntity,
  RoadmapActivityEntity,
  SupplierProfileEntity,
  CapacityDemandEntity,
  DemandResponseEntity,
  SupplierShortlistEntity,
  InterventionCandidateEntity,
];
