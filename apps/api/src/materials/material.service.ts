import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { MaterialEntity, MaterialSupplyEntity } from '@routekaart/db';
import { assertCountry, assertShare, assertShareTotal, assertText, badInput, DomainError, forbidden } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../common/pagination';
import { isUuid } from '../common/ids';
import type { ReplaceMaterialSuppliesInput, UpdateMaterialInput } from './material.inputs';

/** The materials catalogue: public reference data that knowledge institutes maintain. */
@Injectable()
export class MaterialService {
  constructor(private readonly ds: DataSource) {}

  async list(options: {
    crmList?: boolean | null;
    crmStatus?: string | null;
    critical?: boolean | null;
    search?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<MaterialEntity>> {
    const limit = pageSize(options.first, 100);
    const cursor = decodeCursor(options.after);
    const qb = this.ds.getRepository(MaterialEntity).createQueryBuilder('m');
    if (options.crmList === true) qb.andWhere("m.crm_status <> 'NONE' AND m.parent_symbol IS NULL");
    if (options.crmList === false) qb.andWhere("(m.crm_status = 'NONE' OR m.parent_symbol IS NOT NULL)");
    if (options.crmStatus) qb.andWhere('m.crm_status = :status', { status: options.crmStatus });
    if (options.critical === true) qb.andWhere("m.crm_status <> 'NONE'");
    if (options.critical === false) qb.andWhere("m.crm_status = 'NONE'");
    if (options.search?.trim()) {
      // Dutch and English: "wolfraam" and "tungsten" both find W.
      qb.andWhere('(m.name ILIKE :q OR m.name_nl ILIKE :q OR m.symbol ILIKE :q)', { q: `%${options.search.trim().replace(/[%_\\]/g, (c) => '\\' + c)}%` });
    }
    const totalCount = await qb.getCount();
    if (cursor) qb.andWhere('(m.name, m.id) > (:an, CAST(:ai AS uuid))', { an: cursor[0], ai: cursor[1] });
    const rows = await qb.orderBy('m.name').addOrderBy('m.id').take(limit + 1).getMany();
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last.name, last.id) : null } };
  }

  async one(by: { id?: string | null; symbol?: string | null }): Promise<MaterialEntity> {
    if (!!by.id === !!by.symbol) throw badInput(by.id ? 'symbol' : 'id', 'give either id or symbol');
    const found = by.id
      ? isUuid(by.id) ? await this.ds.getRepository(MaterialEntity).findOneBy({ id: by.id }) : null
      : await this.ds.getRepository(MaterialEntity).createQueryBuilder('m').where('lower(m.symbol) = lower(:s)', { s: by.symbol }).getOne();
    if (!found) throw new DomainError('NOT_FOUND', 'material not found', by.id ? 'id' : 'symbol');
    return found;
  }

  async update(actor: Actor, ability: AppAbility, id: string, input: UpdateMaterialInput): Promise<MaterialEntity> {
    const material = await this.one({ id });
    if (!ability.can('update', subject('Material', { id: material.id }))) throw forbidden('Only knowledge institutes maintain the materials catalogue');
    assertShare(input.eolRecyclingRate, 'eolRecyclingRate');
    assertShare(input.importReliance, 'importReliance');
    if (input.substitutionIndex !== undefined && input.substitutionIndex !== null && input.substitutionIndex < 0) {
      throw badInput('substitutionIndex', 'substitutionIndex may not be negative');
    }
    if (input.crmStatus === null) throw badInput('crmStatus', 'crmStatus cannot be removed; choose STRATEGIC, CRITICAL or NONE');
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    return this.ds.transaction(async (em) => {
      await em.update(MaterialEntity, { id }, changes);
      await recordAudit(em, actor, 'material.update', 'Material', id, changes);
      return em.findOneByOrFail(MaterialEntity, { id });
    });
  }

  /** Replaces one stage and scope of a material's supply shares in one transaction: all rows or none. */
  async replaceSupplies(actor: Actor, ability: AppAbility, input: ReplaceMaterialSuppliesInput): Promise<MaterialSupplyEntity[]> {
    const material = await this.one({ id: input.materialId });
    if (!ability.can('create', subject('MaterialSupply', { materialId: material.id }))) {
      throw forbidden('Only knowledge institutes maintain supply shares');
    }
    const source = assertText(input.source, 'source');
    input.supplies.forEach((row, i) => {
      assertShare(row.share, `supplies[${i}].share`);
      assertCountry(row.country, `supplies[${i}].country`);
      assertText(row.countryName, `supplies[${i}].countryName`, 100);
    });
    const countries = input.supplies.map((r) => r.country).filter(Boolean);
    const duplicate = countries.find((c, i) => countries.indexOf(c) !== i);
    if (duplicate) throw badInput('supplies', `${duplicate} appears more than once`);
    assertShareTotal(input.supplies.map((r) => r.share), 'supplies', `${material.name} (${input.stage.toLowerCase()}, ${input.scope.toLowerCase()})`);
    return this.ds.transaction(async (em: EntityManager) => {
      await em.delete(MaterialSupplyEntity, { materialId: material.id, stage: input.stage, scope: input.scope });
      await em.insert(
        MaterialSupplyEntity,
        input.supplies.map((r) => ({
          materialId: material.id,
          stage: input.stage,
          scope: input.scope,
          country: r.country ?? null,
          countryName: r.countryName.trim(),
          share: r.share,
          shareIsUpperBound: false,
          year: input.year ?? null,
          source,
          t: r.t ?? null,
        })),
      );
      await recordAudit(em, actor, 'materialSupply.replace', 'Material', material.id, {
        stage: input.stage,
        scope: input.scope,
        rows: input.supplies.length,
        source,
        year: input.year ?? null,
      });
      return em.find(MaterialSupplyEntity, { where: { materialId: material.id, stage: input.stage, scope: input.scope }, order: { share: 'DESC' } });
    });
  }

  /** Every country share on record from one country (ISO 3166-1 alpha-2), largest share first: a country's place in the catalogue. */
  async suppliesFrom(country: string): Promise<MaterialSupplyEntity[]> {
    const code = country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) throw badInput('country', 'Give the country as a two-letter ISO code, e.g. CN');
    return this.ds.getRepository(MaterialSupplyEntity).find({ where: { country: code }, order: { share: 'DESC', materialId: 'ASC', stage: 'ASC', scope: 'ASC' } });
  }

  /**
   * The catalogue's change history of a material, newest first: what changed, when and by which
   * organisation (never the person). Public like the catalogue itself; from the audit log.
   */
  async changes(materialId: string): Promise<CatalogueChange[]> {
    return this.ds.query(
      `SELECT a.id::text AS id, a.at, a.action, a.changes::text AS changes, o.name AS "organisationName"
       FROM audit_event a LEFT JOIN organisation o ON o.id = a.actor_organisation_id
       WHERE (a.subject_type = 'Material' AND a.subject_id = $1) OR (a.subject_type = 'ExportRestriction' AND a.changes->>'materialId' = $1)
       ORDER BY a.at DESC, a.id DESC
       LIMIT 50`,
      [materialId],
    ) as Promise<CatalogueChange[]>;
  }
}

/** One change of the catalogue as its history lists it. */
export interface CatalogueChange {
  id: string;
  at: Date;
  /** material.update, materialSupply.replace, exportRestriction.record / update / delete */
  action: string;
  /** What changed, as JSON (fields with their new values, or from/to; a supply replacement's stage, scope, source and year). */
  changes: string;
  organisationName: string | null;
}
