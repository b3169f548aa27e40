import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved disruption scenarios of a roadmap (the question only; results are computed per reader). */
export class Scenarios1764000300000 implements MigrationInterface {
  name = 'Scenarios1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scenario (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        input jsonb NOT NULL CHECK (jsonb_typeof(input) = 'object'),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_by_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX scenario_roadmap_idx ON scenario (roadmap_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scenario`);
  }
}
