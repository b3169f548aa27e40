import { createMongoAbility, subject as tag, type AnyMongoAbility, type RawRuleOf } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import type { Actor, OrganisationKind, ParticipantRole, Participation, UserRole } from './actor';
import { defineAbilityFor } from './define-ability';
import {
  chainFieldNames,
  EXPECTED_READ_FIELDS,
  expectedAllowed,
  expectedReadFields,
  expectedUserUpdateFields,
  type ChainSubject,
  type What,
  type Who,
} from './expected-permissions';
import { permittedFields, redactFields } from './permitted-fields';
import type { Action, AppAbility, SubjectType, Visibility } from './subjects';

// The ability against the hand-written table of expected-permissions.ts: concrete actors (every
// organisation kind x role x operator flag x part in the roadmap, including an organisation in no
// roadmap at all) and concrete records (own / another organisation's, shared or not, each
// visibility, used in the actor's roadmap or not), compared cell by cell, fields included.

const ME_ORG = 'org-me';
const OTHER_ORG = 'org-other';
const THIRD_ORG = 'org-third';
const ME = 'user-me';
/** The roadmap the records belong to or are used in. */
const R = 'roadmap-this';
/** A roadmap the actor's organisation leads in some cases, which no record belongs to. */
const R_ELSEWHERE = 'roadmap-elsewhere';
/** A roadmap nobody in these tests takes part in. */
const R_UNRELATED = 'roadmap-unrelated';

const KINDS: readonly OrganisationKind[] = ['GOVERNMENT', 'INDUSTRY', 'KNOWLEDGE_INSTITUTE'];
const ROLES: readonly UserRole[] = ['ADMIN', 'EDITOR', 'VIEWER'];
const ACTIONS: readonly Action[] = ['read', 'create', 'update', 'delete', 'decide', 'manageUsers', 'manage'];
const USER_FIELDS = ['name', 'password', 'email', 'role', 'organisationId'];

/** The actor organisation's part in roadmap R, and its participations. Members and observers also
 * lead another roadmap, so a rule that checks the role but not *which* roadmap shows up. */
const PARTS: readonly { label: string; inR: ParticipantRole | 'none'; participations: Participation[] }[] = [
  { label: 'LEAD of the roadmap', inR: 'LEAD', participations: [{ roadmapId: R, role: 'LEAD' }] },
  { label: 'MEMBER of the roadmap, LEAD elsewhere', inR: 'MEMBER', participations: [{ roadmapId: R, role: 'MEMBER' }, { roadmapId: R_ELSEWHERE, role: 'LEAD' }] },
  { label: 'OBSERVER of the roadmap, LEAD elsewhere', inR: 'OBSERVER', participations: [{ roadmapId: R, role: 'OBSERVER' }, { roadmapId: R_ELSEWHERE, role: 'LEAD' }] },
  { label: 'not in the roadmap, LEAD elsewhere', inR: 'none', participations: [{ roadmapId: R_ELSEWHERE, role: 'LEAD' }] },
  { label: 'in no roadmap at all', inR: 'none', participations: [] },
];

interface ActorCase {
  label: string;
  actor: Actor;
  kind: OrganisationKind;
  role: UserRole;
  operator: boolean;
  inR: ParticipantRole | 'none';
  tradeAssociation: boolean;
}

const ACTOR_CASES: ActorCase[] = KINDS.flatMap((kind) =>
  ROLES.flatMap((role) =>
    [false, true].flatMap((operator) =>
      PARTS.map((part) => ({
        label: `${kind} ${role}${operator ? ' (platform operator)' : ''}, ${part.label}`,
        actor: { userId: ME, organisationId: ME_ORG, organisationKind: kind, role, participations: part.participations, platformOperator: operator },
        kind,
        role,
        operator,
        inR: part.inR,
        tradeAssociation: false,
      })),
    ),
  ),
);
// Trade associations (issue 19): the capability on every kind and role, so a rule that forgets the
// kind, the role or the flag shows; roadmap participation plays no part in it, so two parts suffice.
ACTOR_CASES.push(
  ...KINDS.flatMap((kind) =>
    ROLES.flatMap((role) =>
      [PARTS[0]!, PARTS[4]!].map((part) => ({
        label: `${kind} ${role} (trade association), ${part.label}`,
        actor: { userId: ME, organisationId: ME_ORG, organisationKind: kind, role, participations: part.participations, tradeAssociation: true },
        kind,
        role,
        operator: false,
        inR: part.inR,
        tradeAssociation: true,
      })),
    ),
  ),
);

