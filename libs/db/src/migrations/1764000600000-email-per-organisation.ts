import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail addresses are unique per organisation instead of across the platform (issue 13): an admin
 * adding a user must get the same answer whether or not the address has an account in an
 * organisation they cannot see. One address may so have accounts in several organisations; the
 * login checks the password against each and asks which organisation when more than one matches.
 * Addresses are stored lower-cased (a check since the foundation); the index says so as well.
 */
export class EmailPerOrganisation1764000600000 implements MigrationInterface {
  name = 'EmailPerOrganisation1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_email_key`);
    await q.query(`CREATE UNIQUE INDEX app_user_organisation_email_key ON app_user (organisation_id, lower(email))`);
    // The login looks an address up across organisations.
    await q.query(`CREATE INDEX app_user_email_idx ON app_user (email)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX app_user_email_idx`);
    await q.query(`DROP INDEX app_user_organisation_email_key`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_email_key UNIQUE (email)`);
  }
}
