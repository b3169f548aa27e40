import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { createTestDatabase, type TestDatabase } from '../testing';
import { EXPORT_RESTRICTIONS_FILE, seedExportRestrictions } from './export-restrictions';

// Counted without the parser under test: the first two fields of each data line are never quoted
// (country, then the ';'-separated symbols), so a pattern reads them.
const independentPairs = (): string[] =>
  readFileSync(EXPORT_RESTRICTIONS_FILE, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      const [, country, symbols] = /^([A-Z]{2}),([^,]+),/.exec(l) ?? [];
      if (!country) throw new Error(`cannot read line: ${l}`);
      return symbols.split(';').map((s) => `${s.trim()} ${country}`);
    })
    .sort();

describe('seedExportRestrictions', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const pairsInTable = async (): Promise<string[]> =>
    (await ds.query(`SELECT m.symbol || ' ' || er.country AS pair FROM export_restriction er JOIN material m ON m.id = er.material_id ORDER BY 1`))
      .map((r: { pair: string }) => r.pair)
      .sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('has seeded one restriction per material and country of the file', async () => {
    const expected = independentPairs();
    expect(expected).toHaveLength(17);
    expect(new Set(expected).size).toBe(expected.length);
    expect(await pairsInTable()).toEqual(expected);
  });

  it('keeps the dates as written, with no end date', async () => {
    const rows = await ds.query(
      `SELECT to_char(er.since, 'YYYY-MM-DD') AS since, er.until, er.measure, er.source FROM export_restriction er
       JOIN material m ON m.id = er.material_id WHERE m.symbol = 'Ga'`,
    );
    expect(rows).toEqual([{ since: '2023-08-01', until: null, measure: 'LICENSING', source: 'MOFCOM/GAC Announcement No. 23 of 2023' }]);
  });

  it('loads nothing a second time', async () => {
    const before = await pairsInTable();
    expect(await seedExportRestrictions(ds)).toEqual({ loaded: false, rows: 0, problems: [] });
    expect(await pairsInTable()).toEqual(before);
  });

  it('loads the file into a database that has the catalogue but no restrictions yet, without problems', async () => {
    await ds.query('DELETE FROM export_restriction');
    const result = await seedExportRestrictions(ds);
    expect(result).toEqual({ loaded: true, rows: independentPairs().length, problems: [] });
    expect(await pairsInTable()).toEqual(independentPairs());
  });

  it('refuses a lower-case country, an unknown measure and an end before the start at the database', async () => {
    const [{ id }] = await ds.query(`SELECT id FROM material WHERE symbol = 'Co'`);
    const insert = (country: string, measure: string, since: string, until: string | null) =>
      ds.query(`INSERT INTO export_restriction (material_id, country, measure, since, until, description, source) VALUES ($1, $2, $3, $4, $5, 'd', 's')`, [
        id,
        country,
        measure,
        since,
        until,
      ]);
    await expect(insert('cd', 'BAN', '2025-02-22', null)).rejects.toThrow(/check constraint/);
    await expect(insert('CD', 'EMBARGO', '2025-02-22', null)).rejects.toThrow(/check constraint/);
    await expect(insert('CD', 'BAN', '2025-02-22', '2025-02-21')).rejects.toThrow(/check constraint/);
    await insert('CD', 'BAN', '2025-02-22', '2025-06-21');
    await expect(insert('CD', 'BAN', '2025-02-22', null)).rejects.toThrow(/export_restriction_unique/);
  });
});
