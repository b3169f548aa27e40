import type { OrganisationKind, ParticipantRole, UserRole } from './actor';
import type { Action, SubjectType, Visibility } from './subjects';

/**
 * WHO MAY DO WHAT, AS THE DESIGN SAYS IT — test support, not exported from the library's index.
 *
 * Written by hand from DESIGN.md §1 and §5 and the house rules in the header comment of
 * permission-matrix.ts, as a second, independent statement of the rules that the tests compare the
 * CASL ability (libs/access) and the API (apps/api) against, cell by cell. It deliberately imports
 * nothing that states the rules (no PERMISSION_MATRIX, FIELD_ACCESS, CONDITIONS, grantsFor): a change
 * there fails the tests until someone who read the design changes this table too.
 *
 * Each (subject, action) lists who may take it on which records, as `'<who>: <which records>'`,
 * using only the phrases of WHO and WHICH below (any other phrase throws when this module loads).
 * A (subject, action) that is not listed is allowed to nobody; `manage` is never allowed.
 * "Platform operators" get their entries on top of what their own organisation kind and role give.
 */
// prettier-ignore
export const EXPECTED_PERMISSIONS: Readonly<Record<SubjectType, Partial<Record<Action, readonly string[]>>>> = {
  // The directory of organisations is public; each organisation's admins run it, operators run all.
  Organisation: {
    read:        ['everyone: any'],
    create:      ['platform operators: any'],
    update:      ['admins: own organisation', 'platform operators: any'],
    delete:      ['platform operators: any'],
    manageUsers: ['admins: own organisation', 'platform operators: any'],
  },
  // Users see their colleagues; viewers change only their own profile.
  User: {
    read:        ['everyone: own organisation', 'platform operators: any'],
    create:      ['admins: own organisation', 'platform operators: any'],
    update:      ['admins: own organisation', 'everyone: their own account', 'platform operators: any'],
    delete:      ['admins: own organisation', 'platform operators: any'],
  },
  // Government opens roadmaps for product groups (§1).
  ProductGroup: {
    read:        ['everyone: any'],
    create:      ['government admins: any', 'platform operators: any'],
    update:      ['government admins: any', 'platform operators: any'],
    delete:      ['government admins: any', 'platform operators: any'],
  },
  // Government reads every roadmap, the others only those they take part in.
  Roadmap: {
    read:        ['government users: any', 'everyone: of a roadmap they take part in', 'platform operators: any'],
    create:      ['government admins and editors: any'],
    update:      ['admins and editors: of a roadmap they lead'],
    delete:      ['government admins: of a roadmap they lead'],
  },
  // Leads invite; operators see the lists but cannot change them (that would let them in).
  Participant: {
    read:        ['everyone: of a roadmap they take part in', 'platform operators: any'],
    create:      ['admins and editors: of a roadmap they lead'],
    update:      ['admins and editors: of a roadmap they lead'],
    delete:      ['admins and editors: of a roadmap they lead'],
  },
  // Roadmap work: participants read; leads and members co-edit (observers only read); the lead deletes.
  Document: {
    read:        ['everyone: of a roadmap they take part in'],
    create:      ['admins and editors: of a roadmap they lead'],
    update:      ['admins and editors: of a roadmap they co-edit'],
    delete:      ['admins and editors: of a roadmap they lead'],
  },
  // Comments on a document: whoever reads the document reads them; whoever may edit it comments,
  // replies, resolves and reopens; only the author changes or removes a comment, and only while
  // their organisation still co-edits the roadmap (an observer's text is as read-only as the document).
  DocumentCommentThread: {
    read:        ['everyone: of a roadmap they take part in'],
    create:      ['admins and editors: of a roadmap they co-edit'],
    update:      ['admins and editors: of a roadmap they co-edit'],
  },
  DocumentComment: {
    read:        ['everyone: of a roadmap they take part in'],
    create:      ['admins and editors: of a roadmap they co-edit'],
    update:      ['admins and editors: their own, of a roadmap they co-edit'],
    delete:      ['admins and editors: their own, of a roadmap they co-edit'],
  },
  Risk: {
    read:        ['everyone: of a roadmap they take part in'],
    create:      ['admins and editors: of a roadmap they co-edit'],
    update:      ['admins and editors: of a roadmap they lead', "admins and editors: own organisation's, of a roadmap they co-edit"],
    delete:      ['admins and editors: of a roadmap they lead'],
  },
  Intervention: {
    read:        ['everyone: of a roadmap they take part in'],
    create:      ['admins and editors: of a roadmap they co-edit'],
    update:      ['admins and editors: of a roadmap they lead', "admins and editors: own organisation's, of a roadmap they co-edit"],
    delete:      ['admins and editors: of a roadmap they lead'],
    decide:      ['government admins and editors: of a roadmap they lead'],
  },
  // A company's confidential details of an intervention (stock volumes): its own organisation, plus
  // government participants (GOVERNMENT) or every participant (ROADMAP) of the intervention's roadmap.
  InterventionDetail: {
    read:        [
      'everyone: own organisation',
      'everyone: ROADMAP-visible, used in a roadmap they take part in',
      'government users: GOVERNMENT-visible, used in a roadmap they take part in',
    ],
  },
  // Confidential chain data: owner and sharedWith always; GOVERNMENT adds the government participants,
  // ROADMAP every participant, of a roadmap that uses it. Only industry writes it, and only its own.
  Item: {
    read:        chainReaders(),
    create:      ['industry admins and editors: own organisation'],
    update:      ['industry admins and editors: own organisation'],
    delete:      ['industry admins and editors: own organisation'],
  },
  Composition: {
    read:        chainReaders(),
    create:      ['industry admins and editors: own organisation'],
    update:      ['industry admins and editors: own organisation'],
    delete:      ['industry admins and editors: own organisation'],
  },
  SupplyLink: {
    read:        chainReaders(),
    create:      ['industry admins and editors: own organisation'],
    update:      ['industry admins and editors: own organisation'],
    delete:      ['industry admins and editors: own organisation'],
  },
  DisruptionReport: {
    read:        chainReaders(),
    create:      ['industry admins and editors: own organisation'],
    update:      ['industry admins and editors: own organisation'],
    delete:      ['industry admins and editors: own organisation'],
  },
  // The supplier directory (issue 19): every platform user reads the entries; a company writes only
  // its own; the parts it keeps for government are read by government users and by itself.
  // A trade association keeps (creates, imports, updates) the profiles of member companies without
  // an account of their own, and reads all of what it keeps; never a profile a company keeps itself.
  SupplierProfile: {
    read:        ['everyone: any'],
    create:      ['industry admins and editors: own organisation', 'trade association admins and editors: kept by their organisation for a member'],
    update:      ['industry admins and editors: own organisation', 'trade association admins and editors: kept by their organisation for a member'],
  },
  SupplierProfileDetail: {
    read:        [
      'government users: any',
      'everyone: own organisation',
      'everyone: open to all platform users',
      'trade association users: kept by their organisation for a member',
    ],
  },
  // Defence publishes capacity demand for every platform user to read; it changes only its own.
  CapacityDemand: {
    read:        ['everyone: any'],
    create:      ['government admins and editors: own organisation'],
    update:      ['government admins and editors: own organisation'],
    delete:      ['government admins and editors: own organisation'],
  },
  // A company's response: Defence (government) and the company itself, nobody else.
  DemandResponse: {
    read:        ['government users: any', 'everyone: own organisation'],
    create:      ['industry admins and editors: own organisation'],
    update:      ['industry admins and editors: own organisation'],
    delete:      ['industry admins and editors: own organisation'],
  },
  // The shortlist and the ranked candidates: government only.
  SupplierShortlist: {
    read:        ['government users: any'],
    create:      ['government admins and editors: any'],
    delete:      ['government admins and editors: any'],
  },
  // Candidates linked to an intervention: government's like the shortlist, within the roadmaps it
  // takes part in (where it reads the intervention); a company never learns whether it is one.
  InterventionCandidate: {
    read:        ['government users: of a roadmap they take part in'],
    create:      ['government admins and editors: of a roadmap they co-edit'],
    delete:      ['government admins and editors: of a roadmap they co-edit'],
  },
  // The public catalogue and monitoring data, kept by knowledge institutes.
  Material:          referenceData(),
  MaterialSupply:    referenceData(),
  ExportRestriction: referenceData(),
  MonitoringSeries:  referenceData(),
  Observation:       referenceData(),
  AuditEvent: {
    read:        ['admins: own organisation', 'platform operators: any'],
  },
  Export: {
    create:      ['admins and editors: any'],
  },
  Aggregate: {
    read:        ['everyone: any'],
  },
};

