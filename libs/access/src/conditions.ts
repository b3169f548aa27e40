import type { MongoQuery } from '@casl/ability';
import type { Actor, ParticipantRole } from './actor';
import type { SubjectType } from './subjects';

/**
 * The named conditions a matrix cell may grant. Each one turns into zero or more CASL rules for a
 * given actor and subject (several rules = OR). Conditions use only what `rulesToSql` translates:
 * equality, `$in`, array-contains on string[] fields, several fields in one object (AND).
 */
export const CONDITION_NAMES = [
  'always',
  'own organisation',
  'self',
  'shared with own organisation',
  'visible to government participants',
  'visible to roadmap participants',
  'roadmap participant',
  'roadmap co-editor',
  'roadmap lead',
  'own, as roadmap co-editor',
  'authored, as roadmap co-editor',
  'open to all platform users',
  'kept for members, as trade association',
] as const;
export type ConditionName = (typeof CONDITION_NAMES)[number];

/** The field holding the owning organisation, per subject (where "own organisation" applies). */
export const OWNER_FIELD: Partial<Record<SubjectType, string>> = {
  Organisation: 'id',
  User: 'organisationId',
  Participant: 'organisationId',
  Item: 'ownerOrgId',
  Composition: 'ownerOrgId',
  SupplyLink: 'contributedByOrgId',
  DisruptionReport: 'reportingOrgId',
  Risk: 'ownerOrgId',
  Intervention: 'ownerOrgId',
  InterventionDetail: 'ownerOrgId',
  AuditEvent: 'actorOrganisationId',
  SupplierProfile: 'organisationId',
  SupplierProfileDetail: 'organisationId',
  CapacityDemand: 'ownerOrgId',
  DemandResponse: 'organisationId',
};

/** The field holding the roadmap, per subject (where roadmap participation applies). */
export const ROADMAP_FIELD: Partial<Record<SubjectType, string>> = {
  Roadmap: 'id',
  Participant: 'roadmapId',
  Document: 'roadmapId',
  DocumentCommentThread: 'roadmapId',
  DocumentComment: 'roadmapId',
  Risk: 'roadmapId',
  Intervention: 'roadmapId',
  InterventionCandidate: 'roadmapId',
};

/** The field holding the user who wrote the record, per subject (where authorship applies). */
export const AUTHOR_FIELD: Partial<Record<SubjectType, string>> = {
  DocumentComment: 'authorId',
};

const VISIBILITY_SUBJECTS: readonly SubjectType[] = ['Item', 'Composition', 'SupplyLink', 'DisruptionReport', 'InterventionDetail'];

export interface ConditionDefinition {
  /** One sentence for the generated PERMISSIONS.md. */
  description: string;
  /** The condition for a subject, written with `actor.*` placeholders, for the generated docs. */
  shape(subject: SubjectType): string;
  /** The CASL conditions (OR-ed); `[]` means no grant for this actor; `[undefined]` means unconditional. */
  build(actor: Actor, subject: SubjectType): (MongoQuery | undefined)[];
}

