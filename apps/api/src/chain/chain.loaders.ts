import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, roadmapIdsOfProductGroupSql as roadmapIds } from '@routekaart/db';
import { isUuid } from '../common/ids';
import { groupByKey } from '../common/loaders';
import { withPreloaded } from '../common/preloaded-fields';
import type { RequestContext } from '../common/request-context';
import { queryNamed, queryPrepared } from '../common/sql';
import type { MaterialLoaders } from '../materials/material.loaders';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import type { ItemModel, SupplyLinkModel } from './chain.models';
import { contributionAudiences, type Audience } from './contribution-audience';
import {
  compositionColumns,
  itemColumns,
  linkedItemColumns,
  linkedItemRow,
  supplyLinkColumns,
  toSupplyLinkRow,
  visibleItem,
  visibleSupplyLink,
  type CompositionRow,
  type ItemRow,
} from './chain.queries';

export interface ChainLoaders {
  /** Items the viewer may read, by id, as it sees them (null when missing or not readable). */
  itemById: DataLoader<string, ItemModel | null>;
  /** Bill-of-materials edges below an item whose parent and child the viewer may read. */
  childrenOf: DataLoader<string, CompositionRow[]>;
  /** Edges above an item whose parent and child the viewer may read. */
  parentsOf: DataLoader<string, CompositionRow[]>;
  /** Supply links of an item the viewer may read, as it sees them (fields it may not read are null). */
  supplyLinksOf: DataLoader<string, SupplyLinkModel[]>;
  materialsOf: DataLoader<string, { itemId: string; materialId: string; quantityKg: number | null }[]>;
  /**
   * Every supply link of an item, also those the viewer may not read, reduced to what an aggregate
   * needs (country, share, contributor) and whether the viewer may read it. Never sent as such.
   */
  supplyContributionsOf: DataLoader<string, { country: string | null; share: number | null; organisationId: string; visibleToViewer: boolean }[]>;
  /**
   * Who sees a supply link, by its id: only for links the viewer's own organisation contributed on
   * items it may read (null for every other link, so nobody learns who else reads another company's link).
   */
  contributionAudienceOf: DataLoader<string, Audience | null>;
  /** Platforms above an item, through edges the viewer may read. */
  platformsUsingItem: DataLoader<string, ItemModel[]>;
  /** Platforms above the items that contain a material, through edges the viewer may read. */
  platformsUsingMaterial: DataLoader<string, ItemModel[]>;
}

/** The request context of the chain resolvers. */
export type ChainContext = RequestContext<ChainLoaders & MaterialLoaders & OrganisationLoaders>;

/**
 * One batched, permission-filtered query per kind of nested field and request: a page of 50
 * items with their children and supply links costs three statements, not 101. Items and supply
 * links come out as the viewer may see them (redacted by field access), so resolvers only map.
 */
