import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows the analysis can update a kept graph from (any other change reloads it). */
export const CHAIN_CHANGE_TABLES = ['item', 'composition', 'supply_link', 'item_material'] as const;

/**
 * What changed with each chain data version (issue 20), so that a kept analysis graph can be
 * updated from the changed rows instead of loaded again: the bump trigger now also logs, per
 * changed row of a chain table, the item(s) it belongs to and their product group, in the same
 * transaction and with the version that transaction commits as.
 *
 * A row without an item (a catalogue or roadmap change, TRUNCATE, an item whose product group is
 * gone or changed, or more than 500 rows in one transaction) tells readers to load everything
 * again. The log keeps the last 10 000 versions; a reader further behind loads again too.
 */
export class ChainDataChanges1764001500000 implements MigrationInterface {
  name = 'ChainDataChanges1764001500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE chain_data_change (
        version bigint NOT NULL,
        table_name text NOT NULL,
        item_id uuid,
        other_item_id uuid,
        product_group_id uuid
      )`);
    await q.query(`CREATE INDEX chain_data_change_version_idx ON chain_data_change (version)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION bump_chain_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v bigint;
        logged int;
        r record;
        v_item uuid;
        v_other uuid;
        v_group uuid;
      BEGIN
        IF current_setting('routekaart.chain_data_bumped', true) IS DISTINCT FROM 'yes' THEN
          PERFORM set_config('routekaart.chain_data_bumped', 'yes', true);
          UPDATE chain_data_version SET version = version + 1 RETURNING version INTO v;
          PERFORM set_config('routekaart.chain_data_version', v::text, true);
          PERFORM set_config('routekaart.chain_data_logged', '0', true);
          IF v % 1000 = 0 THEN
            DELETE FROM chain_data_change WHERE version <= v - 10000;
          END IF;
        ELSE
          v := current_setting('routekaart.chain_data_version')::bigint;
        END IF;
        logged := current_setting('routekaart.chain_data_logged')::int;
        IF logged < 0 THEN
          RETURN NULL; -- already told readers to load everything
        END IF;
        IF TG_LEVEL <> 'ROW' OR TG_TABLE_NAME NOT IN ('item', 'composition', 'supply_link', 'item_material') OR logged >= 500 THEN
          INSERT INTO chain_data_change (version, table_name) VALUES (v, TG_TABLE_NAME);
          PERFORM set_config('routekaart.chain_data_logged', '-1', true);
          RETURN NULL;
        END IF;
        FOR i IN 1..2 LOOP
          -- An update logs the row as it was and as it is.
          CONTINUE WHEN (i = 1 AND TG_OP = 'INSERT') OR (i = 2 AND TG_OP = 'DELETE');
          IF i = 1 THEN r := OLD; ELSE r := NEW; END IF;
          v_other := NULL;
          IF TG_TABLE_NAME = 'item' THEN
            v_item := r.id;
            v_group := r.product_group_id;
          ELSIF TG_TABLE_NAME = 'composition' THEN
            v_item := r.parent_id;
            v_other := r.child_id;
            SELECT i2.product_group_id INTO v_group FROM item i2 WHERE i2.id = v_item;
          ELSE
            v_item := r.item_id;
            SELECT i2.product_group_id INTO v_group FROM item i2 WHERE i2.id = v_item;
          END IF;
          -- Without its product group (the item is gone) the change cannot be placed: everything loads again.
          INSERT INTO chain_data_change (version, table_name, item_id, other_item_id, product_group_id)
          VALUES (v, TG_TABLE_NAME, CASE WHEN v_group IS NULL THEN NULL ELSE v_item END, v_other, v_group);
          logged := logged + 1;
        END LOOP;
        PERFORM set_config('routekaart.chain_data_logged', logged::text, true);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION bump_chain_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('routekaart.chain_data_bumped', true) IS DISTINCT FROM 'yes' THEN
          PERFORM set_config('routekaart.chain_data_bumped', 'yes', true);
          UPDATE chain_data_version SET version = version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TABLE chain_data_change`);
  }
}
