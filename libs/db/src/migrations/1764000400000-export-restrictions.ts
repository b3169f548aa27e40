import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Export restrictions on record per material and country (public reference data, read by the analysis). */
export class ExportRestrictions1764000400000 implements MigrationInterface {
  name = 'ExportRestrictions1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_restriction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        material_id uuid NOT NULL REFERENCES material(id) ON DELETE CASCADE,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        measure text NOT NULL CHECK (measure IN ('LICENSING','BAN','QUOTA','EXPORT_TAX')),
        since date NOT NULL,
        until date CHECK (until IS NULL OR until >= since),
        description text NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT export_restriction_unique UNIQUE (material_id, country, measure, since)
      )`);
    await q.query(`CREATE INDEX export_restriction_material_idx ON export_restriction (material_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_restriction`);
  }
}
