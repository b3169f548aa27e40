import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import {
  accessibleWhere,
  type Instrument,
  type InterventionStatus,
  type InterventionType,
  type OrganisationKind,
  type TimeHorizon,
  type Visibility,
} from '@routekaart/db';
import {
  acceptsProgress,
  allowedTransitions,
  assertTransition,
  badInput,
  cleanDate,
  cleanOptionalText,
  cleanProgress,
  cleanScore,
  cleanText,
  cleanTitle,
  DomainError,
  forbidden,
  isAgreed,
  isOverdue,
  LONG_TEXT_MAX,
  quadrant,
  requireText,
  SHORT_TEXT_MAX,
  type FlowPowers,
} from '@routekaart/domain';
import { recordActivity, type ActivityInput } from '../activity/activity';
import { ActivityEvents } from '../activity/activity.events';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../common/actor';
import { todayUtc } from '../common/dates';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import type { RiskModel } from '../risks/risk.models';
import { RiskService } from '../risks/risk.service';
import type {
  AgreementModel,
  InterventionEventModel,
  InterventionFilterInput,
  InterventionModel,
  ProposeInterventionInput,
  UpdateInterventionInput,
} from './intervention.models';

/** An intervention row as the queries below select it (details included: `toModel` decides who sees them). */
export interface InterventionRow {
  id: string;
  roadmapId: string;
  title: string;
  description: string;
  type: InterventionType;
  instrument: Instrument;
  impact: number;
  effort: number;
  horizon: TimeHorizon;
  proposedByName: string | null;
  proposedByOrgId: string;
  proposedByOrgName: string | null;
  ownerOrgId: string | null;
  ownerOrgName: string | null;
  ownerKind: OrganisationKind | null;
  status: InterventionStatus;
  statusReason: string | null;
  progressPct: number;
  dueDate: string | null;
  deliverable: string | null;
  details: string | null;
  detailsVisibility: Visibility;
  detailsOrgId: string | null;
  riskIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

interface EventRow {
  id: string;
  interventionId: string;
  kind: string;
  fromStatus: InterventionStatus | null;
  toStatus: InterventionStatus | null;
  reason: string | null;
  note: string | null;
  progressPct: number | null;
  actorName: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
  at: Date;
}

/** Which interventions to load (all conditions AND-ed); always through the reader's rules. */
export interface InterventionQuery {
  roadmapId?: string;
  ids?: readonly string[];
  filter?: InterventionFilterInput | null;
}

const COLUMNS = `
  i.id, i.roadmap_id AS "roadmapId", i.title, i.description, i.type, i.instrument, i.impact, i.effort, i.horizon,
  pu.name AS "proposedByName", i.proposed_by_org_id AS "proposedByOrgId", po.name AS "proposedByOrgName",
  i.owner_org_id AS "ownerOrgId", oo.name AS "ownerOrgName", i.owner_kind AS "ownerKind", i.status, i.status_reason AS "statusReason",
  i.progress_pct AS "progressPct", to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate", i.deliverable,
  i.details, i.details_visibility AS "detailsVisibility", i.details_org_id AS "detailsOrgId",
  ARRAY(SELECT ir.risk_id FROM intervention_risk ir WHERE ir.intervention_id = i.id ORDER BY ir.risk_id) AS "riskIds",
  i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

const FROM = `
  FROM intervention i
  LEFT JOIN app_user pu ON pu.id = i.proposed_by
  LEFT JOIN organisation po ON po.id = i.proposed_by_org_id
  LEFT JOIN organisation oo ON oo.id = i.owner_org_id`;

/** What the agreements list and its export show: agreed, being carried out, or done. */
const AGREED_STATUSES: InterventionStatus[] = ['AGREED', 'IN_PROGRESS', 'DONE'];

/**
 * Interventions of a roadmap: proposed by its co-editors, decided by its government leads, carried
 * out by the owning organisation; their status flow (libs/domain intervention-flow), history and
 * agreement. Every write is audited and put in the activity feed in its transaction and announced
 * after the commit, except a change of the confidential details alone, which every participant
 * would otherwise learn of from the feed.
 */
@Injectable()
export class InterventionService {
  private readonly histories = new WeakMap<object, DataLoader<string, InterventionEventModel[]>>();
  private readonly risksById = new WeakMap<object, DataLoader<string, RiskModel | null>>();

  constructor(
    private readonly ds: DataSource,
    private readonly riskService: RiskService,
    private readonly activity: ActivityEvents,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  /** A roadmap's interventions, oldest first; NOT_FOUND (on `roadmapId`) unless the viewer may read them. */
  interventions(actor: Actor, ability: AppAbility, roadmapId: string, filter?: InterventionFilterInput | null): Promise<InterventionModel[]> {
    this.assertReadableRoadmap(ability, roadmapId);
    return this.find(actor, ability, { roadmapId, filter });
  }

  /** One intervention; NOT_FOUND (on `interventionId`) when it does not exist or the viewer may not read it. */
  async intervention(actor: Actor, ability: AppAbility, id: string): Promise<InterventionModel> {
    return toModel(actor, ability, await this.readable(ability, id));
  }

  /** Interventions the viewer may read. */
  async find(actor: Actor, ability: AppAbility, query: InterventionQuery): Promise<InterventionModel[]> {
    return (await this.rows(ability, query)).map((r) => toModel(actor, ability, r));
  }

  /** The agreements of a roadmap: its agreed, ongoing and done interventions, by due date (none last). */
  async agreements(actor: Actor, ability: AppAbility, roadmapId: string): Promise<AgreementModel[]> {
    this.assertReadableRoadmap(ability, roadmapId);
    const rows = await this.rows(ability, { roadmapId, filter: { statuses: AGREED_STATUSES } });
    return sortAgreements(rows).map((r) => toAgreement(toModel(actor, ability, r)));
  }

  /** Fails with NOT_FOUND (on `roadmapId`) unless the viewer may read the roadmap's interventions. */
  assertReadableRoadmap(ability: AppAbility, roadmapId: string): void {
    if (!isUuid(roadmapId) || !ability.can('read', subject('Intervention', { roadmapId }))) {
      throw new DomainError('NOT_FOUND', 'roadmap not found', 'roadmapId');
    }
  }

  /** The history of an intervention the viewer already read, oldest first; one query per request for all of them. */
  history(requestKey: object, interventionId: string): Promise<InterventionEventModel[]> {
    let loader = this.histories.get(requestKey);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.ds.query<EventRow[]>(
          `SELECT e.uid::text AS id, e.intervention_id AS "interventionId", e.kind, e.from_status AS "fromStatus", e.to_status AS "toStatus",
                  e.reason, e.note, e.progress_pct AS "progressPct", u.name AS "actorName", e.actor_org_id AS "actorOrgId",
                  o.name AS "actorOrgName", e.at
           FROM intervention_event e
           LEFT JOIN app_user u ON u.id = e.actor_user_id
           LEFT JOIN organisation o ON o.id = e.actor_org_id
           WHERE e.intervention_id = ANY($1::uuid[]) ORDER BY e.id`,
          [ids],
        );
        return ids.map((id) => rows.filter((r) => r.interventionId === id).map(toEventModel));
      });
      this.histories.set(requestKey, loader);
    }
    return loader.load(interventionId);
  }

  /** The risks an intervention addresses, as the viewer reads them; one query per request for all of them. */
  async risksOf(requestKey: object, ability: AppAbility, riskIds: readonly string[]): Promise<RiskModel[]> {
    let loader = this.risksById.get(requestKey);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const risks = await this.riskService.find(ability, { ids });
        return ids.map((id) => risks.find((r) => r.id === id) ?? null);
      });
      this.risksById.set(requestKey, loader);
    }
    const risks = await loader.loadMany(riskIds);
    return risks.filter((r): r is RiskModel => r !== null && !(r instanceof Error));
  }

  // ---- writes -----------------------------------------------------------------------------------

  /** Proposes an intervention (co-editors of the roadmap). */
  async propose(actor: Actor, ability: AppAbility, input: ProposeInterventionInput): Promise<InterventionModel> {
    this.assertReadableRoadmap(ability, input.roadmapId);
    const roadmapId = input.roadmapId.toLowerCase();
    if (!ability.can('create', subject('Intervention', { roadmapId }))) throw forbidden('Only co-editors of the roadmap may propose interventions');
    const title = cleanTitle(input.title, 'title');
    const description = cleanText(input.description, LONG_TEXT_MAX, 'description');
    const impact = cleanScore(input.impact, 'impact');
    const effort = cleanScore(input.effort, 'effort');
    const details = cleanOptionalText(input.details, LONG_TEXT_MAX, 'details');
    const riskIds = await this.risksOfRoadmap(roadmapId, input.riskIds ?? []);
    const owner = await this.ownerOf(roadmapId, input.ownerOrgId, input.ownerKind);
    const v = {
      roadmapId,
      title,
      description,
      type: input.type,
      instrument: input.instrument ?? 'NONE',
      impact,
      effort,
      horizon: input.horizon,
      ...owner,
      riskIds,
      details,
      detailsVisibility: input.detailsVisibility ?? 'ROADMAP',
    };
    const { id, entry } = await this.ds.transaction(async (em) => {
      const [row] = (await em.query(
        `INSERT INTO intervention (roadmap_id, title, description, type, instrument, impact, effort, horizon, proposed_by, proposed_by_org_id,
                                   owner_org_id, owner_kind, details, details_visibility, details_org_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          roadmapId,
          title,
          description,
          v.type,
          v.instrument,
          impact,
          effort,
          v.horizon,
          actor.userId,
          actor.organisationId,
          v.ownerOrgId,
          v.ownerKind,
          details,
          v.detailsVisibility,
          details === null ? null : actor.organisationId,
        ],
      )) as { id: string }[];
      const interventionId = row!.id;
      await linkRisks(em, interventionId, riskIds);
      await insertEvent(em, actor, interventionId, { kind: 'STATUS', fromStatus: null, toStatus: 'PROPOSED' });
      await recordAudit(em, actor, 'intervention.propose', 'Intervention', interventionId, { ...v });
      const activityEntry = await recordActivity(em, actor, {
        roadmapId,
        kind: 'INTERVENTION_PROPOSED',
        subject: 'INTERVENTION',
        subjectId: interventionId,
        title,
        to: 'PROPOSED',
      });
      return { id: interventionId, entry: activityEntry };
    });
    this.activity.publish(entry);
    return this.intervention(actor, ability, id);
  }

  /** Changes an intervention (a roadmap lead, or the owning organisation as co-editor); only the fields given. */
  async update(actor: Actor, ability: AppAbility, id: string, input: UpdateInterventionInput): Promise<InterventionModel> {
    const row = await this.readable(ability, id);
    if (!ability.can('update', subject('Intervention', { roadmapId: row.roadmapId, ownerOrgId: row.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead or the owning organisation may change this intervention');
    }
    const ownerChange = input.ownerOrgId !== undefined || input.ownerKind !== undefined;
    const owner = ownerChange
      ? await this.ownerOf(
          row.roadmapId,
          input.ownerOrgId !== undefined ? input.ownerOrgId : row.ownerOrgId,
          input.ownerKind !== undefined ? input.ownerKind : row.ownerKind,
        )
      : { ownerOrgId: row.ownerOrgId, ownerKind: row.ownerKind };
    // Checked again as it would be after the change: an owner may not hand it to another organisation.
    if (!ability.can('update', subject('Intervention', { roadmapId: row.roadmapId, ownerOrgId: owner.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead may hand an intervention to another organisation');
    }
    const next = {
      title: input.title != null ? cleanTitle(input.title, 'title') : row.title,
      description: input.description !== undefined ? cleanText(input.description, LONG_TEXT_MAX, 'description') : row.description,
      type: input.type ?? row.type,
      instrument: input.instrument ?? row.instrument,
      impact: input.impact != null ? cleanScore(input.impact, 'impact') : row.impact,
      effort: input.effort != null ? cleanScore(input.effort, 'effort') : row.effort,
      horizon: input.horizon ?? row.horizon,
      ownerOrgId: owner.ownerOrgId,
      ownerKind: owner.ownerKind,
    };
    const riskIds = input.riskIds != null ? await this.risksOfRoadmap(row.roadmapId, input.riskIds) : row.riskIds;
    const detailsGiven = input.details !== undefined || input.detailsVisibility != null;
    const details = detailsGiven ? this.detailsChange(actor, ability, row, input.details, input.detailsVisibility) : null;

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, to] of Object.entries(next)) {
      const from = (row as unknown as Record<string, unknown>)[field];
      if (from !== to) changes[field] = { from, to };
    }
    const risksChanged = riskIds.join(',') !== [...row.riskIds].sort().join(',');
    if (risksChanged) changes.riskIds = { from: row.riskIds, to: riskIds };
    const visibleChange = Object.keys(changes).length > 0;
    if (!visibleChange && !details) return toModel(actor, ability, row);

    const entry = await this.ds.transaction(async (em) => {
      if (visibleChange) {
        await em.query(
          `UPDATE intervention SET title = $2, description = $3, type = $4, instrument = $5, impact = $6, effort = $7, horizon = $8,
                  owner_org_id = $9, owner_kind = $10, updated_at = now() WHERE id = $1`,
          [row.id, next.title, next.description, next.type, next.instrument, next.impact, next.effort, next.horizon, next.ownerOrgId, next.ownerKind],
        );
        if (risksChanged) {
          await em.query(`DELETE FROM intervention_risk WHERE intervention_id = $1`, [row.id]);
          await linkRisks(em, row.id, riskIds);
        }
        await recordAudit(em, actor, 'intervention.update', 'Intervention', row.id, { roadmapId: row.roadmapId, changes });
      }
      if (details) await writeDetails(em, actor, row, details);
      return visibleChange
        ? recordActivity(em, actor, { roadmapId: row.roadmapId, kind: 'INTERVENTION_UPDATED', subject: 'INTERVENTION', subjectId: row.id, title: next.title })
        : null;
    });
    if (entry) this.activity.publish(entry);
    return this.intervention(actor, ability, row.id);
  }

  /**
   * Writes the confidential details and who reads them. Only the organisation the intervention is
   * with may (its owner, or while it has none, its proposer), as a co-editor: decided on what every
   * reader sees, so the answer never depends on details the writer may not read. The details then
   * belong to the writer's organisation.
   */
  async setDetails(actor: Actor, ability: AppAbility, id: string, details: string | null | undefined, visibility: Visibility): Promise<InterventionModel> {
    const row = await this.readable(ability, id);
    const change = this.detailsChange(actor, ability, row, details ?? null, visibility);
    await this.ds.transaction((em) => writeDetails(em, actor, row, change));
    return this.intervention(actor, ability, row.id);
  }

  /** Moves an intervention along its status flow; the flow says who may take which step. */
  async setStatus(actor: Actor, ability: AppAbility, id: string, to: InterventionStatus, reason: string | null | undefined): Promise<InterventionModel> {
    const row = await this.readable(ability, id);
    const cleanReason = cleanOptionalText(reason, SHORT_TEXT_MAX, 'reason');
    assertTransition(row.status, to, powersOf(actor, ability, row), cleanReason);
    const entry = await this.ds.transaction(async (em) => {
      const [updated] = (await em.query(
        `UPDATE intervention SET status = $3, status_reason = $4, updated_at = now() WHERE id = $1 AND status = $2 RETURNING id`,
        [row.id, row.status, to, cleanReason],
      )) as [{ id: string }[], number];
      // Someone else moved it in the meantime: the step asked for may no longer be one.
      if (updated.length === 0) throw new DomainError('CONFLICT', `the status is no longer ${row.status}; reload and try again`, 'status');
      await insertEvent(em, actor, row.id, { kind: 'STATUS', fromStatus: row.status, toStatus: to, reason: cleanReason });
      await recordAudit(em, actor, 'intervention.status', 'Intervention', row.id, { roadmapId: row.roadmapId, from: row.status, to, reason: cleanReason });
      return recordActivity(em, actor, {
        roadmapId: row.roadmapId,
        kind: 'INTERVENTION_STATUS_CHANGED',
        subject: 'INTERVENTION',
        subjectId: row.id,
        title: row.title,
        from: row.status,
        to,
        note: cleanReason,
      });
    });
    this.activity.publish(entry);
    return this.intervention(actor, ability, row.id);
  }

  /** Reports progress (a note and a percentage) while agreed or in progress: the owning organisation or a lead. */
  async reportProgress(actor: Actor, ability: AppAbility, id: string, progressPct: number, note: string): Promise<InterventionModel> {
    const row = await this.readable(ability, id);
    if (!ability.can('update', subject('Intervention', { roadmapId: row.roadmapId, ownerOrgId: row.ownerOrgId }))) {
      throw forbidden('Only the owning organisation or a roadmap lead may report progress');
    }
    if (!acceptsProgress(row.status)) throw new DomainError('CONFLICT', 'progress is reported only while agreed or in progress', 'status');
    const pct = cleanProgress(progressPct, 'progressPct');
    const cleanNote = requireText(note, 'note', 'Write what was done');
    const entry = await this.ds.transaction(async (em) => {
      await em.query(`UPDATE intervention SET progress_pct = $2, updated_at = now() WHERE id = $1`, [row.id, pct]);
      await insertEvent(em, actor, row.id, { kind: 'PROGRESS', note: cleanNote, progressPct: pct });
      await recordAudit(em, actor, 'intervention.progress', 'Intervention', row.id, { roadmapId: row.roadmapId, from: row.progressPct, to: pct, note: cleanNote });
      return recordActivity(em, actor, {
        roadmapId: row.roadmapId,
        kind: 'INTERVENTION_PROGRESS',
        subject: 'INTERVENTION',
        subjectId: row.id,
        title: row.title,
        from: String(row.progressPct),
        to: String(pct),
        note: cleanNote,
      });
    });
    this.activity.publish(entry);
    return this.intervention(actor, ability, row.id);
  }

  /**
   * Sets the terms of an agreement (a government lead of the roadmap): the responsible
   * organisation (the owner), the due date and the deliverable; arguments left out stay, null
   * clears. Only on an agreed, ongoing or done intervention.
   */
  async setAgreement(
    actor: Actor,
    ability: AppAbility,
    id: string,
    terms: { responsibleOrgId?: string | null; dueDate?: string | null; deliverable?: string | null },
  ): Promise<AgreementModel> {
    const row = await this.readable(ability, id);
    if (!ability.can('decide', subject('Intervention', { roadmapId: row.roadmapId, ownerOrgId: row.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead who decides on interventions may set an agreement');
    }
    if (!isAgreed(row.status)) throw new DomainError('CONFLICT', 'only an agreed intervention has an agreement', 'status');
    const next = {
      ownerOrgId:
        terms.responsibleOrgId !== undefined ? (await this.ownerOf(row.roadmapId, terms.responsibleOrgId, row.ownerKind, 'responsibleOrgId')).ownerOrgId : row.ownerOrgId,
      dueDate: terms.dueDate !== undefined ? cleanDate(terms.dueDate, 'dueDate') : row.dueDate,
      deliverable: terms.deliverable !== undefined ? cleanOptionalText(terms.deliverable, SHORT_TEXT_MAX, 'deliverable') : row.deliverable,
    };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (next.ownerOrgId !== row.ownerOrgId) changes.responsibleOrgId = { from: row.ownerOrgId, to: next.ownerOrgId };
    if (next.dueDate !== row.dueDate) changes.dueDate = { from: row.dueDate, to: next.dueDate };
    if (next.deliverable !== row.deliverable) changes.deliverable = { from: row.deliverable, to: next.deliverable };
    if (Object.keys(changes).length > 0) {
      const ownerKind = next.ownerOrgId ? (await this.ownerOf(row.roadmapId, next.ownerOrgId, null)).ownerKind : row.ownerKind;
      const entry = await this.ds.transaction(async (em) => {
        await em.query(`UPDATE intervention SET owner_org_id = $2, owner_kind = $3, due_date = $4, deliverable = $5, updated_at = now() WHERE id = $1`, [
          row.id,
          next.ownerOrgId,
          ownerKind,
          next.dueDate,
          next.deliverable,
        ]);
        await recordAudit(em, actor, 'intervention.agreement', 'Intervention', row.id, { roadmapId: row.roadmapId, changes });
        return recordActivity(em, actor, {
          roadmapId: row.roadmapId,
          kind: 'AGREEMENT_UPDATED',
          subject: 'INTERVENTION',
          subjectId: row.id,
          title: row.title,
          from: changes.dueDate ? (row.dueDate ?? null) : null,
          to: changes.dueDate ? next.dueDate : null,
        });
      });
      this.activity.publish(entry);
    }
    return toAgreement(await this.intervention(actor, ability, row.id));
  }

  /** Deletes an intervention with its history (roadmap leads); the feed keeps that it went. */
  async delete(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    const row = await this.readable(ability, id);
    if (!ability.can('delete', subject('Intervention', { roadmapId: row.roadmapId, ownerOrgId: row.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead may delete an intervention');
    }
    const entry = await this.ds.transaction(async (em) => {
      await em.query(`DELETE FROM intervention WHERE id = $1`, [row.id]);
      await recordAudit(em, actor, 'intervention.delete', 'Intervention', row.id, {
        roadmapId: row.roadmapId,
        title: row.title,
        type: row.type,
        status: row.status,
        ownerOrgId: row.ownerOrgId,
        riskIds: row.riskIds,
      });
      // The feed has no kind of its own for a deletion: an update whose new value is DELETED.
      const deleted: ActivityInput = {
        roadmapId: row.roadmapId,
        kind: 'INTERVENTION_UPDATED',
        subject: 'INTERVENTION',
        subjectId: row.id,
        title: row.title,
        from: row.status,
        to: 'DELETED',
      };
      return recordActivity(em, actor, deleted);
    });
    this.activity.publish(entry);
    return true;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The agreements rows for the export (same reads as `agreements`). */
  async agreementRows(ability: AppAbility, roadmapId: string, em?: EntityManager): Promise<InterventionRow[]> {
    this.assertReadableRoadmap(ability, roadmapId);
    return sortAgreements(await this.rows(ability, { roadmapId, filter: { statuses: AGREED_STATUSES } }, em));
  }

  private async readable(ability: AppAbility, id: string): Promise<InterventionRow> {
    const [row] = isUuid(id) ? await this.rows(ability, { ids: [id] }) : [];
    if (!row) throw new DomainError('NOT_FOUND', 'intervention not found', 'interventionId');
    return row;
  }

  private async rows(ability: AppAbility, query: InterventionQuery, em?: EntityManager): Promise<InterventionRow[]> {
    if (query.ids && query.ids.length === 0) return [];
    const f = accessibleWhere(ability, 'read', 'Intervention', 'i');
    const filter = query.filter ?? {};
    const orNoId = (id: string | null | undefined) => (id == null ? null : isUuid(id) ? id : '00000000-0000-0000-0000-000000000000');
    return queryNamed<InterventionRow>(
      em ?? this.ds,
      `SELECT ${COLUMNS} ${FROM}
       WHERE (${f.sql})
         AND (CAST(:roadmapId AS uuid) IS NULL OR i.roadmap_id = CAST(:roadmapId AS uuid))
         AND (CAST(:ids AS uuid[]) IS NULL OR i.id = ANY(CAST(:ids AS uuid[])))
         AND (CAST(:types AS text[]) IS NULL OR i.type = ANY(CAST(:types AS text[])))
         AND (CAST(:statuses AS text[]) IS NULL OR i.status = ANY(CAST(:statuses AS text[])))
         AND (CAST(:ownerOrgId AS uuid) IS NULL OR i.owner_org_id = CAST(:ownerOrgId AS uuid))
         AND (CAST(:riskId AS uuid) IS NULL OR EXISTS (
               SELECT 1 FROM intervention_risk fr WHERE fr.intervention_id = i.id AND fr.risk_id = CAST(:riskId AS uuid)))
         AND (CAST(:materialId AS uuid) IS NULL OR EXISTS (
               SELECT 1 FROM intervention_risk fr JOIN risk fk ON fk.id = fr.risk_id
               WHERE fr.intervention_id = i.id AND fk.material_id = CAST(:materialId AS uuid)))
       ORDER BY i.created_at, i.id`,
      {
        ...f.params,
        roadmapId: query.roadmapId ?? null,
        ids: query.ids ? query.ids.filter(isUuid) : null,
        types: filter.types?.length ? filter.types : null,
        statuses: filter.statuses?.length ? filter.statuses : null,
        ownerOrgId: orNoId(filter.ownerOrgId),
        riskId: orNoId(filter.riskId),
        materialId: orNoId(filter.materialId),
      },
    );
  }

  /**
   * Who takes it up: an organisation taking part in the roadmap (its kind goes with it), or only a
   * kind of party; BAD_USER_INPUT on `field` for an organisation that does not take part.
   */
  private async ownerOf(
    roadmapId: string,
    organisationId: string | null | undefined,
    kind: OrganisationKind | null | undefined,
    field = 'ownerOrgId',
  ): Promise<{ ownerOrgId: string | null; ownerKind: OrganisationKind | null }> {
    if (organisationId == null || organisationId === '') return { ownerOrgId: null, ownerKind: kind ?? null };
    const [row] = isUuid(organisationId)
      ? await this.ds.query<{ id: string; kind: OrganisationKind }[]>(
          `SELECT o.id, o.kind FROM participant p JOIN organisation o ON o.id = p.organisation_id WHERE p.roadmap_id = $1 AND p.organisation_id = $2`,
          [roadmapId, organisationId],
        )
      : [];
    if (!row) throw badInput(field, 'Choose an organisation that takes part in the roadmap');
    return { ownerOrgId: row.id, ownerKind: row.kind };
  }

  /** Risk ids of the roadmap, sorted and without duplicates; BAD_USER_INPUT on `riskIds` for any other. */
  private async risksOfRoadmap(roadmapId: string, riskIds: readonly string[]): Promise<string[]> {
    const ids = [...new Set(riskIds.map((id) => id.toLowerCase()))].sort();
    if (ids.length === 0) return [];
    if (ids.length > 100 || !ids.every(isUuid)) throw badInput('riskIds', 'Choose risks of this roadmap');
    const rows = await this.ds.query<{ id: string }[]>(`SELECT id FROM risk WHERE roadmap_id = $1 AND id = ANY($2::uuid[])`, [roadmapId, ids]);
    if (rows.length !== ids.length) throw badInput('riskIds', 'Choose risks of this roadmap');
    return ids;
  }

  /** The checked change of the details; FORBIDDEN unless the actor's organisation may write them. */
  private detailsChange(
    actor: Actor,
    ability: AppAbility,
    row: InterventionRow,
    details: string | null | undefined,
    visibility: Visibility | null | undefined,
  ): DetailsChange {
    const holder = row.ownerOrgId ?? row.proposedByOrgId;
    if (holder !== actor.organisationId || !ability.can('create', subject('Intervention', { roadmapId: row.roadmapId }))) {
      throw forbidden('Only the organisation that takes up the intervention (or proposed it, while no one does) may write its details');
    }
    // Details left out keep the writer's own; another organisation's earlier details are not its to keep.
    const own = row.detailsOrgId === actor.organisationId ? row.details : null;
    return {
      details: details !== undefined ? cleanOptionalText(details, LONG_TEXT_MAX, 'details') : own,
      visibility: visibility ?? (row.detailsOrgId === actor.organisationId ? row.detailsVisibility : 'ROADMAP'),
    };
  }
}

interface DetailsChange {
  details: string | null;
  visibility: Visibility;
}

/**
 * Writes the details in the caller's transaction: audited (the audit log is read by the writer's
 * organisation only), but neither in the feed nor in `updated_at`, which every participant reads.
 */
async function writeDetails(em: EntityManager, actor: Actor, row: InterventionRow, change: DetailsChange): Promise<void> {
  await em.query(`UPDATE intervention SET details = $2, details_visibility = $3, details_org_id = $4 WHERE id = $1`, [
    row.id,
    change.details,
    change.visibility,
    change.details === null ? null : actor.organisationId,
  ]);
  await recordAudit(em, actor, 'intervention.details', 'Intervention', row.id, {
    roadmapId: row.roadmapId,
    details: change.details,
    visibility: change.visibility,
  });
}

async function linkRisks(em: EntityManager, interventionId: string, riskIds: readonly string[]): Promise<void> {
  if (riskIds.length === 0) return;
  await em.query(`INSERT INTO intervention_risk (intervention_id, risk_id) SELECT $1, unnest($2::uuid[])`, [interventionId, riskIds]);
}

async function insertEvent(
  em: EntityManager,
  actor: Actor,
  interventionId: string,
  e: { kind: 'STATUS' | 'PROGRESS'; fromStatus?: InterventionStatus | null; toStatus?: InterventionStatus | null; reason?: string | null; note?: string | null; progressPct?: number | null },
): Promise<void> {
  await em.query(
    `INSERT INTO intervention_event (intervention_id, kind, from_status, to_status, reason, note, progress_pct, actor_user_id, actor_org_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [interventionId, e.kind, e.fromStatus ?? null, e.toStatus ?? null, e.reason ?? null, e.note ?? null, e.progressPct ?? null, actor.userId, actor.organisationId],
  );
}

/** What the actor may do in the status flow of one intervention. */
function powersOf(actor: Actor, ability: AppAbility, row: InterventionRow): FlowPowers {
  const rule = { roadmapId: row.roadmapId, ownerOrgId: row.ownerOrgId };
  return {
    decide: ability.can('decide', subject('Intervention', rule)),
    update: ability.can('update', subject('Intervention', rule)),
    proposer: row.proposedByOrgId === actor.organisationId && ability.can('create', subject('Intervention', { roadmapId: row.roadmapId })),
  };
}

/** Whether the viewer may read the details: by their organisation and visibility (`InterventionDetail`). */
function detailsReadable(ability: AppAbility, row: InterventionRow): boolean {
  if (row.details === null || row.detailsOrgId === null) return false;
  return ability.can(
    'read',
    subject('InterventionDetail', {
      interventionId: row.id,
      roadmapId: row.roadmapId,
      ownerOrgId: row.detailsOrgId,
      visibility: row.detailsVisibility,
      sharedWith: [],
      roadmapIds: [row.roadmapId],
    }),
  );
}

export function toModel(actor: Actor, ability: AppAbility, r: InterventionRow): InterventionModel {
  const powers = powersOf(actor, ability, r);
  // Unreadable details look exactly like none: no text and no visibility.
  const showDetails = detailsReadable(ability, r);
  return {
    id: r.id,
    roadmapId: r.roadmapId,
    title: r.title,
    description: r.description,
    type: r.type,
    instrument: r.instrument,
    impact: r.impact,
    effort: r.effort,
    quadrant: quadrant(r.impact, r.effort),
    horizon: r.horizon,
    proposedBy: { name: r.proposedByName, organisationId: r.proposedByOrgId, organisationName: r.proposedByOrgName },
    ownerOrgId: r.ownerOrgId,
    ownerKind: r.ownerKind,
    status: r.status,
    statusReason: r.statusReason,
    progressPct: r.progressPct,
    dueDate: r.dueDate,
    deliverable: r.deliverable,
    details: showDetails ? r.details : null,
    detailsVisibility: showDetails ? r.detailsVisibility : null,
    riskIds: r.riskIds,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    canUpdate: powers.update,
    canDecide: powers.decide,
    allowedTransitions: allowedTransitions(r.status, powers),
  };
}

function toAgreement(i: InterventionModel): AgreementModel {
  return {
    intervention: i,
    responsibleOrgId: i.ownerOrgId,
    dueDate: i.dueDate,
    deliverable: i.deliverable,
    status: i.status,
    overdue: isOverdue(i.dueDate, i.status, todayUtc()),
  };
}

/** By due date, those without one last, then oldest first. */
function sortAgreements(rows: InterventionRow[]): InterventionRow[] {
  return [...rows].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

function toEventModel(e: EventRow): InterventionEventModel {
  return {
    id: e.id,
    kind: e.kind,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    reason: e.reason,
    note: e.note,
    progressPct: e.progressPct,
    actor: { name: e.actorName, organisationId: e.actorOrgId, organisationName: e.actorOrgName },
    at: e.at,
  };
}