interface RecordCase {
  subject: SubjectType;
  label: string;
  record: Record<string, unknown>;
  what: What;
  /** Whether the record belongs to or is used in roadmap R (else the actor takes no part in its roadmap). */
  inR: boolean;
}

const VISIBILITIES: readonly Visibility[] = ['OWNER', 'GOVERNMENT', 'ROADMAP'];
const SHARING = [
  { label: 'shared with nobody', ids: [] as string[] },
  { label: 'shared with the actor', ids: [ME_ORG] },
  { label: 'shared with a third organisation', ids: [THIRD_ORG] },
  { label: 'shared with a third organisation and the actor', ids: [THIRD_ORG, ME_ORG] },
];
const USED_IN = [
  { label: 'used in the roadmap', ids: [R] },
  { label: 'used in an unrelated roadmap and the roadmap', ids: [R_UNRELATED, R] },
  { label: 'used in an unrelated roadmap', ids: [R_UNRELATED] },
  { label: 'used in no roadmap', ids: [] as string[] },
];
const OWNERS = [
  { label: "the actor's organisation's", id: ME_ORG },
  { label: "another organisation's", id: OTHER_ORG },
];

/** One chain record with every field, non-null, so each hidden field shows. */
function chainRecord(type: ChainSubject, owner: string, visibility: Visibility, sharedWith: string[], roadmapIds: string[]): Record<string, unknown> {
  const common = { visibility, sharedWith, roadmapIds };
  switch (type) {
    case 'SupplyLink':
      return {
        id: 'sl-1', itemId: 'item-1', country: 'CN', share: 0.8, tier: 2, leadTimeWeeks: 26, stockMonths: 2, singleSource: true,
        supplierName: 'Ningbo Magnetics', supplierOrgId: 'org-supplier', contributedByOrgId: owner, ...common,
      };
    case 'Item':
      return { id: 'item-1', kind: 'COMPONENT', name: 'Radarmagneet', description: 'NdFeB, gesinterd', productGroupId: 'pg-1', ownerOrgId: owner, ...common };
    case 'Composition':
      return { id: 'comp-1', parentId: 'item-1', childId: 'item-2', quantity: 2, unit: 'pcs', ownerOrgId: owner, ...common };
    case 'DisruptionReport':
      return {
        id: 'dr-1', itemId: 'item-1', materialId: 'mat-nd', startedOn: '2025-03-01', durationWeeks: 10, delayWeeks: 8, priceEffectPct: 40, cause: 'GEOPOLITICAL',
        measures: ['A', 'C'], description: 'Exportvergunning ingetrokken', reportingOrgId: owner, ...common,
      };
  }
}

