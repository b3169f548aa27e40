import DataLoader from 'dataloader';

// Building blocks for the per-request batch loaders each module defines next to its queries
// (chain/chain.loaders.ts, materials/material.loaders.ts, ...); graphql/request-loaders.ts
// composes them into the one set a request gets.

/** Rows grouped by a key: one query for all keys asked in a tick, `[]` for keys without rows. */
export function groupedLoader<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, T[]>();
    for (const row of await load([...keys])) {
      const k = keyOf(row);
      byKey.set(k, [...(byKey.get(k) ?? []), row]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/** Rows by id: one query for all ids asked in a tick, null for ids without a row. */
export function byIdLoader<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
