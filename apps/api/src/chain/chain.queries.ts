import type { EntityManager } from 'typeorm';
import { redactFieldsOf, redactOwnRow, type AppAbility } from '@routekaart/access';
import { accessibleWhere, OrganisationEntity, roadmapIdsOfProductGroupSql as roadmapIds, type ItemKind, type Visibility } from '@routekaart/db';
import { badInput, DomainError } from '@routekaart/domain';
import { isUuid } from '../common/ids';
import { num, queryNamed } from '../common/sql';
import type { ItemModel, SupplyLinkModel } from './chain.models';

// The chain's SQL in one place: the row shapes, the SELECT lists every path shares, the
// `readable*` loads (rows filtered with the reader's rules: NOT_FOUND when missing or hidden),
// and the redaction that turns a row into what the reader may see of it.

/** Stands in for a client-supplied id that is no uuid: it matches nothing, like an unknown id. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

// ---- rows ---------------------------------------------------------------------------------------

/** An item as the chain queries return it, with what the permission rules read. */
export interface ItemRow {
  id: string;
  kind: ItemKind;
  name: string;
  description: string | null;
  visibility: Visibility;
  productGroupId: string;
  ownerOrgId: string;
  sharedWith: string[];
  roadmapIds: string[];
}

export interface SupplyLinkRow {
  id: string;
  itemId: string;
  supplierOrgId: string | null;
  supplierName: string | null;
  country: string | null;
  share: number | null;
  tier: number | null;
  leadTimeWeeks: number | null;
  stockMonths: number | null;
  singleSource: boolean;
  visibility: Visibility;
  sharedWith: string[];
  contributedByOrgId: string;
  roadmapIds: string[];
}

export interface CompositionRow {
  id: string;
  parentId: string;
  childId: string;
  quantity: number;
  unit: string;
}

type Raw<T> = { [K in keyof T]: unknown };

export const toSupplyLinkRow = (r: Raw<SupplyLinkRow>): SupplyLinkRow => ({
  ...(r as SupplyLinkRow),
  share: num(r.share as string | null),
  leadTimeWeeks: num(r.leadTimeWeeks as string | null),
  stockMonths: num(r.stockMonths as string | null),
});

export const toCompositionRow = (r: Raw<CompositionRow>): CompositionRow => ({
  ...(r as CompositionRow),
  quantity: Number(r.quantity),
});

// ---- SELECT lists: every path returns rows of the same shape ----------------------------------------

export const itemColumns = (a: string) => `
  ${a}.id, ${a}.kind, ${a}.name, ${a}.description, ${a}.visibility,
  ${a}.product_group_id AS "productGroupId", ${a}.owner_org_id AS "ownerOrgId",
  ${a}.shared_with AS "sharedWith", ${roadmapIds(`${a}.product_group_id`)} AS "roadmapIds"`;

/**
 * A supply link's columns; `productGroupOf` is the SQL of its item's product group: by default the
 * item looked up, or the product group column of the item where a statement joins it (a lookup less
 * per row).
 */
export const supplyLinkColumns = (a: string, productGroupOf = `(SELECT li.product_group_id FROM item li WHERE li.id = ${a}.item_id)`) => `
  ${a}.id, ${a}.item_id AS "itemId", ${a}.supplier_org_id AS "supplierOrgId", ${a}.supplier_name AS "supplierName",
  ${a}.country, ${a}.share, ${a}.tier, ${a}.lead_time_weeks AS "leadTimeWeeks", ${a}.stock_months AS "stockMonths",
  ${a}.single_source AS "singleSource", ${a}.visibility, ${a}.shared_with AS "sharedWith",
  ${a}.contributed_by_org_id AS "contributedByOrgId",
  ${roadmapIds(productGroupOf)} AS "roadmapIds"`;

/**
 * The item of a supply link, joined to it as `a`, in columns named `item.<field>` beside the link's
 * (`supplyLinkColumns`): a list of links brings its items' rows in the same statement. The item's
 * roadmapIds are its product group's, which the link's row already carries.
 */
export const linkedItemColumns = (a: string) => `
  ${a}.kind AS "item.kind", ${a}.name AS "item.name", ${a}.description AS "item.description",
  ${a}.visibility AS "item.visibility", ${a}.product_group_id AS "item.productGroupId",
  ${a}.owner_org_id AS "item.ownerOrgId", ${a}.shared_with AS "item.sharedWith"`;

/** A row of `supplyLinkColumns` + `linkedItemColumns` as the link's row and its item's (`ItemRow`). */
export function splitLinkedItem(r: Record<string, unknown>): { link: SupplyLinkRow; item: ItemRow } {
  // Field by field in supplyLinkColumns' order: what toSupplyLinkRow gives, without the item's columns.
  const link: Raw<SupplyLinkRow> = {
    id: r.id,
    itemId: r.itemId,
    supplierOrgId: r.supplierOrgId,
    supplierName: r.supplierName,
    country: r.country,
    share: num(r.share as string | null),
    tier: r.tier,
    leadTimeWeeks: num(r.leadTimeWeeks as string | null),
    stockMonths: num(r.stockMonths as string | null),
    singleSource: r.singleSource,
    visibility: r.visibility,
    sharedWith: r.sharedWith,
    contributedByOrgId: r.contributedByOrgId,
    roadmapIds: r.roadmapIds,
  };
  return { link: link as SupplyLinkRow, item: linkedItemRow(r, r.itemId, r.roadmapIds) };
}

