import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import { badInput, DomainError, forbidden } from '@routekaart/domain';
import { recordAudit } from '../audit/audit';
import { itemColumns, visibleItem, type ItemRow } from '../chain/chain.queries';
import type { ItemModel } from '../chain/chain.models';
import type { Actor } from '../common/actor';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import { PROFILE_COLUMNS, SupplierService, type ProfileRow } from '../suppliers/supplier.service';
import type { InterventionCandidateModel } from './intervention-candidate.models';
import type { InterventionModel } from './intervention.models';
import { InterventionService } from './intervention.service';

interface CandidateRow extends ProfileRow {
  interventionId: string;
  linkedAt: Date;
  linkedByName: string | null;
  linkedByOrgId: string;
  linkedByOrgName: string | null;
}

/** Kinds of item ranked for "which part is at risk": made parts before raw material forms. */
const KIND_ORDER = `CASE i.kind WHEN 'COMPONENT' THEN 0 WHEN 'SEMI_FINISHED' THEN 1 WHEN 'SYSTEM' THEN 2 WHEN 'PLATFORM' THEN 3 ELSE 4 END`;

/**
 * Candidate suppliers of an intervention (a diversification, issue 19): government links directory
 * profiles to it, like Defence's shortlist for a demand. The links are government's
 * (`InterventionCandidate`): every other reader of the intervention gets an empty list, exactly as
 * for an intervention without candidates, so a company never learns whether it is one. Linking is
 * audited but kept out of the roadmap's activity feed, which every participant reads.
 */
@Injectable()
export class InterventionCandidateService {
  private readonly loaders = new WeakMap<object, DataLoader<string, CandidateRow[]>>();

  constructor(
    private readonly ds: DataSource,
    private readonly interventions: InterventionService,
    private readonly suppliers: SupplierService,
  ) {}

  /** The candidates linked to an intervention the reader already read; [] for whoever may not read them. */
  async candidates(requestKey: object, actor: Actor, ability: AppAbility, intervention: InterventionModel): Promise<InterventionCandidateModel[]> {
    if (!ability.can('read', subject('InterventionCandidate', { interventionId: intervention.id, roadmapId: intervention.roadmapId, profileId: '' }))) return [];
    let loader = this.loaders.get(requestKey);
    if (!loader) {
      // One query per request for every intervention asked (the board lists many).
      loader = new DataLoader(async (ids) => {
        const rows = (await this.ds.query(
          `SELECT ${PROFILE_COLUMNS}, ic.intervention_id AS "interventionId", ic.created_at AS "linkedAt", u.name AS "linkedByName",
                  ic.added_by_org_id AS "linkedByOrgId", o.name AS "linkedByOrgName"
           FROM intervention_candidate ic
           JOIN supplier_profile p ON p.id = ic.profile_id
           LEFT JOIN app_user u ON u.id = ic.added_by
           LEFT JOIN organisation o ON o.id = ic.added_by_org_id
           WHERE ic.intervention_id = ANY($1::uuid[])
           ORDER BY ic.created_at, p.name, p.id`,
          [ids],
        )) as CandidateRow[];
        return ids.map((id) => rows.filter((r) => r.interventionId === id));
      });
      this.loaders.set(requestKey, loader);
    }
    const lens = this.suppliers.lens(actor, ability);
    return (await loader.load(intervention.id)).map((r) => ({
      profile: lens.model(r),
      linkedAt: r.linkedAt,
      linkedBy: { name: r.linkedByName, organisationId: r.linkedByOrgId, organisationName: r.linkedByOrgName },
    }));
  }

