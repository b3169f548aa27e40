import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on roadmap documents. A thread's anchor is a mark in the document's Yjs content; the
 * thread (quote, resolved state) and its comments live here and go with their document.
 */
export class DocumentComments1764000700000 implements MigrationInterface {
  name = 'DocumentComments1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_comment_thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        quote text NOT NULL CHECK (length(quote) <= 1000),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX document_comment_thread_document_idx ON document_comment_thread (document_id, created_at)`);
    await q.query(`
      CREATE TABLE document_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES document_comment_thread(id) ON DELETE CASCADE,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz
      )`);
    await q.query(`CREATE INDEX document_comment_thread_idx ON document_comment (thread_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_comment`);
    await q.query(`DROP TABLE document_comment_thread`);
  }
}
