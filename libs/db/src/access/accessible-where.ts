import { rulesToSql, type Action, type AppAbility, type SqlColumns, type SqlCondition, type SubjectType } from '@routekaart/access';

/**
 * The ids of the roadmaps on a product group (given as SQL), as a uuid[] expression: the rules'
 * `roadmapIds` of chain data. The one place this subquery is written; row queries select it too.
 */
export const roadmapIdsOfProductGroupSql = (productGroupIdSql: string) =>
  `ARRAY(SELECT r.id FROM roadmap r WHERE r.product_group_id = ${productGroupIdSql})`;

/** Roadmaps whose product group an item (given by SQL for its product group id) belongs to. */
const roadmapsOfProductGroup = (productGroupIdSql: string) => ({
  sql: roadmapIdsOfProductGroupSql(productGroupIdSql),
  array: true,
  type: 'uuid',
});

/**
 * How each subject's rule fields map to SQL, given the alias of its table in the query.
 * Compositions take owner and visibility from their parent item, which the query joins as
 * `<alias>_parent`; comment threads and comments take the roadmap from their document, joined as
 * `<alias>_doc`.
 */
const COLUMNS: Partial<Record<SubjectType, (alias: string) => SqlColumns>> = {
  Organisation: (a) => ({ id: `${a}.id`, kind: `${a}.kind` }),
  User: (a) => ({ id: `${a}.id`, organisationId: `${a}.organisation_id` }),
  ProductGroup: (a) => ({ id: `${a}.id` }),
  Roadmap: (a) => ({ id: `${a}.id`, productGroupId: `${a}.product_group_id` }),
  Participant: (a) => ({ roadmapId: `${a}.roadmap_id`, organisationId: `${a}.organisation_id` }),
  Item: (a) => ({
    id: `${a}.id`,
    ownerOrgId: `${a}.owner_org_id`,
    visibility: `${a}.visibility`,
    sharedWith: { sql: `${a}.shared_with`, array: true, type: 'uuid' },
    roadmapIds: roadmapsOfProductGroup(`${a}.product_group_id`),
  }),
  Composition: (a) => ({
    parentId: `${a}.parent_id`,
    childId: `${a}.child_id`,
    ownerOrgId: `${a}_parent.owner_org_id`,
    visibility: `${a}_parent.visibility`,
    sharedWith: { sql: `${a}_parent.shared_with`, array: true, type: 'uuid' },
    roadmapIds: roadmapsOfProductGroup(`${a}_parent.product_group_id`),
  }),
  SupplyLink: (a) => ({
    id: `${a}.id`,
    itemId: `${a}.item_id`,
    contributedByOrgId: `${a}.contributed_by_org_id`,
    visibility: `${a}.visibility`,
    sharedWith: { sql: `${a}.shared_with`, array: true, type: 'uuid' },
    roadmapIds: roadmapsOfProductGroup(`(SELECT li.product_group_id FROM item li WHERE li.id = ${a}.item_id)`),
  }),
  // A disruption report reaches the roadmaps of its item's product group (a report on a material only: none).
  DisruptionReport: (a) => ({
    id: `${a}.id`,
    reportingOrgId: `${a}.reporting_org_id`,
    visibility: `${a}.visibility`,
    sharedWith: { sql: `${a}.shared_with`, array: true, type: 'uuid' },
    roadmapIds: roadmapsOfProductGroup(`(SELECT di.product_group_id FROM item di WHERE di.id = ${a}.item_id)`),
  }),
  SupplierProfile: (a) => ({ id: `${a}.id`, organisationId: `${a}.organisation_id`, keptByOrgId: `${a}.kept_by_org_id` }),
  CapacityDemand: (a) => ({ id: `${a}.id`, ownerOrgId: `${a}.owner_org_id` }),
  DemandResponse: (a) => ({ id: `${a}.id`, demandId: `${a}.demand_id`, organisationId: `${a}.organisation_id` }),
  SupplierShortlist: (a) => ({ demandId: `${a}.demand_id`, profileId: `${a}.profile_id` }),
  Material: (a) => ({ id: `${a}.id` }),
  MaterialSupply: (a) => ({ materialId: `${a}.material_id` }),
  ExportRestriction: (a) => ({ materialId: `${a}.material_id`, country: `${a}.country` }),
  AuditEvent: (a) => ({ actorOrganisationId: `${a}.actor_organisation_id` }),
  Document: (a) => ({ id: `${a}.id`, roadmapId: `${a}.roadmap_id` }),
  // Comments follow their document's roadmap: the query joins the document as `<alias>_doc`.
  DocumentCommentThread: (a) => ({ id: `${a}.id`, documentId: `${a}.document_id`, roadmapId: `${a}_doc.roadmap_id` }),
  DocumentComment: (a) => ({ id: `${a}.id`, threadId: `${a}.thread_id`, roadmapId: `${a}_doc.roadmap_id`, authorId: `${a}.author_id` }),
  Risk: (a) => ({ roadmapId: `${a}.roadmap_id`, ownerOrgId: `${a}.owner_org_id` }),
  Intervention: (a) => ({ roadmapId: `${a}.roadmap_id`, ownerOrgId: `${a}.owner_org_id` }),
  // An intervention's details, on the intervention row: their organisation and visibility, its roadmap.
  InterventionDetail: (a) => ({
    interventionId: `${a}.id`,
    roadmapId: `${a}.roadmap_id`,
    ownerOrgId: `${a}.details_org_id`,
    visibility: `${a}.details_visibility`,
    sharedWith: { sql: `'{}'::uuid[]`, array: true, type: 'uuid' },
    roadmapIds: { sql: `ARRAY[${a}.roadmap_id]`, array: true, type: 'uuid' },
  }),
};

