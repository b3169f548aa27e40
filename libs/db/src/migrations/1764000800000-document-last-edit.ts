import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who last edited a document's content, and when. The update log already records both on each row
 * (`actor_user_id`, `created_at`, in the same INSERT that stores the edit); compaction carries the
 * newest of the rows it folds into these columns before deleting them, so the answer survives it.
 * No foreign key: compaction must never fail because an account was removed meanwhile (readers join
 * the user and show nobody when it is gone).
 */
export class DocumentLastEdit1764000800000 implements MigrationInterface {
  name = 'DocumentLastEdit1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE document ADD COLUMN last_edited_at timestamptz, ADD COLUMN last_edited_by uuid`);
    // Documents edited before this migration: the newest edit still in their log, if any.
    await q.query(`
      UPDATE document d SET last_edited_at = u.created_at, last_edited_by = u.actor_user_id
      FROM (SELECT DISTINCT ON (document_id) document_id, created_at, actor_user_id
            FROM document_update WHERE actor_user_id IS NOT NULL ORDER BY document_id, seq DESC) u
      WHERE u.document_id = d.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE document DROP COLUMN last_edited_at, DROP COLUMN last_edited_by`);
  }
}