function chainReaders(): readonly string[] {
  return [
    'everyone: own organisation',
    'everyone: shared with their organisation',
    'everyone: ROADMAP-visible, used in a roadmap they take part in',
    'government users: GOVERNMENT-visible, used in a roadmap they take part in',
  ];
}

function referenceData(): Partial<Record<Action, readonly string[]>> {
  return {
    read: ['everyone: any'],
    create: ['knowledge institute admins and editors: any'],
    update: ['knowledge institute admins and editors: any'],
    delete: ['knowledge institute admins and editors: any'],
  };
}

/**
 * WHICH FIELDS A READER OF CHAIN DATA SEES ("show the data, hide the who"): the owning organisation
 * sees everything, including whom it shared with; organisations in `sharedWith` see the figures and
 * who is behind them, but not the rest of the sharing list; readers through the visibility
 * (government or roadmap participants) see the figures only. A reader who is several of these sees
 * the union. A field listed nowhere here is expected to be shown to nobody.
 */
// prettier-ignore
export const EXPECTED_READ_FIELDS: Readonly<Record<'Item' | 'Composition' | 'SupplyLink' | 'DisruptionReport', ChainFields>> = {
  SupplyLink: {
    figures:  'id itemId country share tier leadTimeWeeks stockMonths singleSource visibility',
    identity: 'supplierName supplierOrgId contributedByOrgId roadmapIds',
    sharing:  'sharedWith',
  },
  Item: {
    figures:  'id kind name description productGroupId visibility',
    identity: 'ownerOrgId roadmapIds',
    sharing:  'sharedWith',
  },
  Composition: {
    figures:  'id parentId childId quantity unit visibility',
    identity: 'ownerOrgId roadmapIds',
    sharing:  'sharedWith',
  },
  DisruptionReport: {
    figures:  'id itemId materialId startedOn durationWeeks delayWeeks priceEffectPct cause measures visibility',
    identity: 'description reportingOrgId roadmapIds',
    sharing:  'sharedWith',
  },
};