/** SQL that keeps only rows of one product group (`:param`), for the subjects that carry roadmapIds. */
const IN_PRODUCT_GROUP: Partial<Record<SubjectType, (alias: string, param: string) => string>> = {
  Item: (a, p) => `${a}.product_group_id = CAST(:${p} AS uuid)`,
  Composition: (a, p) => `${a}_parent.product_group_id = CAST(:${p} AS uuid)`,
  SupplyLink: (a, p) => `${a}.item_id IN (SELECT pg_item.id FROM item pg_item WHERE pg_item.product_group_id = CAST(:${p} AS uuid))`,
};

/**
 * Records read only together with an item: a supply link of an item the viewer may not read is
 * unreadable too (its `itemId` would point at the hidden item and its figures describe it), and an
 * assembly edge, whose own rule is its parent's, also needs its child. Applied to every `read`
 * filter of these subjects, so no list, loader, export or analysis can forget it.
 */
const READ_ONLY_WITH_ITEM: Partial<Record<SubjectType, (alias: string) => string>> = {
  SupplyLink: (a) => `${a}.item_id`,
  Composition: (a) => `${a}.child_id`,
};

export interface AccessibleWhereOptions {
  /**
   * Only rows of this product group: the condition requires it, and the product group's roadmaps
   * (the rules' `roadmapIds`) are looked up once per statement instead of once per row. For queries
   * over a whole product group (the analysis reads 10^5 rows), where the per-row lookup dominates.
   */
  productGroupId?: string;
  /**
   * Only the rows on which the ability reveals this field (FIELD_ACCESS): e.g. matching a search on
   * `supplierName` only where the reader sees the supplier's name. Without it, every readable row.
   */
  field?: string;
  /**
   * For a supply link or an assembly edge in a statement that joins it to the readable items (the
   * same `accessibleWhere` of Item, with the same `productGroupId`, on the link's item, on both ends
   * of an edge): its own rules only. The join already keeps out rows whose item is unreadable or in
   * another product group, so the per-row check of that (`READ_ONLY_WITH_ITEM`, the product-group
   * condition) is left out. The analysis' load and the list of supply links join that way.
   */
  itemsJoinedReadable?: boolean;
}

