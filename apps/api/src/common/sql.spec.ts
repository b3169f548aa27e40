import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@routekaart/db';
import { createTestDatabase, type TestDatabase } from '@routekaart/db/testing';
import { queryNamed, queryPrepared } from './sql';

describe('queryPrepared', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const seen: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    // One connection, so the statements prepared on it can be listed from it.
    ds = createDataSource({ url: db.url, poolSize: 1, onQuery: (sql) => seen.push(sql) });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const sql = `SELECT o.name, o.kind FROM organisation o WHERE o.kind = :kind AND o.name <> ALL(CAST(:skip AS text[])) ORDER BY o.name`;

  it('answers as queryNamed does, with named and with positional parameters', async () => {
    const params = { kind: 'INDUSTRY', skip: ['nobody'] };
    const expected = await queryNamed(ds, sql, params);
    expect(expected.length).toBeGreaterThan(0);
    for (let k = 0; k < 7; k++) expect(await queryPrepared(ds, sql, params)).toEqual(expected);
    expect(await queryPrepared(ds, 'SELECT $1::int + $2::int AS sum', [2, 3])).toEqual([{ sum: 5 }]);
  });

  it('prepares each text once per connection and shows it to the data source logger', async () => {
    seen.length = 0;
    await queryPrepared(ds, sql, { kind: 'GOVERNMENT', skip: [] });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('FROM organisation o WHERE o.kind = $1');
    const prepared = await ds.query<{ name: string; statement: string }[]>(`SELECT name, statement FROM pg_prepared_statements`);
    const ours = prepared.filter((p) => p.statement.includes('FROM organisation o WHERE o.kind = $1'));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.name).toMatch(/^rk_/);
  });

  it('converts a text once per set of parameter names and binds each call its own values', async () => {
    const text = `SELECT o.name FROM organisation o WHERE o.kind = :kind AND (o.name = :name OR :name IS NULL) AND o.kind <> :other ORDER BY o.name`;
    const names = async (params: Record<string, unknown>) => (await queryPrepared<{ name: string }>(ds, text, params)).map((r) => r.name);
    const byHand = async (kind: string) => (await ds.query<{ name: string }[]>(`SELECT name FROM organisation WHERE kind = $1 ORDER BY name`, [kind])).map((r) => r.name);
    for (const kind of ['INDUSTRY', 'GOVERNMENT', 'INDUSTRY']) {
      expect(await names({ kind, name: null, other: 'NONE' })).toEqual(await byHand(kind));
    }
    const [first] = await byHand('INDUSTRY');
    // The same text with the keys in another order, and a repeated name bound once.
    expect(await names({ other: 'NONE', name: first, kind: 'INDUSTRY' })).toEqual([first]);
    // A list parameter is expanded to as many placeholders as it has elements, every call.
    const listed = `SELECT count(*)::int AS n FROM organisation WHERE kind IN (:...kinds)`;
    const [all] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM organisation WHERE kind IN ('INDUSTRY', 'GOVERNMENT')`);
    expect(await queryPrepared(ds, listed, { kinds: ['INDUSTRY'] })).toHaveLength(1);
    expect(await queryPrepared(ds, listed, { kinds: ['INDUSTRY', 'GOVERNMENT'] })).toEqual([all]);
  });

  it('reports a failing statement as an error', async () => {
    await expect(queryPrepared(ds, 'SELECT nonexistent FROM organisation WHERE kind = :kind', { kind: 'X' })).rejects.toThrow(/nonexistent/);
  });
});
