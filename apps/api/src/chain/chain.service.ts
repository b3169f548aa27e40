import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In, type EntityManager } from 'typeorm';
import { defineAbilityFor, permittedFields, type AppAbility } from '@routekaart/access';
import {
  accessibleWhere,
  CompositionEntity,
  ItemEntity,
  OrganisationEntity,
  ProductGroupEntity,
  roadmapIdsOfProductGroupSql,
  SupplyLinkEntity,
  type ParticipantRole,
  type Visibility,
} from '@routekaart/db';
import {
  assertCountry,
  assertNonNegative,
  assertShare,
  assertShareTotal,
  assertText,
  badInput,
  DomainError,
  forbidden,
} from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../common/pagination';
import { queryNamed } from '../common/sql';
import { isUuid } from '../common/ids';
import type { AddCompositionInput, CreateItemInput, CreateSupplyLinkInput, SupplyLinkInput, UpdateItemInput } from './chain.inputs';
import { toCompositionRow, toSupplyLinkRow, type CompositionRow, type ItemRow, type SupplyLinkRow } from './chain.rows';
import { compositionColumns, itemColumns, supplyLinkColumns } from './chain.sql';
import { ChainEvents, type ChangeKind } from './chain-events';
import type { SupplyLinkModel } from './chain.models';
import { visibleSupplyLink } from './supply-link-visibility';

export interface BomLine {
  item: ItemRow;
  parentId: string;
  depth: number;
  /** Units of this item in one unit of the root, along this path. */
  quantity: number;
  unit: string;
  path: string[];
}

const MAX_EXPLOSION_LINES = 5000;

