import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dutch material names (issue 20): the catalogue is searched and shown in the reader's language. The
 * reference-data seed fills the column from `seed/data/material-names.csv` on start.
 */
export class MaterialNames1764001400000 implements MigrationInterface {
  name = 'MaterialNames1764001400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE material ADD COLUMN name_nl text CHECK (length(name_nl) BETWEEN 1 AND 200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE material DROP COLUMN name_nl');
  }
}
