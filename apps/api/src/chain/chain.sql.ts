import { roadmapIdsOfProductGroupSql as roadmapIds } from '@routekaart/db';

/** SELECT lists shared by the chain queries, so every path returns rows of the same shape. */

export const itemColumns = (a: string) => `
  ${a}.id, ${a}.kind, ${a}.name, ${a}.description, ${a}.visibility,
  ${a}.product_group_id AS "productGroupId", ${a}.owner_org_id AS "ownerOrgId",
  ${a}.shared_with AS "sharedWith", ${roadmapIds(`${a}.product_group_id`)} AS "roadmapIds"`;

export const supplyLinkColumns = (a: string) => `
  ${a}.id, ${a}.item_id AS "itemId", ${a}.supplier_org_id AS "supplierOrgId", ${a}.supplier_name AS "supplierName",
  ${a}.country, ${a}.share, ${a}.tier, ${a}.lead_time_weeks AS "leadTimeWeeks", ${a}.stock_months AS "stockMonths",
  ${a}.single_source AS "singleSource", ${a}.visibility, ${a}.shared_with AS "sharedWith",
  ${a}.contributed_by_org_id AS "contributedByOrgId",
  ${roadmapIds(`(SELECT li.product_group_id FROM item li WHERE li.id = ${a}.item_id)`)} AS "roadmapIds"`;

export const compositionColumns = (a: string) => `
  ${a}.id, ${a}.parent_id AS "parentId", ${a}.child_id AS "childId", ${a}.quantity, ${a}.unit`;
