import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { createTestDatabase, type TestDatabase } from '../testing';
import { loadCrmDataset } from './crm-data';
import { seedReferenceData } from './seed-reference-data';

// The test database is seeded already; these tests turn it back into what an earlier version left
// (a material missing, another one a placeholder without figures) and start again.
describe('seedReferenceData on a database created by an earlier version', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const dataset = loadCrmDataset();
  const published = (symbol: string) => dataset.supplies.filter((s) => s.materialSymbol === symbol).length;
  const material = async (symbol: string) =>
    (
      await ds.query(
        `SELECT m.id, m.name, m.supply_risk::float8 AS "supplyRisk", m.crm_status AS "crmStatus",
                (SELECT count(*)::int FROM material_supply ms WHERE ms.material_id = m.id) AS supplies
         FROM material m WHERE m.symbol = $1`,
        [symbol],
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('does nothing when the catalogue is complete', async () => {
    expect(await seedReferenceData(ds)).toEqual({ loaded: false, materials: 0, supplies: 0, problems: [], unmappedCountries: [], namesAdded: 0 });
  });

  it('adds missing materials and completes placeholders, keeping their ids and names', async () => {
    const iron = await material('Fe');
    expect(iron).toMatchObject({ supplyRisk: 0.5, supplies: published('Fe') });
    await ds.query(`DELETE FROM material WHERE symbol = 'Ag'`);
    await ds.query(`DELETE FROM material_supply WHERE material_id = $1`, [iron.id]);
    await ds.query(`UPDATE material SET supply_risk = NULL, economic_importance = NULL, name = 'IJzer' WHERE id = $1`, [iron.id]);

    const result = await seedReferenceData(ds);
    expect(result).toMatchObject({ loaded: true, materials: 2, supplies: published('Fe') + published('Ag') });
    expect(await material('Fe')).toEqual({ id: iron.id, name: 'IJzer', supplyRisk: 0.5, crmStatus: 'NONE', supplies: published('Fe') });
    expect(await material('Ag')).toMatchObject({ name: 'Silver', crmStatus: 'NONE', supplies: published('Ag') });
    expect(await seedReferenceData(ds)).toMatchObject({ loaded: false });
  });

  it('gives materials without a Dutch name the one of the name table, and keeps a name set before', async () => {
    await ds.query(`UPDATE material SET name_nl = NULL WHERE symbol IN ('W', 'Nd')`);
    await ds.query(`UPDATE material SET name_nl = 'Wolfram' WHERE symbol = 'W'`);
    expect(await seedReferenceData(ds)).toMatchObject({ loaded: false, namesAdded: 1 });
    const names = await ds.query(`SELECT symbol, name_nl AS "nameNl" FROM material WHERE symbol IN ('W', 'Nd') ORDER BY symbol`);
    expect(names).toEqual([{ symbol: 'Nd', nameNl: 'Neodymium' }, { symbol: 'W', nameNl: 'Wolfram' }]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM material WHERE name_nl IS NULL`))[0].n).toBe(0);
  });

  it('leaves a material a knowledge institute maintains alone', async () => {
    const tin = await material('Sn');
    await ds.query(`DELETE FROM material_supply WHERE material_id = $1`, [tin.id]); // shares withdrawn, SR kept
    expect(await seedReferenceData(ds)).toMatchObject({ loaded: false });
    expect(await material('Sn')).toMatchObject({ supplyRisk: 0.9, supplies: 0 });
  });
});