interface ChainFields {
  /** What is supplied, from where, how much: for every reader. */
  figures: string;
  /** Who supplies, contributed or owns it, and which roadmaps use it: owner and sharedWith only. */
  identity: string;
  /** Whom the owner shared it with: the owner only. */
  sharing: string;
}

// prettier-ignore
const CHAIN_FIELDS_BY_READER = {
  'the owning organisation':         ['figures', 'identity', 'sharing'],
  'an organisation it is shared with': ['figures', 'identity'],
  'a reader through its visibility':   ['figures'],
} as const satisfies Record<string, readonly (keyof ChainFields)[]>;

/**
 * WHICH FIELDS OF A USER WHO MAY CHANGE: a user their own name and password (never their own role);
 * an organisation's admins the name, e-mail and role of its users (not their password); operators
 * also move a user to another organisation. Keyed by the WHICH phrase of the `User update` entries.
 */
// prettier-ignore
export const EXPECTED_USER_UPDATE_FIELDS: Readonly<Record<string, string>> = {
  'their own account': 'name password',
  'own organisation':  'name email role',
  'any':               'name email role organisationId',
};

// ---------------------------------------------------------------------------------------------
// The vocabulary of the table, evaluated on a situation described in words, not on record fields.

/** The actor, as far as the rules care, relative to the record at hand. */
export interface Who {
  kind: OrganisationKind;
  role: UserRole;
  operator: boolean;
  /**
   * The part the actor's organisation plays in the roadmap the record belongs to (documents, risks,
   * ...) or in a roadmap that uses it (chain data, best role); `none` also for records of no roadmap.
   */
  participation: ParticipantRole | 'none';
  /** The actor's organisation is a trade association (it may keep profiles for member companies). */
  tradeAssociation?: boolean;
}

