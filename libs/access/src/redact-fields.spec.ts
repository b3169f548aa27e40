import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { defineAbilityFor } from './define-ability';
import { permittedFields, redactFieldsOf, redactOwnRow } from './permitted-fields';
import type { Action, SubjectType, Visibility } from './subjects';

/** What redactFields answered before it kept outcomes: permittedFields for every row afresh. */
const reference = (ability: ReturnType<typeof defineAbilityFor>, action: Action, type: SubjectType, row: object) => {
  const allowed = new Set(permittedFields(ability, action, subject(type, { ...row })));
  return Object.fromEntries(Object.entries(row).map(([field, value]) => [field, allowed.has(field) ? value : null]));
};

const ROADMAP = '00000000-0000-4000-8000-0000000000a1';
const OTHER_ROADMAP = '00000000-0000-4000-8000-0000000000a2';
const SHIPYARD = '00000000-0000-4000-8000-00000000000a';
const SUPPLIER = '00000000-0000-4000-8000-00000000000b';
const MINISTRY = '00000000-0000-4000-8000-00000000000c';

const actor = (organisationId: string, organisationKind: Actor['organisationKind'], roadmapIds: string[]): Actor => ({
  userId: `${organisationId}-user`,
  organisationId,
  organisationKind,
  role: 'EDITOR',
  participations: roadmapIds.map((roadmapId) => ({ roadmapId, role: 'MEMBER' as const })),
});

const link = (contributedByOrgId: string, visibility: Visibility, sharedWith: string[], roadmapIds: string[]) => ({
  id: `${contributedByOrgId}-${visibility}-${sharedWith.length}-${roadmapIds.length}`,
  itemId: 'item',
  supplierOrgId: SUPPLIER,
  supplierName: 'Delta Radar Systems',
  country: 'NL',
  share: 0.5,
  tier: 1,
  leadTimeWeeks: 12,
  stockMonths: 2,
  singleSource: false,
  visibility,
  sharedWith,
  contributedByOrgId,
  roadmapIds,
});

