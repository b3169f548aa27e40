import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Chain1764000100000 implements MigrationInterface {
  name = 'Chain1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        description text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE roadmap (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_group_id uuid NOT NULL REFERENCES product_group(id) ON DELETE RESTRICT,
        title text NOT NULL,
        phase text NOT NULL CHECK (phase IN ('SCOPING','CHAIN_MAPPING','RISK_ANALYSIS','INTERVENTIONS','AGREEMENTS','MONITORING')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX roadmap_product_group_idx ON roadmap (product_group_id)`);
    await q.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('LEAD','MEMBER','OBSERVER')),
        UNIQUE (roadmap_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX participant_organisation_idx ON participant (organisation_id)`);
    await q.query(`
      CREATE TABLE item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_group_id uuid NOT NULL REFERENCES product_group(id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('PLATFORM','SYSTEM','COMPONENT','SEMI_FINISHED','MATERIAL_FORM')),
        name text NOT NULL,
        description text,
        owner_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        visibility text NOT NULL CHECK (visibility IN ('OWNER','GOVERNMENT','ROADMAP')),
        shared_with uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX item_product_group_idx ON item (product_group_id, kind)`);
    await q.query(`CREATE INDEX item_owner_idx ON item (owner_org_id)`);
    await q.query(`
      CREATE TABLE composition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid NOT NULL REFERENCES item(id) ON DELETE CASCADE,
        child_id uuid NOT NULL REFERENCES item(id) ON DELETE RESTRICT,
        quantity numeric NOT NULL CHECK (quantity > 0),
        unit text NOT NULL,
        UNIQUE (parent_id, child_id),
        CHECK (parent_id <> child_id)
      )`);
    await q.query(`CREATE INDEX composition_child_idx ON composition (child_id)`);
    // Defence in depth behind the service's check: no statement may close a cycle. The lock
    // serialises composition writes so two concurrent inserts cannot close one together.
    await q.query(`
      CREATE FUNCTION composition_reject_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('routekaart.composition'));
        IF EXISTS (
          WITH RECURSIVE below(id) AS (
            SELECT NEW.child_id
            UNION
            SELECT c.child_id FROM composition c JOIN below b ON c.parent_id = b.id
          )
          SELECT 1 FROM below WHERE id = NEW.parent_id
        ) THEN
          RAISE EXCEPTION 'composition % -> % would create a cycle', NEW.parent_id, NEW.child_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'composition_acyclic';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER composition_acyclic BEFORE INSERT OR UPDATE OF parent_id, child_id ON composition
      FOR EACH ROW EXECUTE FUNCTION composition_reject_cycle()`);
    await q.query(`
      CREATE TABLE material (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        symbol text NOT NULL UNIQUE,
        crm_status text NOT NULL CHECK (crm_status IN ('STRATEGIC','CRITICAL','NONE')),
        list_year int,
        eol_recycling_rate numeric CHECK (eol_recycling_rate BETWEEN 0 AND 1),
        substitution_index numeric CHECK (substitution_index >= 0),
        import_reliance numeric CHECK (import_reliance BETWEEN 0 AND 1),
        supply_risk numeric,
        economic_importance numeric,
        parent_symbol text
      )`);
    await q.query(`
      CREATE TABLE material_supply (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        material_id uuid NOT NULL REFERENCES material(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('EXTRACTION','PROCESSING')),
        scope text NOT NULL CHECK (scope IN ('GLOBAL','EU_SOURCING')),
        country text CHECK (country ~ '^[A-Z]{2}$'),
        country_name text NOT NULL,
        share numeric NOT NULL CHECK (share BETWEEN 0 AND 1),
        share_is_upper_bound boolean NOT NULL DEFAULT false,
        year int,
        source text NOT NULL,
        t numeric
      )`);
    await q.query(`CREATE INDEX material_supply_material_idx ON material_supply (material_id, stage, scope)`);
    await q.query(`
      CREATE TABLE item_material (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES item(id) ON DELETE CASCADE,
        material_id uuid NOT NULL REFERENCES material(id) ON DELETE RESTRICT,
        quantity_kg numeric CHECK (quantity_kg >= 0),
        UNIQUE (item_id, material_id)
      )`);
    await q.query(`CREATE INDEX item_material_material_idx ON item_material (material_id)`);
    await q.query(`
      CREATE TABLE supply_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES item(id) ON DELETE CASCADE,
        supplier_org_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        supplier_name text,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        share numeric CHECK (share BETWEEN 0 AND 1),
        tier int CHECK (tier BETWEEN 1 AND 10),
        lead_time_weeks numeric CHECK (lead_time_weeks >= 0),
        stock_months numeric CHECK (stock_months >= 0),
        single_source boolean NOT NULL DEFAULT false,
        visibility text NOT NULL CHECK (visibility IN ('OWNER','GOVERNMENT','ROADMAP')),
        shared_with uuid[] NOT NULL DEFAULT '{}',
        contributed_by_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (supplier_org_id IS NOT NULL OR supplier_name IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX supply_link_item_idx ON supply_link (item_id)`);
    await q.query(`CREATE INDEX supply_link_contributor_idx ON supply_link (contributed_by_org_id)`);
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_organisation_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'supply_link', 'item_material', 'material_supply', 'material', 'composition', 'item', 'participant', 'roadmap', 'product_group']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP FUNCTION composition_reject_cycle()`);
  }
}
