import { ORGANISATION_KINDS, USER_ROLES, type OrganisationKind, type UserRole } from './actor';
import type { ConditionName } from './conditions';
import type { Action, SubjectType } from './subjects';

// The cell vocabulary of the table below.
const __ = false;
const Y = true;
const OWN: ConditionName = 'own organisation';
const SELF: ConditionName = 'self';
const OWN_SELF: readonly ConditionName[] = ['own organisation', 'self'];
const PART: ConditionName = 'roadmap participant';
const CO: ConditionName = 'roadmap co-editor';
const LEAD: ConditionName = 'roadmap lead';
const LEAD_OWN: readonly ConditionName[] = ['roadmap lead', 'own, as roadmap co-editor'];
const AUTHOR: ConditionName = 'authored, as roadmap co-editor';
/** Chain data as non-government organisations read it. */
const CHAIN: readonly ConditionName[] = ['own organisation', 'shared with own organisation', 'visible to roadmap participants'];
/** Chain data as government organisations read it: also what is shared with government participants. */
const CHAIN_G: readonly ConditionName[] = [...CHAIN, 'visible to government participants'];
/** An intervention's confidential details: the organisation that wrote them, then whom their visibility names. */
const DETAIL: readonly ConditionName[] = ['own organisation', 'visible to roadmap participants'];
const DETAIL_G: readonly ConditionName[] = [...DETAIL, 'visible to government participants'];
/** A part of a supplier profile, for non-government readers: the company's own, or one it opened to everyone. */
const OWN_OPEN: readonly ConditionName[] = ['own organisation', 'open to all platform users'];
/** Supplier profiles: the company's own, or (trade associations only) one it keeps for a member company. */
const OWN_KEPT: readonly ConditionName[] = ['own organisation', 'kept for members, as trade association'];
/** Parts of supplier profiles for industry readers: also every part of a profile its trade association keeps. */
const OWN_OPEN_KEPT: readonly ConditionName[] = [...OWN_OPEN, 'kept for members, as trade association'];

/**
 * THE PERMISSION MATRIX — the one place that says who may do what. `defineAbilityFor` builds the
 * CASL ability from it and `PERMISSIONS.md` is generated from it. The tests do NOT derive their
 * expectations from it: `expected-permissions.ts` states the same rules independently, by hand from
 * the design, and the ability and the API are compared to that table.
 *
 * One row per (subject, action); one cell per organisation kind x user role, plus a last cell for
 * platform operators (added on top of what their own organisation kind and role give them).
 * A cell is:
 *   __          not allowed
 *   Y           allowed on every record
 *   a name      allowed where that named condition holds (see `CONDITIONS` in conditions.ts)
 *   [names]     allowed where any of them holds
 * Subjects and actions missing from the table are not allowed to anyone; `manage` is never granted.
 * House rules the tests enforce: viewers write nothing but their own profile; only industry writes
 * chain data, only knowledge institutes write materials and monitoring data; operators get no chain
 * data, documents, risks or interventions, and cannot change participants (that would let them in).
 */
