import { subject as tag } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, USER_ROLES, type Actor } from './actor';
import type { ConditionName } from './conditions';
import { defineAbilityFor } from './define-ability';
import { FIELD_ACCESS, PERMISSION_MATRIX, grantsFor } from './permission-matrix';
import { permittedFields } from './permitted-fields';
import { ACTIONS, CHAIN_SUBJECTS, SUBJECT_TYPES, type Action, type SubjectType } from './subjects';

// An independent oracle: the named conditions written out again as plain predicates, checked
// against the CASL ability for every kind x role x operator flag x subject x action, on records
// that vary every field a rule reads.

const ME_ORG = 'org-me';
const OTHER_ORG = 'org-other';
const THIRD_ORG = 'org-third';
const ME_USER = 'user-me';
const ROADMAPS = ['r-lead', 'r-member', 'r-observer', 'r-other'];
const PARTICIPATIONS = [
  { roadmapId: 'r-lead', role: 'LEAD' },
  { roadmapId: 'r-member', role: 'MEMBER' },
  { roadmapId: 'r-observer', role: 'OBSERVER' },
] as const;

type Row = Record<string, unknown>;

const CHAIN_DIMENSIONS = {
  visibility: ['OWNER', 'GOVERNMENT', 'ROADMAP'],
  sharedWith: [[], [THIRD_ORG], [THIRD_ORG, ME_ORG]],
  roadmapIds: [[], ['r-other'], ['r-observer'], ['r-lead', 'r-other']],
};

const DIMENSIONS: Record<SubjectType, Record<string, unknown[]>> = {
  Organisation: { id: [ME_ORG, OTHER_ORG], kind: ['INDUSTRY'] },
  User: { id: [ME_USER, 'user-other'], organisationId: [ME_ORG, OTHER_ORG] },
  ProductGroup: { id: ['pg-1'] },
  Roadmap: { id: ROADMAPS, productGroupId: ['pg-1'] },
  Participant: { roadmapId: ROADMAPS, organisationId: [ME_ORG, OTHER_ORG] },
  Item: { id: ['item-1'], ownerOrgId: [ME_ORG, OTHER_ORG], ...CHAIN_DIMENSIONS },
  Composition: { parentId: ['item-1'], childId: ['item-2'], ownerOrgId: [ME_ORG, OTHER_ORG], ...CHAIN_DIMENSIONS },
  SupplyLink: {
    id: ['sl-1'],
    itemId: ['item-1'],
    contributedByOrgId: [ME_ORG, OTHER_ORG],
    supplierName: ['Magneet B.V.'],
    country: ['CN'],
    ...CHAIN_DIMENSIONS,
  },
  DisruptionReport: { id: ['dr-1'], reportingOrgId: [ME_ORG, OTHER_ORG], cause: ['GEOPOLITICAL'], ...CHAIN_DIMENSIONS },
  Material: { id: ['nd'] },
  MaterialSupply: { materialId: ['nd'] },
  ExportRestriction: { materialId: ['nd'], country: ['CN', 'ID'] },
  MonitoringSeries: { id: ['s-1'] },
  Observation: { seriesId: ['s-1'] },
  Document: { id: ['doc-1'], roadmapId: ROADMAPS },
  Risk: { roadmapId: ROADMAPS, ownerOrgId: [ME_ORG, OTHER_ORG, null] },
  Intervention: { roadmapId: ROADMAPS, ownerOrgId: [ME_ORG, OTHER_ORG, null] },
  AuditEvent: { actorOrganisationId: [ME_ORG, OTHER_ORG] },
  Export: {},
  Aggregate: {},
};

const OWNER: Partial<Record<SubjectType, string>> = {
  Organisation: 'id',
  User: 'organisationId',
  Participant: 'organisationId',
  Item: 'ownerOrgId',
  Composition: 'ownerOrgId',
  SupplyLink: 'contributedByOrgId',
  DisruptionReport: 'reportingOrgId',
  Risk: 'ownerOrgId',
  Intervention: 'ownerOrgId',
  AuditEvent: 'actorOrganisationId',
};
const ROADMAP: Partial<Record<SubjectType, string>> = {
  Roadmap: 'id',
  Participant: 'roadmapId',
  Document: 'roadmapId',
  Risk: 'roadmapId',
  Intervention: 'roadmapId',
};

