import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import { hiddenFields, type AppAbility } from '@routekaart/access';
import { accessibleWhere, OrganisationEntity, ProductGroupEntity, SupplyLinkEntity, type Visibility } from '@routekaart/db';
import {
  assertCountry,
  assertNonNegative,
  assertShare,
  assertShareTotal,
  badInput,
  DomainError,
  forbidden,
  recordsForViewer,
  sharesByCountry,
} from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../common/pagination';
import { isUuid } from '../common/ids';
import { queryNamed, queryPrepared } from '../common/sql';
import type { CreateSupplyLinkInput, SupplyLinkInput } from './chain.inputs';
import type { ItemModel, SupplyCountriesModel, SupplyLinkModel } from './chain.models';
import type { ContributionsAsSeenByModel } from './contributions-as-seen.models';
import type { ChainLoaders } from './chain.loaders';
import {
  changedFields,
  checkOrganisations,
  itemColumns,
  linkedItemColumns,
  NO_ID,
  readableItem,
  readableSupplyLink,
  splitLinkedItem,
  supplyLinkColumns,
  supplyLinkRow,
  toSupplyLinkRow,
  visibleItem,
  visibleItemOfPage,
  visibleSupplyLink,
  visibleSupplyLinkOfPage,
  type ItemRow,
  type SupplyLinkRow,
} from './chain.queries';
import { contributionAudiences, contributionSubjects, knownParticipations, readerAbilityOf, type Audience } from './contribution-audience';
import { ChainEvents, type ChangeKind } from './chain-events';

/**
 * Supply links: who supplies an item, from where and in which share. Read and maintained within
 * the viewer's ability, returned as the viewer may see them (supplier and contributor redacted by
 * field access), and announced to subscribers after each committed change.
 */
