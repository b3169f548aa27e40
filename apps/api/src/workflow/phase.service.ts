import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, type RoadmapEntity, type RoadmapPhase } from '@routekaart/db';
import {
  cleanPhaseNote,
  forbidden,
  HIGH_RISK_LEVEL,
  phaseStatuses,
  TOP_DEPENDENCIES_EXPECTED,
  type PhaseCounts,
  type PhaseStatus,
} from '@routekaart/domain';
import { recordActivity } from '../activity/activity';
import { ActivityEvents } from '../activity/activity.events';
import { AnalysisService } from '../analysis/analysis.service';
import { recordAudit } from '../audit/audit';
import { NO_ID } from '../chain/chain.queries';
import type { Actor } from '../common/actor';
import { queryNamed } from '../common/sql';
import { RoadmapService } from '../roadmaps/roadmap.service';

/** Item kinds whose chain the chain-mapping phase expects on record. */
const MAPPED_KINDS = new Set(['PLATFORM', 'SYSTEM']);

/**
 * The phases of a roadmap: the lead moves it forward or back, and each phase shows what the data
 * says is still open. Open points are counted with the VIEWER's permissions only, over the
 * records it may read, so they reveal nothing it could not find itself; a kind of record the viewer
 * may not read in the roadmap at all gives no open point rather than a misleading "none yet".
 */
@Injectable()
export class PhaseService {
  /** The phases of a roadmap, once per request (`roadmapPhases` and `Roadmap.phaseStatuses` share it). */
  private readonly perRequest = new WeakMap<object, Map<string, Promise<PhaseStatus[]>>>();

