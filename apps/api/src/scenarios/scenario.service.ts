import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { ScenarioEntity } from '@routekaart/db';
import { assertText, badInput, DomainError, forbidden } from '@routekaart/domain';
import { AnalysisService } from '../analysis/analysis.service';
import { validateScenarioInput, type ScenarioInput } from '../analysis/analysis.inputs';
import type { ScenarioResultModel } from '../analysis/analysis.models';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../common/actor';
import { isUuid } from '../common/ids';
import { RoadmapService } from '../roadmaps/roadmap.service';
import { toSavedScenarioModel, type SavedScenarioRow } from './scenario.mappers';
import { asReadBy, savedScenarioColumns } from './scenario.queries';
import type { SavedScenarioModel } from './scenario.models';

/**
 * Scenarios saved in a roadmap: stored as the question they ask, and answered for each reader on
 * the chain that reader may see (the analysis does the computing).
 */
@Injectable()
export class ScenarioService {
  constructor(
    private readonly ds: DataSource,
    private readonly roadmaps: RoadmapService,
    private readonly analysis: AnalysisService,
  ) {}

  /**
   * Saved scenarios are roadmap content, like the risk register, so they follow the `Risk` rows of
   * the permission matrix: read by the roadmap's participants, created by its co-editors (LEAD or
   * MEMBER), deleted by its lead or by the co-editor organisation that saved them (`Risk` update
   * is "roadmap lead, or own as co-editor").
   */
  async saveScenario(actor: Actor, ability: AppAbility, roadmapId: string, name: string, input: ScenarioInput): Promise<SavedScenarioModel> {
    const roadmap = await this.roadmaps.roadmap(ability, roadmapId);
    if (!ability.can('create', subject('Risk', { roadmapId: roadmap.id, ownerOrgId: actor.organisationId }))) {
      throw forbidden('Only co-editors of the roadmap (lead or member) may save scenarios');
    }
    const title = assertText(name, 'name', 200);
    const spec = validateScenarioInput(input);
    if (spec.productGroupId !== roadmap.productGroupId) {
      throw badInput('input.productGroupId', "a roadmap's scenario must be about the roadmap's product group");
    }
    // Runs it once: every material and item must exist and be visible to whoever saves it.
    this.analysis.scenarioIn((await this.analysis.graph(ability, spec.productGroupId)).graph, spec);
    return this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(ScenarioEntity, {
          roadmapId: roadmap.id,
          name: title,
          input: spec as unknown as Record<string, unknown>,
          createdBy: actor.userId,
          createdByOrgId: actor.organisationId,
        }),
      );
      await recordAudit(em, actor, 'scenario.create', 'Scenario', saved.id, { roadmapId: roadmap.id, name: title, events: spec.events.length });
      return toSavedScenarioModel({ ...saved, input: spec });
    });
  }

  async deleteScenario(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const [row] = await em.query<SavedScenarioRow[]>(
        `SELECT id, roadmap_id AS "roadmapId", name, created_by_org_id AS "createdByOrgId" FROM scenario WHERE id = $1 FOR UPDATE`,
        [isUuid(id) ? id : null],
      );
      const asRisk = row ? subject('Risk', { roadmapId: row.roadmapId, ownerOrgId: row.createdByOrgId }) : null;
      if (!row || !ability.can('read', asRisk!)) throw new DomainError('NOT_FOUND', 'scenario not found', 'id');
      if (!ability.can('delete', asRisk!) && !ability.can('update', asRisk!)) {
        throw forbidden('Only the roadmap lead or the organisation that saved it may delete this scenario');
      }
      await em.query('DELETE FROM scenario WHERE id = $1', [row.id]);
      await recordAudit(em, actor, 'scenario.delete', 'Scenario', row.id, { roadmapId: row.roadmapId, name: row.name });
      return true;
    });
  }

  /** One saved scenario, if the viewer may read its roadmap's content; NOT_FOUND (field id) otherwise. */
  async savedScenario(ability: AppAbility, id: string): Promise<SavedScenarioModel> {
    const [row] = isUuid(id) ? await this.ds.query<SavedScenarioRow[]>(`SELECT ${savedScenarioColumns} FROM scenario WHERE id = $1`, [id]) : [];
    if (!row || !ability.can('read', subject('Risk', { roadmapId: row.roadmapId, ownerOrgId: row.createdByOrgId }))) {
      throw new DomainError('NOT_FOUND', 'scenario not found', 'id');
    }
    const [saved] = await asReadBy(this.ds, ability, [row]);
    return saved!;
  }

  /** The result of a saved scenario for this viewer, on the chain they may see. */
  async savedScenarioResult(ability: AppAbility, saved: SavedScenarioModel, requestKey?: object): Promise<ScenarioResultModel> {
    const spec = saved.spec;
    const loaded = await this.analysis.graph(ability, spec.productGroupId, requestKey);
    return { ...this.analysis.scenarioIn(loaded.graph, spec, true), name: saved.name };
  }
}
