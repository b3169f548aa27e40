import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidate suppliers linked to an intervention (a diversification, issue 19): which directory
 * profiles government considers for it, like Defence's shortlist for a demand. Read by government
 * participants of the intervention's roadmap only (`InterventionCandidate`); gone with the
 * intervention or the profile.
 */
export class InterventionCandidates1764001700000 implements MigrationInterface {
  name = 'InterventionCandidates1764001700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE intervention_candidate (
        intervention_id uuid NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES supplier_profile(id) ON DELETE CASCADE,
        added_by_org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        added_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (intervention_id, profile_id)
      )`);
    await q.query(`CREATE INDEX intervention_candidate_profile_idx ON intervention_candidate (profile_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE intervention_candidate');
  }
}