@Injectable()
export class SupplyLinkService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: ChainEvents,
  ) {}

  /** Tells subscribers (after the commit) that a supply link changed. */
  private async announce(kind: ChangeKind, link: SupplyLinkRow): Promise<void> {
    const [item] = await this.ds.query('SELECT product_group_id AS "productGroupId" FROM item WHERE id = $1', [link.itemId]);
    if (item) this.events.publish({ kind, productGroupId: item.productGroupId, link });
  }

  /**
   * An item's supply by country: the reader's own and readable contributions, plus others' hidden ones
   * only when the suppression rule lets them be combined (`recordsForViewer`), so the figure does not
   * depend on any one hidden contribution.
   */
  async supplyCountries(loaders: ChainLoaders, itemId: string): Promise<SupplyCountriesModel> {
    const contributions = await loaders.supplyContributionsOf.load(itemId);
    const { records, includesOthers, contributors } = recordsForViewer(contributions.map((c) => ({ ...c, weight: c.share ?? 0 })));
    return { countries: sharesByCountry(records), includesOthers, contributors };
  }

  // ---- reads ------------------------------------------------------------------------------------

  /** Supply links the viewer may see, of an item or a product group or matching a supplier name, one page. */
  async supplyLinks(
    actor: Actor,
    ability: AppAbility,
    filter: { itemId?: string | null; productGroupId?: string | null; mine?: boolean | null; search?: string | null },
    first?: number | null,
    after?: string | null,
  ): Promise<Page<SupplyLinkModel> & { items: ItemModel[] }> {
    if (!filter.itemId && !filter.productGroupId && !filter.search?.trim()) {
      throw badInput('itemId', 'give an itemId, a productGroupId or a search text');
    }
    // An id that is no uuid finds nothing, like an unknown one.
    const itemId = filter.itemId && !isUuid(filter.itemId) ? NO_ID : filter.itemId;
    const productGroupId = filter.productGroupId && !isUuid(filter.productGroupId) ? NO_ID : filter.productGroupId;
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    // Scoped to the product group when one is asked: the filter then keeps only that group's links and
    // looks its roadmaps up once per statement rather than once per link and once per link's item.
    // A link is read only with its item (accessibleWhere's READ_ONLY_WITH_ITEM): the statement joins
    // the item anyway, for its name, so the item's rules apply to that joined row (`sl_item`) instead
    // of to a second and third lookup of the same item per link.
    const scope = productGroupId ? { productGroupId } : {};
    const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl', { ...scope, itemsJoinedReadable: true });
    const fi = accessibleWhere(ability, 'read', 'Item', 'sl_item', scope);
    const params: Record<string, unknown> = { ...f.params, ...fi.params };
    let base = `(${f.sql}) AND (${fi.sql})`;
    if (itemId) {
      base += ' AND sl.item_id = CAST(:itemId AS uuid)';
      params.itemId = itemId;
    }
    if (filter.mine) {
      base += ' AND sl.contributed_by_org_id = :mineOrg';
      params.mineOrg = actor.organisationId;
    }
    if (filter.search?.trim()) {
      // Searches only what the viewer may see of the supplier: the name is matched only on rows where
      // the field access reveals it (the same rules that redact it in the answer).
      const named = accessibleWhere(ability, 'read', 'SupplyLink', 'sl', { field: 'supplierName', itemsJoinedReadable: true });
      base += ` AND sl.supplier_name ILIKE :search AND (${named.sql})`;
      Object.assign(params, named.params);
      params.search = `%${filter.search.trim().replace(/[%_\\]/g, (c) => '\\' + c)}%`;
    }
    const from = 'supply_link sl JOIN item sl_item ON sl_item.id = sl.item_id';
    // Within one product group every link's roadmaps are that group's: written with the parameter
    // rather than the row's column, PostgreSQL looks them up once per statement, not once per row.
    const productGroupOf = productGroupId ? 'CAST(:productGroupId AS uuid)' : 'sl_item.product_group_id';
    if (productGroupId) params.productGroupId = productGroupId;
    // With each link its item's row: the rows are what `itemById` would load for them, and
    // `item { name }` on the page needs no statement of its own.
    const rows = await queryPrepared<Record<string, unknown>>(
      this.ds,
      `SELECT ${supplyLinkColumns('sl', productGroupOf)}, ${linkedItemColumns('sl_item')}
       FROM ${from} WHERE ${base}
       ${cursor ? 'AND sl.id > CAST(:afterId AS uuid)' : ''} ORDER BY sl.id LIMIT ${limit + 1}`,
      { ...params, afterId: cursor?.[1] },
    );
    const hasNextPage = rows.length > limit;
    // A first page that holds every match is its own count; only a longer list or a later page is
    // counted apart (the same filter, so the total is the same either way).
    const countAll = async () => {
      const [{ count }] = await queryPrepared<{ count: string }>(this.ds, `SELECT count(*) FROM ${from} WHERE ${base}`, params);
      return Number(count);
    };
    const totalCount = !cursor && !hasNextPage ? rows.length : await countAll();
    const page = rows.slice(0, limit).map(splitLinkedItem);
    const last = page.at(-1)?.link;
    // The cursor from the row as read, before the rows are redacted in place.
    const pageInfo = { hasNextPage, endCursor: last ? encodeCursor(last.id, last.id) : null };
    return {
      nodes: page.map(({ link }) => visibleSupplyLinkOfPage(ability, link)),
      // Each link's item as `itemById` would load it for the reader (readable: the filter says so).
      items: page.map(({ item }) => visibleItemOfPage(ability, item)),
      totalCount,
      pageInfo,
    };
  }

  /** A supply link as the viewer sees it (fields it may not read are null); NOT_FOUND when it may not read it. */
  async supplyLink(ability: AppAbility, id: string): Promise<SupplyLinkModel> {
    return visibleSupplyLink(ability, await readableSupplyLink(this.ds.manager, ability, id, false));
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
   * Who would see a supply link the actor contributes on an item, judged by the same rules that will
   * guard it (`contributionAudiences`: the organisations the actor may know of, each with the ability
   * it would have as far as the actor knows its participations).
   */
  async contributionAudience(actor: Actor, ability: AppAbility, itemId: string, visibility: Visibility, sharedWithIds: readonly string[]): Promise<Audience> {
    const item = await readableItem(this.ds.manager, ability, itemId, 'itemId');
    const sharedWith = await checkOrganisations(this.ds.manager, [...sharedWithIds], 'sharedWith');
    const [audience] = await contributionAudiences(this.ds.manager, actor.organisationId, ability, [{ visibility, sharedWith, item }]);
    return audience!;
  }

  /**
   * The actor's organisation's own contributions to a product group (its supply links, and the items
   * it owns) as a user of `organisationId` would read them: that organisation's ability is built from
   * the participations the actor may read (as for the audience), and the normal redaction applies.
   * Only the actor's own data is looked at, so nothing here depends on what the actor may not read.
   */
  async contributionsAsSeenBy(actor: Actor, ability: AppAbility, organisationId: string, productGroupId: string): Promise<ContributionsAsSeenByModel> {
    const em = this.ds.manager;
    const organisation = isUuid(organisationId) ? await em.findOneBy(OrganisationEntity, { id: organisationId }) : null;
    if (!organisation) throw new DomainError('NOT_FOUND', 'organisation not found', 'organisationId');
    const group = isUuid(productGroupId) ? await em.findOneBy(ProductGroupEntity, { id: productGroupId }) : null;
    if (!group) throw new DomainError('NOT_FOUND', 'product group not found', 'productGroupId');
    const li = accessibleWhere(ability, 'read', 'Item', 'i');
    const ls = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
    const params = { ...li.params, ...ls.params, pg: group.id, org: actor.organisationId };
    // The organisation's own links on items it reads itself, and its own items.
    const linkRows = await queryNamed<Record<string, unknown>>(
      em,
      `SELECT ${supplyLinkColumns('sl')} FROM supply_link sl JOIN item i ON i.id = sl.item_id
       WHERE (${ls.sql}) AND (${li.sql}) AND i.product_group_id = CAST(:pg AS uuid) AND sl.contributed_by_org_id = :org
       ORDER BY i.name, sl.supplier_name NULLS LAST, sl.id`,
      params,
    );
    const links = linkRows.map((r) => toSupplyLinkRow(r as never));
    const items = await queryNamed<ItemRow>(
      em,
      `SELECT ${itemColumns('i')} FROM item i
       WHERE (${li.sql}) AND (i.product_group_id = CAST(:pg AS uuid))
         AND (i.owner_org_id = :org OR i.id IN (SELECT sl.item_id FROM supply_link sl WHERE (${ls.sql}) AND sl.contributed_by_org_id = :org))
       ORDER BY i.name, i.id`,
      params,
    );
    const itemById = new Map(items.map((i) => [i.id, i]));
    const roadmapIds = [...new Set(items.flatMap((i) => i.roadmapIds))];
    const reader = readerAbilityOf(organisation, await knownParticipations(em, ability, roadmapIds));
    const seenLinks = links.flatMap((row) => {
      const item = itemById.get(row.itemId)!;
      const judged = contributionSubjects(actor.organisationId, { visibility: row.visibility, sharedWith: row.sharedWith, item });
      const asLink = subject('SupplyLink', { ...row });
      if (!reader.can('read', asLink) || !reader.can('read', judged.item)) return [];
      return [{ link: visibleSupplyLink(reader, row), itemName: item.name, hiddenFields: graphqlNames(hiddenFields(reader, 'read', asLink), LINK_FIELDS) }];
    });
    const ownItems = items.filter((i) => i.ownerOrgId === actor.organisationId);
    const seenItems = ownItems.flatMap((row) => {
      const asItem = subject('Item', { ...row });
      if (!reader.can('read', asItem)) return [];
      return [{ item: visibleItem(reader, row), hiddenFields: graphqlNames(hiddenFields(reader, 'read', asItem), ITEM_FIELDS) }];
    });
    return { organisation, links: seenLinks, linkCount: links.length, items: seenItems, itemCount: ownItems.length };
  }

  // ---- writes -----------------------------------------------------------------------------------

  async createSupplyLink(actor: Actor, ability: AppAbility, input: CreateSupplyLinkInput): Promise<SupplyLinkModel> {
    if (!input.visibility) throw badInput('visibility', 'choose who may see this supply link (OWNER, GOVERNMENT or ROADMAP)');
    validateSupplyLink(input);
    const created = await this.ds.transaction(async (em) => {
      const item = await readableItem(em, ability, input.itemId, 'itemId', true);
      const sharedWith = await checkOrganisations(em, input.sharedWith ?? [], 'sharedWith');
      if (input.supplierOrgId) await checkOrganisations(em, [input.supplierOrgId], 'supplierOrgId');
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
      return supplyLinkRow(em, saved.id);
    });
    await this.announce('CREATED', created);
    return visibleSupplyLink(ability, created);
  }

  async updateSupplyLink(actor: Actor, ability: AppAbility, id: string, input: SupplyLinkInput): Promise<SupplyLinkModel> {
    validateSupplyLink(input);
    const updated = await this.ds.transaction(async (em) => {
      const before = await readableSupplyLink(em, ability, id);
      if (!ability.can('update', subject('SupplyLink', { ...before }))) throw forbidden('You may not change this supply link');
      const changes: Partial<SupplyLinkRow> = {};
      for (const key of ['supplierOrgId', 'supplierName', 'country', 'share', 'tier', 'leadTimeWeeks', 'stockMonths', 'singleSource', 'visibility'] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      if (input.sharedWith) changes.sharedWith = await checkOrganisations(em, input.sharedWith, 'sharedWith');
      if (changes.visibility === null) throw badInput('visibility', 'visibility cannot be removed');
      const after = { ...before, ...changes };
      if (!after.supplierOrgId && !after.supplierName) throw badInput('supplierName', 'name the supplier or choose its organisation');
      if (!ability.can('update', subject('SupplyLink', { ...after }))) throw forbidden('You may not make this change');
      if (changes.share !== undefined) await this.assertItemShares(em, actor, before.itemId, id, after.share);
      const { roadmapIds: _r, id: _i, itemId: _it, contributedByOrgId: _c, ...columns } = after;
      await em.update(SupplyLinkEntity, { id }, columns);
      await recordAudit(em, actor, 'supplyLink.update', 'SupplyLink', id, changedFields(before, after, Object.keys(changes) as (keyof SupplyLinkRow)[]));
      return supplyLinkRow(em, id);
    });
    await this.announce('UPDATED', updated);
    return visibleSupplyLink(ability, updated);
  }

  async deleteSupplyLink(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    const deleted = await this.ds.transaction(async (em) => {
      const link = await readableSupplyLink(em, ability, id);
      if (!ability.can('delete', subject('SupplyLink', { ...link }))) throw forbidden('You may not delete this supply link');
      await em.delete(SupplyLinkEntity, { id });
      await recordAudit(em, actor, 'supplyLink.delete', 'SupplyLink', id, { itemId: link.itemId });
      return link;
    });
    await this.announce('DELETED', deleted);
    return true;
  }

  // ---- helpers ----------------------------------------------------------------------------------

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

/** The GraphQL fields that show a hidden row field (row fields the schema does not show are left out). */
const LINK_FIELDS: Record<string, string> = { supplierName: 'supplierName', supplierOrgId: 'supplier', contributedByOrgId: 'contributedBy', sharedWith: 'sharedWith' };
const ITEM_FIELDS: Record<string, string> = { ownerOrgId: 'owner' };

function graphqlNames(fields: readonly string[], names: Record<string, string>): string[] {
  return [...new Set(fields.flatMap((f) => (names[f] ? [names[f]] : [])))];
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