export function createChainLoaders(ds: DataSource, ability: AppAbility | null, organisationId: string | null = null): ChainLoaders {
  const none = <T>(keys: readonly string[], empty: T) => Promise.resolve(keys.map(() => empty));
  const edges = (direction: 'children' | 'parents') => async (ids: readonly string[]) => {
    if (!ability) return none(ids, [] as CompositionRow[]);
    // Both items are joined (the child for its name to sort by): the item rules apply to those rows,
    // so the edge is checked by its own rules only, not by a further lookup of its child per edge.
    const edge = accessibleWhere(ability, 'read', 'Composition', 'c', { itemsJoinedReadable: true });
    const parent = accessibleWhere(ability, 'read', 'Item', 'c_parent');
    const child = accessibleWhere(ability, 'read', 'Item', 'c_child');
    const keyColumn = direction === 'children' ? 'c.parent_id' : 'c.child_id';
    // The item at the other end comes along: an edge answers `child` (or `parent`) from it, as
    // `itemById` would for the reader (it is readable: the conditions say so), instead of running
    // that field's resolver once per edge (withPreloaded).
    const [otherAlias, otherField] = direction === 'children' ? (['c_child', 'child'] as const) : (['c_parent', 'parent'] as const);
    // Prepared: a BOM page runs it for every page, and planning these conditions costs more than running them.
    const rows = await queryPrepared<Record<string, unknown>>(
      ds,
      `SELECT ${compositionColumns('c')}, ${linkedItemColumns(otherAlias)}, ${roadmapIds(`${otherAlias}.product_group_id`)} AS "item.roadmapIds"
       FROM composition c
       JOIN item c_parent ON c_parent.id = c.parent_id
       JOIN item c_child ON c_child.id = c.child_id
       WHERE (${edge.sql}) AND (${parent.sql}) AND (${child.sql}) AND ${keyColumn} = ANY(CAST(:ids AS uuid[]))
       ORDER BY c_child.name, c.id`,
      { ...edge.params, ...parent.params, ...child.params, ids: [...ids] },
    );
    const typed = rows.map((r) => {
      const edgeRow: CompositionRow = { id: r.id as string, parentId: r.parentId as string, childId: r.childId as string, quantity: Number(r.quantity), unit: r.unit as string };
      const other = linkedItemRow(r, direction === 'children' ? edgeRow.childId : edgeRow.parentId, r['item.roadmapIds']);
      return withPreloaded(edgeRow, { [otherField]: visibleItem(ability, other) });
    });
    return groupByKey(ids, typed, (r) => (direction === 'children' ? r.parentId : r.childId));
  };

  const platformsAbove = (from: 'item' | 'material') => async (ids: readonly string[]) => {
    if (!ability) return none(ids, [] as ItemModel[]);
    const edge = accessibleWhere(ability, 'read', 'Composition', 'c');
    const item = accessibleWhere(ability, 'read', 'Item', 'i');
    // Starts only from items the viewer may read: a hidden item answers like an unknown id.
    const seed =
      from === 'item'
        ? `SELECT i.id, i.id FROM item i WHERE i.id = ANY(CAST(:ids AS uuid[])) AND (${item.sql})`
        : `SELECT im.material_id, im.item_id FROM item_material im JOIN item i ON i.id = im.item_id
           WHERE im.material_id = ANY(CAST(:ids AS uuid[])) AND (${item.sql})`;
    const rows = await queryNamed<ItemRow & { startId: string }>(
      ds,
      `WITH RECURSIVE up(start_id, id) AS (
         ${seed}
         UNION
         SELECT up.start_id, c.parent_id FROM up JOIN composition c ON c.child_id = up.id
         JOIN item c_parent ON c_parent.id = c.parent_id WHERE (${edge.sql})
       )
       SELECT up.start_id AS "startId", ${itemColumns('i')} FROM up JOIN item i ON i.id = up.id
       WHERE i.kind = 'PLATFORM' AND (${item.sql}) ORDER BY i.name`,
      { ...edge.params, ...item.params, ids: [...ids] },
    );
    return groupByKey(ids, rows, (r) => r.startId).map((list) => list.map(({ startId: _s, ...row }) => visibleItem(ability, row as ItemRow)));
  };

  return {
    supplyContributionsOf: new DataLoader(async (itemIds) => {
      if (!ability) return none(itemIds, []);
      const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
      const rows = await queryNamed<{ itemId: string; country: string | null; share: string | null; organisationId: string; visibleToViewer: boolean }>(
        ds,
        `SELECT sl.item_id AS "itemId", sl.country, sl.share, sl.contributed_by_org_id AS "organisationId",
                COALESCE((${f.sql}), false) AS "visibleToViewer"
         FROM supply_link sl WHERE sl.item_id = ANY(CAST(:ids AS uuid[]))`,
        { ...f.params, ids: [...itemIds] },
      );
      return groupByKey(
        itemIds,
        rows.map((r) => ({ ...r, share: r.share === null ? null : Number(r.share) })),
        (r) => r.itemId,
      );
    }),
    contributionAudienceOf: new DataLoader(async (linkIds) => {
      if (!ability || !organisationId) return linkIds.map(() => null);
      const link = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
      const item = accessibleWhere(ability, 'read', 'Item', 'i');
      const rows = await queryNamed<ItemRow & { linkId: string; linkVisibility: SupplyLinkModel['visibility']; linkSharedWith: string[] }>(
        ds,
        `SELECT sl.id AS "linkId", sl.visibility AS "linkVisibility", sl.shared_with AS "linkSharedWith", ${itemColumns('i')}
         FROM supply_link sl JOIN item i ON i.id = sl.item_id
         WHERE (${link.sql}) AND (${item.sql}) AND sl.contributed_by_org_id = :org AND sl.id = ANY(CAST(:ids AS uuid[]))`,
        { ...link.params, ...item.params, org: organisationId, ids: linkIds.filter(isUuid) },
      );
      const audiences = await contributionAudiences(
        ds.manager,
        organisationId,
        ability,
        rows.map(({ linkId: _l, linkVisibility, linkSharedWith, ...item }) => ({ visibility: linkVisibility, sharedWith: linkSharedWith, item })),
      );
      const byId = new Map(rows.map((r, i) => [r.linkId, audiences[i]!]));
      return linkIds.map((id) => byId.get(id) ?? null);
    }),
    platformsUsingItem: new DataLoader(platformsAbove('item')),
    platformsUsingMaterial: new DataLoader(platformsAbove('material')),
    itemById: new DataLoader(async (ids) => {
      if (!ability) return ids.map(() => null);
      const f = accessibleWhere(ability, 'read', 'Item', 'i');
      const rows = await queryNamed<ItemRow>(
        ds,
        `SELECT ${itemColumns('i')} FROM item i WHERE (${f.sql}) AND i.id = ANY(CAST(:ids AS uuid[]))`,
        { ...f.params, ids: [...ids] },
      );
      const byId = new Map(rows.map((r) => [r.id, visibleItem(ability, r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenOf: new DataLoader(edges('children')),
    parentsOf: new DataLoader(edges('parents')),
    supplyLinksOf: new DataLoader(async (itemIds) => {
      if (!ability) return none(itemIds, [] as SupplyLinkModel[]);
      const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
      const rows = await queryNamed<Record<string, unknown>>(
        ds,
        `SELECT ${supplyLinkColumns('sl')} FROM supply_link sl
         WHERE (${f.sql}) AND sl.item_id = ANY(CAST(:ids AS uuid[]))
         ORDER BY sl.share DESC NULLS LAST, sl.id`,
        { ...f.params, ids: [...itemIds] },
      );
      return groupByKey(itemIds, rows.map((r) => visibleSupplyLink(ability, toSupplyLinkRow(r as never))), (r) => r.itemId);
    }),
    materialsOf: new DataLoader(async (itemIds) => {
      const rows = await queryNamed<{ itemId: string; materialId: string; quantityKg: string | null }>(
        ds,
        `SELECT im.item_id AS "itemId", im.material_id AS "materialId", im.quantity_kg AS "quantityKg"
         FROM item_material im JOIN material m ON m.id = im.material_id
         WHERE im.item_id = ANY(CAST(:ids AS uuid[])) ORDER BY m.name`,
        { ids: [...itemIds] },
      );
      return groupByKey(
        itemIds,
        rows.map((r) => ({ ...r, quantityKg: r.quantityKg === null ? null : Number(r.quantityKg) })),
        (r) => r.itemId,
      );
    }),
  };
}