function holds(name: ConditionName, type: SubjectType, r: Row, actor: Actor): boolean {
  const inRoadmaps = (roles: string[], ids: unknown) =>
    actor.participations.some((p) => roles.includes(p.role) && (Array.isArray(ids) ? ids.includes(p.roadmapId) : ids === p.roadmapId));
  const own = () => r[required(OWNER, type, name)] === actor.organisationId;
  const roadmap = () => r[required(ROADMAP, type, name)];
  const chain = () => {
    if (!(CHAIN_SUBJECTS as readonly string[]).includes(type)) throw new Error(`${name} on ${type}`);
    return r as { visibility: string; sharedWith: string[]; roadmapIds: string[] };
  };
  switch (name) {
    case 'always':
      return true;
    case 'own organisation':
      return own();
    case 'self':
      if (type !== 'User') throw new Error(`self on ${type}`);
      return r.id === actor.userId;
    case 'shared with own organisation':
      return chain().sharedWith.includes(actor.organisationId);
    case 'visible to government participants':
      return chain().visibility === 'GOVERNMENT' && inRoadmaps(['LEAD', 'MEMBER', 'OBSERVER'], chain().roadmapIds);
    case 'visible to roadmap participants':
      return chain().visibility === 'ROADMAP' && inRoadmaps(['LEAD', 'MEMBER', 'OBSERVER'], chain().roadmapIds);
    case 'roadmap participant':
      return inRoadmaps(['LEAD', 'MEMBER', 'OBSERVER'], roadmap());
    case 'roadmap co-editor':
      return inRoadmaps(['LEAD', 'MEMBER'], roadmap());
    case 'roadmap lead':
      return inRoadmaps(['LEAD'], roadmap());
    case 'own, as roadmap co-editor':
      return own() && inRoadmaps(['LEAD', 'MEMBER'], roadmap());
  }
}

function required(map: Partial<Record<SubjectType, string>>, type: SubjectType, name: string): string {
  const field = map[type];
  if (!field) throw new Error(`condition "${name}" granted on ${type}, which has no such field`);
  return field;
}

function records(type: SubjectType): Row[] {
  let rows: Row[] = [{}];
  for (const [field, values] of Object.entries(DIMENSIONS[type])) {
    rows = rows.flatMap((row) => values.map((value) => ({ ...row, [field]: value })));
  }
  return rows;
}

function actorFor(kind: Actor['organisationKind'], role: Actor['role'], platformOperator: boolean): Actor {
  return {
    userId: ME_USER,
    organisationId: ME_ORG,
    organisationKind: kind,
    role,
    participations: PARTICIPATIONS,
    platformOperator,
  };
}

const WHO = ORGANISATION_KINDS.flatMap((kind) =>
  USER_ROLES.flatMap((role) => [false, true].map((operator) => ({ kind, role, operator }))),
);