  constructor(
    private readonly ds: DataSource,
    private readonly roadmaps: RoadmapService,
    private readonly analysis: AnalysisService,
    private readonly activity: ActivityEvents,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  /** The six phases of a roadmap the viewer may read (NOT_FOUND on `roadmapId` otherwise). */
  async phases(ability: AppAbility, roadmapId: string, requestKey: object): Promise<PhaseStatus[]> {
    const roadmap = await this.roadmaps.roadmap(ability, roadmapId);
    return this.phasesOf(ability, roadmap, requestKey);
  }

  /** The same for a roadmap already read with the viewer's permissions. */
  phasesOf(ability: AppAbility, roadmap: Pick<RoadmapEntity, 'id' | 'phase' | 'productGroupId'>, requestKey: object): Promise<PhaseStatus[]> {
    let byRoadmap = this.perRequest.get(requestKey);
    if (!byRoadmap) this.perRequest.set(requestKey, (byRoadmap = new Map()));
    let statuses = byRoadmap.get(roadmap.id);
    if (!statuses) {
      statuses = this.counts(ability, roadmap, requestKey).then((counts) =>
        phaseStatuses(roadmap.phase, counts, { roadmapId: roadmap.id, productGroupId: roadmap.productGroupId }),
      );
      byRoadmap.set(roadmap.id, statuses);
    }
    return statuses;
  }

  // ---- writes -----------------------------------------------------------------------------------

  /**
   * Moves the roadmap to any phase, forward or back (roadmap leads). Open points only warn: the lead
   * decides. Moving to the phase it is in changes and records nothing, so two leads moving at once
   * both succeed.
   */
  async move(actor: Actor, ability: AppAbility, roadmapId: string, to: RoadmapPhase, note: string | null | undefined): Promise<RoadmapEntity> {
    const roadmap = await this.roadmaps.roadmap(ability, roadmapId);
    if (!ability.can('update', subject('Roadmap', { id: roadmap.id, productGroupId: roadmap.productGroupId }))) {
      throw forbidden('Only a lead of the roadmap may move it to another phase');
    }
    const cleanNote = cleanPhaseNote(note, 'note');
    const entry = await this.ds.transaction(async (em) => {
      // Locked, so that the change recorded is from the phase it really was in.
      const [{ phase: from }] = (await em.query('SELECT phase FROM roadmap WHERE id = $1 FOR UPDATE', [roadmap.id])) as { phase: RoadmapPhase }[];
      if (from === to) return null;
      await em.query('UPDATE roadmap SET phase = $2 WHERE id = $1', [roadmap.id, to]);
      await recordAudit(em, actor, 'roadmap.phase', 'Roadmap', roadmap.id, { from, to, note: cleanNote });
      return recordActivity(em, actor, {
        roadmapId: roadmap.id,
        kind: 'PHASE_CHANGED',
        subject: 'ROADMAP',
        subjectId: roadmap.id,
        title: roadmap.title,
        from,
        to,
        note: cleanNote,
      });
    });
    if (entry) this.activity.publish(entry);
    return this.roadmaps.roadmap(ability, roadmap.id);
  }

  // ---- counting ---------------------------------------------------------------------------------

  private async counts(ability: AppAbility, roadmap: Pick<RoadmapEntity, 'id' | 'productGroupId'>, requestKey: object): Promise<PhaseCounts> {
    // Whether the viewer may read each kind of record in this roadmap at all: from its rules alone,
    // so the answer does not depend on any record.
    const reads = {
      participants: ability.can('read', subject('Participant', { roadmapId: roadmap.id, organisationId: NO_ID })),
      documents: ability.can('read', subject('Document', { id: NO_ID, roadmapId: roadmap.id })),
      risks: ability.can('read', subject('Risk', { roadmapId: roadmap.id, ownerOrgId: null })),
      interventions: ability.can('read', subject('Intervention', { roadmapId: roadmap.id, ownerOrgId: null })),
    };
    const [rows, chain, top] = await Promise.all([
      this.registerCounts(ability, roadmap.id),
      this.analysis.graph(ability, roadmap.productGroupId, requestKey),
      this.analysis.dependencies(ability, { productGroupId: roadmap.productGroupId, first: TOP_DEPENDENCIES_EXPECTED, orderBy: 'SCORE' }, requestKey),
    ]);
    const { graph } = chain;
    let itemsWithoutChainData = 0;
    for (let i = 0; i < graph.items.length; i++) {
      if (!MAPPED_KINDS.has(graph.items[i]!.kind)) continue;
      const parts = graph.childStart[i + 1]! - graph.childStart[i]!;
      const materials = graph.materialStart[i + 1]! - graph.materialStart[i]!;
      if (parts === 0 && materials === 0 && !graph.itemHasLinks[i]) itemsWithoutChainData++;
    }
    const registered = new Set(rows.dependencyKeys);
    const topKeys = top.nodes.map((d) => d.key);
    // A kind the viewer may not read counts as complete (no open point) rather than as "none yet".
    const unless = (readable: boolean, n: number, complete = 0) => (readable ? n : complete);
    return {
      industryParticipants: unless(reads.participants, rows.industryParticipants, 1),
      documents: unless(reads.documents, rows.documents, 1),
      itemsWithoutChainData,
      topDependencies: topKeys.length,
      topDependenciesNotInRegister: unless(reads.risks, topKeys.filter((k) => !registered.has(k)).length),
      highRisksWithoutIntervention: unless(reads.risks && reads.interventions, rows.highRisksWithoutIntervention),
      agreementsWithoutOwner: unless(reads.interventions, rows.agreementsWithoutOwner),
      agreementsWithoutDueDate: unless(reads.interventions, rows.agreementsWithoutDueDate),
      risksWithoutIndicator: unless(reads.risks && reads.interventions, rows.risksWithoutIndicator),
    };
  }

  /** Every count over the roadmap's own records in one statement, each through the reader's rules. */
  private async registerCounts(ability: AppAbility, roadmapId: string) {
    const participant = accessibleWhere(ability, 'read', 'Participant', 'p');
    const document = accessibleWhere(ability, 'read', 'Document', 'd');
    const risk = accessibleWhere(ability, 'read', 'Risk', 'k');
    const intervention = accessibleWhere(ability, 'read', 'Intervention', 'i');
    const [row] = await queryNamed<{
      industryParticipants: number;
      documents: number;
      highRisksWithoutIntervention: number;
      agreementsWithoutOwner: number;
      agreementsWithoutDueDate: number;
      risksWithoutIndicator: number;
      dependencyKeys: string[];
    }>(
      this.ds,
      `WITH readable_risk AS (
         SELECT k.id, k.likelihood, k.impact, k.status, k.monitoring_indicator, k.dependency_key
         FROM risk k WHERE (${risk.sql}) AND k.roadmap_id = CAST(:roadmapId AS uuid)
       ), readable_intervention AS (
         SELECT i.id, i.status, i.owner_org_id, i.due_date
         FROM intervention i WHERE (${intervention.sql}) AND i.roadmap_id = CAST(:roadmapId AS uuid)
       ), addressed AS (
         SELECT ir.risk_id, ri.status FROM intervention_risk ir JOIN readable_intervention ri ON ri.id = ir.intervention_id
       )
       SELECT
         (SELECT count(*)::int FROM participant p JOIN organisation o ON o.id = p.organisation_id
          WHERE (${participant.sql}) AND p.roadmap_id = CAST(:roadmapId AS uuid) AND o.kind = 'INDUSTRY') AS "industryParticipants",
         (SELECT count(*)::int FROM document d WHERE (${document.sql}) AND d.roadmap_id = CAST(:roadmapId AS uuid)) AS documents,
         (SELECT count(*)::int FROM readable_risk r
          WHERE r.likelihood * r.impact >= :highRisk AND r.status IN ('OPEN', 'MITIGATING')
            AND NOT EXISTS (SELECT 1 FROM addressed a WHERE a.risk_id = r.id AND a.status NOT IN ('REJECTED', 'WITHDRAWN'))) AS "highRisksWithoutIntervention",
         (SELECT count(*)::int FROM readable_intervention ri WHERE ri.status IN ('AGREED', 'IN_PROGRESS') AND ri.owner_org_id IS NULL) AS "agreementsWithoutOwner",
         (SELECT count(*)::int FROM readable_intervention ri WHERE ri.status IN ('AGREED', 'IN_PROGRESS') AND ri.due_date IS NULL) AS "agreementsWithoutDueDate",
         (SELECT count(*)::int FROM readable_risk r
          WHERE coalesce(btrim(r.monitoring_indicator), '') = ''
            AND EXISTS (SELECT 1 FROM addressed a WHERE a.risk_id = r.id AND a.status IN ('AGREED', 'IN_PROGRESS', 'DONE'))) AS "risksWithoutIndicator",
         ARRAY(SELECT DISTINCT r.dependency_key FROM readable_risk r WHERE r.dependency_key IS NOT NULL) AS "dependencyKeys"`,
      { ...participant.params, ...document.params, ...risk.params, ...intervention.params, roadmapId, highRisk: HIGH_RISK_LEVEL },
    );
    return row!;
  }
}
