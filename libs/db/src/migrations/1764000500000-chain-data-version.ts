import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables an analysis graph is built from (export_restriction: migration 1764000400000). */
export const CHAIN_DATA_TABLES = ['item', 'composition', 'item_material', 'supply_link', 'material', 'material_supply', 'export_restriction'] as const;

/**
 * A counter that goes up with every committed change to the chain and catalogue tables, so that
 * every API replica can tell whether an analysis graph it keeps is still current (one cheap read
 * per request) — whatever wrote the change: the API, another replica, a script or psql.
 *
 * The counter is bumped by a deferred constraint trigger, i.e. at commit: a writer takes the
 * counter's row lock only as the last thing it does, so the lock cannot take part in a deadlock,
 * and a reader that sees the old value cannot see the new data either. A transaction bumps it once,
 * however many rows it writes (a transaction-local setting remembers it did).
 */
export class ChainDataVersion1764000500000 implements MigrationInterface {
  name = 'ChainDataVersion1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE chain_data_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`INSERT INTO chain_data_version DEFAULT VALUES`);
    await q.query(`
      CREATE FUNCTION bump_chain_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('routekaart.chain_data_bumped', true) IS DISTINCT FROM 'yes' THEN
          PERFORM set_config('routekaart.chain_data_bumped', 'yes', true);
          UPDATE chain_data_version SET version = version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of CHAIN_DATA_TABLES) await addTriggers(q, table);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CHAIN_DATA_TABLES) {
      await q.query(`DROP TRIGGER ${table}_chain_data_version ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_chain_data_version_truncate ON ${table}`);
    }
    await q.query(`DROP FUNCTION bump_chain_data_version()`);
    await q.query(`DROP TABLE chain_data_version`);
  }
}

/** Makes writes to `table` bump the chain data version (used by later migrations for new tables). */
export async function addTriggers(q: QueryRunner, table: string): Promise<void> {
  await q.query(`
    CREATE CONSTRAINT TRIGGER ${table}_chain_data_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_chain_data_version()`);
  // TRUNCATE has no row triggers; it locks the table anyway.
  await q.query(`
    CREATE TRIGGER ${table}_chain_data_version_truncate AFTER TRUNCATE ON ${table}
    FOR EACH STATEMENT EXECUTE FUNCTION bump_chain_data_version()`);
}
