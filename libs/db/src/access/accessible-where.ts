import { rulesToSql, type Action, type AppAbility, type SqlColumns, type SqlCondition, type SubjectType } from '@routekaart/access';

/** Roadmaps whose product group an item (given by SQL for its product group id) belongs to. */
const roadmapsOfProductGroup = (productGroupIdSql: string) => ({
  sql: `ARRAY(SELECT r.id FROM roadmap r WHERE r.product_group_id = ${productGroupIdSql})`,
  array: true,
  type: 'uuid',
});

/**
 * How each subject's rule fields map to SQL, given the alias of its table in the query.
 * Compositions take owner and visibility from their parent item, which the query joins as
 * `<alias>_parent`.
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
  Material: (a) => ({ id: `${a}.id` }),
  MaterialSupply: (a) => ({ materialId: `${a}.material_id` }),
  AuditEvent: (a) => ({ actorOrganisationId: `${a}.actor_organisation_id` }),
};

/**
 * The ONE place CASL rules become SQL for list queries: the rows of `subject` (aliased `alias`)
 * the ability allows `action` on. Apply it first, then narrow with `andWhere`:
 * `qb.where(f.sql, f.params).andWhere(...)`. No matching rule gives `FALSE`.
 */
export function accessibleWhere(ability: AppAbility, action: Action, subject: SubjectType, alias: string): SqlCondition {
  const columns = COLUMNS[subject];
  if (!columns) throw new Error(`accessibleWhere: no column map for ${subject}`);
  return rulesToSql(ability, action, subject, columns(alias));
}