/** Reading and maintaining the bill of materials and supply links, always within the viewer's ability. */
@Injectable()
export class ChainService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: ChainEvents,
  ) {}

  /** Tells subscribers (after the commit) that a supply link changed. */
  private async announce(kind: ChangeKind, link: SupplyLinkRow): Promise<void> {
    const [item] = await this.ds.query('SELECT product_group_id AS "productGroupId" FROM item WHERE id = $1', [link.itemId]);
    if (item) this.events.publish({ kind, productGroupId: item.productGroupId, link });
  }

  // ---- reads ------------------------------------------------------------------------------------

  async items(
    ability: AppAbility,
    productGroupId: string,
    options: { kind?: string | null; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<Page<ItemRow>> {
    const limit = pageSize(options.first);
    const cursor = decodeCursor(options.after);
    const f = accessibleWhere(ability, 'read', 'Item', 'i');
    const where = [`(${f.sql})`, 'i.product_group_id = :productGroupId'];
    const params: Record<string, unknown> = { ...f.params, productGroupId };
    if (options.kind) {
      where.push('i.kind = :kind');
      params.kind = options.kind;
    }
    if (options.search?.trim()) {
      where.push(`i.name ILIKE :search`);
      params.search = `%${options.search.trim().replace(/[%_\\]/g, (c) => '\\' + c)}%`;
    }
    const [{ count }] = await queryNamed<{ count: string }>(this.ds, `SELECT count(*) FROM item i WHERE ${where.join(' AND ')}`, params);
    if (cursor) {
      where.push('(i.name, i.id) > (:afterName, CAST(:afterId AS uuid))');
      params.afterName = cursor[0];
      params.afterId = cursor[1];
    }
    const rows = await queryNamed<ItemRow>(
      this.ds,
      `SELECT ${itemColumns('i')} FROM item i WHERE ${where.join(' AND ')} ORDER BY i.name, i.id LIMIT ${limit + 1}`,
      params,
    );
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount: Number(count),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last.name, last.id) : null },
    };
  }

  async supplyLinks(
    ability: AppAbility,
    filter: { itemId?: string | null; productGroupId?: string | null; mine?: boolean | null; search?: string | null; viewerOrganisationId?: string },
    first?: number | null,
    after?: string | null,
  ): Promise<Page<SupplyLinkModel>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
    const params: Record<string, unknown> = { ...f.params };
    let base = `(${f.sql})`;
    if (filter.itemId) {
      base += ' AND sl.item_id = CAST(:itemId AS uuid)';
      params.itemId = filter.itemId;
    }
    if (filter.productGroupId) {
      base += ' AND sl.item_id IN (SELECT id FROM item WHERE product_group_id = CAST(:productGroupId AS uuid))';
      params.productGroupId = filter.productGroupId;
    }
    if (filter.mine) {
      base += ' AND sl.contributed_by_org_id = :mineOrg';
      params.mineOrg = filter.viewerOrganisationId;
    }
    if (filter.search?.trim()) {
      // Searches only what the viewer may see of the supplier: the name is matched only on rows where
      // the field access reveals it (the same rules that redact it in the answer).
      const named = accessibleWhere(ability, 'read', 'SupplyLink', 'sl', { field: 'supplierName' });
      base += ` AND sl.supplier_name ILIKE :search AND (${named.sql})`;
      Object.assign(params, named.params);
      params.search = `%${filter.search.trim().replace(/[%_\\]/g, (c) => '\\' + c)}%`;
    }
    const [{ count }] = await queryNamed<{ count: string }>(this.ds, `SELECT count(*) FROM supply_link sl WHERE ${base}`, params);
    const rows = await queryNamed<Record<string, unknown>>(
      this.ds,
      `SELECT ${supplyLinkColumns('sl')} FROM supply_link sl WHERE ${base}
       ${cursor ? 'AND sl.id > CAST(:afterId AS uuid)' : ''} ORDER BY sl.id LIMIT ${limit + 1}`,
      { ...params, afterId: cursor?.[1] },
    );
    const nodes = rows.slice(0, limit).map((r) => toSupplyLinkRow(r as never));
    const last = nodes.at(-1);
    return {
      nodes: nodes.map((row) => visibleSupplyLink(ability, row)),
      totalCount: Number(count),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last.id, last.id) : null },
    };
  }

  /** A supply link as the viewer sees it (fields it may not read are null); NOT_FOUND when it may not read it. */
  async supplyLink(ability: AppAbility, id: string): Promise<SupplyLinkModel> {
    return visibleSupplyLink(ability, await this.readableSupplyLink(this.ds.manager, ability, id, false));
  }

  /**
   * A supply link (e.g. of a change event) as the viewer sees it now, or null when it may not read
   * it: the link's own rules and its item's.
   */
  async supplyLinkAsSeenBy(ability: AppAbility, link: SupplyLinkRow): Promise<SupplyLinkModel | null> {
    if (!ability.can('read', subject('SupplyLink', { ...link }))) return null;
    const f = accessibleWhere(ability, 'read', 'Item', 'i');
    const rows = await queryNamed(this.ds, `SELECT 1 FROM item i WHERE (${f.sql}) AND i.id = CAST(:id AS uuid)`, { ...f.params, id: link.itemId });
    return rows.length > 0 ? visibleSupplyLink(ability, link) : null;
  }

  /**
   * The bill of materials below an item, one line per path, through edges and items the viewer may
   * read only (a hidden component hides what is below it too).
   */
  async explode(ability: AppAbility, rootId: string, maxDepth: number): Promise<BomLine[]> {
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 20) throw badInput('maxDepth', 'maxDepth must be between 1 and 20');
    const edge = accessibleWhere(ability, 'read', 'Composition', 'c');
    const child = accessibleWhere(ability, 'read', 'Item', 'c_child');
    const step = `JOIN item c_parent ON c_parent.id = c.parent_id JOIN item c_child ON c_child.id = c.child_id
                  WHERE (${edge.sql}) AND (${child.sql})`;
    const rows = await queryNamed<Record<string, unknown>>(
      this.ds,
      `WITH RECURSIVE bom(item_id, parent_id, depth, quantity, unit, path) AS (
         SELECT c.child_id, c.parent_id, 1, c.quantity, c.unit, ARRAY[c.parent_id, c.child_id]
         FROM composition c ${step} AND c.parent_id = :rootId
         UNION ALL
         SELECT c.child_id, c.parent_id, b.depth + 1, b.quantity * c.quantity, c.unit, b.path || c.child_id
         FROM bom b JOIN composition c ON c.parent_id = b.item_id ${step} AND b.depth < :maxDepth
           AND NOT c.child_id = ANY(b.path)
       )
       SELECT b.parent_id AS "parentId", b.depth, b.quantity AS "lineQuantity", b.unit, b.path, ${itemColumns('i')}
       FROM bom b JOIN item i ON i.id = b.item_id
       ORDER BY b.path LIMIT ${MAX_EXPLOSION_LINES}`,
      { ...edge.params, ...child.params, rootId, maxDepth },
    );
    return rows.map((r) => {
      const { parentId, depth, lineQuantity, unit, path, ...item } = r;
      return {
        item: item as unknown as ItemRow,
        parentId: parentId as string,
        depth: Number(depth),
        quantity: Number(lineQuantity),
        unit: unit as string,
        path: path as string[],
      };
    });
  }

  /**
   * Who would see a supply link the actor contributes on an item, judged by the same rules that will
   * guard it: for each organisation the actor may know of (its own, those it shares with, the
   * participants of the product group's roadmaps it takes part in), the ability that organisation
   * would have, as far as the actor knows its participations. The item's own sharing list counts only
   * when the item is the actor's: someone else's item's sharing list is not the actor's to read.
   */
  async contributionAudience(
    actor: Actor,
    ability: AppAbility,
    itemId: string,
    visibility: Visibility,
    sharedWithIds: readonly string[],
  ): Promise<{ seeEverything: OrganisationEntity[]; seeFigures: OrganisationEntity[] }> {
    const item = await this.readableItem(this.ds.manager, ability, itemId, 'itemId');
    const sharedWith = await this.checkOrganisations(this.ds.manager, [...sharedWithIds], 'sharedWith');
    const p = accessibleWhere(ability, 'read', 'Participant', 'p');
    const known = await queryNamed<{ organisationId: string; roadmapId: string; role: ParticipantRole }>(
      this.ds,
      `SELECT p.organisation_id AS "organisationId", p.roadmap_id AS "roadmapId", p.role FROM participant p
       WHERE (${p.sql}) AND p.roadmap_id = ANY(CAST(:roadmapIds AS uuid[]))`,
      { ...p.params, roadmapIds: item.roadmapIds },
    );
    const candidates = [...new Set([actor.organisationId, ...sharedWith, ...known.map((k) => k.organisationId)])];
    const organisations = await this.ds.getRepository(OrganisationEntity).find({ where: { id: In(candidates) }, order: { name: 'ASC' } });
    const link = subject('SupplyLink', {
      id: '',
      itemId: item.id,
      contributedByOrgId: actor.organisationId,
      visibility,
      sharedWith,
      roadmapIds: item.roadmapIds,
    });
    const asItem = subject('Item', { ...item, sharedWith: item.ownerOrgId === actor.organisationId ? item.sharedWith : [] });
    const seeEverything: OrganisationEntity[] = [];
    const seeFigures: OrganisationEntity[] = [];
    for (const organisation of organisations) {
      const reader = defineAbilityFor({
        userId: '',
        organisationId: organisation.id,
        organisationKind: organisation.kind,
        role: 'VIEWER',
        participations: known.filter((k) => k.organisationId === organisation.id).map(({ roadmapId, role }) => ({ roadmapId, role })),
      });
      if (!reader.can('read', link) || !reader.can('read', asItem)) continue;
      (permittedFields(reader, 'read', link).includes('supplierName') ? seeEverything : seeFigures).push(organisation);
    }
    return { seeEverything, seeFigures };
  }

  // ---- writes -----------------------------------------------------------------------------------

  async createItem(actor: Actor, ability: AppAbility, input: CreateItemInput): Promise<ItemRow> {
    const name = assertText(input.name, 'name');
    return this.ds.transaction(async (em) => {
      if (!isUuid(input.productGroupId) || !(await em.existsBy(ProductGroupEntity, { id: input.productGroupId }))) {
        throw new DomainError('NOT_FOUND', 'product group not found', 'productGroupId');
      }
      const sharedWith = await this.checkOrganisations(em, input.sharedWith ?? [], 'sharedWith');
      const roadmapIds = await this.roadmapsOf(em, input.productGroupId);
      const candidate = { ownerOrgId: actor.organisationId, visibility: input.visibility, sharedWith, roadmapIds };
      if (!ability.can('create', subject('Item', { id: '', ...candidate }))) throw forbidden('You may not add items to the chain');
      const saved = await em.save(
        em.create(ItemEntity, {
          productGroupId: input.productGroupId,
          kind: input.kind,
          name,
          description: input.description?.trim() || null,
          ownerOrgId: actor.organisationId,
          visibility: input.visibility,
          sharedWith,
        }),
      );
      await recordAudit(em, actor, 'item.create', 'Item', saved.id, { name, kind: input.kind, visibility: input.visibility });
      return this.itemRow(em, saved.id);
    });
  }

  async updateItem(actor: Actor, ability: AppAbility, id: string, input: UpdateItemInput): Promise<ItemRow> {
    return this.ds.transaction(async (em) => {
      const before = await this.readableItem(em, ability, id, 'id', true);
      if (!ability.can('update', subject('Item', { ...before }))) throw forbidden('You may not change this item');
      const after = {
        ...before,
        name: input.name === undefined || input.name === null ? before.name : assertText(input.name, 'name'),
        description: input.description === undefined ? before.description : input.description?.trim() || null,
        visibility: input.visibility ?? before.visibility,
        sharedWith: input.sharedWith ? await this.checkOrganisations(em, input.sharedWith, 'sharedWith') : before.sharedWith,
      };
      if (!ability.can('update', subject('Item', { ...after }))) throw forbidden('You may not make this change');
      await em.update(ItemEntity, { id }, { name: after.name, description: after.description, visibility: after.visibility, sharedWith: after.sharedWith });
      await recordAudit(em, actor, 'item.update', 'Item', id, diff(before, after, ['name', 'description', 'visibility', 'sharedWith']));
      return this.itemRow(em, id);
    });
  }

  async deleteItem(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const item = await this.readableItem(em, ability, id, 'id', true);
      if (!ability.can('delete', subject('Item', { ...item }))) throw forbidden('You may not delete this item');
      // Only assemblies the actor can see may hold the deletion up: counting the others would tell
      // that someone uses the item where the actor cannot look.
      const edge = accessibleWhere(ability, 'read', 'Composition', 'c');
      const [{ used }] = await queryNamed<{ used: number }>(
        em,
        `SELECT count(*)::int AS used FROM composition c JOIN item c_parent ON c_parent.id = c.parent_id
         WHERE (${edge.sql}) AND c.child_id = CAST(:id AS uuid)`,
        { ...edge.params, id },
      );
      if (used > 0) {
        throw new DomainError('CONFLICT', `"${item.name}" is still used in ${used} assemblies you can see; remove it from them first`, 'id');
      }
      // The owner may withdraw its item: assemblies the actor cannot see lose it as a part, and
      // their owners find that in their own audit trail.
      // (A CTE, because TypeORM answers a bare DELETE ... RETURNING with [rows, count].)
      const hidden: { id: string; parentId: string; ownerOrgId: string }[] = await em.query(
        `WITH removed AS (
           DELETE FROM composition c USING item p WHERE p.id = c.parent_id AND c.child_id = $1
           RETURNING c.id, c.parent_id AS "parentId", p.owner_org_id AS "ownerOrgId"
         ) SELECT * FROM removed`,
        [id],
      );
      for (const removed of hidden) {
        await recordAudit(em, { userId: null, organisationId: removed.ownerOrgId }, 'composition.delete', 'Composition', removed.id, {
          parentId: removed.parentId,
          childId: id,
          because: 'the owner of the part deleted it',
        });
      }
      await em.delete(ItemEntity, { id });
      await recordAudit(em, actor, 'item.delete', 'Item', id, { name: item.name });
      return true;
    });
  }

  async addComposition(actor: Actor, ability: AppAbility, input: AddCompositionInput): Promise<CompositionRow> {
    if (!(input.quantity > 0) || !Number.isFinite(input.quantity)) throw badInput('quantity', 'quantity must be more than 0');
    const unit = assertText(input.unit, 'unit', 20);
    return this.ds.transaction(async (em) => {
      // Composition writes take turns, so two concurrent edges cannot close a cycle together.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['routekaart.composition']);
      const parent = await this.readableItem(em, ability, input.parentId, 'parentId');
      const child = await this.readableItem(em, ability, input.childId, 'childId');
      const edge = { parentId: parent.id, childId: child.id, ...pick(parent, ['ownerOrgId', 'visibility', 'sharedWith', 'roadmapIds']) };
      if (!ability.can('create', subject('Composition', edge))) throw forbidden(`You may not change what "${parent.name}" is made of`);
      if (parent.id === child.id) throw badInput('childId', 'an item cannot contain itself');
      const cycle = await this.pathBetween(em, ability, child.id, parent.id);
      if (cycle) {
        const names = await this.names(em, [parent.id, ...cycle]);
        throw badInput('childId', `adding "${child.name}" to "${parent.name}" would create a cycle: ${names.join(' → ')}`);
      }
      if (await em.existsBy(CompositionEntity, { parentId: parent.id, childId: child.id })) {
        throw new DomainError('CONFLICT', `"${child.name}" is already part of "${parent.name}"`, 'childId');
      }
      const saved = await em.save(em.create(CompositionEntity, { parentId: parent.id, childId: child.id, quantity: input.quantity, unit }));
      await recordAudit(em, actor, 'composition.create', 'Composition', saved.id, { parentId: parent.id, childId: child.id, quantity: input.quantity, unit });
      return { id: saved.id, parentId: saved.parentId, childId: saved.childId, quantity: Number(saved.quantity), unit: saved.unit };
    });
  }

  async removeComposition(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const edge = await this.readableComposition(em, ability, id);
      if (!ability.can('delete', subject('Composition', { ...edge }))) throw forbidden('You may not change this assembly');
      await em.delete(CompositionEntity, { id });
      await recordAudit(em, actor, 'composition.delete', 'Composition', id, { parentId: edge.parentId, childId: edge.childId });
      return true;
    });
  }

  async createSupplyLink(actor: Actor, ability: AppAbility, input: CreateSupplyLinkInput): Promise<SupplyLinkModel> {
    if (!input.visibility) throw badInput('visibility', 'choose who may see this supply link (OWNER, GOVERNMENT or ROADMAP)');
    validateSupplyLink(input);
    const created = await this.ds.transaction(async (em) => {
      const item = await this.readableItem(em, ability, input.itemId, 'itemId', true);
      const sharedWith = await this.checkOrganisations(em, input.sharedWith ?? [], 'sharedWith');
      if (input.supplierOrgId) await this.checkOrganisations(em, [input.supplierOrgId], 'supplierOrgId');
      const candidate = {
        id: '',
        itemId: item.id,
        contributedByOrgId: actor.organisationId,
        visibility: input.visibility!,
        sharedWith,
        roadmapIds: item.roadmapIds,
      };
      if (!ability.can('create', subject('SupplyLink', candidate))) throw forbidden(`You may not add supply links to "${item.name}"`);
      await this.assertItemShares(em, actor, item.id, null, input.share ?? null);
      const saved = await em.save(
        em.create(SupplyLinkEntity, {
          itemId: item.id,
          supplierOrgId: input.supplierOrgId ?? null,
          supplierName: input.supplierName?.trim() || null,
          country: input.country ?? null,
          share: input.share ?? null,
          tier: input.tier ?? null,
          leadTimeWeeks: input.leadTimeWeeks ?? null,
          stockMonths: input.stockMonths ?? null,
          singleSource: input.singleSource ?? false,
          visibility: input.visibility!,
          sharedWith,
          contributedByOrgId: actor.organisationId,
        }),
      );
      await recordAudit(em, actor, 'supplyLink.create', 'SupplyLink', saved.id, { itemId: item.id, visibility: input.visibility });
      return this.supplyLinkRow(em, saved.id);
    });
    await this.announce('CREATED', created);
    return visibleSupplyLink(ability, created);
  }

  async updateSupplyLink(actor: Actor, ability: AppAbility, id: string, input: SupplyLinkInput): Promise<SupplyLinkModel> {
    validateSupplyLink(input);
    const updated = await this.ds.transaction(async (em) => {
      const before = await this.readableSupplyLink(em, ability, id);
      if (!ability.can('update', subject('SupplyLink', { ...before }))) throw forbidden('You may not change this supply link');
      const changes: Partial<SupplyLinkRow> = {};
      for (const key of ['supplierOrgId', 'supplierName', 'country', 'share', 'tier', 'leadTimeWeeks', 'stockMonths', 'singleSource', 'visibility'] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      if (input.sharedWith) changes.sharedWith = await this.checkOrganisations(em, input.sharedWith, 'sharedWith');
      if (changes.visibility === null) throw badInput('visibility', 'visibility cannot be removed');
      const after = { ...before, ...changes };
      if (!after.supplierOrgId && !after.supplierName) throw badInput('supplierName', 'name the supplier or choose its organisation');
      if (!ability.can('update', subject('SupplyLink', { ...after }))) throw forbidden('You may not make this change');
      if (changes.share !== undefined) await this.assertItemShares(em, actor, before.itemId, id, after.share);
      const { roadmapIds: _r, id: _i, itemId: _it, contributedByOrgId: _c, ...columns } = after;
      await em.update(SupplyLinkEntity, { id }, columns);
      await recordAudit(em, actor, 'supplyLink.update', 'SupplyLink', id, diff(before, after, Object.keys(changes) as (keyof SupplyLinkRow)[]));
      return this.supplyLinkRow(em, id);
    });
    await this.announce('UPDATED', updated);
    return visibleSupplyLink(ability, updated);
  }

  async deleteSupplyLink(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    const deleted = await this.ds.transaction(async (em) => {
      const link = await this.readableSupplyLink(em, ability, id);
      if (!ability.can('delete', subject('SupplyLink', { ...link }))) throw forbidden('You may not delete this supply link');
      await em.delete(SupplyLinkEntity, { id });
      await recordAudit(em, actor, 'supplyLink.delete', 'SupplyLink', id, { itemId: link.itemId });
      return link;
    });
    await this.announce('DELETED', deleted);
    return true;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** An item the viewer may read, or NOT_FOUND naming `field` (so hidden items stay hidden). */
  private async readableItem(em: EntityManager, ability: AppAbility, id: string, field: string, lock = false): Promise<ItemRow> {
    const f = accessibleWhere(ability, 'read', 'Item', 'i');
    const [row] = await queryNamed<ItemRow>(
      em,
      `SELECT ${itemColumns('i')} FROM item i WHERE (${f.sql}) AND i.id = CAST(:id AS uuid) ${lock ? 'FOR UPDATE OF i' : ''}`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'item not found', field);
    return row;
  }

  private async readableSupplyLink(em: EntityManager, ability: AppAbility, id: string, lock = true): Promise<SupplyLinkRow> {
    const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
    const [row] = await queryNamed<Record<string, unknown>>(
      em,
      `SELECT ${supplyLinkColumns('sl')} FROM supply_link sl WHERE (${f.sql}) AND sl.id = CAST(:id AS uuid) ${lock ? 'FOR UPDATE OF sl' : ''}`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'supply link not found', 'id');
    return toSupplyLinkRow(row as never);
  }

  private async readableComposition(em: EntityManager, ability: AppAbility, id: string) {
    const f = accessibleWhere(ability, 'read', 'Composition', 'c');
    const [row] = await queryNamed<Record<string, unknown>>(
      em,
      `SELECT ${compositionColumns('c')}, c_parent.owner_org_id AS "ownerOrgId", c_parent.visibility, c_parent.shared_with AS "sharedWith",
              ${roadmapIdsOfProductGroupSql('c_parent.product_group_id')} AS "roadmapIds"
       FROM composition c JOIN item c_parent ON c_parent.id = c.parent_id
       WHERE (${f.sql}) AND c.id = CAST(:id AS uuid)`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'composition not found', 'id');
    return {
      ...toCompositionRow(row as never),
      ownerOrgId: row.ownerOrgId as string,
      visibility: row.visibility as Visibility,
      sharedWith: row.sharedWith as string[],
      roadmapIds: row.roadmapIds as string[],
    };
  }

  private async itemRow(em: EntityManager, id: string): Promise<ItemRow> {
    const [row] = await em.query(`SELECT ${itemColumns('i')} FROM item i WHERE i.id = $1`, [id]);
    return row as ItemRow;
  }

  private async supplyLinkRow(em: EntityManager, id: string): Promise<SupplyLinkRow> {
    const [row] = await em.query(`SELECT ${supplyLinkColumns('sl')} FROM supply_link sl WHERE sl.id = $1`, [id]);
    return toSupplyLinkRow(row);
  }

  /**
   * The ids of a path from `from` down to `to` through edges and items the actor may read, if there
   * is one. Only what the actor can see may refuse its edit: a path through another company's hidden
   * assembly would otherwise tell that it exists. Edges of different companies can therefore close a
   * cycle nobody sees whole; every reader of the chain stops at a repeated item.
   */
  private async pathBetween(em: EntityManager, ability: AppAbility, from: string, to: string): Promise<string[] | null> {
    const edge = accessibleWhere(ability, 'read', 'Composition', 'c');
    const [row] = await queryNamed<{ path: string[] }>(
      em,
      `WITH RECURSIVE down(id, path) AS (
         SELECT CAST(:from AS uuid), ARRAY[CAST(:from AS uuid)]
         UNION ALL
         SELECT c.child_id, d.path || c.child_id FROM down d JOIN composition c ON c.parent_id = d.id
         JOIN item c_parent ON c_parent.id = c.parent_id
         WHERE NOT c.child_id = ANY(d.path) AND (${edge.sql})
       )
       SELECT path FROM down WHERE id = CAST(:to AS uuid) LIMIT 1`,
      { ...edge.params, from, to },
    );
    return row ? row.path : null;
  }

  /** Names of items on a path the actor may read (every item on it is readable). */
  private async names(em: EntityManager, ids: string[]): Promise<string[]> {
    const rows: { id: string; name: string }[] = await em.query('SELECT id, name FROM item WHERE id = ANY($1::uuid[])', [ids]);
    const byId = new Map(rows.map((r) => [r.id, r.name]));
    return ids.map((id) => byId.get(id)!);
  }

  private async roadmapsOf(em: EntityManager, productGroupId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query('SELECT id FROM roadmap WHERE product_group_id = $1', [productGroupId]);
    return rows.map((r) => r.id);
  }

  private async checkOrganisations(em: EntityManager, ids: string[], field: string): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    if (unique.some((id) => !isUuid(id))) throw badInput(field, `${field} lists an organisation that does not exist`);
    const found = await em.countBy(OrganisationEntity, unique.map((id) => ({ id })));
    if (found !== unique.length) throw badInput(field, `${field} lists an organisation that does not exist`);
    return unique;
  }

  /**
   * A contributor's own links of an item describe how it sources the item, so their shares add up
   * to at most 100%. Links of other organisations never count: a total over links the actor cannot
   * see would tell what they add up to (by its message, or by success and failure), and two buyers
   * of the same part each describe their own sourcing. Every aggregate and the analysis read only
   * what their reader may see.
   */
  private async assertItemShares(em: EntityManager, actor: Actor, itemId: string, exceptId: string | null, share: number | null): Promise<void> {
    if (share === null) return;
    const rows: { share: string | null }[] = await em.query(
      `SELECT share FROM supply_link WHERE item_id = $1 AND contributed_by_org_id = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [itemId, actor.organisationId, exceptId],
    );
    assertShareTotal([...rows.map((r) => (r.share === null ? null : Number(r.share))), share], 'share', 'the supply links your organisation recorded for this item');
  }
}

function validateSupplyLink(input: SupplyLinkInput): void {
  assertShare(input.share, 'share');
  assertCountry(input.country, 'country');
  assertNonNegative(input.leadTimeWeeks, 'leadTimeWeeks');
  assertNonNegative(input.stockMonths, 'stockMonths');
  if (input.tier !== undefined && input.tier !== null && (input.tier < 1 || input.tier > 10)) throw badInput('tier', 'tier must be between 1 and 10');
  if (input.supplierName !== undefined && input.supplierName !== null && input.supplierName.trim().length > 200) {
    throw badInput('supplierName', 'supplierName may be at most 200 characters');
  }
  if ('itemId' in input && !input.supplierOrgId && !input.supplierName?.trim()) {
    throw badInput('supplierName', 'name the supplier or choose its organisation');
  }
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

function diff<T extends object>(before: T, after: T, keys: (keyof T)[]): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of keys) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[String(k)] = { from: before[k], to: after[k] };
  }
  return out;
}

