import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import {
  badInput,
  DomainError,
  forbidden,
  PROFILE_SECTIONS,
  similarProfiles,
  validateProfile,
  type Capability,
  type Certification,
  type Clearance,
  type DefenceCategory,
  type ProfileAudience,
  type ProfileSection,
  type ProfileView,
  type Province,
  type Sector,
  type SizeClass,
} from '@routekaart/domain';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../common/actor';
import { isUuid } from '../common/ids';
import { isUniqueViolation } from '../common/sql';
import type { SimilarSupplierModel, SupplierProfileInput, SupplierProfileModel, SupplierProfilePageModel } from './supplier.models';

/** A profile row as stored, every part present (never returned as it is). */
export interface ProfileRow {
  id: string;
  organisationId: string | null;
  name: string;
  kvkNumber: string | null;
  province: Province;
  sizeClass: SizeClass;
  category: DefenceCategory;
  capabilities: Capability[];
  certifications: Certification[];
  sectors: Sector[];
  clearance: Clearance;
  capacityHoursPerMonth: number | null;
  capacityFrom: string | null;
  description: string;
  governmentOnly: ProfileSection[];
  demo: boolean;
  /** The trade association that keeps the profile for a member company without an account, or null. */
  keptByOrgId: string | null;
}

export const PROFILE_COLUMNS = `
  p.id, p.organisation_id AS "organisationId", p.name, p.kvk_number AS "kvkNumber", p.province, p.size_class AS "sizeClass", p.category,
  p.capabilities, p.certifications, p.sectors, p.clearance, p.capacity_hours_per_month AS "capacityHoursPerMonth",
  to_char(p.capacity_from, 'YYYY-MM-DD') AS "capacityFrom", p.description, p.government_only AS "governmentOnly", p.demo,
  p.kept_by_org_id AS "keptByOrgId"`;

/**
 * Which parts of profiles one reader may see: a part is a `SupplierProfileDetail` with the audience
 * its company chose, checked against the reader's ability once per (own or not, audience).
 */
export class ProfileLens {
  private readonly memo = new Map<string, boolean>();

  constructor(
    private readonly ability: AppAbility,
    private readonly organisationId: string,
  ) {}

  sees(row: Pick<ProfileRow, 'id' | 'organisationId' | 'governmentOnly' | 'keptByOrgId'>, section: ProfileSection): boolean {
    const audience: ProfileAudience = row.governmentOnly.includes(section) ? 'GOVERNMENT' : 'ALL';
    const own = row.organisationId !== null && row.organisationId === this.organisationId;
    // A trade association reads every part of the profiles it keeps for its members.
    const keptHere = row.keptByOrgId !== null && row.keptByOrgId === this.organisationId;
    const key = `${own}|${keptHere}|${audience}`;
    let seen = this.memo.get(key);
    if (seen === undefined) {
      seen = this.ability.can(
        'read',
        subject('SupplierProfileDetail', { profileId: row.id, organisationId: row.organisationId, audience, keptByOrgId: row.keptByOrgId }),
      );
      this.memo.set(key, seen);
    }
    return seen;
  }

  /** The profile with what the reader may not see set to null. */
  model(row: ProfileRow): SupplierProfileModel {
    const sees = (s: ProfileSection) => this.sees(row, s);
    const own = row.organisationId !== null && row.organisationId === this.organisationId;
    return {
      id: row.id,
      name: row.name,
      province: row.province,
      sizeClass: row.sizeClass,
      category: row.category,
      capabilities: row.capabilities,
      kvkNumber: sees('KVK') ? row.kvkNumber : null,
      certifications: sees('CERTIFICATIONS') ? row.certifications : null,
      sectors: sees('SECTORS') ? row.sectors : null,
      clearance: sees('CLEARANCE') ? row.clearance : null,
      capacityHoursPerMonth: sees('CAPACITY') ? row.capacityHoursPerMonth : null,
      capacityFrom: sees('CAPACITY') ? row.capacityFrom : null,
      description: sees('DESCRIPTION') ? row.description : null,
      hiddenFromYou: PROFILE_SECTIONS.filter((s) => !sees(s)),
      // Its company's (or keeping association's) choice of which parts only government sees.
      governmentOnly: own || (row.keptByOrgId !== null && row.keptByOrgId === this.organisationId) ? row.governmentOnly : null,
      demo: row.demo,
      isOwn: own,
      keptByYou: row.keptByOrgId !== null && row.keptByOrgId === this.organisationId,
      organisationId: row.organisationId,
    };
  }

