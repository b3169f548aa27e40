import { defineAbilityFor, type Actor } from '@routekaart/access';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { CHAIN_DATA_TABLES } from '../migrations/1764000500000-chain-data-version';
import { createTestDatabase, type TestDatabase } from '../testing';
import { accessibleWhere } from './accessible-where';

// The analysis keeps graphs per viewer, checked against `chain_data_version`. Every table the
// permission SQL reads must bump it, or a change in who may see what (a roadmap moved to another
// product group) leaves a replica answering from rules that no longer hold.

describe('the chain data version', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const version = async () => Number((await ds.query('SELECT version FROM chain_data_version'))[0].version);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('is bumped by every table the permission rules of chain data read', async () => {
    const actors: Actor[] = (['GOVERNMENT', 'INDUSTRY', 'KNOWLEDGE_INSTITUTE'] as const).map((kind) => ({
      userId: '00000000-0000-0000-0000-000000000001',
      organisationId: '00000000-0000-0000-0000-000000000002',
      organisationKind: kind,
      role: 'EDITOR',
      participations: [{ roadmapId: '00000000-0000-0000-0000-000000000003', role: 'MEMBER' }],
    }));
    const read = new Set<string>();
    for (const actor of actors) {
      for (const subject of ['Item', 'Composition', 'SupplyLink'] as const) {
        const { sql } = accessibleWhere(defineAbilityFor(actor), 'read', subject, 'x');
        for (const [, table] of sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)/g)) read.add(table!);
      }
    }
    expect([...read].sort()).toEqual(['item', 'roadmap']);
    const triggers: { table: string }[] = await ds.query(
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE '%_chain_data_version'`,
    );
    const bumping = triggers.map((t) => t.table);
    for (const table of [...read, ...CHAIN_DATA_TABLES, 'supply_link', 'composition']) expect(bumping, table).toContain(table);
  });

  it('goes up when a roadmap is added, moved to another product group or removed', async () => {
    const [group] = await ds.query(`SELECT id FROM product_group LIMIT 1`);
    const [other] = await ds.query(`INSERT INTO product_group (name) VALUES ('Onderzeeboten') RETURNING id`);
    let before = await version();
    const [roadmap] = await ds.query(`INSERT INTO roadmap (product_group_id, title, phase) VALUES ($1, 'Tweede routekaart', 'SCOPING') RETURNING id`, [group.id]);
    expect(await version()).toBe(before + 1);
    before = await version();
    await ds.query(`UPDATE roadmap SET product_group_id = $1 WHERE id = $2`, [other.id, roadmap.id]);
    expect(await version()).toBe(before + 1);
    before = await version();
    await ds.query(`DELETE FROM roadmap WHERE id = $1`, [roadmap.id]);
    expect(await version()).toBe(before + 1);
  });

  it.each(['item', 'composition', 'supply_link', 'item_material', 'material', 'material_supply', 'export_restriction', 'roadmap'])(
    'goes up once when a transaction changes %s, not at all when it rolls back',
    async (table) => {
      const before = await version();
      const runner = ds.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        // A no-op update of one row still fires the row trigger (what matters is that the table is watched).
        const [{ changed }] = await runner.query(`WITH u AS (UPDATE ${table} SET id = id WHERE id = (SELECT id FROM ${table} LIMIT 1) RETURNING 1) SELECT count(*)::int AS changed FROM u`);
        expect(changed, `${table} has a row to change`).toBe(1);
        await runner.rollbackTransaction();
        expect(await version()).toBe(before);
        await runner.startTransaction();
        await runner.query(`UPDATE ${table} SET id = id WHERE id IN (SELECT id FROM ${table} LIMIT 2)`);
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
      expect(await version()).toBe(before + 1);
    },
  );
});
