import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, type RiskEvidenceSnapshot, type RiskStatus } from '@routekaart/db';
import {
  badInput,
  cleanDate,
  cleanOptionalText,
  cleanScore,
  cleanText,
  cleanTitle,
  DomainError,
  forbidden,
  INDICATOR_MAX,
  LONG_TEXT_MAX,
  likelihoodFromScore,
  riskLevel,
  type ChainGraph,
} from '@routekaart/domain';
import { recordActivity, type ActivityRef } from '../activity/activity';
import { ActivityEvents } from '../activity/activity.events';
import type { DependencyKindValue } from '../analysis/analysis.models';
import { AnalysisService } from '../analysis/analysis.service';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../common/actor';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import { commonViewAbility } from './common-view';
import type { CreateRiskInput, InterventionSummaryModel, RiskEvidenceModel, RiskModel, UpdateRiskInput } from './risk.models';

/** A risk row as the queries below select it. */
interface RiskRow {
  id: string;
  roadmapId: string;
  title: string;
  rationale: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  ownerOrgId: string | null;
  reviewDate: string | null;
  monitoringIndicator: string | null;
  dependencyKey: string | null;
  materialId: string | null;
  evidence: RiskEvidenceSnapshot | null;
  createdByName: string | null;
  createdByOrgId: string | null;
  createdByOrgName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Which risks to load (all conditions AND-ed); always through the reader's rules. */
export interface RiskFilter {
  roadmapId?: string;
  ids?: readonly string[];
}

const RISK_COLUMNS = `
  k.id, k.roadmap_id AS "roadmapId", k.title, k.rationale, k.likelihood, k.impact, k.status, k.owner_org_id AS "ownerOrgId",
  to_char(k.review_date, 'YYYY-MM-DD') AS "reviewDate", k.monitoring_indicator AS "monitoringIndicator",
  k.dependency_key AS "dependencyKey", k.material_id AS "materialId", k.evidence,
  cu.name AS "createdByName", k.created_by_org_id AS "createdByOrgId", co.name AS "createdByOrgName",
  k.created_at AS "createdAt", k.updated_at AS "updatedAt"`;

const RISK_FROM = `
  FROM risk k
  LEFT JOIN app_user cu ON cu.id = k.created_by
  LEFT JOIN organisation co ON co.id = k.created_by_org_id`;

/**
 * The risk register of a roadmap. Read by its participants, written by its co-editors (changes by
 * a lead or the owning organisation, deletes by a lead). Every write is audited and put in the
 * roadmap's activity feed in its transaction, and announced to subscribers after the commit.
 */
@Injectable()
export class RiskService {
  /** Live scores per request (the request context is the key), so a register computes each once. */
  private readonly liveScores = new WeakMap<object, DataLoader<string, number | null>>();