// prettier-ignore
const MATRIX_ROWS: readonly MatrixRow[] = [
  //                                          GOVERNMENT                   INDUSTRY                    KNOWLEDGE_INSTITUTE         operator
  //                                          ADMIN     EDITOR  VIEWER     ADMIN    EDITOR  VIEWER     ADMIN   EDITOR  VIEWER
  // -- organisations and users
  ['Organisation',     'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
  ['Organisation',     'create',             [__,       __,     __],       [__,     __,     __],       [__,    __,     __],        Y],
  ['Organisation',     'update',             [OWN,      __,     __],       [OWN,    __,     __],       [OWN,   __,     __],        Y],
  ['Organisation',     'delete',             [__,       __,     __],       [__,     __,     __],       [__,    __,     __],        Y],
  ['Organisation',     'manageUsers',        [OWN,      __,     __],       [OWN,    __,     __],       [OWN,   __,     __],        Y],
  ['User',             'read',               [OWN,      OWN,    OWN],      [OWN,    OWN,    OWN],      [OWN,   OWN,    OWN],       Y],
  ['User',             'create',             [OWN,      __,     __],       [OWN,    __,     __],       [OWN,   __,     __],        Y],
  ['User',             'update',             [OWN_SELF, SELF,   SELF],     [OWN_SELF, SELF, SELF],     [OWN_SELF, SELF, SELF],     Y],
  ['User',             'delete',             [OWN,      __,     __],       [OWN,    __,     __],       [OWN,   __,     __],        Y],
  // -- product groups and roadmaps
  ['ProductGroup',     'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
  ['ProductGroup',     'create',             [Y,        __,     __],       [__,     __,     __],       [__,    __,     __],        Y],
  ['ProductGroup',     'update',             [Y,        __,     __],       [__,     __,     __],       [__,    __,     __],        Y],
  ['ProductGroup',     'delete',             [Y,        __,     __],       [__,     __,     __],       [__,    __,     __],        Y],
  ['Roadmap',          'read',               [Y,        Y,      Y],        [PART,   PART,   PART],     [PART,  PART,   PART],      Y],
  ['Roadmap',          'create',             [Y,        Y,      __],       [__,     __,     __],       [__,    __,     __],        __],
  ['Roadmap',          'update',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  ['Roadmap',          'delete',             [LEAD,     __,     __],       [__,     __,     __],       [__,    __,     __],        __],
  ['Participant',      'read',               [PART,     PART,   PART],     [PART,   PART,   PART],     [PART,  PART,   PART],      Y],
  ['Participant',      'create',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  ['Participant',      'update',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  ['Participant',      'delete',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  ['Document',         'read',               [PART,     PART,   PART],     [PART,   PART,   PART],     [PART,  PART,   PART],      __],
  ['Document',         'create',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  ['Document',         'update',             [CO,       CO,     __],       [CO,     CO,     __],       [CO,    CO,     __],        __],
  ['Document',         'delete',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  // comments on documents: read like the document; co-editors start, reply, resolve and reopen;
  // a comment is changed or removed only by whoever wrote it, while they still co-edit
  ['DocumentCommentThread', 'read',          [PART,     PART,   PART],     [PART,   PART,   PART],     [PART,  PART,   PART],      __],
  ['DocumentCommentThread', 'create',        [CO,       CO,     __],       [CO,     CO,     __],       [CO,    CO,     __],        __],
  ['DocumentCommentThread', 'update',        [CO,       CO,     __],       [CO,     CO,     __],       [CO,    CO,     __],        __],
  ['DocumentComment',  'read',               [PART,     PART,   PART],     [PART,   PART,   PART],     [PART,  PART,   PART],      __],
  ['DocumentComment',  'create',             [CO,       CO,     __],       [CO,     CO,     __],       [CO,    CO,     __],        __],
  ['DocumentComment',  'update',             [AUTHOR,   AUTHOR, __],       [AUTHOR, AUTHOR, __],       [AUTHOR, AUTHOR, __],       __],
  ['DocumentComment',  'delete',             [AUTHOR,   AUTHOR, __],       [AUTHOR, AUTHOR, __],       [AUTHOR, AUTHOR, __],       __],
  ['Risk',             'read',               [PART,     PART,   PART],     [PART,   PART,   PART],     [PART,  PART,   PART],      __],
  ['Risk',             'create',             [CO,       CO,     __],       [CO,     CO,     __],       [CO,    CO,     __],        __],
  ['Risk',             'update',             [LEAD_OWN, LEAD_OWN, __],     [LEAD_OWN, LEAD_OWN, __],   [LEAD_OWN, LEAD_OWN, __],   __],
  ['Risk',             'delete',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  ['Intervention',     'read',               [PART,     PART,   PART],     [PART,   PART,   PART],     [PART,  PART,   PART],      __],
  ['Intervention',     'create',             [CO,       CO,     __],       [CO,     CO,     __],       [CO,    CO,     __],        __],
  ['Intervention',     'update',             [LEAD_OWN, LEAD_OWN, __],     [LEAD_OWN, LEAD_OWN, __],   [LEAD_OWN, LEAD_OWN, __],   __],
  ['Intervention',     'delete',             [LEAD,     LEAD,   __],       [LEAD,   LEAD,   __],       [LEAD,  LEAD,   __],        __],
  ['Intervention',     'decide',             [LEAD,     LEAD,   __],       [__,     __,     __],       [__,    __,     __],        __],
  // an intervention's confidential details (written through Intervention update, by their organisation)
  ['InterventionDetail', 'read',             [DETAIL_G, DETAIL_G, DETAIL_G], [DETAIL, DETAIL, DETAIL], [DETAIL, DETAIL, DETAIL],  __],
  // -- confidential chain data (visibility; field access below)
  ['Item',             'read',               [CHAIN_G,  CHAIN_G, CHAIN_G], [CHAIN,  CHAIN,  CHAIN],    [CHAIN, CHAIN,  CHAIN],     __],
  ['Item',             'create',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['Item',             'update',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['Item',             'delete',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['Composition',      'read',               [CHAIN_G,  CHAIN_G, CHAIN_G], [CHAIN,  CHAIN,  CHAIN],    [CHAIN, CHAIN,  CHAIN],     __],
  ['Composition',      'create',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['Composition',      'update',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['Composition',      'delete',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['SupplyLink',       'read',               [CHAIN_G,  CHAIN_G, CHAIN_G], [CHAIN,  CHAIN,  CHAIN],    [CHAIN, CHAIN,  CHAIN],     __],
  ['SupplyLink',       'create',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['SupplyLink',       'update',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['SupplyLink',       'delete',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['DisruptionReport', 'read',               [CHAIN_G,  CHAIN_G, CHAIN_G], [CHAIN,  CHAIN,  CHAIN],    [CHAIN, CHAIN,  CHAIN],     __],
  ['DisruptionReport', 'create',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['DisruptionReport', 'update',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['DisruptionReport', 'delete',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  // -- the supplier directory and Defence's capacity demand (issue 19): a company keeps its own profile
  // and chooses per part who sees it; government publishes demand; responses are for government and
  // the responding company; the shortlist (and the ranked candidates) for government only; a trade
// association (industry, `actor.tradeAssociation`) also keeps, imports and reads in full the profiles
// of member companies without their own account
  ['SupplierProfile',  'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         __],
  ['SupplierProfile',  'create',             [__,       __,     __],       [OWN_KEPT, OWN_KEPT, __],   [__,    __,     __],        __],
  ['SupplierProfile',  'update',             [__,       __,     __],       [OWN_KEPT, OWN_KEPT, __],   [__,    __,     __],        __],
  ['SupplierProfileDetail', 'read',          [Y,        Y,      Y],        [OWN_OPEN_KEPT, OWN_OPEN_KEPT, OWN_OPEN_KEPT], [OWN_OPEN, OWN_OPEN, OWN_OPEN], __],
  ['CapacityDemand',   'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         __],
  ['CapacityDemand',   'create',             [OWN,      OWN,    __],       [__,     __,     __],       [__,    __,     __],        __],
  ['CapacityDemand',   'update',             [OWN,      OWN,    __],       [__,     __,     __],       [__,    __,     __],        __],
  ['CapacityDemand',   'delete',             [OWN,      OWN,    __],       [__,     __,     __],       [__,    __,     __],        __],
  ['DemandResponse',   'read',               [Y,        Y,      Y],        [OWN,    OWN,    OWN],      [OWN,   OWN,    OWN],       __],
  ['DemandResponse',   'create',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['DemandResponse',   'update',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['DemandResponse',   'delete',             [__,       __,     __],       [OWN,    OWN,    __],       [__,    __,     __],        __],
  ['SupplierShortlist', 'read',              [Y,        Y,      Y],        [__,     __,     __],       [__,    __,     __],        __],
  ['SupplierShortlist', 'create',            [Y,        Y,      __],       [__,     __,     __],       [__,    __,     __],        __],
  ['SupplierShortlist', 'delete',            [Y,        Y,      __],       [__,     __,     __],       [__,    __,     __],        __],
  // candidates linked to an intervention (diversification): like the shortlist, government's, but
  // only in a roadmap it takes part in (readers of the intervention); co-editors link and unlink
  ['InterventionCandidate', 'read',          [PART,     PART,   PART],     [__,     __,     __],       [__,    __,     __],        __],
  ['InterventionCandidate', 'create',        [CO,       CO,     __],       [__,     __,     __],       [__,    __,     __],        __],
  ['InterventionCandidate', 'delete',        [CO,       CO,     __],       [__,     __,     __],       [__,    __,     __],        __],
  // -- materials and monitoring (public catalogue, kept by knowledge institutes)
  ['Material',         'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
  ['Material',         'create',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['Material',         'update',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['Material',         'delete',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['MaterialSupply',   'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
  ['MaterialSupply',   'create',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['MaterialSupply',   'update',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['MaterialSupply',   'delete',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['ExportRestriction', 'read',              [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
  ['ExportRestriction', 'create',            [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['ExportRestriction', 'update',            [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['ExportRestriction', 'delete',            [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['MonitoringSeries', 'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
  ['MonitoringSeries', 'create',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['MonitoringSeries', 'update',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['MonitoringSeries', 'delete',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['Observation',      'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
  ['Observation',      'create',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['Observation',      'update',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  ['Observation',      'delete',             [__,       __,     __],       [__,     __,     __],       [Y,     Y,      __],        __],
  // -- audit, exports, aggregates
  ['AuditEvent',       'read',               [OWN,      __,     __],       [OWN,    __,     __],       [OWN,   __,     __],        Y],
  ['Export',           'create',             [Y,        Y,      __],       [Y,      Y,      __],       [Y,     Y,      __],        __],
  ['Aggregate',        'read',               [Y,        Y,      Y],        [Y,      Y,      Y],        [Y,     Y,      Y],         Y],
];

/**
 * FIELD ACCESS — which fields each granted condition reveals, for confidential subjects.
 * For a (subject, action) listed here every rule carries an explicit field list (a field not listed
 * is revealed to nobody); a condition granted in the matrix but missing from every field here is an
 * error. Summary of the policy ("show the data, hide the who", DESIGN §9):
 * - the contributing organisation sees everything, including whom it shared with;
 * - organisations in `sharedWith` see the record with the supplier's and contributor's identity,
 *   but not the rest of the sharing list;
 * - readers through visibility (government or roadmap participants) see the figures (country,
 *   share, tier, lead time, stock, single source) but not who supplies or who contributed; for
 *   items and assemblies they see what it is and what it is made of, but not whose it is.
 */
const EVERY_READER: readonly ConditionName[] = [
  'own organisation',
  'shared with own organisation',
  'visible to government participants',
  'visible to roadmap participants',
];
const OWNER_AND_SHARED: readonly ConditionName[] = ['own organisation', 'shared with own organisation'];
const OWNER_ONLY: readonly ConditionName[] = ['own organisation'];

// prettier-ignore
export const FIELD_ACCESS: FieldAccessTable = {
  SupplyLink: {
    read: {
      id:                 EVERY_READER,
      itemId:             EVERY_READER,
      country:            EVERY_READER,
      share:              EVERY_READER,
      tier:               EVERY_READER,
      leadTimeWeeks:      EVERY_READER,
      stockMonths:        EVERY_READER,
      singleSource:       EVERY_READER,
      visibility:         EVERY_READER,
      supplierName:       OWNER_AND_SHARED,
      supplierOrgId:      OWNER_AND_SHARED,
      contributedByOrgId: OWNER_AND_SHARED,
      roadmapIds:         OWNER_AND_SHARED,
      sharedWith:         OWNER_ONLY,
    },
  },
  DisruptionReport: {
    read: {
      id:                 EVERY_READER,
      itemId:             EVERY_READER,
      materialId:         EVERY_READER,
      startedOn:          EVERY_READER,
      durationWeeks:      EVERY_READER,
      delayWeeks:         EVERY_READER,
      priceEffectPct:     EVERY_READER,
      cause:              EVERY_READER,
      measures:           EVERY_READER,
      visibility:         EVERY_READER,
      description:        OWNER_AND_SHARED,
      reportingOrgId:     OWNER_AND_SHARED,
      roadmapIds:         OWNER_AND_SHARED,
      sharedWith:         OWNER_ONLY,
    },
  },
  Item: {
    read: {
      id:                 EVERY_READER,
      kind:               EVERY_READER,
      name:               EVERY_READER,
      description:        EVERY_READER,
      productGroupId:     EVERY_READER,
      ownerOrgId:         OWNER_AND_SHARED,
      visibility:         EVERY_READER,
      roadmapIds:         OWNER_AND_SHARED,
      sharedWith:         OWNER_ONLY,
    },
  },
  Composition: {
    read: {
      id:                 EVERY_READER,
      parentId:           EVERY_READER,
      childId:            EVERY_READER,
      quantity:           EVERY_READER,
      unit:               EVERY_READER,
      ownerOrgId:         OWNER_AND_SHARED,
      visibility:         EVERY_READER,
      roadmapIds:         OWNER_AND_SHARED,
      sharedWith:         OWNER_ONLY,
    },
  },
  User: {
    update: {
      name:               ['self', 'own organisation', 'always'],
      password:           ['self'],
      email:              ['own organisation', 'always'],
      role:               ['own organisation', 'always'],
      organisationId:     ['always'],
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The table's vocabulary and its normalised form.

export type Cell = boolean | ConditionName | readonly ConditionName[];
type RoleCells = readonly [admin: Cell, editor: Cell, viewer: Cell];
type MatrixRow = readonly [
  subject: SubjectType,
  action: Action,
  government: RoleCells,
  industry: RoleCells,
  knowledgeInstitute: RoleCells,
  operator: Cell,
];

export type FieldAccessTable = Partial<
  Record<SubjectType, Partial<Record<Action, Readonly<Record<string, readonly ConditionName[]>>>>>
>;

export interface PermissionEntry {
  subject: SubjectType;
  action: Action;
  /** Conditions granted per organisation kind and role (empty = not allowed). */
  grants: Readonly<Record<OrganisationKind, Readonly<Record<UserRole, readonly ConditionName[]>>>>;
  /** Conditions platform operators get on top of their kind and role. */
  operator: readonly ConditionName[];
}

/** The matrix, one entry per (subject, action). */
export const PERMISSION_MATRIX: readonly PermissionEntry[] = MATRIX_ROWS.map(
  ([subject, action, government, industry, knowledgeInstitute, operator]) => ({
    subject,
    action,
    grants: {
      GOVERNMENT: roleGrants(government),
      INDUSTRY: roleGrants(industry),
      KNOWLEDGE_INSTITUTE: roleGrants(knowledgeInstitute),
    },
    operator: conditionsOf(operator),
  }),
);

/**
 * The conditions a kind/role (and operator flag) gets for (subject, action); `[]` = not allowed.
 * Unknown kinds or roles (bad data) get nothing.
 */
export function grantsFor(
  who: { organisationKind: OrganisationKind; role: UserRole; platformOperator?: boolean },
  subject: SubjectType,
  action: Action,
): ConditionName[] {
  const entry = PERMISSION_MATRIX.find((e) => e.subject === subject && e.action === action);
  if (!entry) return [];
  const byRole = ORGANISATION_KINDS.includes(who.organisationKind) ? entry.grants[who.organisationKind] : undefined;
  const own = byRole && USER_ROLES.includes(who.role) ? byRole[who.role] : [];
  return [...new Set([...own, ...(who.platformOperator ? entry.operator : [])])];
}

/** The fields of `subject` that `condition` reveals for `action`, or `undefined` when not field-restricted. */
export function fieldsRevealedBy(subject: SubjectType, action: Action, condition: ConditionName): string[] | undefined {
  const table = FIELD_ACCESS[subject]?.[action];
  if (!table) return undefined;
  const fields = Object.keys(table).filter((f) => table[f]!.includes(condition));
  if (fields.length === 0) {
    throw new Error(`FIELD_ACCESS.${subject}.${action} reveals no field to "${condition}"; list its fields`);
  }
  return fields;
}

function roleGrants([admin, editor, viewer]: RoleCells): Record<UserRole, readonly ConditionName[]> {
  return { ADMIN: conditionsOf(admin), EDITOR: conditionsOf(editor), VIEWER: conditionsOf(viewer) };
}

function conditionsOf(cell: Cell): readonly ConditionName[] {
  if (cell === false) return [];
  if (cell === true) return ['always'];
  return typeof cell === 'string' ? [cell] : cell;
}
