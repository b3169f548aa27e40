import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, ExportRestrictionEntity, MaterialEntity, type ExportRestrictionMeasure } from '@routekaart/db';
import {
  assertCountry,
  assertIsoDate,
  assertText,
  badInput,
  DomainError,
  EXPORT_RESTRICTION_DESCRIPTION_MAX,
  EXPORT_RESTRICTION_SOURCE_MAX,
  forbidden,
  type ExportRestrictionRecord,
} from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { isUuid } from '../common/ids';
import { isUniqueViolation, queryNamed } from '../common/sql';
import type { RecordExportRestrictionInput, UpdateExportRestrictionInput } from './export-restriction.inputs';

/** A stored restriction: the file's record with ids instead of a symbol and a line. */
export type ExportRestrictionRow = Omit<ExportRestrictionRecord, 'materialSymbol' | 'line'> & { id: string; materialId: string };

/** Dates as YYYY-MM-DD text: pg would turn a `date` into a Date at local midnight. */
const COLUMNS = (a: string) =>
  `${a}.id, ${a}.material_id AS "materialId", ${a}.country, ${a}.measure,
   to_char(${a}.since, 'YYYY-MM-DD') AS since, to_char(${a}.until, 'YYYY-MM-DD') AS until, ${a}.description, ${a}.source`;

/**
 * The export restrictions the viewer may read, newest first (then country, material symbol): the
 * one query behind the list, the Material field's loader and the writes' reads.
 */
export async function readExportRestrictions(
  db: DataSource | EntityManager,
  ability: AppAbility,
  filter: { id?: string; materialIds?: string[]; country?: string | null; activeOn?: string | null; lock?: boolean },
): Promise<ExportRestrictionRow[]> {
  const f = accessibleWhere(ability, 'read', 'ExportRestriction', 'er');
  const where = [`(${f.sql})`];
  const params: Record<string, unknown> = { ...f.params };
  if (filter.id !== undefined) {
    where.push('er.id = CAST(:id AS uuid)');
    params.id = filter.id;
  }
  if (filter.materialIds) {
    where.push('er.material_id = ANY(CAST(:materialIds AS uuid[]))');
    params.materialIds = filter.materialIds;
  }
  if (filter.country) {
    where.push('er.country = :country');
    params.country = filter.country;
  }
  if (filter.activeOn) {
    where.push('er.since <= CAST(:activeOn AS date) AND (er.until IS NULL OR er.until >= CAST(:activeOn AS date))');
    params.activeOn = filter.activeOn;
  }
  return queryNamed<ExportRestrictionRow>(
    db,
    `SELECT ${COLUMNS('er')} FROM export_restriction er JOIN material m ON m.id = er.material_id
     WHERE ${where.join(' AND ')} ORDER BY er.since DESC, er.country, m.symbol, er.measure ${filter.lock ? 'FOR UPDATE OF er' : ''}`,
    params,
  );
}

/** Export restrictions on record: public reference data that knowledge institutes maintain. */
@Injectable()
export class ExportRestrictionService {
  constructor(private readonly ds: DataSource) {}

  async list(ability: AppAbility, filter: { country?: string | null; materialId?: string | null; activeOn?: string | null }): Promise<ExportRestrictionRow[]> {
    assertCountry(filter.country, 'country');
    const activeOn = filter.activeOn == null ? null : assertIsoDate(filter.activeOn, 'activeOn');
    if (filter.materialId != null && !isUuid(filter.materialId)) return [];
    return readExportRestrictions(this.ds, ability, {
      country: filter.country,
      activeOn,
      materialIds: filter.materialId == null ? undefined : [filter.materialId],
    });
  }

