import { describe, expect, it } from 'vitest';
import { subject } from '@casl/ability';
import type { Actor } from './actor';
import { AbilityCache, defineAbilityFor } from './define-ability';

const ROADMAP = '00000000-0000-4000-8000-00000000000a';
const OTHER_ROADMAP = '00000000-0000-4000-8000-00000000000b';

// Every field of Actor (Required: a field added to Actor must be given here, and is then checked below).
const yard: Required<Actor> = {
  userId: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  organisationKind: 'INDUSTRY',
  role: 'EDITOR',
  participations: [{ roadmapId: ROADMAP, role: 'MEMBER' }],
  platformOperator: false,
  tradeAssociation: false,
};

describe('AbilityCache', () => {
  it('gives the same ability to the same actor state, and rules equal to a freshly built one', () => {
    const cache = new AbilityCache();
    const first = cache.abilityFor(yard);
    // A new object with the same fields (as the next request's session lookup gives).
    const again = cache.abilityFor(JSON.parse(JSON.stringify(yard)) as Actor);
    expect(again).toBe(first);
    expect(first.rules).toEqual(defineAbilityFor(yard).rules);
  });

  it('builds anew when any field the rules read differs', () => {
    const cache = new AbilityCache();
    const base = cache.abilityFor(yard);
    const changed: { [K in keyof Actor]-?: Actor[K] } = {
      userId: '00000000-0000-4000-8000-000000000003',
      organisationId: '00000000-0000-4000-8000-000000000004',
      organisationKind: 'GOVERNMENT',
      role: 'VIEWER',
      participations: [{ roadmapId: ROADMAP, role: 'LEAD' }],
      platformOperator: true,
      tradeAssociation: true,
    };
    for (const field of Object.keys(changed) as (keyof Actor)[]) {
      const other = cache.abilityFor({ ...yard, [field]: changed[field] });
      expect(other, field).not.toBe(base);
      expect(other.rules, field).toEqual(defineAbilityFor({ ...yard, [field]: changed[field] }).rules);
    }
  });

  it('applies a participation change at once: the roadmap just joined becomes readable', () => {
    const cache = new AbilityCache();
    const item = (roadmapIds: string[]) => subject('Item', { ownerOrgId: 'someone else', visibility: 'ROADMAP', sharedWith: [], roadmapIds } as never);
    expect(cache.abilityFor(yard).can('read', item([OTHER_ROADMAP]))).toBe(false);
    const joined = { ...yard, participations: [...yard.participations, { roadmapId: OTHER_ROADMAP, role: 'MEMBER' as const }] };
    expect(cache.abilityFor(joined).can('read', item([OTHER_ROADMAP]))).toBe(true);
    // And leaving again takes it away.
    expect(cache.abilityFor(yard).can('read', item([OTHER_ROADMAP]))).toBe(false);
  });

  it('keeps at most `capacity` abilities, dropping the least recently used', () => {
    const cache = new AbilityCache(2);
    const actor = (n: number): Actor => ({ ...yard, userId: `00000000-0000-4000-8000-00000000010${n}` });
    const a = cache.abilityFor(actor(1));
    cache.abilityFor(actor(2));
    expect(cache.abilityFor(actor(1))).toBe(a); // 1 used again: 2 is now the oldest
    cache.abilityFor(actor(3));
    expect(cache.size).toBe(2);
    expect(cache.abilityFor(actor(1))).toBe(a);
    const b = cache.abilityFor(actor(2));
    expect(cache.abilityFor(actor(2))).toBe(b);
  });
});
