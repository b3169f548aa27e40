import type { ForcedSubject, MongoAbility } from '@casl/ability';
import type { OrganisationKind } from './actor';

/**
 * Actions. The matrix grants each one explicitly and never grants `manage` (CASL's "any action"),
 * so a new action is never allowed by accident. `manage` stays in the type so callers may ask for it.
 */
export const ACTIONS = ['read', 'create', 'update', 'delete', 'decide', 'manageUsers', 'manage'] as const;
export type Action = (typeof ACTIONS)[number];

export const VISIBILITIES = ['OWNER', 'GOVERNMENT', 'ROADMAP'] as const;
/**
 * Who may see a piece of chain data (DESIGN §5):
 * OWNER: the contributing organisation and the organisations in `sharedWith`;
 * GOVERNMENT: also the government organisations participating in a roadmap in `roadmapIds`;
 * ROADMAP: also every participant of a roadmap in `roadmapIds`.
 */
export type Visibility = (typeof VISIBILITIES)[number];

/** The fields every visibility-bearing record exposes to the rules. */
export interface VisibleChainData {
  visibility: Visibility;
  /** Organisation ids the owner shares the record with (whatever its visibility). */
  sharedWith: readonly string[];
  /** Roadmaps whose product group uses the record; computed by the DB layer. */
  roadmapIds: readonly string[];
}

export interface OrganisationSubject {
  id: string;
  kind: OrganisationKind;
}
export interface UserSubject {
  id: string;
  organisationId: string;
}
export interface ProductGroupSubject {
  id: string;
}
export interface RoadmapSubject {
  id: string;
  productGroupId: string;
}
export interface ParticipantSubject {
  roadmapId: string;
  organisationId: string;
}
export interface ItemSubject extends VisibleChainData {
  id: string;
  ownerOrgId: string;
}
/** A bill-of-materials edge; carries the owner and visibility of its parent item. */
export interface CompositionSubject extends VisibleChainData {
  parentId: string;
  childId: string;
  ownerOrgId: string;
}
export interface MaterialSubject {
  id: string;
}
export interface MaterialSupplySubject {
  materialId: string;
}
/** A country's export restriction on a material (public reference data, like supply shares). */
export interface ExportRestrictionSubject {
  materialId: string;
  country: string;
}
export interface MonitoringSeriesSubject {
  id: string;
}
export interface ObservationSubject {
  seriesId: string;
}
export interface SupplyLinkSubject extends VisibleChainData {
  id: string;
  itemId: string;
  contributedByOrgId: string;
  supplierName?: string | null;
  supplierOrgId?: string | null;
  country?: string | null;
  share?: number | null;
  tier?: number | null;
  leadTimeWeeks?: number | null;
  stockMonths?: number | null;
  singleSource?: boolean | null;
}
export interface DocumentSubject {
  id: string;
  roadmapId: string;
}
/**
 * A comment thread on a roadmap document: the quoted selection and its resolved state. Its anchor
 * is a mark in the document's content; the thread follows the document's roadmap.
 */
export interface DocumentCommentThreadSubject {
  id: string;
  documentId: string;
  roadmapId: string;
}
/** One comment (the first of a thread or a reply); `authorId` is the user who wrote it. */
export interface DocumentCommentSubject {
  id: string;
  threadId: string;
  roadmapId: string;
  authorId: string | null;
}
export interface RiskSubject {
  roadmapId: string;
  ownerOrgId?: string | null;
}
export interface InterventionSubject {
  roadmapId: string;
  ownerOrgId?: string | null;
}
/**
 * The confidential details of an intervention (a company's stock volumes, say): they belong to the
 * organisation that wrote them, which chooses who else reads them with a visibility, as for chain
 * data. `roadmapIds` is the intervention's roadmap; `sharedWith` stays empty.
 */
export interface InterventionDetailSubject extends VisibleChainData {
  interventionId: string;
  roadmapId: string;
  ownerOrgId: string;
}
export interface AuditEventSubject {
  actorOrganisationId: string;
}
export interface DisruptionReportSubject extends VisibleChainData {
  id: string;
  reportingOrgId: string;
}
/**
 * A company's entry in the supplier directory (issue 19); `organisationId` is null for entries no
 * company keeps itself: demo entries, and profiles a trade association keeps for its members
 * (`keptByOrgId`, the association; null otherwise).
 */