function recordCases(): RecordCase[] {
  const out: RecordCase[] = [];
  const add = (subject: SubjectType, label: string, record: Record<string, unknown>, what: What, inR = false) =>
    out.push({ subject, label: `${subject} ${label}`, record, what, inR });
  const roadmaps = [
    { label: 'of the roadmap', id: R, inR: true },
    { label: 'of an unrelated roadmap', id: R_UNRELATED, inR: false },
  ];

  add('Organisation', "(the actor's own)", { id: ME_ORG, kind: 'INDUSTRY' }, { ownOrganisation: true });
  add('Organisation', '(another)', { id: OTHER_ORG, kind: 'GOVERNMENT' }, { ownOrganisation: false });
  add('User', "(the actor's own account)", { id: ME, organisationId: ME_ORG }, { ownOrganisation: true, self: true });
  add('User', '(a colleague)', { id: 'user-colleague', organisationId: ME_ORG }, { ownOrganisation: true });
  add('User', "(another organisation's)", { id: 'user-stranger', organisationId: OTHER_ORG }, { ownOrganisation: false });
  add('ProductGroup', '', { id: 'pg-1' }, { ownOrganisation: false });
  for (const r of roadmaps) {
    add('Roadmap', `(${r.label.replace('of ', '')})`, { id: r.id, productGroupId: 'pg-1' }, { ownOrganisation: false }, r.inR);
    add('Document', r.label, { id: 'doc-1', roadmapId: r.id }, { ownOrganisation: false }, r.inR);
    add('DocumentCommentThread', r.label, { id: 'thread-1', documentId: 'doc-1', roadmapId: r.id }, { ownOrganisation: false }, r.inR);
    // A colleague's comment is not the actor's: authorship is per user, not per organisation.
    for (const a of [
      { label: "the actor's own", id: ME, authored: true, own: true },
      { label: "a colleague's", id: 'user-colleague', authored: false, own: true },
      { label: "another organisation's user's", id: 'user-stranger', authored: false, own: false },
      { label: "a removed user's", id: null, authored: false, own: false },
    ]) {
      add('DocumentComment', `${r.label}, ${a.label}`, { id: 'comment-1', threadId: 'thread-1', roadmapId: r.id, authorId: a.id }, { ownOrganisation: a.own, authored: a.authored }, r.inR);
    }
    for (const o of [{ label: "the actor's organisation", id: ME_ORG }, { label: 'another organisation', id: OTHER_ORG }]) {
      add('Participant', `${r.label}: ${o.label}`, { roadmapId: r.id, organisationId: o.id }, { ownOrganisation: o.id === ME_ORG }, r.inR);
    }
    add('InterventionCandidate', r.label, { interventionId: 'int-1', roadmapId: r.id, profileId: 'sp-1' }, { ownOrganisation: false }, r.inR);
    for (const type of ['Risk', 'Intervention'] as const) {
      for (const o of [...OWNERS, { label: "nobody's", id: null }]) {
        add(type, `${r.label}, ${o.label}`, { roadmapId: r.id, ownerOrgId: o.id }, { ownOrganisation: o.id === ME_ORG }, r.inR);
      }
    }
  }
  for (const type of Object.keys(EXPECTED_READ_FIELDS) as ChainSubject[]) {
    for (const o of OWNERS) {
      for (const s of SHARING) {
        for (const visibility of VISIBILITIES) {
          for (const u of USED_IN) {
            add(
              type,
              `${o.label}, ${s.label}, visibility ${visibility}, ${u.label}`,
              chainRecord(type, o.id, visibility, s.ids, u.ids),
              { ownOrganisation: o.id === ME_ORG, sharedWithActor: s.ids.includes(ME_ORG), visibility },
              u.ids.includes(R),
            );
          }
        }
      }
    }
  }
  for (const o of [...OWNERS, { label: "nobody's (demo)", id: null }]) {
    const own = o.id === ME_ORG;
    add('SupplierProfile', o.label, { id: 'sp-1', organisationId: o.id, keptByOrgId: null }, { ownOrganisation: own });
    for (const audience of ['ALL', 'GOVERNMENT'] as const) {
      add('SupplierProfileDetail', `${o.label}, for ${audience}`, { profileId: 'sp-1', organisationId: o.id, audience, keptByOrgId: null }, { ownOrganisation: own, openToAll: audience === 'ALL' });
    }
    if (o.id) add('DemandResponse', o.label, { id: 'resp-1', demandId: 'dem-1', organisationId: o.id }, { ownOrganisation: own });
  }
  // Profiles a trade association keeps for a member company (no company account behind them).
  for (const k of [{ label: "kept for a member by the actor's organisation", id: ME_ORG }, { label: 'kept for a member by another organisation', id: OTHER_ORG }]) {
    const kept = k.id === ME_ORG;
    add('SupplierProfile', k.label, { id: 'sp-2', organisationId: null, keptByOrgId: k.id }, { ownOrganisation: false, keptByActor: kept });
    for (const audience of ['ALL', 'GOVERNMENT'] as const) {
      add('SupplierProfileDetail', `${k.label}, for ${audience}`, { profileId: 'sp-2', organisationId: null, audience, keptByOrgId: k.id }, { ownOrganisation: false, openToAll: audience === 'ALL', keptByActor: kept });
    }
  }
  for (const o of OWNERS) add('CapacityDemand', o.label, { id: 'dem-1', ownerOrgId: o.id }, { ownOrganisation: o.id === ME_ORG });
  add('SupplierShortlist', '', { demandId: 'dem-1', profileId: 'sp-1' }, { ownOrganisation: false });
  add('Material', '', { id: 'mat-nd' }, { ownOrganisation: false });
  add('MaterialSupply', '', { materialId: 'mat-nd' }, { ownOrganisation: false });
  add('ExportRestriction', '', { materialId: 'mat-nd', country: 'CN' }, { ownOrganisation: false });
  add('MonitoringSeries', '', { id: 'series-1' }, { ownOrganisation: false });
  add('Observation', '', { seriesId: 'series-1' }, { ownOrganisation: false });
  add('AuditEvent', "(by the actor's organisation)", { actorOrganisationId: ME_ORG }, { ownOrganisation: true });
  add('AuditEvent', '(by another organisation)', { actorOrganisationId: OTHER_ORG }, { ownOrganisation: false });
  add('Export', '', {}, { ownOrganisation: false });
  add('Aggregate', '', {}, { ownOrganisation: false });
  return out;
}

