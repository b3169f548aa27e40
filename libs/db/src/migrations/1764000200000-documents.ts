import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roadmap documents for real-time co-editing: the compacted Yjs state per document, the
 * append-only update log written before each update is broadcast, and named versions.
 */
export class Documents1764000200000 implements MigrationInterface {
  name = 'Documents1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        state bytea NOT NULL DEFAULT '\\x0000',
        state_seq bigint NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX document_roadmap_idx ON document (roadmap_id)`);
    await q.query(`
      CREATE TABLE document_update (
        seq bigserial PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        payload bytea NOT NULL,
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX document_update_document_idx ON document_update (document_id, seq)`);
    await q.query(`
      CREATE TABLE document_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        state bytea NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX document_version_document_idx ON document_version (document_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_version`);
    await q.query(`DROP TABLE document_update`);
    await q.query(`DROP TABLE document`);
  }
}