/** The record, as far as the rules care, relative to the actor. */
export interface What {
  /** It belongs to the actor's organisation (for a user: works there; for a participant: is it). */
  ownOrganisation: boolean;
  /** It is the actor's own user account. */
  self?: boolean;
  /** The actor wrote it (a comment). */
  authored?: boolean;
  /** Chain data: its owner lists the actor's organisation in `sharedWith`. */
  sharedWithActor?: boolean;
  /** Chain data: its visibility. */
  visibility?: Visibility;
  /** A part of a supplier profile its company opened to every platform user. */
  openToAll?: boolean;
  /** A supplier profile (or a part of one) the actor's organisation keeps for a member company. */
  keptByActor?: boolean;
}

const co = (w: Who) => w.participation === 'LEAD' || w.participation === 'MEMBER';
const takesPart = (w: Who) => w.participation !== 'none';

// prettier-ignore
const WHO: Record<string, (w: Who) => boolean> = {
  'everyone':                               () => true,
  'admins':                                 (w) => w.role === 'ADMIN',
  'admins and editors':                     (w) => w.role === 'ADMIN' || w.role === 'EDITOR',
  'government users':                       (w) => w.kind === 'GOVERNMENT',
  'government admins':                      (w) => w.kind === 'GOVERNMENT' && w.role === 'ADMIN',
  'government admins and editors':          (w) => w.kind === 'GOVERNMENT' && w.role !== 'VIEWER',
  'industry admins and editors':            (w) => w.kind === 'INDUSTRY' && w.role !== 'VIEWER',
  'knowledge institute admins and editors': (w) => w.kind === 'KNOWLEDGE_INSTITUTE' && w.role !== 'VIEWER',
  'platform operators':                     (w) => w.operator,
  // Trade associations are industry organisations with the capability (Metaalunie, issue 19).
  'trade association users':                (w) => w.kind === 'INDUSTRY' && w.tradeAssociation === true,
  'trade association admins and editors':   (w) => w.kind === 'INDUSTRY' && w.tradeAssociation === true && w.role !== 'VIEWER',
};

// prettier-ignore
const WHICH: Record<string, (w: Who, r: What) => boolean> = {
  'any':                                                     () => true,
  'own organisation':                                        (_, r) => r.ownOrganisation,
  'their own account':                                       (_, r) => r.self === true,
  'shared with their organisation':                          (_, r) => r.sharedWithActor === true,
  'ROADMAP-visible, used in a roadmap they take part in':    (w, r) => r.visibility === 'ROADMAP' && takesPart(w),
  'GOVERNMENT-visible, used in a roadmap they take part in': (w, r) => r.visibility === 'GOVERNMENT' && takesPart(w),
  'of a roadmap they take part in':                          (w) => takesPart(w),
  'of a roadmap they co-edit':                               (w) => co(w),
  'of a roadmap they lead':                                  (w) => w.participation === 'LEAD',
  "own organisation's, of a roadmap they co-edit":           (w, r) => r.ownOrganisation && co(w),
  'their own, of a roadmap they co-edit':                    (w, r) => r.authored === true && co(w),
  'open to all platform users':                              (_, r) => r.openToAll === true,
  'kept by their organisation for a member':                 (_, r) => r.keptByActor === true,
};

