import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A number per item (`item.seq`), so the analysis loads a product group's chain with its references
 * as integers: each statement joins items by id and hands on the item's number, and the loader
 * numbers the items itself, instead of every statement first numbering the readable items by
 * sorting their uuids (issue 20). Assigned by the database, never changed, no meaning beyond that.
 */
export class ItemNumbers1764001900000 implements MigrationInterface {
  name = 'ItemNumbers1764001900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE item ADD COLUMN seq integer GENERATED ALWAYS AS IDENTITY`);
    await q.query(`ALTER TABLE item ADD CONSTRAINT item_seq_key UNIQUE (seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE item DROP COLUMN seq`);
  }
}