  async record(actor: Actor, ability: AppAbility, input: RecordExportRestrictionInput): Promise<ExportRestrictionRow> {
    const material = isUuid(input.materialId) ? await this.ds.getRepository(MaterialEntity).findOneBy({ id: input.materialId }) : null;
    if (!material) throw new DomainError('NOT_FOUND', 'material not found', 'materialId');
    if (!ability.can('create', subject('ExportRestriction', { materialId: material.id, country: input.country }))) {
      throw forbidden('Only knowledge institutes maintain export restrictions');
    }
    assertCountry(input.country, 'country');
    const values = validated(input, 'until');
    return this.write(async (em) => {
      const [{ id }] = await em.query(
        `INSERT INTO export_restriction (material_id, country, measure, since, until, description, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [material.id, input.country, values.measure, values.since, values.until, values.description, values.source],
      );
      await recordAudit(em, actor, 'exportRestriction.record', 'ExportRestriction', id, { materialId: material.id, country: input.country, ...values });
      return this.readable(em, ability, id);
    });
  }

  async update(actor: Actor, ability: AppAbility, id: string, input: UpdateExportRestrictionInput): Promise<ExportRestrictionRow> {
    return this.write(async (em) => {
      const before = await this.readable(em, ability, id, true);
      if (!ability.can('update', subject('ExportRestriction', { materialId: before.materialId, country: before.country }))) {
        throw forbidden('Only knowledge institutes maintain export restrictions');
      }
      for (const key of ['measure', 'since', 'description', 'source'] as const) {
        if (input[key] === null) throw badInput(key, `${key} cannot be removed`);
      }
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      // An end before the start is the fault of whichever date this update gives.
      const after = { ...before, ...validated({ ...before, ...changes }, input.until === undefined ? 'since' : 'until') };
      const changed = (['measure', 'since', 'until', 'description', 'source'] as const).filter((k) => before[k] !== after[k]);
      if (changed.length > 0) await em.update(ExportRestrictionEntity, { id: before.id }, Object.fromEntries(changed.map((k) => [k, after[k]])));
      await recordAudit(em, actor, 'exportRestriction.update', 'ExportRestriction', before.id, {
        materialId: before.materialId,
        country: before.country,
        ...Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
      });
      return this.readable(em, ability, before.id);
    });
  }

  async delete(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const row = await this.readable(em, ability, id, true);
      if (!ability.can('delete', subject('ExportRestriction', { materialId: row.materialId, country: row.country }))) {
        throw forbidden('Only knowledge institutes maintain export restrictions');
      }
      await em.delete(ExportRestrictionEntity, { id: row.id });
      await recordAudit(em, actor, 'exportRestriction.delete', 'ExportRestriction', row.id, {
        materialId: row.materialId,
        country: row.country,
        measure: row.measure,
        since: row.since,
      });
      return true;
    });
  }

  /** A restriction the viewer may read, or NOT_FOUND on `id`. */
  private async readable(em: EntityManager, ability: AppAbility, id: string, lock = false): Promise<ExportRestrictionRow> {
    const [row] = isUuid(id) ? await readExportRestrictions(em, ability, { id, lock }) : [];
    if (!row) throw new DomainError('NOT_FOUND', 'export restriction not found', 'id');
    return row;
  }

  /** One transaction; a second restriction with the same material, country, measure and since is a CONFLICT. */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.ds.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'export_restriction_unique')) {
        throw new DomainError('CONFLICT', 'this material already has this measure of this country on record from that date', 'since');
      }
      throw error;
    }
  }
}

/** The writable fields, checked and trimmed; BAD_USER_INPUT names the field at fault. */
function validated(
  v: { measure: ExportRestrictionMeasure; since: string; until?: string | null; description: string; source: string },
  endBeforeStartField: 'since' | 'until',
): Pick<ExportRestrictionRow, 'measure' | 'since' | 'until' | 'description' | 'source'> {
  const since = assertIsoDate(v.since, 'since');
  // An empty until (as a form sends it) means "in force, no end date".
  const until = v.until == null || v.until.trim() === '' ? null : assertIsoDate(v.until, 'until');
  if (until !== null && until < since) throw badInput(endBeforeStartField, `until (${until}) may not be before since (${since})`);
  return {
    measure: v.measure,
    since,
    until,
    description: assertText(v.description, 'description', EXPORT_RESTRICTION_DESCRIPTION_MAX),
    source: assertText(v.source, 'source', EXPORT_RESTRICTION_SOURCE_MAX),
  };
}