let productGroupParams = 0;

/**
 * The ONE place CASL rules become SQL for list queries: the rows of `subject` (aliased `alias`)
 * the ability allows `action` on. Apply it first, then narrow with `andWhere`:
 * `qb.where(f.sql, f.params).andWhere(...)`. No matching rule gives `FALSE`. Reading a supply link or
 * an assembly edge also requires reading its item (`READ_ONLY_WITH_ITEM`).
 */
export function accessibleWhere(
  ability: AppAbility,
  action: Action,
  subject: SubjectType,
  alias: string,
  options: AccessibleWhereOptions = {},
): SqlCondition {
  // Worked out once per ability (the API keeps abilities per actor state, `AbilityCache`): the same
  // filters are asked for on every request. Frozen, as every caller gets the same objects.
  let kept = conditionsOf.get(ability);
  if (!kept || kept.size >= MAX_KEPT_CONDITIONS) conditionsOf.set(ability, (kept = new Map()));
  const key = `${action}|${subject}|${alias}|${options.productGroupId ?? ''}|${options.field ?? ''}|${options.itemsJoinedReadable ? 'joined' : ''}`;
  let condition = kept.get(key);
  if (!condition) {
    const built = conditionFor(ability, action, subject, alias, options);
    condition = Object.freeze({ sql: built.sql, params: Object.freeze(built.params) });
    kept.set(key, condition);
  }
  return condition;
}

/** The conditions built per ability; a few product groups and aliases each, so the cap is seldom reached. */
const conditionsOf = new WeakMap<AppAbility, Map<string, SqlCondition>>();
const MAX_KEPT_CONDITIONS = 500;

function conditionFor(ability: AppAbility, action: Action, subject: SubjectType, alias: string, options: AccessibleWhereOptions): SqlCondition {
  const own = ownRules(ability, action, subject, alias, options);
  const itemOf = action === 'read' ? READ_ONLY_WITH_ITEM[subject] : undefined;
  if (!itemOf || ownOnly(subject, options)) return own;
  const item = accessibleWhere(ability, 'read', 'Item', `${alias}_with`, { productGroupId: options.productGroupId });
  return {
    sql: `((${own.sql}) AND EXISTS (SELECT 1 FROM item ${alias}_with WHERE ${alias}_with.id = ${itemOf(alias)} AND (${item.sql})))`,
    params: { ...own.params, ...item.params },
  };
}

/** The subject's own rules as SQL, without the item it is read with. */
function ownRules(ability: AppAbility, action: Action, subject: SubjectType, alias: string, options: AccessibleWhereOptions): SqlCondition {
  const columns = COLUMNS[subject];
  if (!columns) throw new Error(`accessibleWhere: no column map for ${subject}`);
  if (options.productGroupId === undefined) return rulesToSql(ability, action, subject, columns(alias), { field: options.field });
  const inProductGroup = IN_PRODUCT_GROUP[subject];
  if (!inProductGroup) throw new Error(`accessibleWhere: ${subject} does not belong to a product group`);
  const param = `accessible_pg${++productGroupParams}`;
  const scoped = (sql: string) => (ownOnly(subject, options) ? sql : `(${inProductGroup(alias, param)} AND (${sql}))`);
  const rules = rulesToSql(ability, action, subject, {
    ...columns(alias),
    roadmapIds: roadmapsOfProductGroup(`CAST(:${param} AS uuid)`),
  }, { field: options.field });
  return { sql: scoped(rules.sql), params: { ...rules.params, [param]: options.productGroupId } };
}

/** Whether the caller joins the rows to the readable items of the product group (`itemsJoinedReadable`). */
function ownOnly(subject: SubjectType, options: AccessibleWhereOptions): boolean {
  if (!options.itemsJoinedReadable) return false;
  if (!READ_ONLY_WITH_ITEM[subject]) throw new Error(`accessibleWhere: itemsJoinedReadable needs a subject read with its item, not ${subject}`);
  return true;
}
