import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { defineAbilityFor } from './define-ability';
import { hiddenFields, pickPermittedFields, redactFields } from './permitted-fields';
import type { SupplyLinkSubject } from './subjects';

// The demo chain: EZ leads the naval roadmap with the shipyard, the radar maker and NMO as members;
// Defence only observes another roadmap; the magnet maker participates in none.
const R_SHIPS = 'roadmap-ships';
const R_OTHER = 'roadmap-other';
const ORG = { ez: 'org-ez', defensie: 'org-def', nmo: 'org-nmo', werf: 'org-werf', radar: 'org-radar', magneet: 'org-magneet', beheer: 'org-beheer' };

function actor(org: keyof typeof ORG, kind: Actor['organisationKind'], participations: Actor['participations'], extra: Partial<Actor> = {}): Actor {
  return { userId: `user-${org}`, organisationId: ORG[org], organisationKind: kind, role: 'EDITOR', participations, ...extra };
}

const ACTORS = {
  radar: actor('radar', 'INDUSTRY', [{ roadmapId: R_SHIPS, role: 'MEMBER' }]),
  werf: actor('werf', 'INDUSTRY', [{ roadmapId: R_SHIPS, role: 'MEMBER' }, { roadmapId: R_OTHER, role: 'MEMBER' }]),
  ez: actor('ez', 'GOVERNMENT', [{ roadmapId: R_SHIPS, role: 'LEAD' }]),
  defensie: actor('defensie', 'GOVERNMENT', [{ roadmapId: R_OTHER, role: 'OBSERVER' }]),
  nmo: actor('nmo', 'KNOWLEDGE_INSTITUTE', [{ roadmapId: R_SHIPS, role: 'MEMBER' }]),
  magneet: actor('magneet', 'INDUSTRY', []),
  operator: actor('beheer', 'GOVERNMENT', [], { role: 'ADMIN', platformOperator: true }),
};

function link(id: string, by: string, visibility: SupplyLinkSubject['visibility'], sharedWith: string[], roadmapIds: string[]) {
  return {
    id,
    itemId: 'item-radar-magnet',
    contributedByOrgId: by,
    supplierName: 'Ningbo Magnetics',
    supplierOrgId: null,
    country: 'CN',
    share: 0.8,
    tier: 2,
    leadTimeWeeks: 26,
    stockMonths: 2,
    singleSource: true,
    visibility,
    sharedWith,
    roadmapIds,
  } satisfies SupplyLinkSubject;
}

const LINKS = [
  link('owner-shared', ORG.radar, 'OWNER', [ORG.werf], [R_SHIPS]),
  link('government', ORG.radar, 'GOVERNMENT', [], [R_SHIPS]),
  link('roadmap', ORG.radar, 'ROADMAP', [], [R_SHIPS]),
  link('roadmap-other', ORG.werf, 'ROADMAP', [], [R_OTHER]),
  link('government-other', ORG.werf, 'GOVERNMENT', [], [R_OTHER]),
  link('magneet-owner', ORG.magneet, 'OWNER', [ORG.radar], []),
  link('magneet-unused', ORG.magneet, 'ROADMAP', [], []),
];

function visibleTo(who: keyof typeof ACTORS): string[] {
  const ability = defineAbilityFor(ACTORS[who]);
  return LINKS.filter((l) => ability.can('read', subject('SupplyLink', { ...l }))).map((l) => l.id);
}