describe('redactFieldsOf, which works out the fields once per kind of row', () => {
  const rows = [SHIPYARD, SUPPLIER, MINISTRY].flatMap((org) =>
    (['OWNER', 'GOVERNMENT', 'ROADMAP'] as Visibility[]).flatMap((visibility) =>
      [[], [SHIPYARD], [MINISTRY, SUPPLIER]].flatMap((sharedWith) => [[ROADMAP], [OTHER_ROADMAP], []].map((roadmaps) => link(org, visibility, sharedWith, roadmaps))),
    ),
  );

  it.each([
    ['a shipyard in the roadmap', actor(SHIPYARD, 'INDUSTRY', [ROADMAP])],
    ['a supplier in no roadmap', actor(SUPPLIER, 'INDUSTRY', [])],
    ['a ministry in another roadmap', actor(MINISTRY, 'GOVERNMENT', [OTHER_ROADMAP])],
  ])('answers what permittedFields allows for every kind of supply link, read by %s', (_who, who) => {
    const ability = defineAbilityFor(who);
    for (const row of rows) {
      expect(redactFieldsOf(ability, 'read', 'SupplyLink', row), row.id).toEqual(reference(ability, 'read', 'SupplyLink', row));
    }
    // The same rows again (now answered from the outcomes seen): still the same.
    for (const row of [...rows].reverse()) {
      expect(redactFieldsOf(ability, 'read', 'SupplyLink', row), row.id).toEqual(reference(ability, 'read', 'SupplyLink', row));
    }
    // Copies, whose rows are left as they were; redactOwnRow redacts a row of its own alike, in place.
    for (const row of rows) {
      const own = { ...row };
      const redacted = redactOwnRow(ability, 'read', 'SupplyLink', own);
      expect(redacted, row.id).toBe(own);
      expect(own, row.id).toEqual(reference(ability, 'read', 'SupplyLink', row));
      expect(redactFieldsOf(ability, 'read', 'SupplyLink', row)).not.toBe(row);
    }
    expect(rows.every((row) => row.supplierName === 'Delta Radar Systems')).toBe(true);
  });

  it('answers what permittedFields allows for items too, whose owner only some readers may know', () => {
    const items = [SHIPYARD, SUPPLIER].flatMap((ownerOrgId) =>
      (['OWNER', 'GOVERNMENT', 'ROADMAP'] as Visibility[]).flatMap((visibility) =>
        [[], [MINISTRY]].map((sharedWith) => ({
          id: `${ownerOrgId}-${visibility}-${sharedWith.length}`,
          kind: 'COMPONENT',
          name: 'Radar',
          description: null,
          visibility,
          productGroupId: 'group',
          ownerOrgId,
          sharedWith,
          roadmapIds: [ROADMAP],
        })),
      ),
    );
    for (const who of [actor(SHIPYARD, 'INDUSTRY', [ROADMAP]), actor(MINISTRY, 'GOVERNMENT', [ROADMAP])]) {
      const ability = defineAbilityFor(who);
      for (const item of items) {
        expect(redactFieldsOf(ability, 'read', 'Item', item), item.id).toEqual(reference(ability, 'read', 'Item', item));
      }
    }
    const shipyard = defineAbilityFor(actor(SHIPYARD, 'INDUSTRY', [ROADMAP]));
    expect(redactFieldsOf(shipyard, 'read', 'Item', items.find((i) => i.ownerOrgId === SUPPLIER && i.visibility === 'ROADMAP')!).ownerOrgId).toBeNull();
  });

  it('hides the supplier of a link the reader sees through the roadmap, and shows it on its own and shared links', () => {
    const ability = defineAbilityFor(actor(SHIPYARD, 'INDUSTRY', [ROADMAP]));
    const own = redactFieldsOf(ability, 'read', 'SupplyLink', link(SHIPYARD, 'OWNER', [], [ROADMAP]));
    const others = redactFieldsOf(ability, 'read', 'SupplyLink', link(SUPPLIER, 'ROADMAP', [], [ROADMAP]));
    expect(own.supplierName).toBe('Delta Radar Systems');
    const shared = redactFieldsOf(ability, 'read', 'SupplyLink', link(SUPPLIER, 'ROADMAP', [SHIPYARD], [ROADMAP]));
    expect(others.supplierName).toBeNull();
    expect(others.contributedByOrgId).toBeNull();
    expect(others.share).toBe(0.5);
    expect(shared.supplierName).toBe('Delta Radar Systems');
    expect(shared.sharedWith).toBeNull();
  });

  it('answers what permittedFields allows when a rule takes fields away (which defineAbilityFor never writes)', () => {
    const ability = defineAbilityFor(actor(SHIPYARD, 'INDUSTRY', [ROADMAP]));
    ability.update([
      ...ability.rules,
      { action: 'read', subject: 'SupplyLink', fields: ['share'], conditions: { visibility: 'ROADMAP' }, inverted: true },
    ] as never);
    const rows = [link(SHIPYARD, 'OWNER', [], [ROADMAP]), link(SUPPLIER, 'ROADMAP', [], [ROADMAP]), link(SUPPLIER, 'ROADMAP', [SHIPYARD], [ROADMAP])];
    for (const row of rows) expect(redactFieldsOf(ability, 'read', 'SupplyLink', row), row.id).toEqual(reference(ability, 'read', 'SupplyLink', row));
    expect(redactFieldsOf(ability, 'read', 'SupplyLink', rows[1]!).share).toBeNull();
  });

  it('answers what permittedFields allows with rules of every field, of some fields, and overlapping ones', () => {
    const ability = defineAbilityFor(actor(SHIPYARD, 'INDUSTRY', [ROADMAP]));
    const rows = [SHIPYARD, SUPPLIER, MINISTRY].flatMap((org) =>
      (['OWNER', 'ROADMAP'] as Visibility[]).flatMap((visibility) => [[], [SHIPYARD]].map((sharedWith) => link(org, visibility, sharedWith, [ROADMAP]))),
    );
    const rules = {
      // A rule without a field list grants every field, whatever else a row meets.
      everyField: { action: 'read', subject: 'SupplyLink', conditions: { contributedByOrgId: SHIPYARD } },
      // One that grants all the others grant decides alone; the two lists below only overlap.
      allListed: { action: 'read', subject: 'SupplyLink', fields: ['id', 'share', 'country', 'supplierName'], conditions: { sharedWith: SHIPYARD } },
      some: { action: 'read', subject: 'SupplyLink', fields: ['id', 'share'], conditions: { visibility: 'ROADMAP' } },
      others: { action: 'read', subject: 'SupplyLink', fields: ['id', 'country'], conditions: { contributedByOrgId: SUPPLIER } },
    };
    for (const set of [
      [rules.everyField, rules.some, rules.others],
      [rules.some, rules.allListed, rules.others],
      [rules.some, rules.others],
    ]) {
      ability.update(set as never);
      for (const row of rows) expect(redactFieldsOf(ability, 'read', 'SupplyLink', row), row.id).toEqual(reference(ability, 'read', 'SupplyLink', row));
    }
  });

  it('forgets what it worked out when the ability gets other rules', () => {
    const ability = defineAbilityFor(actor(SHIPYARD, 'INDUSTRY', [ROADMAP]));
    const row = link(SHIPYARD, 'OWNER', [], [ROADMAP]);
    expect(redactFieldsOf(ability, 'read', 'SupplyLink', row).supplierName).toBe('Delta Radar Systems');
    ability.update([]);
    expect(redactFieldsOf(ability, 'read', 'SupplyLink', row)).toEqual(reference(ability, 'read', 'SupplyLink', row));
    expect(redactFieldsOf(ability, 'read', 'SupplyLink', row).supplierName).toBeNull();
  });
});
