import { registerEnumType } from '@nestjs/graphql';
import {
  CRM_STATUSES,
  EXPORT_RESTRICTION_MEASURES,
  ITEM_KINDS,
  ORGANISATION_KINDS,
  PARTICIPANT_ROLES,
  ROADMAP_PHASES,
  SUPPLY_SCOPES,
  SUPPLY_STAGES,
  USER_ROLES,
  VISIBILITIES,
} from '@routekaart/db';

/** A GraphQL enum object from the database's list of allowed values, so the two never drift. */
function enumOf<T extends string>(values: readonly T[], name: string, description?: string): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS, 'OrganisationKind');
export const UserRoleEnum = enumOf(USER_ROLES, 'UserRole', "A user's role within their organisation");
export const ItemKindEnum = enumOf(ITEM_KINDS, 'ItemKind', 'Level of a bill-of-materials node');
export const VisibilityEnum = enumOf(
  VISIBILITIES,
  'Visibility',
  'OWNER: the contributor and the organisations it shares with; GOVERNMENT: also government participants of roadmaps using it; ROADMAP: all participants of those roadmaps',
);
export const ParticipantRoleEnum = enumOf(PARTICIPANT_ROLES, 'ParticipantRole');
export const RoadmapPhaseEnum = enumOf(ROADMAP_PHASES, 'RoadmapPhase');
export const CrmStatusEnum = enumOf(CRM_STATUSES, 'CrmStatus', 'EU Critical Raw Materials Act status');
export const SupplyStageEnum = enumOf(SUPPLY_STAGES, 'SupplyStage');
export const SupplyScopeEnum = enumOf(SUPPLY_SCOPES, 'SupplyScope', 'GLOBAL supply, or the EU sourcing mix (EU production plus imports)');
export const ExportRestrictionMeasureEnum = enumOf(
  EXPORT_RESTRICTION_MEASURES,
  'ExportRestrictionMeasure',
  'LICENSING: exports need a licence; BAN: exports prohibited; QUOTA: capped volumes; EXPORT_TAX: exports taxed',
);