  constructor(
    private readonly ds: DataSource,
    private readonly analysis: AnalysisService,
    private readonly activity: ActivityEvents,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  /** The register of a roadmap, riskiest first; NOT_FOUND (on `roadmapId`) unless the viewer may read it. */
  risks(ability: AppAbility, roadmapId: string): Promise<RiskModel[]> {
    this.assertReadableRoadmap(ability, roadmapId);
    return this.find(ability, { roadmapId });
  }

  /** One risk; NOT_FOUND (on `riskId`) when it does not exist or the viewer may not read it. */
  async risk(ability: AppAbility, id: string): Promise<RiskModel> {
    const [risk] = isUuid(id) ? await this.find(ability, { ids: [id] }) : [];
    if (!risk) throw new DomainError('NOT_FOUND', 'risk not found', 'riskId');
    return risk;
  }

  /** Risks the viewer may read, with the interventions (it may read) that address them. */
  async find(ability: AppAbility, filter: RiskFilter): Promise<RiskModel[]> {
    if (filter.ids && filter.ids.length === 0) return [];
    const f = accessibleWhere(ability, 'read', 'Risk', 'k');
    const rows = await queryNamed<RiskRow>(
      this.ds,
      `SELECT ${RISK_COLUMNS} ${RISK_FROM}
       WHERE (${f.sql})
         AND (CAST(:roadmapId AS uuid) IS NULL OR k.roadmap_id = CAST(:roadmapId AS uuid))
         AND (CAST(:ids AS uuid[]) IS NULL OR k.id = ANY(CAST(:ids AS uuid[])))
       ORDER BY k.likelihood * k.impact DESC, k.created_at, k.id`,
      { ...f.params, roadmapId: filter.roadmapId ?? null, ids: filter.ids ? filter.ids.filter(isUuid) : null },
    );
    const interventions = await this.interventionsOf(
      ability,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toModel(ability, r, interventions.get(r.id) ?? []));
  }

  /** Fails with NOT_FOUND (on `roadmapId`) unless the viewer may read the roadmap's risks. */
  assertReadableRoadmap(ability: AppAbility, roadmapId: string): void {
    if (!isUuid(roadmapId) || !ability.can('read', subject('Risk', { roadmapId }))) {
      throw new DomainError('NOT_FOUND', 'roadmap not found', 'roadmapId');
    }
  }

  /**
   * The dependency's score now, in the common view (what every participant may see); null for a
   * risk made by hand, or when the dependency is gone or not in the common view. Computed once per
   * risk per request, on the product group's graph loaded once per request.
   */
  liveScore(requestKey: object, risk: Pick<RiskModel, 'roadmapId' | 'dependencyKey'>): Promise<number | null> {
    if (!risk.dependencyKey) return Promise.resolve(null);
    let loader = this.liveScores.get(requestKey);
    if (!loader) {
      loader = new DataLoader<string, number | null>(async (keys) => {
        // One common-view graph per roadmap (the analysis keeps it for the request), then a lookup per key.
        const graphs = new Map<string, Promise<ChainGraph | null>>();
        return Promise.all(
          keys.map(async (k) => {
            const [roadmapId, ...key] = k.split('|');
            if (!graphs.has(roadmapId!)) graphs.set(roadmapId!, this.commonGraph(roadmapId!, requestKey));
            const graph = await graphs.get(roadmapId!)!;
            return (graph && this.analysis.dependencyIn(graph, key.join('|'))?.score.value) ?? null;
          }),
        );
      });
      this.liveScores.set(requestKey, loader);
    }
    return loader.load(`${risk.roadmapId}|${risk.dependencyKey}`);
  }

  // ---- writes -----------------------------------------------------------------------------------

  /** Records a risk by hand (co-editors of the roadmap). */
  async create(actor: Actor, ability: AppAbility, input: CreateRiskInput): Promise<RiskModel> {
    this.assertReadableRoadmap(ability, input.roadmapId);
    const roadmapId = input.roadmapId.toLowerCase();
    this.assertMayCreate(ability, roadmapId);
    const values = {
      title: cleanTitle(input.title, 'title'),
      rationale: cleanText(input.rationale, LONG_TEXT_MAX, 'rationale'),
      likelihood: cleanScore(input.likelihood, 'likelihood'),
      impact: cleanScore(input.impact, 'impact'),
      reviewDate: cleanDate(input.reviewDate, 'reviewDate'),
      monitoringIndicator: cleanOptionalText(input.monitoringIndicator, INDICATOR_MAX, 'monitoringIndicator'),
    };
    const ownerOrgId = await this.participantOrNull(roadmapId, input.ownerOrgId);
    const materialId = await this.materialOrNull(input.materialId);
    return this.insert(actor, ability, {
      roadmapId,
      ...values,
      ownerOrgId,
      materialId,
      dependencyKey: null,
      evidence: null,
    });
  }

  /**
   * Takes a computed dependency into the register. The creator must see the dependency in the
   * roadmap's product group; its evidence is what EVERY participant sees of it (the common view),
   * or nothing when it is not in that view. Defaults: the title from the target, the likelihood
   * from the common score (3 without one), impact 3.
   */
  async createFromDependency(
    actor: Actor,
    ability: AppAbility,
    args: { roadmapId: string; dependencyKey: string; likelihood?: number | null; impact?: number | null; title?: string | null },
  ): Promise<RiskModel> {
    this.assertReadableRoadmap(ability, args.roadmapId);
    const roadmapId = args.roadmapId.toLowerCase();
    this.assertMayCreate(ability, roadmapId);
    const key = parseDependencyKey(args.dependencyKey);
    // The creator's own view of the roadmap's product group: a dependency elsewhere, or one it does not see, is not found.
    const ownGraph = await this.graphOf(ability, roadmapId);
    const own = ownGraph ? this.analysis.dependencyIn(ownGraph, key) : null;
    if (!own) throw new DomainError('NOT_FOUND', 'dependency not found in this roadmap', 'dependencyKey');
    const [existing] = await this.ds.query<{ id: string }[]>(`SELECT id FROM risk WHERE roadmap_id = $1 AND dependency_key = $2`, [roadmapId, key]);
    if (existing) throw new DomainError('CONFLICT', 'this dependency is already in the risk register', 'dependencyKey');
    const evidence = await this.evidenceOf(roadmapId, key);
    let title: string;
    if (args.title != null && args.title.trim() !== '') title = cleanTitle(args.title, 'title');
    else if (evidence) title = cleanTitle(`Afhankelijkheid van ${evidence.targetName} (${evidence.platformName})`, 'title');
    // Material and country names are public; an item's name is not everyone's to read.
    else if (own.kind !== 'ITEM') title = cleanTitle(`Afhankelijkheid van ${own.target.name}`, 'title');
    else throw badInput('title', 'Give a title: the item is not visible to every participant');
    return this.insert(actor, ability, {
      roadmapId,
      title,
      rationale: '',
      likelihood: args.likelihood != null ? cleanScore(args.likelihood, 'likelihood') : evidence ? likelihoodFromScore(evidence.score) : 3,
      impact: args.impact != null ? cleanScore(args.impact, 'impact') : 3,
      reviewDate: null,
      monitoringIndicator: null,
      ownerOrgId: null,
      materialId: own.kind === 'MATERIAL' ? own.target.id : null,
      dependencyKey: key,
      evidence,
    });
  }

  /** Changes a risk (a roadmap lead, or its owning organisation as co-editor); only the fields given. */
  async update(actor: Actor, ability: AppAbility, id: string, input: UpdateRiskInput): Promise<RiskModel> {
    const risk = await this.risk(ability, id);
    if (!ability.can('update', subject('Risk', { roadmapId: risk.roadmapId, ownerOrgId: risk.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead or the owning organisation may change this risk');
    }
    const next = {
      title: input.title != null ? cleanTitle(input.title, 'title') : risk.title,
      rationale: input.rationale !== undefined ? cleanText(input.rationale, LONG_TEXT_MAX, 'rationale') : risk.rationale,
      likelihood: input.likelihood != null ? cleanScore(input.likelihood, 'likelihood') : risk.likelihood,
      impact: input.impact != null ? cleanScore(input.impact, 'impact') : risk.impact,
      status: input.status ?? risk.status,
      ownerOrgId: input.ownerOrgId !== undefined ? await this.participantOrNull(risk.roadmapId, input.ownerOrgId) : risk.ownerOrgId,
      reviewDate: input.reviewDate !== undefined ? cleanDate(input.reviewDate, 'reviewDate') : risk.reviewDate,
      monitoringIndicator:
        input.monitoringIndicator !== undefined
          ? cleanOptionalText(input.monitoringIndicator, INDICATOR_MAX, 'monitoringIndicator')
          : risk.monitoringIndicator,
    };
    // Checked again as it would be after the change: an owner may not hand the risk to another organisation.
    if (!ability.can('update', subject('Risk', { roadmapId: risk.roadmapId, ownerOrgId: next.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead may hand a risk to another organisation');
    }
    const changes = changedFields(risk, next);
    if (Object.keys(changes).length === 0) return risk;
    const entry = await this.ds.transaction(async (em) => {
      await em.query(
        `UPDATE risk SET title = $2, rationale = $3, likelihood = $4, impact = $5, status = $6, owner_org_id = $7,
                review_date = $8, monitoring_indicator = $9, updated_at = now() WHERE id = $1`,
        [risk.id, next.title, next.rationale, next.likelihood, next.impact, next.status, next.ownerOrgId, next.reviewDate, next.monitoringIndicator],
      );
      await recordAudit(em, actor, 'risk.update', 'Risk', risk.id, { roadmapId: risk.roadmapId, changes });
      const statusChanged = next.status !== risk.status;
      return recordActivity(em, actor, {
        roadmapId: risk.roadmapId,
        kind: 'RISK_UPDATED',
        subject: 'RISK',
        subjectId: risk.id,
        title: next.title,
        from: statusChanged ? risk.status : null,
        to: statusChanged ? next.status : null,
      });
    });
    this.activity.publish(entry);
    return this.risk(ability, risk.id);
  }

  /** Deletes a risk (roadmap leads); the interventions that addressed it stay. */
  async delete(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    const risk = await this.risk(ability, id);
    if (!ability.can('delete', subject('Risk', { roadmapId: risk.roadmapId, ownerOrgId: risk.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead may delete a risk');
    }
    const entry = await this.ds.transaction(async (em) => {
      await em.query(`DELETE FROM risk WHERE id = $1`, [risk.id]);
      await recordAudit(em, actor, 'risk.delete', 'Risk', risk.id, {
        roadmapId: risk.roadmapId,
        title: risk.title,
        likelihood: risk.likelihood,
        impact: risk.impact,
        status: risk.status,
        dependencyKey: risk.dependencyKey,
      });
      return recordActivity(em, actor, { roadmapId: risk.roadmapId, kind: 'RISK_DELETED', subject: 'RISK', subjectId: risk.id, title: risk.title });
    });
    this.activity.publish(entry);
    return true;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private assertMayCreate(ability: AppAbility, roadmapId: string): void {
    if (!ability.can('create', subject('Risk', { roadmapId }))) throw forbidden('Only co-editors of the roadmap may add risks');
  }

  private async insert(
    actor: Actor,
    ability: AppAbility,
    v: {
      roadmapId: string;
      title: string;
      rationale: string;
      likelihood: number;
      impact: number;
      reviewDate: string | null;
      monitoringIndicator: string | null;
      ownerOrgId: string | null;
      materialId: string | null;
      dependencyKey: string | null;
      evidence: RiskEvidenceSnapshot | null;
    },
  ): Promise<RiskModel> {
    let entry: ActivityRef;
    const id = await this.ds.transaction(async (em: EntityManager) => {
      const [row] = (await em.query(
        `INSERT INTO risk (roadmap_id, title, rationale, likelihood, impact, owner_org_id, review_date, monitoring_indicator,
                           dependency_key, material_id, evidence, created_by, created_by_org_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          v.roadmapId,
          v.title,
          v.rationale,
          v.likelihood,
          v.impact,
          v.ownerOrgId,
          v.reviewDate,
          v.monitoringIndicator,
          v.dependencyKey,
          v.materialId,
          v.evidence === null ? null : JSON.stringify(v.evidence),
          actor.userId,
          actor.organisationId,
        ],
      )) as { id: string }[];
      await recordAudit(em, actor, 'risk.create', 'Risk', row!.id, { ...v });
      entry = await recordActivity(em, actor, { roadmapId: v.roadmapId, kind: 'RISK_CREATED', subject: 'RISK', subjectId: row!.id, title: v.title });
      return row!.id;
    });
    this.activity.publish(entry!);
    return this.risk(ability, id);
  }

  /** An organisation taking part in the roadmap, or null for none; BAD_USER_INPUT on `ownerOrgId` otherwise. */
  private async participantOrNull(roadmapId: string, organisationId: string | null | undefined): Promise<string | null> {
    if (organisationId == null || organisationId === '') return null;
    const [row] = isUuid(organisationId)
      ? await this.ds.query<{ id: string }[]>(`SELECT organisation_id AS id FROM participant WHERE roadmap_id = $1 AND organisation_id = $2`, [
          roadmapId,
          organisationId,
        ])
      : [];
    if (!row) throw badInput('ownerOrgId', 'Choose an organisation that takes part in the roadmap');
    return row.id;
  }

  private async materialOrNull(materialId: string | null | undefined): Promise<string | null> {
    if (materialId == null || materialId === '') return null;
    const [row] = isUuid(materialId) ? await this.ds.query<{ id: string }[]>(`SELECT id FROM material WHERE id = $1`, [materialId]) : [];
    if (!row) throw badInput('materialId', 'Choose a material from the catalogue');
    return row.id;
  }

  /** The roadmap's product group as `ability` sees it; null when the roadmap is gone. */
  private async graphOf(ability: AppAbility, roadmapId: string, requestKey?: object): Promise<ChainGraph | null> {
    const [roadmap] = await this.ds.query<{ productGroupId: string }[]>(`SELECT product_group_id AS "productGroupId" FROM roadmap WHERE id = $1`, [roadmapId]);
    return roadmap ? (await this.analysis.graph(ability, roadmap.productGroupId, requestKey)).graph : null;
  }

  /** The roadmap's product group as every participant sees it (the common view). */
  private commonGraph(roadmapId: string, requestKey?: object): Promise<ChainGraph | null> {
    return this.graphOf(commonViewAbility(roadmapId), roadmapId, requestKey);
  }

  /** The evidence snapshot, in the common view; null when the dependency is not in it or has no score. */
  private async evidenceOf(roadmapId: string, key: string): Promise<RiskEvidenceSnapshot | null> {
    const graph = await this.commonGraph(roadmapId);
    const found = graph ? this.analysis.dependencyIn(graph, key) : null;
    if (!graph || !found || found.score.value === null) return null;
    const platform = graph.items[graph.itemIndex.get(found.platformId)!]!;
    return {
      score: found.score.value,
      factors: Object.fromEntries(found.score.factors.filter((x) => x.available).map((x) => [x.key, x.contribution])),
      targetName: found.target.name,
      kind: found.kind,
      platformName: platform.name,
      computedAt: new Date().toISOString(),
    };
  }

  /** The interventions the viewer may read that address each of the risks. */
  private async interventionsOf(ability: AppAbility, riskIds: string[]): Promise<Map<string, InterventionSummaryModel[]>> {
    const byRisk = new Map<string, InterventionSummaryModel[]>();
    if (riskIds.length === 0) return byRisk;
    const f = accessibleWhere(ability, 'read', 'Intervention', 'i');
    const rows = await queryNamed<InterventionSummaryModel & { riskId: string }>(
      this.ds,
      `SELECT ir.risk_id AS "riskId", i.id, i.title, i.status
       FROM intervention_risk ir JOIN intervention i ON i.id = ir.intervention_id
       WHERE (${f.sql}) AND ir.risk_id = ANY(CAST(:riskIds AS uuid[]))
       ORDER BY i.created_at, i.id`,
      { ...f.params, riskIds },
    );
    for (const { riskId, ...summary } of rows) byRisk.set(riskId, [...(byRisk.get(riskId) ?? []), summary as InterventionSummaryModel]);
    return byRisk;
  }
}

/** A dependency key as the analysis gives it: `<platform id>|<MATERIAL, COUNTRY or ITEM>|<target id>`. */
function parseDependencyKey(key: string): string {
  const [rootId, kind, targetId, ...rest] = key.trim().split('|');
  if (!rootId || !isUuid(rootId) || !targetId || rest.length > 0 || (kind !== 'MATERIAL' && kind !== 'COUNTRY' && kind !== 'ITEM')) {
    throw badInput('dependencyKey', 'A dependency key is "<item id>|<MATERIAL, COUNTRY or ITEM>|<material id, country code or item id>"');
  }
  return `${rootId.toLowerCase()}|${kind}|${kind === 'COUNTRY' ? targetId : targetId.toLowerCase()}`;
}

function changedFields(before: RiskModel, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    const from = (before as unknown as Record<string, unknown>)[field];
    if (from !== to) changes[field] = { from, to };
  }
  return changes;
}

function toEvidenceModel(e: RiskEvidenceSnapshot | null): RiskEvidenceModel | null {
  if (!e) return null;
  return {
    score: e.score,
    factors: Object.entries(e.factors).map(([name, value]) => ({ name, value })),
    targetName: e.targetName,
    kind: e.kind as DependencyKindValue,
    platformName: e.platformName,
    computedAt: new Date(e.computedAt),
  };
}

function toModel(ability: AppAbility, r: RiskRow, interventions: InterventionSummaryModel[]): RiskModel {
  const rule = { roadmapId: r.roadmapId, ownerOrgId: r.ownerOrgId };
  return {
    id: r.id,
    roadmapId: r.roadmapId,
    title: r.title,
    rationale: r.rationale,
    likelihood: r.likelihood,
    impact: r.impact,
    level: riskLevel(r.likelihood, r.impact),
    status: r.status,
    ownerOrgId: r.ownerOrgId,
    reviewDate: r.reviewDate,
    monitoringIndicator: r.monitoringIndicator,
    dependencyKey: r.dependencyKey,
    materialId: r.materialId,
    evidence: toEvidenceModel(r.evidence),
    interventions,
    createdBy: r.createdByOrgId ? { name: r.createdByName, organisationId: r.createdByOrgId, organisationName: r.createdByOrgName } : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    canUpdate: ability.can('update', subject('Risk', rule)),
    canDelete: ability.can('delete', subject('Risk', rule)),
  };
}

