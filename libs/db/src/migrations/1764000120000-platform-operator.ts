import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Platform operators manage organisations and users; the permission rules still keep them out of confidential chain data. */
export class PlatformOperator1764000120000 implements MigrationInterface {
  name = 'PlatformOperator1764000120000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN platform_operator boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN platform_operator`);
  }
}