interface Entry {
  text: string;
  who: (w: Who) => boolean;
  which: (w: Who, r: What) => boolean;
  whichPhrase: string;
}

function parse(text: string): Entry {
  const at = text.indexOf(': ');
  const [whoPhrase, whichPhrase] = [text.slice(0, at), text.slice(at + 2)];
  const who = WHO[whoPhrase];
  const which = WHICH[whichPhrase];
  if (at < 0 || !who || !which) throw new Error(`expected-permissions: cannot read "${text}"; use the phrases of WHO and WHICH`);
  return { text, who, which, whichPhrase };
}

const ENTRIES = new Map<string, Entry[]>(
  Object.entries(EXPECTED_PERMISSIONS).flatMap(([subject, actions]) =>
    Object.entries(actions).map(([action, texts]) => [`${subject} ${action}`, (texts ?? []).map(parse)]),
  ),
);
for (const phrase of Object.keys(EXPECTED_USER_UPDATE_FIELDS)) {
  if (!WHICH[phrase]) throw new Error(`expected-permissions: EXPECTED_USER_UPDATE_FIELDS names unknown records "${phrase}"`);
}

const entriesFor = (subject: SubjectType, action: Action) => ENTRIES.get(`${subject} ${action}`) ?? [];

/** Whether the design lets `who` take `action` on a `subject` record described by `what`. */
export function expectedAllowed(subject: SubjectType, action: Action, who: Who, what: What): boolean {
  return entriesFor(subject, action).some((e) => e.who(who) && e.which(who, what));
}

/** The entries of the table that let `who` take `action` on the record (for messages). */
export function expectedReasons(subject: SubjectType, action: Action, who: Who, what: What): string[] {
  return entriesFor(subject, action).filter((e) => e.who(who) && e.which(who, what)).map((e) => e.text);
}

export type ChainSubject = keyof typeof EXPECTED_READ_FIELDS;

/** The fields of a chain record the design shows `who` (sorted; `[]` when it may not read it). */
export function expectedReadFields(subject: ChainSubject, who: Who, what: What): string[] {
  const readers: (keyof typeof CHAIN_FIELDS_BY_READER)[] = [];
  if (what.ownOrganisation) readers.push('the owning organisation');
  if (what.sharedWithActor) readers.push('an organisation it is shared with');
  const throughVisibility = entriesFor(subject, 'read').some((e) => e.whichPhrase.includes('-visible') && e.who(who) && e.which(who, what));
  if (throughVisibility) readers.push('a reader through its visibility');
  const parts = new Set(readers.flatMap((reader) => CHAIN_FIELDS_BY_READER[reader]));
  return [...parts].flatMap((part) => words(EXPECTED_READ_FIELDS[subject][part])).filter(unique).sort();
}

/** Every field of a chain subject the table knows (the record a test builds should have them all). */
export function chainFieldNames(subject: ChainSubject): string[] {
  const f = EXPECTED_READ_FIELDS[subject];
  return [...words(f.figures), ...words(f.identity), ...words(f.sharing)];
}

/** The fields of a user record the design lets `who` change (sorted; `[]` when none). */
export function expectedUserUpdateFields(who: Who, what: What): string[] {
  return entriesFor('User', 'update')
    .filter((e) => e.who(who) && e.which(who, what))
    .flatMap((e) => words(EXPECTED_USER_UPDATE_FIELDS[e.whichPhrase] ?? ''))
    .filter(unique)
    .sort();
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function unique<T>(value: T, index: number, all: T[]): boolean {
  return all.indexOf(value) === index;
}
