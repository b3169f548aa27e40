import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, USER_ROLES } from './actor';
import { defineAbilityFor } from './define-ability';
import { FIELD_ACCESS, PERMISSION_MATRIX, grantsFor } from './permission-matrix';
import { CHAIN_SUBJECTS, type Action, type SubjectType } from './subjects';

// Structural and house-rule checks of the matrix itself. Whether the ability does what the design
// says, cell by cell and field by field, is checked against the hand-written table in
// expected-permissions.spec.ts, which takes nothing from the matrix.

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
    const closed: SubjectType[] = [...CHAIN_SUBJECTS, 'Document', 'DocumentCommentThread', 'DocumentComment', 'Risk', 'Intervention'];
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
      userId: 'user-me',
      organisationId: 'org-me',
      organisationKind: 'PRESS' as never,
      role: 'OWNER' as never,
      participations: [{ roadmapId: 'r-lead', role: 'LEAD' }],
    });
    expect(ability.rules).toEqual([]);
  });
});