describe('the ability agrees with the permission matrix', () => {
  describe.each(WHO)('$kind $role (operator: $operator)', ({ kind, role, operator }) => {
    const actor = actorFor(kind, role, operator);
    const ability = defineAbilityFor(actor);

    it.each(SUBJECT_TYPES)('%s: every action on every kind of record', (type) => {
      const mismatches: string[] = [];
      for (const action of ACTIONS) {
        const granted = grantsFor(actor, type, action);
        if (ability.can(action, type) !== granted.length > 0) mismatches.push(`${action} ${type} (type level)`);
        for (const row of records(type)) {
          const expected = granted.some((name) => holds(name, type, row, actor));
          const actual = ability.can(action, tag(type, { ...row }) as never);
          if (actual !== expected) mismatches.push(`${action} ${JSON.stringify(row)}: expected ${expected}`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it.each(Object.keys(FIELD_ACCESS) as SubjectType[])('%s: the fields each granted condition reveals', (type) => {
      for (const [action, table] of Object.entries(FIELD_ACCESS[type]!) as [Action, Record<string, readonly ConditionName[]>][]) {
        const granted = grantsFor(actor, type, action);
        for (const row of records(type)) {
          const met = granted.filter((name) => holds(name, type, row, actor));
          const expected = Object.keys(table).filter((field) => table[field]!.some((c) => met.includes(c)));
          expect(permittedFields(ability, action, tag(type, { ...row })).sort()).toEqual(expected.sort());
        }
      }
    });
  });
});

describe('the permission matrix', () => {
  const writes: Action[] = ['create', 'update', 'delete', 'decide', 'manageUsers'];
  const cellsOf = (subject: SubjectType, action: Action) =>
    ORGANISATION_KINDS.flatMap((kind) => USER_ROLES.map((role) => ({ kind, role, grants: grantsFor({ organisationKind: kind, role }, subject, action) })));

  it('has one row per subject and action, and never grants manage', () => {
    const keys = PERMISSION_MATRIX.map((e) => `${e.subject}.${e.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(PERMISSION_MATRIX.filter((e) => e.action === 'manage')).toEqual([]);
  });

  it('lets viewers write nothing but their own profile', () => {
    const viewerWrites = PERMISSION_MATRIX.filter((e) => writes.includes(e.action)).flatMap((e) =>
      ORGANISATION_KINDS.flatMap((kind) => e.grants[kind].VIEWER.map((c) => `${kind} ${e.action} ${e.subject}: ${c}`)),
    );
    expect(viewerWrites).toEqual(['GOVERNMENT update User: self', 'INDUSTRY update User: self', 'KNOWLEDGE_INSTITUTE update User: self']);
    expect(FIELD_ACCESS.User?.update?.role).not.toContain('self');
  });

  it.each(CHAIN_SUBJECTS)('lets only industry editors and admins write their own %s', (type) => {
    for (const action of ['create', 'update', 'delete'] as const) {
      expect(cellsOf(type, action).filter((c) => c.grants.length > 0)).toEqual([
        { kind: 'INDUSTRY', role: 'ADMIN', grants: ['own organisation'] },
        { kind: 'INDUSTRY', role: 'EDITOR', grants: ['own organisation'] },
      ]);
    }
  });

  it.each(['Material', 'MaterialSupply', 'ExportRestriction', 'MonitoringSeries', 'Observation'] as const)(
    'lets only knowledge institute editors and admins maintain %s, and everyone read it',
    (type) => {
      for (const action of ['create', 'update', 'delete'] as const) {
        expect(cellsOf(type, action).filter((c) => c.grants.length > 0).map((c) => `${c.kind} ${c.role}`)).toEqual([
          'KNOWLEDGE_INSTITUTE ADMIN',
          'KNOWLEDGE_INSTITUTE EDITOR',
        ]);
      }
      expect(cellsOf(type, 'read').every((c) => c.grants.includes('always'))).toBe(true);
    },
  );

  it('shows chain data to government participants only when the actor is government', () => {
    for (const type of CHAIN_SUBJECTS) {
      for (const c of cellsOf(type, 'read')) {
        expect(c.grants.includes('visible to government participants')).toBe(c.kind === 'GOVERNMENT');
        expect(c.grants).toEqual(expect.arrayContaining(['own organisation', 'shared with own organisation', 'visible to roadmap participants']));
      }
    }
  });

  it('gives platform operators no chain data, documents, risks or interventions, and no way into a roadmap', () => {
    const closed: SubjectType[] = [...CHAIN_SUBJECTS, 'Document', 'Risk', 'Intervention'];
    const operatorGrants = PERMISSION_MATRIX.filter((e) => e.operator.length > 0).map((e) => `${e.action} ${e.subject}`);
    expect(operatorGrants.filter((g) => closed.some((s) => g.endsWith(` ${s}`)))).toEqual([]);
    expect(operatorGrants.filter((g) => /^(create|update|delete) Participant$/.test(g))).toEqual([]);
  });

  it('lets only leads decide interventions, and only government leads', () => {
    expect(cellsOf('Intervention', 'decide').filter((c) => c.grants.length > 0)).toEqual([
      { kind: 'GOVERNMENT', role: 'ADMIN', grants: ['roadmap lead'] },
      { kind: 'GOVERNMENT', role: 'EDITOR', grants: ['roadmap lead'] },
    ]);
  });

  it('grants nothing to an unknown organisation kind or role (bad data fails closed)', () => {
    const ability = defineAbilityFor({
      ...actorFor('GOVERNMENT', 'ADMIN', false),
      organisationKind: 'PRESS' as never,
      role: 'OWNER' as never,
    });
    expect(ability.rules).toEqual([]);
  });
});
