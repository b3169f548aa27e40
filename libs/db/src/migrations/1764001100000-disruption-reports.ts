import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disruption reports (issue 17, the company network): what a company saw disrupted (a material, an
 * item of its chain, or both), when, for how long, the delay and price effect, the cause and the
 * measures it took. Chain data like a supply link: confidential to the reporting organisation unless
 * it widens the visibility or shares it; others see aggregates under the suppression rule only.
 *
 * The value lists in the CHECKs are the constants of libs/domain/src/monitoring/disruptions.ts.
 */
export class DisruptionReports1764001100000 implements MigrationInterface {
  name = 'DisruptionReports1764001100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disruption_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reporting_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        reported_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        material_id uuid REFERENCES material(id) ON DELETE RESTRICT,
        item_id uuid REFERENCES item(id) ON DELETE SET NULL,
        started_on date NOT NULL,
        duration_weeks numeric CHECK (duration_weeks BETWEEN 0 AND 520),
        delay_weeks numeric CHECK (delay_weeks BETWEEN 0 AND 520),
        price_effect_pct numeric CHECK (price_effect_pct >= -100),
        cause text NOT NULL CHECK (cause IN ('NATURAL','GEOPOLITICAL','MALICIOUS','IDIOSYNCRATIC')),
        measures text[] NOT NULL CHECK (cardinality(measures) >= 1 AND measures <@ ARRAY['PRODUCT_DESIGN','MATERIAL_EFFICIENCY',
          'ALTERNATIVE_MATERIALS','ACCEPT_LATER_DELIVERY','OWN_STOCK','SUPPLIER_KNOWLEDGE','LONG_TERM_AGREEMENTS','MORE_SUPPLIERS',
          'PURCHASE_TERMS','SALES_TERMS','NONE','OTHER']::text[]),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        visibility text NOT NULL DEFAULT 'OWNER' CHECK (visibility IN ('OWNER','GOVERNMENT','ROADMAP')),
        shared_with uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (material_id IS NOT NULL OR item_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX disruption_report_org_idx ON disruption_report (reporting_org_id, started_on DESC)`);
    await q.query(`CREATE INDEX disruption_report_material_idx ON disruption_report (material_id, started_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE disruption_report');
  }
}
