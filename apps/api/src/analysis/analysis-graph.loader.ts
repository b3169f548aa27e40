import { performance } from 'node:perf_hooks';
import { createMongoAbility } from '@casl/ability';
import type { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import {
  buildChainGraph,
  type AnalysisComposition,
  type AnalysisItem,
  type AnalysisItemMaterial,
  type AnalysisMaterial,
  type AnalysisMaterialSupply,
  type AnalysisSupplyLink,
  type ChainGraph,
  type ExportRestriction,
  type InheritableInput,
} from '@routekaart/domain';
import { todayUtc } from '../common/dates';
import { queryNamed } from '../common/sql';
import { readExportRestrictions } from '../materials/export-restriction.service';

/** The chain of one product group as one viewer may see it, ready for the analysis engine. */
export interface AnalysisGraph {
  productGroupId: string;
  graph: ChainGraph;
  /** Rows that went into the graph (after the permission filters). */
  counts: { items: number; compositions: number; itemMaterials: number; supplyLinks: number; materials: number; materialSupplies: number };
  /** Time spent in SQL (including turning rows into objects) and in building the graph's indexes. */
  timings: { queryMs: number; buildMs: number };
}

/**
 * The rows of a product group's chain the viewer may READ, as the engine's input: items, the
 * compositions whose edge and both items are readable, item materials of readable items, readable
 * supply links of readable items, and the (public) materials catalogue with its country shares.
 *
 * Every filter is `accessibleWhere` in SQL, so the engine never holds a row the viewer may not see
 * and two viewers can get different results. Field rules apply too: a supply link's supplier is
 * compared (for "one supplier on record") only where the viewer may read who the supplier is;
 * elsewhere each link counts as a supplier of its own, so the analysis reveals nothing about a
 * hidden field. A fixed number of statements whatever the size of the chain, selecting only the
 * columns the engine reads; the catalogue loads alongside the chain.
 */
export async function loadAnalysisGraph(
  ds: DataSource,
  ability: AppAbility,
  productGroupId: string,
  catalogue?: Promise<MaterialCatalogue>,
): Promise<AnalysisGraph> {
  const started = performance.now();
  const [chain, materials] = await Promise.all([loadChain(ds, ability, productGroupId), catalogue ?? loadMaterialCatalogue(ds, ability)]);
  const queried = performance.now();
  const graph = buildChainGraph(
    {
      items: platformsFirstByName(chain.items),
      compositions: chain.compositions,
      itemMaterials: chain.itemMaterials,
      supplyLinks: chain.supplyLinks,
      materials: materials.materials,
      exportRestrictions: materials.exportRestrictions,
      // Governance (WGI) data is not in the database: leaving it out makes the engine say so
      // (supply risk unweighted) instead of assuming a value.
    },
    { dropDanglingReferences: true, breakCycles: true },
  );
  return {
    productGroupId,
    graph,
    counts: {
      items: chain.items.length,
      compositions: chain.compositions.length,
      itemMaterials: chain.itemMaterials.length,
      supplyLinks: chain.supplyLinks.length,
      materials: materials.materials.length,
      materialSupplies: materials.supplyRows,
    },
    timings: { queryMs: queried - started, buildMs: performance.now() - queried },
  };
}

interface ChainRows {
  items: AnalysisItem[];
  compositions: AnalysisComposition[];
  itemMaterials: AnalysisItemMaterial[];
  supplyLinks: AnalysisSupplyLink[];
}

/**
 * Four statements in one read-only snapshot, so the tables agree with each other. The conditions
 * are scoped to the product group: each requires it, and looks the product group's roadmaps up once
 * per statement rather than once per row. Nested loops are off for these statements: the planner
 * cannot estimate how many rows a permission condition keeps (it guesses about 1%), picks per-row
 * index lookups for what is in fact the whole product group, and takes several times longer than
 * with hash joins (10^5 items, PostgreSQL time: 0.83 s with nested loops, 0.33 s without).
 */
async function loadChain(ds: DataSource, ability: AppAbility, productGroupId: string): Promise<ChainRows> {
  const scope = { productGroupId };
  const item = accessibleWhere(ability, 'read', 'Item', 'i', scope);
  const parent = accessibleWhere(ability, 'read', 'Item', 'c_parent', scope);
  const child = accessibleWhere(ability, 'read', 'Item', 'c_child', scope);
  const edge = accessibleWhere(ability, 'read', 'Composition', 'c', scope);
  const link = accessibleWhere(ability, 'read', 'SupplyLink', 'sl', scope);
  const supplierKnown = accessibleWhere(fieldAbility(ability, 'SupplyLink', 'supplierName'), 'read', 'SupplyLink', 'sl', scope);

  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query('SET LOCAL enable_nestloop = off');
    const em = runner.manager;
    const items = await queryNamed<AnalysisItem>(em, `SELECT i.id, i.name, i.kind FROM item i WHERE (${item.sql})`, item.params);
    const compositions = await queryNamed<AnalysisComposition>(
      em,
      `SELECT c.parent_id AS "parentId", c.child_id AS "childId", c.quantity::float8 AS quantity, c.unit
       FROM composition c
       JOIN item c_parent ON c_parent.id = c.parent_id
       JOIN item c_child ON c_child.id = c.child_id
       WHERE (${edge.sql}) AND (${parent.sql}) AND (${child.sql})`,
      { ...edge.params, ...parent.params, ...child.params },
    );
    const itemMaterials = await queryNamed<AnalysisItemMaterial>(
      em,
      `SELECT im.item_id AS "itemId", im.material_id AS "materialId", im.quantity_kg::float8 AS "quantityKg"
       FROM item_material im JOIN item i ON i.id = im.item_id
       WHERE (${item.sql})`,
      item.params,
    );
    const supplyLinks = await queryNamed<AnalysisSupplyLink>(
      em,
      `SELECT sl.id, sl.item_id AS "itemId",
              CASE WHEN (${supplierKnown.sql})
                   THEN COALESCE('org:' || sl.supplier_org_id::text, 'name:' || lower(btrim(sl.supplier_name)), 'link:' || sl.id::text)
                   ELSE 'link:' || sl.id::text END AS "supplierKey",
              sl.country, sl.share::float8 AS share, sl.tier, sl.lead_time_weeks::float8 AS "leadTimeWeeks",
              sl.stock_months::float8 AS "stockMonths", sl.single_source AS "singleSource"
       FROM supply_link sl JOIN item i ON i.id = sl.item_id
       WHERE (${link.sql}) AND (${item.sql})`,
      { ...supplierKnown.params, ...link.params, ...item.params },
    );
    await runner.query('COMMIT');
    return { items, compositions, itemMaterials, supplyLinks };
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** A material of the catalogue with what the analysis needs besides the engine's input. */
export interface CatalogueMaterial {
  material: AnalysisMaterial;
  /** The listed group (LREE, HREE, PGM) of an element assessed as part of it. */
  parentSymbol: string | null;
  /** SR as published in the EU 2023 assessment. */
  publishedSupplyRisk: number | null;
  /** Inputs the element takes from its group because it has none of its own. */
  inherited: { fromSymbol: string; inputs: InheritableInput[] } | null;
}

/** The materials catalogue (public reference data) in the engine's form. */
export interface MaterialCatalogue {
  materials: AnalysisMaterial[];
  byId: ReadonlyMap<string, CatalogueMaterial>;
  /** Member ids per group symbol. */
  membersOf: ReadonlyMap<string, string[]>;
  supplyRows: number;
  /** Export restrictions in force today (an empty list means none on record). */
  exportRestrictions: readonly ExportRestriction[];
}

interface MaterialRow extends Omit<AnalysisMaterial, 'supplies'> {
  parentSymbol: string | null;
  publishedSupplyRisk: number | null;
}

/**
 * Three statements: materials, their country shares and the export restrictions in force today. A share without a country is a residual
 * ("other countries"): it is left out and so counts as dispersed supply, which is what the published
 * tables mean by it. An element of a listed group (Nd in LREE) that has no import reliance, EoL-RIR
 * or substitution index of its own takes the group's, because the EU assessed those for the group;
 * `inherited` records it so the supply risk can say so.
 */
export async function loadMaterialCatalogue(ds: DataSource, ability: AppAbility): Promise<MaterialCatalogue> {
  const material = accessibleWhere(ability, 'read', 'Material', 'm');
  const supply = accessibleWhere(ability, 'read', 'MaterialSupply', 'ms');
  const [rows, supplies, restrictions] = await Promise.all([
    queryNamed<MaterialRow>(
      ds,
      `SELECT m.id, m.symbol, m.name, m.parent_symbol AS "parentSymbol", m.supply_risk::float8 AS "publishedSupplyRisk",
              m.eol_recycling_rate::float8 AS "eolRecyclingRate", m.substitution_index::float8 AS "substitutionIndex",
              m.import_reliance::float8 AS "importReliance"
       FROM material m WHERE (${material.sql}) ORDER BY m.symbol`,
      material.params,
    ),
    queryNamed<AnalysisMaterialSupply & { materialId: string }>(
      ds,
      `SELECT ms.material_id AS "materialId", ms.stage, ms.scope, ms.country, ms.share::float8 AS share,
              ms.t::float8 AS t, ms.share_is_upper_bound AS "shareIsUpperBound"
       FROM material_supply ms WHERE (${supply.sql}) AND ms.country IS NOT NULL`,
      supply.params,
    ),
    readExportRestrictions(ds, ability, { activeOn: todayUtc() }),
  ]);
  return toMaterialCatalogue(rows, supplies, restrictions);
}

export function toMaterialCatalogue(
  rows: readonly MaterialRow[],
  supplies: readonly (AnalysisMaterialSupply & { materialId: string })[],
  restrictions: readonly { materialId: string; country: string; since: string; description: string }[] = [],
): MaterialCatalogue {
  const suppliesOf = new Map<string, AnalysisMaterialSupply[]>();
  for (const { materialId, ...row } of supplies) {
    const list = suppliesOf.get(materialId);
    if (list) list.push(row);
    else suppliesOf.set(materialId, [row]);
  }
  const bySymbol = new Map(rows.map((r) => [r.symbol, r]));
  const byId = new Map<string, CatalogueMaterial>();
  const membersOf = new Map<string, string[]>();
  const materials: AnalysisMaterial[] = [];
  for (const row of rows) {
    const { parentSymbol, publishedSupplyRisk, ...fields } = row;
    const group = parentSymbol ? bySymbol.get(parentSymbol) : undefined;
    const inputs: InheritableInput[] = [];
    const material: AnalysisMaterial = { ...fields, supplies: suppliesOf.get(row.id) ?? [] };
    if (group) {
      if (material.importReliance === null && group.importReliance !== null) {
        material.importReliance = group.importReliance;
        inputs.push('IMPORT_RELIANCE');
      }
      if (material.eolRecyclingRate === null && group.eolRecyclingRate !== null) {
        material.eolRecyclingRate = group.eolRecyclingRate;
        inputs.push('EOL_RIR');
      }
      if (material.substitutionIndex === null && group.substitutionIndex !== null) {
        material.substitutionIndex = group.substitutionIndex;
        inputs.push('SUBSTITUTION_INDEX');
      }
      membersOf.set(group.symbol, [...(membersOf.get(group.symbol) ?? []), row.id]);
    }
    materials.push(material);
    byId.set(row.id, {
      material,
      parentSymbol,
      publishedSupplyRisk,
      inherited: group && inputs.length > 0 ? { fromSymbol: group.symbol, inputs } : null,
    });
  }
  const exportRestrictions = restrictions.map(({ materialId, country, since, description }) => ({ materialId, country, since, description }));
  return { materials, byId, membersOf, supplyRows: supplies.length, exportRestrictions };
}

/**
 * The engine reports platforms in input order: platforms by name first, the rest as they came
 * (sorting 10^5 rows in SQL only to order a handful of platforms would be wasted work).
 */
function platformsFirstByName(items: AnalysisItem[]): AnalysisItem[] {
  const platforms = items.filter((i) => i.kind === 'PLATFORM').sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return [...platforms, ...items.filter((i) => i.kind !== 'PLATFORM')];
}

/**
 * An ability with only the rules that reveal `field` of `subjectType`, so `accessibleWhere` on it
 * selects the rows where the viewer may read that field (the field lists live on the rules).
 */
function fieldAbility(ability: AppAbility, subjectType: 'SupplyLink', field: string): AppAbility {
  return createMongoAbility(ability.rulesFor('read', subjectType, field).map((rule) => rule.origin)) as AppAbility;
}