const RECORD_CASES = recordCases();

const whoFor = (a: ActorCase, r: RecordCase): Who => ({
  kind: a.kind,
  role: a.role,
  operator: a.operator,
  participation: r.inR ? a.inR : 'none',
  tradeAssociation: a.tradeAssociation,
});
const sorted = (list: string[]) => [...list].sort();

/** Every cell where the ability built by `build` disagrees with the table, in words. */
function actionMismatches(build: (actor: Actor) => AnyMongoAbility, a: ActorCase, records = RECORD_CASES): string[] {
  const ability = build(a.actor);
  const out: string[] = [];
  for (const r of records) {
    for (const action of ACTIONS) {
      const expected = expectedAllowed(r.subject, action, whoFor(a, r), r.what);
      const actual = ability.can(action, tag(r.subject, { ...r.record }));
      if (actual !== expected) {
        out.push(`${action} ${r.label.trim()}: the design says ${expected ? 'allowed' : 'refused'}, the ability ${actual ? 'allows' : 'refuses'} it`);
      }
    }
  }
  return out;
}

/** Every record whose visible (or, for users, changeable) fields differ from the table, in words. */
function fieldMismatches(build: (actor: Actor) => AnyMongoAbility, a: ActorCase, records = RECORD_CASES): string[] {
  const ability = build(a.actor);
  const out: string[] = [];
  const report = (what: string, expected: string[], actual: string[]) => {
    const extra = actual.filter((f) => !expected.includes(f));
    const missing = expected.filter((f) => !actual.includes(f));
    if (extra.length > 0) out.push(`${what}: shows ${extra.join(', ')}, which the design hides`);
    if (missing.length > 0) out.push(`${what}: hides ${missing.join(', ')}, which the design shows`);
  };
  for (const r of records) {
    if (r.subject in EXPECTED_READ_FIELDS) {
      const subject = r.subject as ChainSubject;
      const expected = expectedReadFields(subject, whoFor(a, r), r.what);
      const record = tag(subject, { ...r.record });
      report(`read fields of ${r.label}`, expected, sorted(permittedFields(ability, 'read', record)));
      const redacted = redactFields(ability, 'read', record) as Record<string, unknown>;
      report(`redacted ${r.label}`, expected, sorted(Object.keys(redacted).filter((f) => redacted[f] !== null)));
    }
    if (r.subject === 'User') {
      const expected = expectedUserUpdateFields(whoFor(a, r), r.what);
      const actual = USER_FIELDS.filter((f) => ability.can('update', tag('User', { ...r.record }) as never, f));
      report(`update fields of ${r.label}`, expected, sorted(actual));
    }
  }
  return out;
}

describe('the ability agrees with the hand-written table of expected permissions', () => {
  it('has test records with every field the table names, and a case for each kind of actor', () => {
    for (const type of Object.keys(EXPECTED_READ_FIELDS) as ChainSubject[]) {
      const record = RECORD_CASES.find((r) => r.subject === type)!.record;
      expect(Object.keys(record).sort()).toEqual(sorted(chainFieldNames(type)));
    }
    expect(ACTOR_CASES).toHaveLength(3 * 3 * 2 * 5 + 3 * 3 * 2);
  });

  describe.each(ACTOR_CASES)('$label', (a) => {
    it('may take exactly the actions the design allows, on every kind of record', () => {
      expect(actionMismatches(defineAbilityFor, a)).toEqual([]);
    });

    it('sees, and may change, exactly the fields the design allows', () => {
      expect(fieldMismatches(defineAbilityFor, a)).toEqual([]);
    });
  });
});

