import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring (issue 17): indicator series that knowledge institutes publish (public reference data,
 * like the materials catalogue — except a series about an item, which only those who may read the item
 * see), their observations, thresholds on them, and the alerts a threshold
 * raises: one row per crossing, never one per observation beyond the line (UNIQUE threshold + date).
 * Who an alert reaches is not stored: it follows from each reader's own view of the chain, computed
 * when read, so an alert never tells a reader about chain data it may not see.
 *
 * The value lists in the CHECKs are the constants of libs/domain/src/monitoring.
 */
export class Monitoring1764001000000 implements MigrationInterface {
  name = 'Monitoring1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitoring_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_kind text NOT NULL CHECK (subject_kind IN ('MATERIAL','ITEM','COUNTRY','NONE')),
        material_id uuid REFERENCES material(id) ON DELETE CASCADE,
        item_id uuid REFERENCES item(id) ON DELETE CASCADE,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        indicator text NOT NULL CHECK (indicator IN ('PRICE','LEAD_TIME','PRODUCTION_CONCENTRATION','EXPORT_RESTRICTION_EVENTS',
          'PMI_DELIVERY_TIMES','PMI_STOCKS','STOCK_COVERAGE','CUSTOM')),
        custom_name text CHECK (length(custom_name) <= 200),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        unit text NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 40),
        frequency text NOT NULL CHECK (frequency IN ('DAILY','WEEKLY','MONTHLY','QUARTERLY','YEARLY')),
        source text NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 300),
        licence text CHECK (length(licence) <= 300),
        demo boolean NOT NULL DEFAULT false,
        publisher_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((subject_kind = 'MATERIAL') = (material_id IS NOT NULL)),
        CHECK ((subject_kind = 'ITEM') = (item_id IS NOT NULL)),
        CHECK ((subject_kind = 'COUNTRY') = (country IS NOT NULL)),
        CHECK ((indicator = 'CUSTOM') = (custom_name IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX monitoring_series_material_idx ON monitoring_series (material_id) WHERE material_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE monitoring_observation (
        series_id uuid NOT NULL REFERENCES monitoring_series(id) ON DELETE CASCADE,
        observed_on date NOT NULL,
        value double precision NOT NULL CHECK (value = value AND value NOT IN ('Infinity'::float8, '-Infinity'::float8)),
        note text CHECK (length(note) <= 500),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (series_id, observed_on)
      )`);

    await q.query(`
      CREATE TABLE monitoring_threshold (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        series_id uuid NOT NULL REFERENCES monitoring_series(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ABOVE','BELOW','CHANGE')),
        value double precision,
        percent double precision CHECK (percent > 0),
        periods int CHECK (periods BETWEEN 1 AND 366),
        severity text NOT NULL CHECK (severity IN ('INFO','WARNING','CRITICAL')),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'CHANGE') = (percent IS NOT NULL AND periods IS NOT NULL AND value IS NULL))
      )`);
    await q.query(`CREATE INDEX monitoring_threshold_series_idx ON monitoring_threshold (series_id)`);

    await q.query(`
      CREATE TABLE monitoring_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        threshold_id uuid NOT NULL REFERENCES monitoring_threshold(id) ON DELETE CASCADE,
        series_id uuid NOT NULL REFERENCES monitoring_series(id) ON DELETE CASCADE,
        crossed_on date NOT NULL,
        value double precision NOT NULL,
        severity text NOT NULL CHECK (severity IN ('INFO','WARNING','CRITICAL')),
        raised_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (threshold_id, crossed_on)
      )`);
    await q.query(`CREATE INDEX monitoring_alert_series_idx ON monitoring_alert (series_id, crossed_on DESC)`);

    await q.query(`
      CREATE TABLE monitoring_alert_ack (
        alert_id uuid NOT NULL REFERENCES monitoring_alert(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['monitoring_alert_ack', 'monitoring_alert', 'monitoring_threshold', 'monitoring_observation', 'monitoring_series']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
