import { createHash } from 'node:crypto';
import type { AppAbility } from '@routekaart/access';

/**
 * Keeps the last `capacity` values by key, each tagged with the data version it was loaded at; a
 * lookup at another version loads again, or, given `update`, first tries to bring the kept value up
 * to date from it (null or a failure: loads again). Least recently used goes first. A load that
 * fails is not kept, and concurrent lookups of one key and version share one load.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  /** `onLookup` hears how each lookup was answered (the metrics count hits, updates and loads). */
  constructor(
    readonly capacity: number,
    private readonly onLookup: (outcome: 'hit' | 'update' | 'load') => void = () => undefined,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, version: string, load: () => Promise<T>, update?: (kept: T, keptVersion: string) => Promise<T | null>): Promise<T> {
    if (this.capacity === 0) {
      this.onLookup('load');
      return load();
    }
    const found = this.entries.get(key);
    this.onLookup(found ? (found.version === version ? 'hit' : update ? 'update' : 'load') : 'load');
    if (found && found.version === version) {
      // Re-inserting moves the key to the end: Map keeps insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    const value =
      found && update
        ? found.value.then((kept) => update(kept, found.version)).then(
            (updated) => updated ?? load(),
            () => load(),
          )
        : load();
    const entry = { version, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Viewers whose rules for `subjects` are the same read the same rows of them, so they can share what
 * was loaded with those rules (colleagues with one role in one organisation do); the key is a digest
 * of those rules, conditions and fields included.
 */
export function viewKey(ability: AppAbility, subjects: readonly string[]): string {
  const rules = ability.rules.filter((rule) => [rule.subject].flat().some((s) => subjects.includes(s as string)));
  return createHash('sha256').update(JSON.stringify(rules)).digest('base64url');
}