  /** What the matching sees of a profile: exactly the reader's view. */
  view(model: SupplierProfileModel): ProfileView {
    return {
      id: model.id,
      name: model.name,
      category: model.category,
      capabilities: model.capabilities,
      certifications: model.certifications,
      sectors: model.sectors,
      clearance: model.clearance,
      capacityHoursPerMonth: model.capacityHoursPerMonth,
      capacityFrom: model.capacityFrom,
    };
  }
}

/** The supplier directory: profiles as each reader may see them, a company's own profile, "companies like this one". */
@Injectable()
export class SupplierService {
  constructor(private readonly ds: DataSource) {}

  lens(actor: Actor, ability: AppAbility): ProfileLens {
    return new ProfileLens(ability, actor.organisationId);
  }

  /** Every profile (the directory is readable by every platform user), as stored. */
  async allRows(em: EntityManager | DataSource = this.ds): Promise<ProfileRow[]> {
    return (await em.query(`SELECT ${PROFILE_COLUMNS} FROM supplier_profile p ORDER BY p.id`)) as ProfileRow[];
  }

  /** Directory page: filters only on what every reader sees (name, capability, category, province). */
  async page(
    actor: Actor,
    ability: AppAbility,
    filter: { search?: string | null; capability?: Capability | null; category?: DefenceCategory | null; province?: Province | null; first: number; offset: number },
  ): Promise<SupplierProfilePageModel> {
    const where = [
      '($1::text IS NULL OR p.name ILIKE $1)',
      '($2::text IS NULL OR $2 = ANY(p.capabilities))',
      '($3::text IS NULL OR p.category = $3)',
      '($4::text IS NULL OR p.province = $4)',
    ].join(' AND ');
    const search = filter.search?.trim() ? `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const params = [search, filter.capability ?? null, filter.category ?? null, filter.province ?? null];
    const [{ total }] = (await this.ds.query(`SELECT count(*)::int AS total FROM supplier_profile p WHERE ${where}`, params)) as [{ total: number }];
    const rows = (await this.ds.query(
      `SELECT ${PROFILE_COLUMNS} FROM supplier_profile p WHERE ${where} ORDER BY p.demo, p.name, p.id LIMIT $5 OFFSET $6`,
      [...params, Math.max(0, Math.min(filter.first, 200)), Math.max(0, filter.offset)],
    )) as ProfileRow[];
    const lens = this.lens(actor, ability);
    return { total, profiles: rows.map((r) => lens.model(r)) };
  }

  async profile(actor: Actor, ability: AppAbility, id: string): Promise<SupplierProfileModel> {
    return this.lens(actor, ability).model(await this.readableRow(this.ds, id, 'id'));
  }

  async mine(actor: Actor, ability: AppAbility): Promise<SupplierProfileModel | null> {
    const row = await this.ownRow(this.ds, actor);
    return row ? this.lens(actor, ability).model(row) : null;
  }

  async ownRow(em: EntityManager | DataSource, actor: Actor, lock = false): Promise<ProfileRow | null> {
    const [row] = (await em.query(`SELECT ${PROFILE_COLUMNS} FROM supplier_profile p WHERE p.organisation_id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      actor.organisationId,
    ])) as ProfileRow[];
    return row ?? null;
  }

  /** A profile by id (every profile is readable), or NOT_FOUND naming `field`. */
  async readableRow(em: EntityManager | DataSource, id: string, field: string): Promise<ProfileRow> {
    const [row] = isUuid(id) ? ((await em.query(`SELECT ${PROFILE_COLUMNS} FROM supplier_profile p WHERE p.id = $1`, [id])) as ProfileRow[]) : [];
    if (!row) throw new DomainError('NOT_FOUND', 'supplier profile not found', field);
    return row;
  }

  /** A company's profile, created for its own organisation (one per organisation); audited. */
  async create(actor: Actor, ability: AppAbility, input: SupplierProfileInput): Promise<SupplierProfileModel> {
    if (!ability.can('create', subject('SupplierProfile', { id: '', organisationId: actor.organisationId }))) throw forbidden('Only companies keep a supplier profile');
    validateProfile(input);
    const id = await this.ds.transaction(async (em) => {
      if (await this.ownRow(em, actor, true)) throw new DomainError('CONFLICT', 'Your company has a supplier profile already; change it instead', 'id');
      let rows: { id: string }[];
      try {
        rows = (await em.query(
          `INSERT INTO supplier_profile (organisation_id, name, kvk_number, province, size_class, category, capabilities, certifications, sectors, clearance,
                                         capacity_hours_per_month, capacity_from, description, government_only)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
          [actor.organisationId, ...this.values(input)],
        )) as { id: string }[];
      } catch (e) {
        if (isUniqueViolation(e, 'supplier_profile_organisation_id_key')) throw new DomainError('CONFLICT', 'Your company has a supplier profile already', 'id');
        throw e;
      }
      await recordAudit(em, actor, 'supplierProfile.create', 'SupplierProfile', rows[0]!.id, { name: input.name, governmentOnly: input.governmentOnly });
      return rows[0]!.id;
    });
    return this.profile(actor, ability, id);
  }

  /** Changes a profile: only its own company, or the trade association keeping it, may (others: FORBIDDEN, since every profile is readable); audited. */
  async update(actor: Actor, ability: AppAbility, id: string, input: SupplierProfileInput): Promise<SupplierProfileModel> {
    await this.ds.transaction(async (em) => {
      const row = await this.readableRow(em, id, 'id');
      if (!ability.can('update', subject('SupplierProfile', { id: row.id, organisationId: row.organisationId, keptByOrgId: row.keptByOrgId }))) {
        throw forbidden('Only its own company, or the trade association that keeps it, changes a supplier profile');
      }
      validateProfile(input);
      // A profile kept for a member is found by its KvK number on the next import: it keeps one, unique among the association's.
      if (row.keptByOrgId !== null && !input.kvkNumber) throw badInput('kvkNumber', 'A profile kept for a member needs its KvK number');
      try {
        await em.query(
          `UPDATE supplier_profile SET name = $2, kvk_number = $3, province = $4, size_class = $5, category = $6, capabilities = $7, certifications = $8,
                  sectors = $9, clearance = $10, capacity_hours_per_month = $11, capacity_from = $12, description = $13, government_only = $14, updated_at = now()
           WHERE id = $1`,
          [id, ...this.values(input)],
        );
      } catch (error) {
        if (!isUniqueViolation(error, 'supplier_profile_kept_kvk_key')) throw error;
        throw badInput('kvkNumber', 'Another profile you keep has this KvK number');
      }
      await recordAudit(em, actor, 'supplierProfile.update', 'SupplierProfile', id, { name: input.name, governmentOnly: input.governmentOnly });
    });
    return this.profile(actor, ability, id);
  }

  /** "Companies like this one", over every profile as the reader sees it. */
  async similar(actor: Actor, ability: AppAbility, id: string, first: number): Promise<SimilarSupplierModel[]> {
    const target = await this.readableRow(this.ds, id, 'profileId');
    const lens = this.lens(actor, ability);
    const models = new Map((await this.allRows()).map((r) => [r.id, lens.model(r)]));
    const views = [...models.values()].map((m) => lens.view(m));
    return similarProfiles(lens.view(lens.model(target)), views, Math.max(1, Math.min(first, 50))).map((s) => ({
      profile: models.get(s.profileId)!,
      similarity: s.similarity,
      shared: s.shared,
    }));
  }

  private values(input: SupplierProfileInput): unknown[] {
    return [
      input.name.trim(),
      input.kvkNumber || null,
      input.province,
      input.sizeClass,
      input.category,
      input.capabilities,
      input.certifications,
      input.sectors,
      input.clearance,
      input.capacityHoursPerMonth ?? null,
      input.capacityFrom || null,
      input.description ?? '',
      [...new Set(input.governmentOnly)],
    ];
  }
}
