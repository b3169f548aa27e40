import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rows that hang off items (assembly edges, item materials, supply links) carry their items'
 * numbers (`item.seq`) and product group, kept by the database: set from the item on insert and
 * when the row moves to another item, and followed if an item ever moves to another product group.
 *
 * The analysis loads a product group's chain by these (issue 20): it reads the readable items once
 * and the edges, materials and links of the product group without joining items per row (three
 * hash joins of 10^5 uuids were most of the load), and keeps only rows whose items are among the
 * readable ones. Nothing else reads them; the entities do not map them.
 *
 * Nullable: a row naming an item that does not exist gets no numbers here and is refused by its
 * foreign key, with the message that names the missing item.
 */
export class ChainItemKeys1764002000000 implements MigrationInterface {
  name = 'ChainItemKeys1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE composition ADD COLUMN product_group_id uuid, ADD COLUMN parent_seq integer, ADD COLUMN child_seq integer`);
    await q.query(`ALTER TABLE item_material ADD COLUMN product_group_id uuid, ADD COLUMN item_seq integer`);
    await q.query(`ALTER TABLE supply_link ADD COLUMN product_group_id uuid, ADD COLUMN item_seq integer`);

    await q.query(`
      CREATE FUNCTION composition_item_keys() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT i.product_group_id, i.seq INTO NEW.product_group_id, NEW.parent_seq FROM item i WHERE i.id = NEW.parent_id;
        SELECT i.seq INTO NEW.child_seq FROM item i WHERE i.id = NEW.child_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION item_row_keys() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT i.product_group_id, i.seq INTO NEW.product_group_id, NEW.item_seq FROM item i WHERE i.id = NEW.item_id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER composition_item_keys BEFORE INSERT OR UPDATE OF parent_id, child_id ON composition FOR EACH ROW EXECUTE FUNCTION composition_item_keys()`);
    await q.query(`CREATE TRIGGER item_material_item_keys BEFORE INSERT OR UPDATE OF item_id ON item_material FOR EACH ROW EXECUTE FUNCTION item_row_keys()`);
    await q.query(`CREATE TRIGGER supply_link_item_keys BEFORE INSERT OR UPDATE OF item_id ON supply_link FOR EACH ROW EXECUTE FUNCTION item_row_keys()`);
    // No API moves an item to another product group; should anything do so, its rows follow.
    await q.query(`
      CREATE FUNCTION item_product_group_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE composition SET product_group_id = NEW.product_group_id WHERE parent_id = NEW.id;
        UPDATE item_material SET product_group_id = NEW.product_group_id WHERE item_id = NEW.id;
        UPDATE supply_link SET product_group_id = NEW.product_group_id WHERE item_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER item_product_group_moved AFTER UPDATE OF product_group_id ON item FOR EACH ROW
       WHEN (OLD.product_group_id IS DISTINCT FROM NEW.product_group_id) EXECUTE FUNCTION item_product_group_moved()`,
    );

    // Before the rows are filled in: the updates leave (deferred) change-log triggers pending, which
    // an index cannot be created under.
    await q.query(`CREATE INDEX composition_product_group_idx ON composition (product_group_id)`);
    await q.query(`CREATE INDEX item_material_product_group_idx ON item_material (product_group_id)`);
    await q.query(`CREATE INDEX supply_link_product_group_idx ON supply_link (product_group_id)`);
    await q.query(`
      UPDATE composition c SET product_group_id = p.product_group_id, parent_seq = p.seq, child_seq = ch.seq
      FROM item p, item ch WHERE p.id = c.parent_id AND ch.id = c.child_id`);
    await q.query(`UPDATE item_material im SET product_group_id = i.product_group_id, item_seq = i.seq FROM item i WHERE i.id = im.item_id`);
    await q.query(`UPDATE supply_link sl SET product_group_id = i.product_group_id, item_seq = i.seq FROM item i WHERE i.id = sl.item_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER item_product_group_moved ON item`);
    await q.query(`DROP TRIGGER supply_link_item_keys ON supply_link`);
    await q.query(`DROP TRIGGER item_material_item_keys ON item_material`);
    await q.query(`DROP TRIGGER composition_item_keys ON composition`);
    await q.query(`DROP FUNCTION item_product_group_moved()`);
    await q.query(`DROP FUNCTION item_row_keys()`);
    await q.query(`DROP FUNCTION composition_item_keys()`);
    await q.query(`ALTER TABLE supply_link DROP COLUMN product_group_id, DROP COLUMN item_seq`);
    await q.query(`ALTER TABLE item_material DROP COLUMN product_group_id, DROP COLUMN item_seq`);
    await q.query(`ALTER TABLE composition DROP COLUMN product_group_id, DROP COLUMN parent_seq, DROP COLUMN child_seq`);
  }
}
