import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import { redactFields, type AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import {
  DomainError,
  forbidden,
  isCurrentSupplier,
  matchProfile,
  rankCandidates,
  validateDemand,
  validateResponse,
  type Capability,
  type Certification,
  type Clearance,
  type DemandCriteria,
  type ProfileView,
} from '@routekaart/domain';
import { recordAudit } from '../audit/audit';
import { readableItem, supplyLinkColumns, toSupplyLinkRow } from '../chain/chain.queries';
import type { Actor } from '../common/actor';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import type {
  CapacityDemandInput,
  CapacityDemandModel,
  DemandFitModel,
  DemandResponseInput,
  DemandResponseModel,
  SupplierCandidateModel,
  SupplierProfileModel,
} from './supplier.models';
import { SupplierService, type ProfileLens, type ProfileRow } from './supplier.service';

interface DemandRow {
  id: string;
  ownerOrgId: string;
  title: string;
  description: string;
  itemId: string | null;
  capabilities: Capability[];
  quantity: number;
  hoursPerMonth: number | null;
  windowStart: string;
  windowEnd: string;
  requiredCertifications: Certification[];
  requiredClearance: Clearance;
  roadmapId: string | null;
  interventionId: string | null;
  createdAt: Date;
}

interface ResponseRow {
  id: string;
  demandId: string;
  organisationId: string;
  profileId: string;
  hoursPerMonth: number;
  availableFrom: string;
  message: string;
  createdAt: Date;
}

const DEMAND_COLUMNS = `
  d.id, d.owner_org_id AS "ownerOrgId", d.title, d.description, d.item_id AS "itemId", d.capabilities, d.quantity, d.hours_per_month AS "hoursPerMonth",
  to_char(d.window_start, 'YYYY-MM-DD') AS "windowStart", to_char(d.window_end, 'YYYY-MM-DD') AS "windowEnd",
  d.required_certifications AS "requiredCertifications", d.required_clearance AS "requiredClearance", d.roadmap_id AS "roadmapId",
  d.intervention_id AS "interventionId", d.created_at AS "createdAt"`;

const RESPONSE_COLUMNS = `
  r.id, r.demand_id AS "demandId", r.organisation_id AS "organisationId", r.profile_id AS "profileId", r.hours_per_month AS "hoursPerMonth",
  to_char(r.available_from, 'YYYY-MM-DD') AS "availableFrom", r.message, r.created_at AS "createdAt"`;

const criteriaOf = (d: DemandRow): DemandCriteria => ({
  capabilities: d.capabilities,
  requiredCertifications: d.requiredCertifications,
  requiredClearance: d.requiredClearance,
  hoursPerMonth: d.hoursPerMonth,
  windowStart: d.windowStart,
});

/**
 * Defence's capacity demand, companies' responses, the shortlist and the matchmaking (issue 19).
 * Demand is public to every platform user; a response is read by government and the responding
 * company only (DemandResponse rules); the shortlist and ranked candidates are government's. Every
 * ranking works on the profiles as the reader sees them (`ProfileLens`), and on the item's current
 * suppliers only as far as the reader sees who supplies it.
 */
@Injectable()
export class DemandService {
  constructor(
    private readonly ds: DataSource,
    private readonly suppliers: SupplierService,
  ) {}

  // ---- demand -------------------------------------------------------------------------------------

  async list(actor: Actor, ability: AppAbility): Promise<CapacityDemandModel[]> {
    const f = accessibleWhere(ability, 'read', 'CapacityDemand', 'd');
    const rows = await queryNamed<DemandRow>(this.ds, `SELECT ${DEMAND_COLUMNS} FROM capacity_demand d WHERE (${f.sql}) ORDER BY d.window_start, d.id`, f.params);
    return this.models(ability, rows);
  }

  async demand(ability: AppAbility, id: string): Promise<CapacityDemandModel> {
    const [model] = await this.models(ability, [await this.readableDemand(this.ds, ability, id, 'id')]);
    return model!;
  }

  async publish(actor: Actor, ability: AppAbility, input: CapacityDemandInput): Promise<CapacityDemandModel> {
    if (!ability.can('create', subject('CapacityDemand', { id: '', ownerOrgId: actor.organisationId }))) throw forbidden('Only government publishes capacity demand');
    const id = await this.ds.transaction(async (em) => {
      const v = await this.check(em, ability, input);
      const [row] = (await em.query(
        `INSERT INTO capacity_demand (owner_org_id, created_by, title, description, capabilities, quantity, hours_per_month, window_start, window_end,
                                      required_certifications, required_clearance, item_id, roadmap_id, intervention_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [actor.organisationId, actor.userId, ...v],
      )) as { id: string }[];
      await recordAudit(em, actor, 'capacityDemand.publish', 'CapacityDemand', row!.id, { title: input.title });
      return row!.id;
    });
    return this.demand(ability, id);
  }

  async update(actor: Actor, ability: AppAbility, id: string, input: CapacityDemandInput): Promise<CapacityDemandModel> {
    await this.ds.transaction(async (em) => {
      const row = await this.readableDemand(em, ability, id, 'id', true);
      if (!ability.can('update', subject('CapacityDemand', { id: row.id, ownerOrgId: row.ownerOrgId }))) throw forbidden('Only the publishing organisation changes a demand');
      const v = await this.check(em, ability, input);
      await em.query(
        `UPDATE capacity_demand SET title = $2, description = $3, capabilities = $4, quantity = $5, hours_per_month = $6, window_start = $7, window_end = $8,
                required_certifications = $9, required_clearance = $10, item_id = $11, roadmap_id = $12, intervention_id = $13, updated_at = now() WHERE id = $1`,
        [id, ...v],
      );
      await recordAudit(em, actor, 'capacityDemand.update', 'CapacityDemand', id, { title: input.title });
    });
    return this.demand(ability, id);
  }

  async remove(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    await this.ds.transaction(async (em) => {
      const row = await this.readableDemand(em, ability, id, 'id', true);
      if (!ability.can('delete', subject('CapacityDemand', { id: row.id, ownerOrgId: row.ownerOrgId }))) throw forbidden('Only the publishing organisation withdraws a demand');
      await em.query('DELETE FROM capacity_demand WHERE id = $1', [id]);
      await recordAudit(em, actor, 'capacityDemand.delete', 'CapacityDemand', id, { title: row.title });
    });
    return true;
  }

  // ---- responses ----------------------------------------------------------------------------------

  /** The responses to a demand the reader may read: all for government, its own for a company. */
  async responses(actor: Actor, ability: AppAbility, demandId: string): Promise<DemandResponseModel[]> {
    const rows = await this.readableResponses(ability, [demandId]);
    return this.responseModels(actor, ability, rows);
  }

  /** A company's interest in a demand with the capacity it offers; a second response replaces the first. Audited. */
  async respond(actor: Actor, ability: AppAbility, demandId: string, input: DemandResponseInput): Promise<DemandResponseModel> {
    if (!ability.can('create', subject('DemandResponse', { id: '', demandId, organisationId: actor.organisationId }))) throw forbidden('Only companies respond to demand');
    const id = await this.ds.transaction(async (em) => {
      await this.readableDemand(em, ability, demandId, 'demandId', true);
      validateResponse(input);
      const profile = await this.suppliers.ownRow(em, actor);
      if (!profile) throw new DomainError('BAD_USER_INPUT', 'Make your supplier profile first', 'profile');
      const [existing] = (await em.query(`SELECT id FROM demand_response WHERE demand_id = $1 AND organisation_id = $2 FOR UPDATE`, [demandId, actor.organisationId])) as {
        id: string;
      }[];
      const values = [input.hoursPerMonth, input.availableFrom, input.message ?? ''];
      if (existing) {
        if (!ability.can('update', subject('DemandResponse', { id: existing.id, demandId, organisationId: actor.organisationId }))) throw forbidden('You may not change this response');
        await em.query(`UPDATE demand_response SET hours_per_month = $2, available_from = $3, message = $4, responded_by = $5, updated_at = now() WHERE id = $1`, [
          existing.id,
          ...values,
          actor.userId,
        ]);
        await recordAudit(em, actor, 'demandResponse.update', 'DemandResponse', existing.id, { demandId, hoursPerMonth: input.hoursPerMonth });
        return existing.id;
      }
      const [row] = (await em.query(
        `INSERT INTO demand_response (demand_id, organisation_id, profile_id, responded_by, hours_per_month, available_from, message)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [demandId, actor.organisationId, profile.id, actor.userId, ...values],
      )) as { id: string }[];
      await recordAudit(em, actor, 'demandResponse.create', 'DemandResponse', row!.id, { demandId, hoursPerMonth: input.hoursPerMonth });
      return row!.id;
    });
    const [model] = await this.responseModels(actor, ability, await this.readableResponses(ability, [demandId], id));
    return model!;
  }

  async withdrawResponse(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    await this.ds.transaction(async (em) => {
      const f = accessibleWhere(ability, 'read', 'DemandResponse', 'r');
      const [row] = isUuid(id)
        ? await queryNamed<ResponseRow>(em, `SELECT ${RESPONSE_COLUMNS} FROM demand_response r WHERE (${f.sql}) AND r.id = CAST(:id AS uuid) FOR UPDATE`, { ...f.params, id })
        : [];
      if (!row) throw new DomainError('NOT_FOUND', 'response not found', 'id');
      if (!ability.can('delete', subject('DemandResponse', { id: row.id, demandId: row.demandId, organisationId: row.organisationId }))) {
        throw forbidden('Only the responding company withdraws its response');
      }
      await em.query('DELETE FROM demand_response WHERE id = $1', [id]);
      await recordAudit(em, actor, 'demandResponse.delete', 'DemandResponse', id, { demandId: row.demandId });
    });
    return true;
  }

  // ---- shortlist ----------------------------------------------------------------------------------

  async shortlist(actor: Actor, ability: AppAbility, demandId: string, profileId: string, add: boolean): Promise<boolean> {
    const action = add ? 'create' : 'delete';
    if (!ability.can(action, subject('SupplierShortlist', { demandId, profileId }))) throw forbidden('Only government keeps the shortlist');
    await this.ds.transaction(async (em) => {
      await this.readableDemand(em, ability, demandId, 'demandId', true);
      await this.suppliers.readableRow(em, profileId, 'profileId');
      if (add) {
        await em.query(
          `INSERT INTO supplier_shortlist (demand_id, profile_id, added_by_org_id, added_by) VALUES ($1, $2, $3, $4) ON CONFLICT (demand_id, profile_id) DO NOTHING`,
          [demandId, profileId, actor.organisationId, actor.userId],
        );
      } else {
        await em.query(`DELETE FROM supplier_shortlist WHERE demand_id = $1 AND profile_id = $2`, [demandId, profileId]);
      }
      await recordAudit(em, actor, add ? 'shortlist.add' : 'shortlist.remove', 'SupplierShortlist', demandId, { profileId });
    });
    return true;
  }

  // ---- matchmaking --------------------------------------------------------------------------------

  /**
   * Candidates for a demand, best first, as the reader sees the profiles; a company that responded
   * is ranked with the capacity it offered and is always in the list. The item's current A/B
   * suppliers (those the reader sees named on its supply links) are the references for similarity.
   */
  async candidates(actor: Actor, ability: AppAbility, demandId: string, first: number): Promise<SupplierCandidateModel[]> {
    if (!ability.can('read', 'SupplierShortlist')) throw forbidden('Only government ranks candidates');
    const demand = await this.readableDemand(this.ds, ability, demandId, 'demandId');
    const lens = this.suppliers.lens(actor, ability);
    const rows = await this.suppliers.allRows();
    const responses = new Map((await this.readableResponses(ability, [demandId])).map((r) => [r.profileId, r]));
    const models = new Map(rows.map((r) => [r.id, lens.model(r)]));
    const views = rows.map((r) => {
      const view = lens.view(models.get(r.id)!);
      const response = responses.get(r.id);
      return response ? { ...view, capacityHoursPerMonth: response.hoursPerMonth, capacityFrom: response.availableFrom } : view;
    });
    let itemId = demand.itemId;
    if (itemId) itemId = await readableItem(this.ds.manager, ability, itemId, 'itemId').then(() => itemId, () => null);
    const references = itemId ? await this.currentSuppliers(ability, itemId, rows, views) : [];
    const limit = Math.max(1, Math.min(first, 200));
    const ranked = rankCandidates(criteriaOf(demand), views, { references, limit: views.length });
    const shown = ranked.filter((c, i) => i < limit || responses.has(c.profileId));
    const shortlisted = new Set(
      ((await this.ds.query(`SELECT profile_id AS id FROM supplier_shortlist WHERE demand_id = $1`, [demandId])) as { id: string }[]).map((r) => r.id),
    );
    const responseModels = new Map((await this.responseModels(actor, ability, [...responses.values()], models)).map((r) => [r.profile.id, r]));
    return shown.map((c) => ({
      profile: models.get(c.profileId)!,
      score: c.score,
      reasons: c.reasons,
      gaps: c.gaps,
      response: responseModels.get(c.profileId) ?? null,
      shortlisted: shortlisted.has(c.profileId),
    }));
  }

  /**
   * Candidates for an at-risk item (a diversification): like the item's current A/B suppliers, with
   * the capabilities asked for or, without them, those of the current suppliers.
   */
  async itemCandidates(actor: Actor, ability: AppAbility, itemId: string, capabilities: Capability[] | null | undefined, first: number): Promise<SupplierCandidateModel[]> {
    if (!ability.can('read', 'SupplierShortlist')) throw forbidden('Only government ranks candidates');
    await readableItem(this.ds.manager, ability, itemId, 'itemId');
    const lens = this.suppliers.lens(actor, ability);
    const rows = await this.suppliers.allRows();
    const models = new Map(rows.map((r) => [r.id, lens.model(r)]));
    const views = rows.map((r) => lens.view(models.get(r.id)!));
    const references = await this.currentSuppliers(ability, itemId, rows, views);
    const wanted = capabilities?.length ? capabilities : [...new Set(references.flatMap((r) => r.capabilities))];
    if (!wanted.length) throw new DomainError('BAD_USER_INPUT', 'Name the capabilities needed: no current supplier of this item is known to you', 'capabilities');
    const ranked = rankCandidates(
      { capabilities: wanted, requiredCertifications: [], requiredClearance: 'NONE', hoursPerMonth: null, windowStart: new Date().toISOString().slice(0, 10) },
      views,
      { references, limit: Math.max(1, Math.min(first, 200)) },
    );
    return ranked.map((c) => ({ profile: models.get(c.profileId)!, score: c.score, reasons: c.reasons, gaps: c.gaps, response: null, shortlisted: false }));
  }

  /** The company's front door: demands that fit its profile, with how well and its own response. */
  async forMe(actor: Actor, ability: AppAbility): Promise<DemandFitModel[]> {
    const own = await this.suppliers.ownRow(this.ds, actor);
    if (!own) return [];
    const lens = this.suppliers.lens(actor, ability);
    const view = lens.view(lens.model(own));
    const f = accessibleWhere(ability, 'read', 'CapacityDemand', 'd');
    const rows = await queryNamed<DemandRow>(this.ds, `SELECT ${DEMAND_COLUMNS} FROM capacity_demand d WHERE (${f.sql}) ORDER BY d.window_start, d.id`, f.params);
    const fits = rows.map((d) => ({ d, match: matchProfile(criteriaOf(d), view) })).filter((x) => x.match !== null);
    const models = new Map((await this.models(ability, fits.map((x) => x.d))).map((m) => [m.id, m]));
    const mine = (await this.readableResponses(ability, fits.map((x) => x.d.id))).filter((r) => r.organisationId === actor.organisationId);
    const myModels = new Map((await this.responseModels(actor, ability, mine)).map((r) => [r.demandId, r]));
    return fits
      .map(({ d, match }) => ({
        demand: models.get(d.id)!,
        score: rankCandidates(criteriaOf(d), [view])[0]?.score ?? 0,
        reasons: match!.reasons,
        gaps: match!.gaps,
        myResponse: myModels.get(d.id) ?? null,
      }))
      .sort((a, b) => b.score - a.score || a.demand.windowStart.localeCompare(b.demand.windowStart));
  }

  // ---- internals ----------------------------------------------------------------------------------

  /**
   * The current (A/B) suppliers of an item as the reader knows them: profiles named on the item's
   * supply links the reader may read with the supplier's identity visible (by organisation or name).
   */
  private async currentSuppliers(ability: AppAbility, itemId: string, rows: readonly ProfileRow[], views: readonly ProfileView[]): Promise<ProfileView[]> {
    const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
    const links = (
      await queryNamed<Record<string, unknown>>(this.ds, `SELECT ${supplyLinkColumns('sl')} FROM supply_link sl WHERE (${f.sql}) AND sl.item_id = CAST(:itemId AS uuid)`, {
        ...f.params,
        itemId,
      })
    ).map((r) => redactFields(ability, 'read', subject('SupplyLink', toSupplyLinkRow(r as never))));
    const orgs = new Set(links.map((l) => l.supplierOrgId).filter((x): x is string => !!x));
    const names = new Set(links.map((l) => l.supplierName?.toLowerCase()).filter((x): x is string => !!x));
    const byId = new Map(views.map((v) => [v.id, v]));
    return rows
      .filter((r) => isCurrentSupplier(r.category) && ((r.organisationId && orgs.has(r.organisationId)) || names.has(r.name.toLowerCase())))
      .map((r) => byId.get(r.id)!);
  }

  private async readableDemand(em: EntityManager | DataSource, ability: AppAbility, id: string, field: string, lock = false): Promise<DemandRow> {
    const f = accessibleWhere(ability, 'read', 'CapacityDemand', 'd');
    const [row] = isUuid(id)
      ? await queryNamed<DemandRow>(em, `SELECT ${DEMAND_COLUMNS} FROM capacity_demand d WHERE (${f.sql}) AND d.id = CAST(:id AS uuid) ${lock ? 'FOR UPDATE' : ''}`, {
          ...f.params,
          id,
        })
      : [];
    if (!row) throw new DomainError('NOT_FOUND', 'capacity demand not found', field);
    return row;
  }

  private async readableResponses(ability: AppAbility, demandIds: string[], id?: string): Promise<ResponseRow[]> {
    if (!demandIds.length) return [];
    const f = accessibleWhere(ability, 'read', 'DemandResponse', 'r');
    return queryNamed<ResponseRow>(
      this.ds,
      `SELECT ${RESPONSE_COLUMNS} FROM demand_response r WHERE (${f.sql}) AND r.demand_id = ANY(CAST(:demandIds AS uuid[])) AND (CAST(:id AS uuid) IS NULL OR r.id = CAST(:id AS uuid))
       ORDER BY r.created_at, r.id`,
      { ...f.params, demandIds, id: id ?? null },
    );
  }

  private async responseModels(actor: Actor, ability: AppAbility, rows: readonly ResponseRow[], profiles?: Map<string, SupplierProfileModel>): Promise<DemandResponseModel[]> {
    let lens: ProfileLens | null = null;
    const out: DemandResponseModel[] = [];
    for (const r of rows) {
      let profile = profiles?.get(r.profileId);
      if (!profile) {
        lens ??= this.suppliers.lens(actor, ability);
        profile = lens.model(await this.suppliers.readableRow(this.ds, r.profileId, 'profileId'));
      }
      out.push({
        id: r.id,
        demandId: r.demandId,
        hoursPerMonth: r.hoursPerMonth,
        availableFrom: r.availableFrom,
        message: r.message,
        profile,
        respondedAt: r.createdAt,
        isOwn: r.organisationId === actor.organisationId,
      });
    }
    return out;
  }

  /** Demand as the reader sees it: the item only when the reader may read it. */
  private async models(ability: AppAbility, rows: readonly DemandRow[]): Promise<CapacityDemandModel[]> {
    const itemIds = [...new Set(rows.map((r) => r.itemId).filter((x): x is string => !!x))];
    let readable = new Set<string>();
    if (itemIds.length) {
      const f = accessibleWhere(ability, 'read', 'Item', 'i');
      readable = new Set(
        (await queryNamed<{ id: string }>(this.ds, `SELECT i.id FROM item i WHERE (${f.sql}) AND i.id = ANY(CAST(:ids AS uuid[]))`, { ...f.params, ids: itemIds })).map((r) => r.id),
      );
    }
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      capabilities: r.capabilities,
      quantity: r.quantity,
      hoursPerMonth: r.hoursPerMonth,
      windowStart: r.windowStart,
      windowEnd: r.windowEnd,
      requiredCertifications: r.requiredCertifications,
      requiredClearance: r.requiredClearance,
      itemId: r.itemId && readable.has(r.itemId) ? r.itemId : null,
      roadmapId: r.roadmapId,
      interventionId: r.interventionId,
      publishedAt: r.createdAt,
      canUpdate: ability.can('update', subject('CapacityDemand', { id: r.id, ownerOrgId: r.ownerOrgId })),
      ownerOrgId: r.ownerOrgId,
    }));
  }

  /** The columns from `title` to `intervention_id`, checked: the item, roadmap and intervention must be readable (else NOT_FOUND on the field). */
  private async check(em: EntityManager, ability: AppAbility, input: CapacityDemandInput): Promise<unknown[]> {
    validateDemand(input);
    if (input.itemId) await readableItem(em, ability, input.itemId, 'itemId');
    for (const [field, subjectType, table] of [
      ['roadmapId', 'Roadmap', 'roadmap'],
      ['interventionId', 'Intervention', 'intervention'],
    ] as const) {
      const id = input[field];
      if (!id) continue;
      const f = accessibleWhere(ability, 'read', subjectType, 'x');
      const [found] = isUuid(id) ? await queryNamed(em, `SELECT x.id FROM ${table} x WHERE (${f.sql}) AND x.id = CAST(:id AS uuid)`, { ...f.params, id }) : [];
      if (!found) throw new DomainError('NOT_FOUND', `${subjectType.toLowerCase()} not found`, field);
    }
    return [
      input.title.trim(),
      input.description ?? '',
      input.capabilities,
      input.quantity,
      input.hoursPerMonth ?? null,
      input.windowStart,
      input.windowEnd,
      [...new Set(input.requiredCertifications)],
      input.requiredClearance,
      input.itemId ?? null,
      input.roadmapId ?? null,
      input.interventionId ?? null,
    ];
  }
}
