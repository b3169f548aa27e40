import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed and successful logins, for rate limiting per account and per IP across all API replicas. */
export class LoginAttempts1764000110000 implements MigrationInterface {
  name = 'LoginAttempts1764000110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_attempt`);
  }
}
