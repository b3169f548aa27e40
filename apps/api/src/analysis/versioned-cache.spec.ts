import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defineAbilityFor, type Actor } from '@routekaart/access';
import { VersionedCache, viewKey } from './versioned-cache';

describe('VersionedCache', () => {
  const counting = () => {
    let loads = 0;
    return { load: (value: string) => () => Promise.resolve(`${value}#${++loads}`), loads: () => loads };
  };

  it('loads once per key and version, again when the version moves', async () => {
    const cache = new VersionedCache<string>(2);
    const c = counting();
    expect(await cache.get('a', '1', c.load('a'))).toBe('a#1');
    expect(await cache.get('a', '1', c.load('a'))).toBe('a#1');
    expect(await cache.get('a', '2', c.load('a'))).toBe('a#2');
    expect(c.loads()).toBe(2);
  });

  it('tells how each lookup was answered: loaded, from the cache, or brought up to date', async () => {
    const heard: string[] = [];
    const cache = new VersionedCache<string>(2, (outcome) => heard.push(outcome));
    const c = counting();
    await cache.get('a', '1', c.load('a'));
    await cache.get('a', '1', c.load('a'));
    await cache.get('a', '2', c.load('a'), (kept) => Promise.resolve(`${kept}+`));
    await cache.get('a', '3', c.load('a'));
    expect(heard).toEqual(['load', 'hit', 'update', 'load']);
  });

  it('drops the least recently used key beyond its capacity', async () => {
    const cache = new VersionedCache<string>(2);
    const c = counting();
    await cache.get('a', '1', c.load('a'));
    await cache.get('b', '1', c.load('b'));
    await cache.get('a', '1', c.load('a')); // a is now the most recent
    await cache.get('c', '1', c.load('c')); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', '1', c.load('a'))).toBe('a#1');
    expect(await cache.get('b', '1', c.load('b'))).toBe('b#4');
  });

  it('shares one load between concurrent lookups and does not keep a failed load', async () => {
    const cache = new VersionedCache<string>(2);
    let loads = 0;
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`v${++loads}`), 10));
    expect(await Promise.all([cache.get('a', '1', slow), cache.get('a', '1', slow)])).toEqual(['v1', 'v1']);
    await expect(cache.get('b', '1', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('b', '1', () => Promise.resolve('recovered'))).toBe('recovered');
  });

  it('brings a kept value to a new version with `update`, and loads when the update cannot (null) or fails', async () => {
    const cache = new VersionedCache<string>(2);
    const c = counting();
    const seen: string[] = [];
    const update = (to: string) => (kept: string, from: string) => {
      seen.push(`${kept}@${from}->${to}`);
      return Promise.resolve(to === '3' ? null : to === '4' ? Promise.reject(new Error('log gone')) : `${kept}+${to}`);
    };
    expect(await cache.get('a', '1', c.load('a'), update('1'))).toBe('a#1');
    expect(await cache.get('a', '2', c.load('a'), update('2'))).toBe('a#1+2');
    expect(await cache.get('a', '2', c.load('a'), update('2'))).toBe('a#1+2');
    expect(await cache.get('a', '3', c.load('a'), update('3'))).toBe('a#2');
    expect(await cache.get('a', '4', c.load('a'), update('4'))).toBe('a#3');
    expect(seen).toEqual(['a#1@1->2', 'a#1+2@2->3', 'a#2@3->4']);
  });

  it('keeps nothing with capacity 0', async () => {
    const cache = new VersionedCache<string>(0);
    const c = counting();
    await cache.get('a', '1', c.load('a'));
    await cache.get('a', '1', c.load('a'));
    expect(c.loads()).toBe(2);
    expect(cache.size).toBe(0);
  });
});

describe('viewKey', () => {
  const subjects = ['Item', 'Composition', 'SupplyLink', 'Material', 'MaterialSupply'];
  const roadmapId = randomUUID();
  const actor = (fields: Partial<Actor>): Actor => ({
    userId: randomUUID(),
    organisationId: 'org-werf',
    organisationKind: 'INDUSTRY',
    role: 'EDITOR',
    participations: [{ roadmapId, role: 'MEMBER' }],
    ...fields,
  });
  const key = (a: Actor) => viewKey(defineAbilityFor(a), subjects);

  it('is shared by colleagues with the same role, whatever their user id', () => {
    expect(key(actor({}))).toBe(key(actor({})));
  });

  it('differs as soon as what they may read differs', () => {
    const base = key(actor({}));
    expect(key(actor({ organisationId: 'org-magneet' }))).not.toBe(base);
    expect(key(actor({ organisationKind: 'GOVERNMENT' }))).not.toBe(base);
    expect(key(actor({ participations: [] }))).not.toBe(base);
    expect(key(actor({ participations: [{ roadmapId: randomUUID(), role: 'MEMBER' }] }))).not.toBe(base);
  });
});
