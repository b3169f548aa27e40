import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The company's own references on its items and supply links (issue 18, the spreadsheet import): a
 * row of the import is matched to what the company stored before by its reference, so re-importing the
 * same file changes nothing and a monthly update is one upload.
 */
export class ExternalRefs1764001300000 implements MigrationInterface {
  name = 'ExternalRefs1764001300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE item ADD COLUMN external_ref text CHECK (length(external_ref) BETWEEN 1 AND 100)`);
    await q.query(`CREATE UNIQUE INDEX item_external_ref_idx ON item (owner_org_id, product_group_id, external_ref) WHERE external_ref IS NOT NULL`);
    await q.query(`ALTER TABLE supply_link ADD COLUMN external_ref text CHECK (length(external_ref) BETWEEN 1 AND 100)`);
    await q.query(`CREATE UNIQUE INDEX supply_link_external_ref_idx ON supply_link (contributed_by_org_id, external_ref) WHERE external_ref IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX supply_link_external_ref_idx');
    await q.query('ALTER TABLE supply_link DROP COLUMN external_ref');
    await q.query('DROP INDEX item_external_ref_idx');
    await q.query('ALTER TABLE item DROP COLUMN external_ref');
  }
}
