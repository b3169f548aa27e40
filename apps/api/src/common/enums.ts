import { registerEnumType } from '@nestjs/graphql';
import {
  ACTIVITY_KINDS,
  ACTIVITY_SUBJECTS,
  CRM_STATUSES,
  INSTRUMENTS,
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  RISK_STATUSES,
  TIME_HORIZONS,
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
export function enumOf<T extends string>(values: readonly T[], name: string, description?: string): { [K in T]: K } {
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

// The roadmap's work (issue 16): risk register, interventions, agreements, activity feed.
export const RiskStatusEnum = enumOf(RISK_STATUSES, 'RiskStatus');
export const InterventionTypeEnum = enumOf(INTERVENTION_TYPES, 'InterventionType');
export const InstrumentEnum = enumOf(INSTRUMENTS, 'Instrument', 'The policy instrument an intervention uses (COVENANT: an agreement between parties)');
export const TimeHorizonEnum = enumOf(TIME_HORIZONS, 'TimeHorizon', 'SHORT: within a year; MEDIUM: one to three years; LONG: more than three years');
export const InterventionStatusEnum = enumOf(INTERVENTION_STATUSES, 'InterventionStatus');
export const ActivityKindEnum = enumOf(ACTIVITY_KINDS, 'ActivityKind');
export const ActivitySubjectEnum = enumOf(ACTIVITY_SUBJECTS, 'ActivitySubject');

// Spreadsheet files of chain data (issue 18): the import template, the own-data and the "everything I may see" exports.
export const ImportLanguageEnum = { nl: 'nl', en: 'en' } as const;
registerEnumType(ImportLanguageEnum, { name: 'ImportLanguage', description: 'The language of a spreadsheet’s headers and words (nl: Dutch, en: English)' });
export const ExportFormatEnum = { XLSX: 'XLSX', CSV: 'CSV' } as const;
registerEnumType(ExportFormatEnum, {
  name: 'ChainDataExportFormat',
  description: 'XLSX (Excel), or CSV (in Dutch semicolon-separated with decimal commas, as Dutch Excel reads it)',
});