/** The item of `linkedItemColumns` in a row, given its id and roadmapIds (which the row has elsewhere). */
export function linkedItemRow(r: Record<string, unknown>, id: unknown, roadmapIds: unknown): ItemRow {
  const item: Raw<ItemRow> = {
    id,
    kind: r['item.kind'],
    name: r['item.name'],
    description: r['item.description'],
    visibility: r['item.visibility'],
    productGroupId: r['item.productGroupId'],
    ownerOrgId: r['item.ownerOrgId'],
    sharedWith: r['item.sharedWith'],
    roadmapIds,
  };
  return item as ItemRow;
}

export const compositionColumns = (a: string) => `
  ${a}.id, ${a}.parent_id AS "parentId", ${a}.child_id AS "childId", ${a}.quantity, ${a}.unit`;

// ---- what the reader sees -----------------------------------------------------------------------

// Lists redact many rows with one ability: `redactFieldsOf` works out the permitted fields once per
// kind of row (which rules match) instead of once per row.

/** What a viewer sees of an item: the row with the fields they may not read (whose it is) set to null. */
export function visibleItem(ability: AppAbility, row: ItemRow): ItemModel {
  return redactFieldsOf(ability, 'read', 'Item', row) as unknown as ItemModel;
}

/** What a viewer sees of a supply link: the row with the fields they may not read set to null. */
export function visibleSupplyLink(ability: AppAbility, row: SupplyLinkRow): SupplyLinkModel {
  return redactFieldsOf(ability, 'read', 'SupplyLink', row) as unknown as SupplyLinkModel;
}

/** `visibleItem` for a row a list has just read and owns: redacted in place, not copied. */
export function visibleItemOfPage(ability: AppAbility, row: ItemRow): ItemModel {
  return redactOwnRow(ability, 'read', 'Item', row) as unknown as ItemModel;
}

/** `visibleSupplyLink` for a row a list has just read and owns: redacted in place, not copied. */
export function visibleSupplyLinkOfPage(ability: AppAbility, row: SupplyLinkRow): SupplyLinkModel {
  return redactOwnRow(ability, 'read', 'SupplyLink', row) as unknown as SupplyLinkModel;
}

// ---- readable rows: NOT_FOUND when missing or hidden, so hidden rows stay hidden ---------------------

/** An item the viewer may read, or NOT_FOUND naming `field`. */
export async function readableItem(em: EntityManager, ability: AppAbility, id: string, field: string, lock = false): Promise<ItemRow> {
  const f = accessibleWhere(ability, 'read', 'Item', 'i');
  const [row] = await queryNamed<ItemRow>(
    em,
    `SELECT ${itemColumns('i')} FROM item i WHERE (${f.sql}) AND i.id = CAST(:id AS uuid) ${lock ? 'FOR UPDATE OF i' : ''}`,
    { ...f.params, id: isUuid(id) ? id : null },
  );
  if (!row) throw new DomainError('NOT_FOUND', 'item not found', field);
  return row;
}

/** A supply link the viewer may read (locked for a write by default), or NOT_FOUND on `id`. */
export async function readableSupplyLink(em: EntityManager, ability: AppAbility, id: string, lock = true): Promise<SupplyLinkRow> {
  const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
  const [row] = await queryNamed<Record<string, unknown>>(
    em,
    `SELECT ${supplyLinkColumns('sl')} FROM supply_link sl WHERE (${f.sql}) AND sl.id = CAST(:id AS uuid) ${lock ? 'FOR UPDATE OF sl' : ''}`,
    { ...f.params, id: isUuid(id) ? id : null },
  );
  if (!row) throw new DomainError('NOT_FOUND', 'supply link not found', 'id');
  return toSupplyLinkRow(row as never);
}

/** A composition edge the viewer may read, with its parent's fields the permission rules read; NOT_FOUND on `id`. */
export async function readableComposition(em: EntityManager, ability: AppAbility, id: string) {
  const f = accessibleWhere(ability, 'read', 'Composition', 'c');
  const [row] = await queryNamed<Record<string, unknown>>(
    em,
    `SELECT ${compositionColumns('c')}, c_parent.owner_org_id AS "ownerOrgId", c_parent.visibility, c_parent.shared_with AS "sharedWith",
            ${roadmapIds('c_parent.product_group_id')} AS "roadmapIds"
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

/** An item just written in this transaction (no filter: the writer may read it). */
export async function itemRow(em: EntityManager, id: string): Promise<ItemRow> {
  const [row] = await em.query(`SELECT ${itemColumns('i')} FROM item i WHERE i.id = $1`, [id]);
  return row as ItemRow;
}

/** A supply link just written in this transaction (no filter: the writer may read it). */
export async function supplyLinkRow(em: EntityManager, id: string): Promise<SupplyLinkRow> {
  const [row] = await em.query(`SELECT ${supplyLinkColumns('sl')} FROM supply_link sl WHERE sl.id = $1`, [id]);
  return toSupplyLinkRow(row);
}

/** The organisations a write names (sharing, supplier), each once; BAD_USER_INPUT on `field` when one does not exist. */
export async function checkOrganisations(em: EntityManager, ids: string[], field: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  if (unique.some((id) => !isUuid(id))) throw badInput(field, `${field} lists an organisation that does not exist`);
  const found = await em.countBy(OrganisationEntity, unique.map((id) => ({ id })));
  if (found !== unique.length) throw badInput(field, `${field} lists an organisation that does not exist`);
  return unique;
}

/** The audit record of an update: each changed field with its value before and after. */
export function changedFields<T extends object>(before: T, after: T, keys: (keyof T)[]): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of keys) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[String(k)] = { from: before[k], to: after[k] };
  }
  return out;
}
