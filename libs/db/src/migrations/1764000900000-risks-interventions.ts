import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From risks to agreements (issue 16): the risk register of a roadmap, the interventions that
 * address its risks with their status history (an agreed intervention carries the agreement's terms:
 * responsible organisation, due date, deliverable), and the roadmap's activity feed.
 *
 * The value lists in the CHECKs are the constants of entities/roadmap-work.entities.ts.
 */
export class RisksInterventions1764000900000 implements MigrationInterface {
  name = 'RisksInterventions1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE risk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        rationale text NOT NULL DEFAULT '' CHECK (length(rationale) <= 10000),
        likelihood int NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        impact int NOT NULL CHECK (impact BETWEEN 1 AND 5),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','MITIGATING','ACCEPTED','CLOSED')),
        owner_org_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        review_date date,
        monitoring_indicator text CHECK (length(monitoring_indicator) <= 500),
        dependency_key text CHECK (length(dependency_key) <= 1000),
        material_id uuid REFERENCES material(id) ON DELETE SET NULL,
        evidence jsonb CHECK (evidence IS NULL OR jsonb_typeof(evidence) = 'object'),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_by_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX risk_roadmap_idx ON risk (roadmap_id, created_at)`);

    await q.query(`
      CREATE TABLE intervention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        type text NOT NULL CHECK (type IN ('STOCKPILING','DIVERSIFICATION','SUBSTITUTION','RECYCLING','DESIGN_CHANGE',
          'MATERIAL_EFFICIENCY','LONG_TERM_CONTRACT','PROCUREMENT_CRITERIA','GEOPOLITICAL_PREMIUM',
          'INTERNATIONAL_COOPERATION','RESEARCH','OTHER')),
        instrument text NOT NULL DEFAULT 'NONE' CHECK (instrument IN ('SUBSIDY','PROCUREMENT','REGULATION','STRATEGIC_STOCKPILE',
          'COVENANT','RESEARCH_PROGRAMME','NONE')),
        impact int NOT NULL CHECK (impact BETWEEN 1 AND 5),
        effort int NOT NULL CHECK (effort BETWEEN 1 AND 5),
        horizon text NOT NULL CHECK (horizon IN ('SHORT','MEDIUM','LONG')),
        proposed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        proposed_by_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        owner_org_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        owner_kind text CHECK (owner_kind IN ('GOVERNMENT','INDUSTRY','KNOWLEDGE_INSTITUTE')),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED','AGREED','IN_PROGRESS','DONE','REJECTED','WITHDRAWN')),
        status_reason text CHECK (length(status_reason) <= 2000),
        progress_pct int NOT NULL DEFAULT 0 CHECK (progress_pct BETWEEN 0 AND 100),
        due_date date,
        deliverable text CHECK (length(deliverable) <= 2000),
        details text CHECK (length(details) <= 10000),
        details_visibility text NOT NULL DEFAULT 'ROADMAP' CHECK (details_visibility IN ('OWNER','GOVERNMENT','ROADMAP')),
        -- Details belong to the organisation that wrote them; the rules read them through it.
        details_org_id uuid REFERENCES organisation(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (details IS NULL OR details_org_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX intervention_roadmap_idx ON intervention (roadmap_id, created_at)`);
    await q.query(`CREATE INDEX intervention_owner_idx ON intervention (owner_org_id)`);

    await q.query(`
      CREATE TABLE intervention_risk (
        intervention_id uuid NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        risk_id uuid NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
        PRIMARY KEY (intervention_id, risk_id)
      )`);
    await q.query(`CREATE INDEX intervention_risk_risk_idx ON intervention_risk (risk_id)`);

    await q.query(`
      CREATE TABLE intervention_event (
        id bigserial PRIMARY KEY,
        uid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        intervention_id uuid NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('STATUS','PROGRESS')),
        from_status text,
        to_status text,
        reason text CHECK (length(reason) <= 2000),
        note text CHECK (length(note) <= 2000),
        progress_pct int CHECK (progress_pct BETWEEN 0 AND 100),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX intervention_event_intervention_idx ON intervention_event (intervention_id, id)`);

    // The feed names its subject by id without a foreign key: an entry outlives a deleted risk.
    // Feed entries and history events are ordered by their serial id but shown by `uid`: serial
    // numbers count the rows of every roadmap, so a reader could tell how much happened elsewhere.
    await q.query(`
      CREATE TABLE roadmap_activity (
        id bigserial PRIMARY KEY,
        uid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_org_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('RISK_CREATED','RISK_UPDATED','RISK_DELETED','INTERVENTION_PROPOSED',
          'INTERVENTION_UPDATED','INTERVENTION_STATUS_CHANGED','INTERVENTION_PROGRESS','AGREEMENT_UPDATED','PHASE_CHANGED')),
        subject_type text NOT NULL CHECK (subject_type IN ('RISK','INTERVENTION','ROADMAP')),
        subject_id uuid NOT NULL,
        title text NOT NULL,
        from_value text,
        to_value text,
        note text CHECK (length(note) <= 2000)
      )`);
    await q.query(`CREATE INDEX roadmap_activity_roadmap_idx ON roadmap_activity (roadmap_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roadmap_activity`);
    await q.query(`DROP TABLE intervention_event`);
    await q.query(`DROP TABLE intervention_risk`);
    await q.query(`DROP TABLE intervention`);
    await q.query(`DROP TABLE risk`);
  }
}
