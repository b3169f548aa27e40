import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Monitoring alerts linked to risks of a roadmap's register (issue 17): the evidence a risk is watched by. */
export class AlertRiskLinks1764001200000 implements MigrationInterface {
  name = 'AlertRiskLinks1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitoring_alert_risk (
        alert_id uuid NOT NULL REFERENCES monitoring_alert(id) ON DELETE CASCADE,
        risk_id uuid NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
        linked_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, risk_id)
      )`);
    await q.query(`CREATE INDEX monitoring_alert_risk_risk_idx ON monitoring_alert_risk (risk_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE monitoring_alert_risk');
  }
}
