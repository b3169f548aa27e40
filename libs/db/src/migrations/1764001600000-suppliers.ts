import type { MigrationInterface, QueryRunner } from 'typeorm';

// The vocabularies as they were when this migration was written (a later change gets its own migration).
const CAPABILITIES = ['FIVE_AXIS_MACHINING', 'CASTING', 'FORGING', 'WELDING_EXC3', 'WELDING_EXC4', 'COMPOSITES', 'ELECTRONICS_ASSEMBLY', 'PCB', 'CABLE_HARNESSES', 'SURFACE_TREATMENT', 'PRECISION_SHEET_METAL', 'ADDITIVE_MANUFACTURING', 'MAGNET_ASSEMBLY', 'EMBEDDED_SOFTWARE'];
const CERTIFICATIONS = ['ISO_9001', 'AQAP_2110', 'EN_9100', 'ISO_3834_2', 'EN_1090_2', 'ISO_14001', 'ISO_27001', 'IPC_J_STD_001', 'NADCAP', 'ISO_13485'];
const CLEARANCES = ['NONE', 'APPLIED', 'CLEARED'];
const DEFENCE_CATEGORIES = ['A', 'B', 'C', 'D'];
const PROFILE_SECTIONS = ['KVK', 'CERTIFICATIONS', 'SECTORS', 'CLEARANCE', 'CAPACITY', 'DESCRIPTION'];
const PROVINCES = ['GRONINGEN', 'FRIESLAND', 'DRENTHE', 'OVERIJSSEL', 'FLEVOLAND', 'GELDERLAND', 'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT', 'LIMBURG'];
const SECTORS = ['DEFENCE', 'MARITIME', 'AEROSPACE', 'SEMICONDUCTOR', 'HEALTHCARE', 'ENERGY', 'AUTOMOTIVE', 'RAIL', 'MACHINE_BUILDING', 'INFRASTRUCTURE'];
const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');
const arrayOf = (values: readonly string[]) => `ARRAY[${list(values)}]::text[]`;

/**
 * The supplier directory, Defence's capacity demand and matchmaking (issue 19): a profile per
 * company (or per demo entry no organisation keeps), with the parts it keeps for government in
 * `government_only`; demand published by government organisations; companies' responses (for
 * government and the company only); Defence's shortlist per demand. The value lists in the CHECKs
 * are the vocabularies of libs/domain/src/suppliers/vocabulary.ts.
 */
export class Suppliers1764001600000 implements MigrationInterface {
  name = 'Suppliers1764001600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supplier_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid UNIQUE REFERENCES organisation(id) ON DELETE SET NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
        province text NOT NULL CHECK (province IN (${list(PROVINCES)})),
        size_class text NOT NULL CHECK (size_class IN (${list(SIZE_CLASSES)})),
        category text NOT NULL CHECK (category IN (${list(DEFENCE_CATEGORIES)})),
        capabilities text[] NOT NULL CHECK (cardinality(capabilities) >= 1 AND capabilities <@ ${arrayOf(CAPABILITIES)}),
        certifications text[] NOT NULL DEFAULT '{}' CHECK (certifications <@ ${arrayOf(CERTIFICATIONS)}),
        sectors text[] NOT NULL DEFAULT '{}' CHECK (sectors <@ ${arrayOf(SECTORS)}),
        clearance text NOT NULL DEFAULT 'NONE' CHECK (clearance IN (${list(CLEARANCES)})),
        capacity_hours_per_month integer CHECK (capacity_hours_per_month BETWEEN 0 AND 100000),
        capacity_from date,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        government_only text[] NOT NULL DEFAULT '{}' CHECK (government_only <@ ${arrayOf(PROFILE_SECTIONS)}),
        demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supplier_profile_name_idx ON supplier_profile (lower(name))`);
    await q.query(`
      CREATE TABLE capacity_demand (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        item_id uuid REFERENCES item(id) ON DELETE SET NULL,
        capabilities text[] NOT NULL CHECK (cardinality(capabilities) >= 1 AND capabilities <@ ${arrayOf(CAPABILITIES)}),
        quantity integer NOT NULL CHECK (quantity >= 1),
        hours_per_month integer CHECK (hours_per_month > 0),
        window_start date NOT NULL,
        window_end date NOT NULL,
        required_certifications text[] NOT NULL DEFAULT '{}' CHECK (required_certifications <@ ${arrayOf(CERTIFICATIONS)}),
        required_clearance text NOT NULL DEFAULT 'NONE' CHECK (required_clearance IN (${list(CLEARANCES)})),
        roadmap_id uuid REFERENCES roadmap(id) ON DELETE SET NULL,
        intervention_id uuid REFERENCES intervention(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (window_end >= window_start)
      )`);
    await q.query(`
      CREATE TABLE demand_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        demand_id uuid NOT NULL REFERENCES capacity_demand(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES supplier_profile(id) ON DELETE CASCADE,
        responded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        hours_per_month integer NOT NULL CHECK (hours_per_month > 0),
        available_from date NOT NULL,
        message text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (demand_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE supplier_shortlist (
        demand_id uuid NOT NULL REFERENCES capacity_demand(id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES supplier_profile(id) ON DELETE CASCADE,
        added_by_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        added_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (demand_id, profile_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE supplier_shortlist');
    await q.query('DROP TABLE demand_response');
    await q.query('DROP TABLE capacity_demand');
    await q.query('DROP TABLE supplier_profile');
  }
}