  /**
   * Links (or unlinks) a profile as a candidate of an intervention; audited. Government co-editors
   * of the roadmap only: anyone else is refused before the intervention or profile is looked at
   * (the resolver's `@Requires`), an intervention the actor may not read is NOT_FOUND. Only a
   * diversification takes new candidates; unlinking works on any type (its type may have changed).
   */
  async link(actor: Actor, ability: AppAbility, interventionId: string, profileId: string, add: boolean): Promise<InterventionModel> {
    const action = add ? 'create' : 'delete';
    // Kinds and roles that never may are refused by the endpoint's @Requires; an intervention the
    // user cannot read is NOT_FOUND, as one that does not exist, before its own rule is judged.
    const intervention = await this.interventions.intervention(actor, ability, interventionId);
    if (!ability.can(action, subject('InterventionCandidate', { interventionId: intervention.id, roadmapId: intervention.roadmapId, profileId }))) {
      throw forbidden('Only government co-editors of the roadmap link candidate suppliers');
    }
    if (add && intervention.type !== 'DIVERSIFICATION') throw badInput('interventionId', 'Only a diversification intervention has candidate suppliers');
    await this.ds.transaction(async (em) => {
      // Locked, so a deletion of the intervention cannot slip in between the check and the write.
      const [locked] = (await em.query('SELECT id FROM intervention WHERE id = $1 FOR UPDATE', [intervention.id])) as { id: string }[];
      if (!locked) throw new DomainError('NOT_FOUND', 'intervention not found', 'interventionId');
      const profile = await this.suppliers.readableRow(em, profileId, 'profileId');
      const changed = add
        ? ((await em.query(
            `INSERT INTO intervention_candidate (intervention_id, profile_id, added_by_org_id, added_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (intervention_id, profile_id) DO NOTHING RETURNING profile_id`,
            [intervention.id, profile.id, actor.organisationId, actor.userId],
          )) as unknown[])
        : ((await em.query(`DELETE FROM intervention_candidate WHERE intervention_id = $1 AND profile_id = $2 RETURNING profile_id`, [intervention.id, profile.id])) as [
            unknown[],
            number,
          ])[0];
      // A repeated link or unlink changes nothing and is not recorded twice.
      if (changed.length > 0) {
        await recordAudit(em, actor, add ? 'interventionCandidate.add' : 'interventionCandidate.remove', 'InterventionCandidate', intervention.id, {
          roadmapId: intervention.roadmapId,
          profileId: profile.id,
          name: profile.name,
        });
      }
    });
    return this.interventions.intervention(actor, ability, intervention.id);
  }

  /**
   * The items an intervention's risks concern, as the reader may read them: the item a risk's ITEM
   * dependency names; for a risk about a material, the items of the roadmap's product group that
   * contain it and the parts made directly from those (a magnet from its alloy). Made parts first.
   */
  async atRiskItems(requestKey: object, ability: AppAbility, intervention: InterventionModel): Promise<ItemModel[]> {
    const risks = await this.interventions.risksOf(requestKey, ability, intervention.riskIds);
    const itemIds = risks.map((r) => r.dependencyKey?.split('|')).filter((k): k is string[] => k?.length === 3 && k[1] === 'ITEM').map((k) => k[2]!);
    const materialIds = risks.filter((r) => !r.dependencyKey && r.materialId).map((r) => r.materialId!);
    if (!itemIds.length && !materialIds.length) return [];
    const f = accessibleWhere(ability, 'read', 'Item', 'i');
    const fc = accessibleWhere(ability, 'read', 'Item', 'ci');
    const fp = accessibleWhere(ability, 'read', 'Item', 'pi');
    const rows = await queryNamed<ItemRow>(
      this.ds,
      `WITH containing AS (
         SELECT ci.id FROM item ci
         WHERE (${fc.sql}) AND ci.product_group_id = (SELECT r.product_group_id FROM roadmap r WHERE r.id = CAST(:roadmapId AS uuid))
           AND EXISTS (SELECT 1 FROM item_material im WHERE im.item_id = ci.id AND im.material_id = ANY(CAST(:materialIds AS uuid[])))
       )
       SELECT ${itemColumns('i')} FROM item i
       WHERE (${f.sql})
         AND (i.id = ANY(CAST(:itemIds AS uuid[]))
              OR i.id IN (SELECT id FROM containing)
              OR i.id IN (SELECT e.parent_id FROM composition e JOIN item pi ON pi.id = e.parent_id WHERE (${fp.sql}) AND e.child_id IN (SELECT id FROM containing)))
       ORDER BY (i.id = ANY(CAST(:itemIds AS uuid[]))) DESC, ${KIND_ORDER}, i.name, i.id
       LIMIT 20`,
      { ...f.params, ...fc.params, ...fp.params, roadmapId: intervention.roadmapId, itemIds: itemIds.filter(isUuid), materialIds },
    );
    return rows.map((r) => visibleItem(ability, r));
  }
}