describe('the comparison itself catches a wrong cell', () => {
  const actorCase = (label: string) => {
    const found = ACTOR_CASES.find((a) => a.label === label);
    if (!found) throw new Error(`no actor case "${label}"`);
    return found;
  };
  /** The real ability with its rules rewritten: a deliberately wrong rule set. */
  const mutant = (change: (rules: RawRuleOf<AppAbility>[], actor: Actor) => RawRuleOf<AppAbility>[]) => (actor: Actor) =>
    createMongoAbility<AppAbility>(change(defineAbilityFor(actor).rules.map((r) => ({ ...r })), actor));
  const addFieldToReads = (subject: SubjectType, field: string) =>
    mutant((rules) => rules.map((r) => (r.subject === subject && r.action === 'read' && r.fields ? { ...r, fields: [...[r.fields].flat(), field] } : r)));

  it('reports industry reading the documents of every roadmap', () => {
    const wrong = mutant((rules, actor) => (actor.organisationKind === 'INDUSTRY' ? [...rules, { action: 'read', subject: 'Document' }] : rules));
    expect(actionMismatches(wrong, actorCase('INDUSTRY EDITOR, in no roadmap at all'))).toContain(
      'read Document of the roadmap: the design says refused, the ability allows it',
    );
    expect(actionMismatches(wrong, actorCase('INDUSTRY VIEWER, OBSERVER of the roadmap, LEAD elsewhere'))).toContain(
      'read Document of an unrelated roadmap: the design says refused, the ability allows it',
    );
  });

  it("reports a supplier's name shown to every reader of a supply link", () => {
    const found = fieldMismatches(addFieldToReads('SupplyLink', 'supplierName'), actorCase('GOVERNMENT VIEWER, OBSERVER of the roadmap, LEAD elsewhere'));
    expect(found).toContain(
      "read fields of SupplyLink another organisation's, shared with nobody, visibility GOVERNMENT, used in the roadmap: shows supplierName, which the design hides",
    );
    expect(found).toContain(
      "redacted SupplyLink another organisation's, shared with a third organisation, visibility ROADMAP, used in the roadmap: shows supplierName, which the design hides",
    );
  });

  it("reports an item's and an assembly's owner shown to readers through the visibility", () => {
    const a = actorCase('KNOWLEDGE_INSTITUTE EDITOR, MEMBER of the roadmap, LEAD elsewhere');
    expect(fieldMismatches(addFieldToReads('Item', 'ownerOrgId'), a)).toContain(
      "read fields of Item another organisation's, shared with nobody, visibility ROADMAP, used in the roadmap: shows ownerOrgId, which the design hides",
    );
    expect(fieldMismatches(addFieldToReads('Composition', 'ownerOrgId'), a)).toContain(
      "read fields of Composition another organisation's, shared with a third organisation, visibility ROADMAP, used in the roadmap: shows ownerOrgId, which the design hides",
    );
  });

  it('reports the operator column ignored, and operators reading chain data', () => {
    const ignored = (actor: Actor) => defineAbilityFor({ ...actor, platformOperator: false });
    const operator = actorCase('GOVERNMENT VIEWER (platform operator), in no roadmap at all');
    expect(actionMismatches(ignored, operator)).toEqual(
      expect.arrayContaining([
        'create Organisation (another): the design says allowed, the ability refuses it',
        'read AuditEvent (by another organisation): the design says allowed, the ability refuses it',
      ]),
    );
    const reading = mutant((rules, actor) => (actor.platformOperator ? [...rules, { action: 'read', subject: 'SupplyLink' }] : rules));
    expect(actionMismatches(reading, operator)).toContain(
      "read SupplyLink another organisation's, shared with nobody, visibility OWNER, used in no roadmap: the design says refused, the ability allows it",
    );
  });

  it('reports a cell the ability refuses where the design allows it', () => {
    const observersCannotRead = mutant((rules) => rules.filter((r) => !(r.subject === 'Document' && r.action === 'read')));
    expect(actionMismatches(observersCannotRead, actorCase('INDUSTRY VIEWER, OBSERVER of the roadmap, LEAD elsewhere'))).toEqual([
      'read Document of the roadmap: the design says allowed, the ability refuses it',
    ]);
  });

  it('reports the trade association flag ignored, and any industry company keeping profiles for others', () => {
    const ignored = (actor: Actor) => defineAbilityFor({ ...actor, tradeAssociation: false });
    expect(actionMismatches(ignored, actorCase('INDUSTRY EDITOR (trade association), in no roadmap at all'))).toContain(
      "update SupplierProfile kept for a member by the actor's organisation: the design says allowed, the ability refuses it",
    );
    const everyone = (actor: Actor) => defineAbilityFor({ ...actor, tradeAssociation: true });
    expect(actionMismatches(everyone, actorCase('INDUSTRY EDITOR, in no roadmap at all'))).toContain(
      "create SupplierProfile kept for a member by the actor's organisation: the design says refused, the ability allows it",
    );
  });
});