describe('who reads which supply link', () => {
  it('shows the contributor its own links, whatever their visibility, and links shared with it', () => {
    expect(visibleTo('radar')).toEqual(['owner-shared', 'government', 'roadmap', 'magneet-owner']);
  });

  it('shows an organisation named in sharedWith an OWNER link, and roadmap links of its roadmaps', () => {
    expect(visibleTo('werf')).toEqual(['owner-shared', 'roadmap', 'roadmap-other', 'government-other']);
  });

  it('shows a government participant GOVERNMENT and ROADMAP links of its roadmaps only', () => {
    expect(visibleTo('ez')).toEqual(['government', 'roadmap']);
  });

  it('shows a government observer of another roadmap only that roadmap’s links', () => {
    expect(visibleTo('defensie')).toEqual(['roadmap-other', 'government-other']);
  });

  it('hides GOVERNMENT links from a knowledge institute participant', () => {
    expect(visibleTo('nmo')).toEqual(['roadmap']);
  });

  it('shows an outsider nothing but its own links, even ROADMAP links no roadmap uses', () => {
    expect(visibleTo('magneet')).toEqual(['magneet-owner', 'magneet-unused']);
  });

  it('shows a platform operator no chain data beyond what its own organisation may read', () => {
    expect(visibleTo('operator')).toEqual([]);
    const asOperator = defineAbilityFor(ACTORS.operator).rulesFor('read', 'SupplyLink');
    const asItsOrganisation = defineAbilityFor({ ...ACTORS.operator, platformOperator: false }).rulesFor('read', 'SupplyLink');
    expect(asOperator.map((r) => r.origin)).toEqual(asItsOrganisation.map((r) => r.origin));
  });
});

