import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addTriggers } from './1764000500000-chain-data-version';

/**
 * Two changes for confidentiality against inference (issue 13):
 *
 * 1. The bill of materials is no longer refused as a whole when it would close a cycle. A write may
 *    only be refused for what its author can see: refusing an edge because of a path through another
 *    company's hidden assembly tells that the assembly exists (and where it uses one's part). The
 *    service still refuses every cycle its author can see; edges of different companies may close one
 *    that nobody sees whole, and every reader of the chain stops at a repeated item.
 * 2. The permission rules read `roadmap` (an item is visible to the participants of the roadmaps of
 *    its product group), so a roadmap added, removed or moved to another product group changes what
 *    the analysis graphs kept per viewer hold: it bumps the chain data version like the chain tables.
 */
export class Noninterference1764000620000 implements MigrationInterface {
  name = 'Noninterference1764000620000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER composition_acyclic ON composition`);
    await q.query(`DROP FUNCTION composition_reject_cycle()`);
    await addTriggers(q, 'roadmap');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER roadmap_chain_data_version ON roadmap`);
    await q.query(`DROP TRIGGER roadmap_chain_data_version_truncate ON roadmap`);
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
  }
}
