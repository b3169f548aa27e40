import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, CompositionEntity, ItemEntity, ProductGroupEntity } from '@routekaart/db';
import { assertText, badInput, DomainError, forbidden, notFound } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../common/pagination';
import { queryNamed, queryPrepared } from '../common/sql';
import { isUuid } from '../common/ids';
import type { AddCompositionInput, CreateItemInput, UpdateItemInput } from './chain.inputs';
import type { ChainLoaders } from './chain.loaders';
import type { ItemModel, ProductGroupModel } from './chain.models';
import {
  changedFields,
  checkOrganisations,
  itemColumns,
  itemRow,
  readableComposition,
  readableItem,
  visibleItem,
  visibleItemOfPage,
  type CompositionRow,
  type ItemRow,
} from './chain.queries';

export interface BomLine {
  item: ItemModel;
  parentId: string;
  depth: number;
  /** Units of this item in one unit of the root, along this path. */
  quantity: number;
  unit: string;
  path: string[];
}

const MAX_EXPLOSION_LINES = 5000;

/**
 * The bill of materials: product groups, their items and what each is made of (compositions),
 * read and maintained within the viewer's ability. Items come back as the viewer may see them
 * (whose an item is stays null for readers through its visibility).
 */
@Injectable()
export class BomService {
  constructor(private readonly ds: DataSource) {}

  // ---- reads ------------------------------------------------------------------------------------

  /** Product groups are reference data every logged-in user reads. */
  productGroups(): Promise<ProductGroupModel[]> {
    return this.ds.getRepository(ProductGroupEntity).find({ order: { name: 'ASC' } });
  }

  async productGroup(id: string): Promise<ProductGroupModel> {
    const group = isUuid(id) ? await this.ds.getRepository(ProductGroupEntity).findOneBy({ id }) : null;
    if (!group) throw notFound('product group');
    return group;
  }

  async items(
    ability: AppAbility,
    productGroupId: string,
    options: { kind?: string | null; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<Page<ItemModel>> {
    const limit = pageSize(options.first);
    const cursor = decodeCursor(options.after);
    // Scoped to the product group: its roadmaps are looked up once per statement, not once per item.
    const f = accessibleWhere(ability, 'read', 'Item', 'i', { productGroupId });
    const where = [`(${f.sql})`];
    const params: Record<string, unknown> = { ...f.params };
    if (options.kind) {
      where.push('i.kind = :kind');
      params.kind = options.kind;
    }
    if (options.search?.trim()) {
      where.push(`i.name ILIKE :search`);
      params.search = `%${options.search.trim().replace(/[%_\\]/g, (c) => '\\' + c)}%`;
    }
    // Both prepared: every BOM page runs them, and planning the permission conditions costs more than running them.
    const [{ count }] = await queryPrepared<{ count: string }>(this.ds, `SELECT count(*) FROM item i WHERE ${where.join(' AND ')}`, params);
    if (cursor) {
      where.push('(i.name, i.id) > (:afterName, CAST(:afterId AS uuid))');
      params.afterName = cursor[0];
      params.afterId = cursor[1];
    }
    const rows = await queryPrepared<ItemRow>(
      this.ds,
      `SELECT ${itemColumns('i')} FROM item i WHERE ${where.join(' AND ')} ORDER BY i.name, i.id LIMIT ${limit + 1}`,
      params,
    );
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    // The cursor from the row as read, before the rows are redacted in place.
    const pageInfo = { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last.name, last.id) : null };
    return { nodes: nodes.map((row) => visibleItemOfPage(ability, row)), totalCount: Number(count), pageInfo };
  }

  /**
   * The bill of materials below an item, one line per path, through edges and items the viewer may
   * read only (a hidden component hides what is below it too).
   */
  /** One item through the reader's item loader: NOT_FOUND alike for a malformed id, a missing item and a hidden one. */
  async item(loaders: ChainLoaders, id: string): Promise<ItemModel> {
    const item = isUuid(id) ? await loaders.itemById.load(id) : null;
    if (!item) throw notFound('item');
    return item;
  }

  /** Platforms above an item or a material, through parts the reader may see (an unknown id uses nothing). */
  async whereUsed(loaders: ChainLoaders, itemId: string | null, materialId: string | null): Promise<ItemModel[]> {
    if (!!itemId === !!materialId) throw new DomainError('BAD_USER_INPUT', 'give either itemId or materialId', itemId ? 'materialId' : 'itemId');
    const id = (itemId ?? materialId)!;
    if (!isUuid(id)) return [];
    return itemId ? loaders.platformsUsingItem.load(id) : loaders.platformsUsingMaterial.load(id);
  }

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
        item: visibleItem(ability, item as unknown as ItemRow),
        parentId: parentId as string,
        depth: Number(depth),
        quantity: Number(lineQuantity),
        unit: unit as string,
        path: path as string[],
      };
    });
  }

  // ---- writes -----------------------------------------------------------------------------------

  async createItem(actor: Actor, ability: AppAbility, input: CreateItemInput): Promise<ItemModel> {
    const name = assertText(input.name, 'name');
    return this.ds.transaction(async (em) => {
      if (!isUuid(input.productGroupId) || !(await em.existsBy(ProductGroupEntity, { id: input.productGroupId }))) {
        throw new DomainError('NOT_FOUND', 'product group not found', 'productGroupId');
      }
      const sharedWith = await checkOrganisations(em, input.sharedWith ?? [], 'sharedWith');
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
      return visibleItem(ability, await itemRow(em, saved.id));
    });
  }

  async updateItem(actor: Actor, ability: AppAbility, id: string, input: UpdateItemInput): Promise<ItemModel> {
    return this.ds.transaction(async (em) => {
      const before = await readableItem(em, ability, id, 'id', true);
      if (!ability.can('update', subject('Item', { ...before }))) throw forbidden('You may not change this item');
      const after = {
        ...before,
        name: input.name === undefined || input.name === null ? before.name : assertText(input.name, 'name'),
        description: input.description === undefined ? before.description : input.description?.trim() || null,
        visibility: input.visibility ?? before.visibility,
        sharedWith: input.sharedWith ? await checkOrganisations(em, input.sharedWith, 'sharedWith') : before.sharedWith,
      };
      if (!ability.can('update', subject('Item', { ...after }))) throw forbidden('You may not make this change');
      await em.update(ItemEntity, { id }, { name: after.name, description: after.description, visibility: after.visibility, sharedWith: after.sharedWith });
      await recordAudit(em, actor, 'item.update', 'Item', id, changedFields(before, after, ['name', 'description', 'visibility', 'sharedWith']));
      return visibleItem(ability, await itemRow(em, id));
    });
  }

  async deleteItem(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const item = await readableItem(em, ability, id, 'id', true);
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
      const parent = await readableItem(em, ability, input.parentId, 'parentId');
      const child = await readableItem(em, ability, input.childId, 'childId');
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
      const edge = await readableComposition(em, ability, id);
      if (!ability.can('delete', subject('Composition', { ...edge }))) throw forbidden('You may not change this assembly');
      await em.delete(CompositionEntity, { id });
      await recordAudit(em, actor, 'composition.delete', 'Composition', id, { parentId: edge.parentId, childId: edge.childId });
      return true;
    });
  }

  // ---- helpers ----------------------------------------------------------------------------------

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
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}