describe('which fields of a supply link a reader sees', () => {
  const byId = (id: string) => subject('SupplyLink', { ...LINKS.find((l) => l.id === id)! });
  const identity = ['supplierName', 'supplierOrgId', 'contributedByOrgId'];
  const figures = ['id', 'itemId', 'country', 'share', 'tier', 'leadTimeWeeks', 'stockMonths', 'singleSource', 'visibility'];

  it('shows the contributor every field, including whom it shared with', () => {
    expect(hiddenFields(defineAbilityFor(ACTORS.radar), 'read', byId('owner-shared'))).toEqual([]);
  });

  it('shows an organisation in sharedWith the supplier, but not the rest of the sharing list', () => {
    expect(hiddenFields(defineAbilityFor(ACTORS.werf), 'read', byId('owner-shared'))).toEqual(['sharedWith']);
  });

  it('hides supplier and contributor from a government participant reading a GOVERNMENT link', () => {
    const ez = defineAbilityFor(ACTORS.ez);
    expect(hiddenFields(ez, 'read', byId('government')).sort()).toEqual([...identity, 'sharedWith', 'roadmapIds'].sort());
    expect(Object.keys(pickPermittedFields(ez, 'read', byId('government')))).toEqual(figures);
    expect(ez.can('read', byId('government'), 'country')).toBe(true);
    expect(ez.can('read', byId('government'), 'supplierName')).toBe(false);
  });

  it('hides supplier and contributor from a roadmap participant reading a ROADMAP link', () => {
    const redacted = redactFields(defineAbilityFor(ACTORS.nmo), 'read', byId('roadmap'));
    expect(redacted).toMatchObject({ country: 'CN', share: 0.8, supplierName: null, contributedByOrgId: null, sharedWith: null });
  });

  it('shows a reader nothing of a link it may not read', () => {
    expect(pickPermittedFields(defineAbilityFor(ACTORS.magneet), 'read', byId('government'))).toEqual({});
  });

  it('refuses an untagged record rather than guessing its type', () => {
    expect(() => hiddenFields(defineAbilityFor(ACTORS.radar), 'read', { ...LINKS[0]! })).toThrow(/subject\('SupplyLink'/);
  });
});

describe('who writes chain data', () => {
  const radarLink = subject('SupplyLink', { ...LINKS[1]! });

  it('lets an industry editor update and delete its own organisation’s links', () => {
    const ability = defineAbilityFor(ACTORS.radar);
    expect(ability.can('update', radarLink)).toBe(true);
    expect(ability.can('delete', radarLink)).toBe(true);
    expect(ability.can('create', subject('SupplyLink', { ...radarLink }))).toBe(true);
  });

  it('refuses to update a link when the actor is a viewer of the contributing organisation', () => {
    expect(defineAbilityFor({ ...ACTORS.radar, role: 'VIEWER' }).can('update', radarLink)).toBe(false);
  });

  it('refuses to update a link when the actor’s organisation is only in sharedWith', () => {
    expect(defineAbilityFor(ACTORS.werf).can('update', subject('SupplyLink', { ...LINKS[0]! }))).toBe(false);
  });

  it('refuses to create a link on behalf of another organisation', () => {
    expect(defineAbilityFor(ACTORS.werf).can('create', subject('SupplyLink', { ...LINKS[0]! }))).toBe(false);
  });

  it('refuses chain writes to government and knowledge institute users', () => {
    for (const who of ['ez', 'nmo'] as const) {
      expect(defineAbilityFor({ ...ACTORS[who], organisationId: ORG.radar }).can('update', radarLink)).toBe(false);
    }
  });
});

describe('roadmap work', () => {
  const doc = subject('Document', { id: 'doc-1', roadmapId: R_SHIPS });
  const intervention = subject('Intervention', { roadmapId: R_SHIPS, ownerOrgId: ORG.werf });

  it('lets members co-edit a roadmap document and observers only read it', () => {
    expect(defineAbilityFor(ACTORS.werf).can('update', doc)).toBe(true);
    const observer = defineAbilityFor({ ...ACTORS.defensie, participations: [{ roadmapId: R_SHIPS, role: 'OBSERVER' }] });
    expect(observer.can('read', doc)).toBe(true);
    expect(observer.can('update', doc)).toBe(false);
  });

  it('refuses to open a roadmap document when the actor’s organisation does not participate', () => {
    expect(defineAbilityFor(ACTORS.magneet).can('read', doc)).toBe(false);
    expect(defineAbilityFor(ACTORS.operator).can('read', doc)).toBe(false);
  });

  it('lets the roadmap lead invite participants, and refuses members and operators', () => {
    const invitation = subject('Participant', { roadmapId: R_SHIPS, organisationId: ORG.magneet });
    expect(defineAbilityFor(ACTORS.ez).can('create', invitation)).toBe(true);
    expect(defineAbilityFor(ACTORS.werf).can('create', invitation)).toBe(false);
    expect(defineAbilityFor({ ...ACTORS.operator, organisationId: ORG.magneet }).can('create', invitation)).toBe(false);
  });

  it('lets the government lead decide an intervention, and refuses the member who proposed it', () => {
    expect(defineAbilityFor(ACTORS.ez).can('decide', intervention)).toBe(true);
    expect(defineAbilityFor(ACTORS.werf).can('decide', intervention)).toBe(false);
    expect(defineAbilityFor(ACTORS.werf).can('update', intervention)).toBe(true);
  });

  it('refuses to update an intervention of the actor’s organisation once it no longer co-edits that roadmap', () => {
    const leftTheRoadmap = { ...ACTORS.werf, participations: [{ roadmapId: R_SHIPS, role: 'OBSERVER' as const }] };
    expect(defineAbilityFor(leftTheRoadmap).can('update', intervention)).toBe(false);
  });
});

describe('organisations and users', () => {
  const radarUser = subject('User', { id: 'user-2', organisationId: ORG.radar });

  it('lets an organisation admin change the role of its users, and refuses other organisations’ admins', () => {
    expect(defineAbilityFor({ ...ACTORS.radar, role: 'ADMIN' }).can('update', radarUser, 'role')).toBe(true);
    expect(defineAbilityFor({ ...ACTORS.werf, role: 'ADMIN' }).can('update', radarUser)).toBe(false);
  });

  it('lets a viewer change its own name and password, and refuses its own role', () => {
    const me = subject('User', { id: ACTORS.radar.userId, organisationId: ORG.radar });
    const viewer = defineAbilityFor({ ...ACTORS.radar, role: 'VIEWER' });
    expect(viewer.can('update', me, 'name')).toBe(true);
    expect(viewer.can('update', me, 'password')).toBe(true);
    expect(viewer.can('update', me, 'role')).toBe(false);
    expect(viewer.can('update', radarUser, 'name')).toBe(false);
  });

  it('lets operators manage organisations and read every audit event', () => {
    const operator = defineAbilityFor(ACTORS.operator);
    expect(operator.can('create', 'Organisation')).toBe(true);
    expect(operator.can('read', subject('AuditEvent', { actorOrganisationId: ORG.radar }))).toBe(true);
    expect(defineAbilityFor({ ...ACTORS.ez, role: 'ADMIN' }).can('read', subject('AuditEvent', { actorOrganisationId: ORG.radar }))).toBe(false);
  });
});
