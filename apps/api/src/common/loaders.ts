import DataLoader from 'dataloader';

// Building blocks for the per-request batch loaders each module defines next to its queries
// (chain/chain.loaders.ts, materials/material.loaders.ts, ...); graphql/request-loaders.ts
// composes them into the one set a request gets.

/** Rows grouped by a key: one query for all keys asked in a tick, `[]` for keys without rows. */
export function groupedLoader<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => groupByKey(keys, await load([...keys]), keyOf));
}

/** The rows of each key, in the order of `keys` (empty where a key has none); rows keep their order. */
export function groupByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = byKey.get(k);
    if (list) list.push(row);
    else byKey.set(k, [row]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/** Rows by id: one query for all ids asked in a tick, null for ids without a row. */
export function byIdLoader<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
