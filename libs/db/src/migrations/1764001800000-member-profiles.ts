import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trade associations and the supplier profiles they keep for member companies (issue 19).
 * `organisation.trade_association` is a capability of an (industry) organisation: it lets it keep
 * profiles for members without a platform account of their own (`supplier_profile.kept_by_org_id`).
 * A kept profile belongs to no company account (a company with its own account keeps its own
 * profile) and always has a KvK number, by which the association's imports match it: one profile per
 * KvK number per keeper. There is deliberately no unique KvK number across the whole directory: a
 * company may keep its KvK number for government readers, and a uniqueness error on import would
 * tell the association what the directory hides from it.
 */
export class MemberProfiles1764001800000 implements MigrationInterface {
  name = 'MemberProfiles1764001800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation ADD COLUMN trade_association boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE supplier_profile ADD COLUMN kept_by_org_id uuid REFERENCES organisation(id) ON DELETE SET NULL`);
    await q.query(`
      ALTER TABLE supplier_profile
        ADD CONSTRAINT supplier_profile_kept_or_own CHECK (kept_by_org_id IS NULL OR organisation_id IS NULL),
        ADD CONSTRAINT supplier_profile_kept_has_kvk CHECK (kept_by_org_id IS NULL OR kvk_number IS NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX supplier_profile_kept_kvk_key ON supplier_profile (kept_by_org_id, kvk_number) WHERE kept_by_org_id IS NOT NULL`);
    await q.query(`CREATE INDEX supplier_profile_kvk_idx ON supplier_profile (kvk_number) WHERE kvk_number IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX supplier_profile_kvk_idx');
    await q.query('DROP INDEX supplier_profile_kept_kvk_key');
    await q.query('ALTER TABLE supplier_profile DROP CONSTRAINT supplier_profile_kept_has_kvk, DROP CONSTRAINT supplier_profile_kept_or_own');
    await q.query('ALTER TABLE supplier_profile DROP COLUMN kept_by_org_id');
    await q.query('ALTER TABLE organisation DROP COLUMN trade_association');
  }
}