export const CONDITIONS: Record<ConditionName, ConditionDefinition> = {
  always: {
    description: 'every record of the subject',
    shape: () => 'true',
    build: () => [undefined],
  },
  'own organisation': {
    description: "the record belongs to the actor's organisation",
    shape: (s) => `${field(OWNER_FIELD, s, 'own organisation')} = actor.organisationId`,
    build: (actor, s) => [{ [field(OWNER_FIELD, s, 'own organisation')]: actor.organisationId }],
  },
  self: {
    description: "the record is the actor's own user account",
    shape: (s) => `${onlyFor(s, ['User'], 'id', 'self')} = actor.userId`,
    build: (actor, s) => [{ [onlyFor(s, ['User'], 'id', 'self')]: actor.userId }],
  },
  'shared with own organisation': {
    description: "the owner lists the actor's organisation in `sharedWith` (whatever the visibility)",
    shape: (s) => `${onlyFor(s, VISIBILITY_SUBJECTS, 'sharedWith', 'shared with own organisation')} contains actor.organisationId`,
    build: (actor, s) => [{ [onlyFor(s, VISIBILITY_SUBJECTS, 'sharedWith', 'shared with own organisation')]: actor.organisationId }],
  },
  'visible to government participants': {
    description:
      "visibility `GOVERNMENT` and the record is used in a roadmap the actor's organisation participates in (grant it to government organisations only)",
    shape: (s) =>
      `visibility = 'GOVERNMENT' and ${onlyFor(s, VISIBILITY_SUBJECTS, 'roadmapIds', 'visibility')} overlaps actor's roadmaps`,
    build: (actor, s) => inRoadmaps(actor, ALL_ROLES, (ids) => ({
      visibility: 'GOVERNMENT',
      [onlyFor(s, VISIBILITY_SUBJECTS, 'roadmapIds', 'visibility')]: { $in: ids },
    })),
  },
  'visible to roadmap participants': {
    description:
      "visibility `ROADMAP` and the record is used in a roadmap the actor's organisation participates in (any participant role)",
    shape: (s) =>
      `visibility = 'ROADMAP' and ${onlyFor(s, VISIBILITY_SUBJECTS, 'roadmapIds', 'visibility')} overlaps actor's roadmaps`,
    build: (actor, s) => inRoadmaps(actor, ALL_ROLES, (ids) => ({
      visibility: 'ROADMAP',
      [onlyFor(s, VISIBILITY_SUBJECTS, 'roadmapIds', 'visibility')]: { $in: ids },
    })),
  },
  'roadmap participant': {
    description: "the actor's organisation participates in the record's roadmap (LEAD, MEMBER or OBSERVER)",
    shape: (s) => `${field(ROADMAP_FIELD, s, 'roadmap participant')} in actor's roadmaps`,
    build: (actor, s) =>
      inRoadmaps(actor, ALL_ROLES, (ids) => ({ [field(ROADMAP_FIELD, s, 'roadmap participant')]: { $in: ids } })),
  },
  'roadmap co-editor': {
    description: "the actor's organisation is LEAD or MEMBER of the record's roadmap (observers only read)",
    shape: (s) => `${field(ROADMAP_FIELD, s, 'roadmap co-editor')} in actor's LEAD/MEMBER roadmaps`,
    build: (actor, s) =>
      inRoadmaps(actor, CO_EDITOR_ROLES, (ids) => ({ [field(ROADMAP_FIELD, s, 'roadmap co-editor')]: { $in: ids } })),
  },
  'roadmap lead': {
    description: "the actor's organisation is LEAD of the record's roadmap",
    shape: (s) => `${field(ROADMAP_FIELD, s, 'roadmap lead')} in actor's LEAD roadmaps`,
    build: (actor, s) =>
      inRoadmaps(actor, ['LEAD'], (ids) => ({ [field(ROADMAP_FIELD, s, 'roadmap lead')]: { $in: ids } })),
  },
  'own, as roadmap co-editor': {
    description:
      "the record belongs to the actor's organisation and sits in a roadmap where that organisation is LEAD or MEMBER",
    shape: (s) =>
      `${field(OWNER_FIELD, s, 'own, as roadmap co-editor')} = actor.organisationId and ${field(ROADMAP_FIELD, s, 'own, as roadmap co-editor')} in actor's LEAD/MEMBER roadmaps`,
    build: (actor, s) =>
      inRoadmaps(actor, CO_EDITOR_ROLES, (ids) => ({
        [field(OWNER_FIELD, s, 'own, as roadmap co-editor')]: actor.organisationId,
        [field(ROADMAP_FIELD, s, 'own, as roadmap co-editor')]: { $in: ids },
      })),
  },
  'authored, as roadmap co-editor': {
    description:
      "the actor wrote the record (its author is the actor's own user account) and it sits in a roadmap where the actor's organisation is LEAD or MEMBER",
    shape: (s) =>
      `${field(AUTHOR_FIELD, s, 'authored, as roadmap co-editor')} = actor.userId and ${field(ROADMAP_FIELD, s, 'authored, as roadmap co-editor')} in actor's LEAD/MEMBER roadmaps`,
    build: (actor, s) =>
      inRoadmaps(actor, CO_EDITOR_ROLES, (ids) => ({
        [field(AUTHOR_FIELD, s, 'authored, as roadmap co-editor')]: actor.userId,
        [field(ROADMAP_FIELD, s, 'authored, as roadmap co-editor')]: { $in: ids },
      })),
  },
  'open to all platform users': {
    description: 'the company chose to show this part of its supplier profile to every platform user (audience `ALL`)',
    shape: (s) => `${onlyFor(s, ['SupplierProfileDetail'], 'audience', 'open to all platform users')} = 'ALL'`,
    build: (_, s) => [{ [onlyFor(s, ['SupplierProfileDetail'], 'audience', 'open to all platform users')]: 'ALL' }],
  },
  'kept for members, as trade association': {
    description:
      "the actor's organisation is a trade association (`actor.tradeAssociation`) and keeps this supplier profile for a member company without its own account",
    shape: (s) => `actor.tradeAssociation and ${onlyFor(s, KEPT_SUBJECTS, 'keptByOrgId', 'kept for members, as trade association')} = actor.organisationId`,
    // Any other organisation gets no rule at all: being named keeper in a record grants nothing.
    build: (actor, s) =>
      actor.tradeAssociation ? [{ [onlyFor(s, KEPT_SUBJECTS, 'keptByOrgId', 'kept for members, as trade association')]: actor.organisationId }] : [],
  },
};

/** Subjects a trade association may keep for its members (issue 19). */
const KEPT_SUBJECTS: readonly SubjectType[] = ['SupplierProfile', 'SupplierProfileDetail'];

const ALL_ROLES: readonly ParticipantRole[] = ['LEAD', 'MEMBER', 'OBSERVER'];
const CO_EDITOR_ROLES: readonly ParticipantRole[] = ['LEAD', 'MEMBER'];

/** The roadmaps where the actor's organisation has one of `roles`, sorted, without duplicates. */
export function roadmapIdsOf(actor: Actor, roles: readonly ParticipantRole[]): string[] {
  const ids = new Set(actor.participations.filter((p) => roles.includes(p.role)).map((p) => p.roadmapId));
  return [...ids].sort();
}

/** No participations -> no rule at all (rather than `$in: []`), which keeps the SQL short. */
function inRoadmaps(
  actor: Actor,
  roles: readonly ParticipantRole[],
  make: (ids: string[]) => MongoQuery,
): MongoQuery[] {
  const ids = roadmapIdsOf(actor, roles);
  return ids.length === 0 ? [] : [make(ids)];
}

function field(map: Partial<Record<SubjectType, string>>, subject: SubjectType, condition: string): string {
  const name = map[subject];
  if (!name) throw new Error(`Condition "${condition}" does not apply to ${subject}`);
  return name;
}

function onlyFor(subject: SubjectType, subjects: readonly SubjectType[], fieldName: string, condition: string): string {
  if (!subjects.includes(subject)) throw new Error(`Condition "${condition}" does not apply to ${subject}`);
  return fieldName;
}