export interface SupplierProfileSubject {
  id: string;
  organisationId: string | null;
  keptByOrgId?: string | null;
}
/**
 * One part of a supplier profile the company may keep for government readers (certifications,
 * capacity, ...): `audience` is its choice, ALL platform users or GOVERNMENT only.
 */
export interface SupplierProfileDetailSubject {
  profileId: string;
  organisationId: string | null;
  audience: 'ALL' | 'GOVERNMENT';
  /** The trade association that keeps the profile for a member company, or null. */
  keptByOrgId?: string | null;
}
/** Capacity Defence needs, published by a government organisation. */
export interface CapacityDemandSubject {
  id: string;
  ownerOrgId: string;
}
/** A company's response to a demand (interest and capacity): for government readers and itself only. */
export interface DemandResponseSubject {
  id: string;
  demandId: string;
  organisationId: string;
}
/** A profile on Defence's shortlist for a demand (and the ranked candidate lists it is kept from). */
export interface SupplierShortlistSubject {
  demandId: string;
  profileId: string;
}
/**
 * A supplier profile linked as a candidate to a (diversification) intervention: like the shortlist,
 * government's only, and only of a roadmap the reader takes part in (`roadmapId` is the intervention's).
 */
export interface InterventionCandidateSubject {
  interventionId: string;
  roadmapId: string;
  profileId: string;
}

/** Subject type name -> the fields the rules read. */
export interface SubjectRecords {
  Organisation: OrganisationSubject;
  User: UserSubject;
  ProductGroup: ProductGroupSubject;
  Roadmap: RoadmapSubject;
  Participant: ParticipantSubject;
  Item: ItemSubject;
  Composition: CompositionSubject;
  Material: MaterialSubject;
  MaterialSupply: MaterialSupplySubject;
  ExportRestriction: ExportRestrictionSubject;
  MonitoringSeries: MonitoringSeriesSubject;
  Observation: ObservationSubject;
  SupplyLink: SupplyLinkSubject;
  Document: DocumentSubject;
  DocumentCommentThread: DocumentCommentThreadSubject;
  DocumentComment: DocumentCommentSubject;
  Risk: RiskSubject;
  Intervention: InterventionSubject;
  InterventionDetail: InterventionDetailSubject;
  AuditEvent: AuditEventSubject;
  DisruptionReport: DisruptionReportSubject;
  SupplierProfile: SupplierProfileSubject;
  SupplierProfileDetail: SupplierProfileDetailSubject;
  CapacityDemand: CapacityDemandSubject;
  DemandResponse: DemandResponseSubject;
  SupplierShortlist: SupplierShortlistSubject;
  InterventionCandidate: InterventionCandidateSubject;
  /** Exporting data out of the platform (CSV/XLSX); what is exported is still filtered by `read`. */
  Export: Record<string, never>;
  /** Aggregated figures (suppressed below 3 contributors or above 70% dominance, in libs/domain). */
  Aggregate: Record<string, never>;
}

export type SubjectType = keyof SubjectRecords;

export const SUBJECT_TYPES = [
  'Organisation',
  'User',
  'ProductGroup',
  'Roadmap',
  'Participant',
  'Item',
  'Composition',
  'Material',
  'MaterialSupply',
  'ExportRestriction',
  'MonitoringSeries',
  'Observation',
  'SupplyLink',
  'Document',
  'DocumentCommentThread',
  'DocumentComment',
  'Risk',
  'Intervention',
  'InterventionDetail',
  'AuditEvent',
  'DisruptionReport',
  'SupplierProfile',
  'SupplierProfileDetail',
  'CapacityDemand',
  'DemandResponse',
  'SupplierShortlist',
  'InterventionCandidate',
  'Export',
  'Aggregate',
] as const satisfies readonly SubjectType[];

/** Chain data: records that carry a visibility. */
export const CHAIN_SUBJECTS = ['Item', 'Composition', 'SupplyLink', 'DisruptionReport'] as const satisfies readonly SubjectType[];
export type ChainSubjectType = (typeof CHAIN_SUBJECTS)[number];

/** A record tagged with its subject type (`subject('SupplyLink', row)` from `@casl/ability`). */
export type TaggedSubject = { [K in SubjectType]: SubjectRecords[K] & ForcedSubject<K> }[SubjectType];

export type AppSubject = SubjectType | TaggedSubject;

/** The ability every part of the platform checks against; built only by `defineAbilityFor`. */
export type AppAbility = MongoAbility<[Action, AppSubject]>;
