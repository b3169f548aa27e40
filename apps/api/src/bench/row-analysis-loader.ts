import { performance } from 'node:perf_hooks';
import { createMongoAbility } from '@casl/ability';
import type { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import { buildChainGraph, type AnalysisComposition, type AnalysisItem, type AnalysisItemMaterial, type AnalysisSupplyLink } from '@routekaart/domain';
import type { AnalysisGraph, MaterialCatalogue } from '../analysis/analysis-graph.loader';
import { queryNamed } from '../common/sql';

/**
 * The analysis loader as it was before the columnar one (issue 20): four statements returning one
 * object per row with ids as strings, the graph built through id lookups. Kept for the benchmark,
 * which prints the columnar loader's figures as ratios to this one, and for the test that both give
 * the same analysis. Not used by the API.
 */
export async function loadAnalysisGraphFromRows(ds: DataSource, ability: AppAbility, productGroupId: string, catalogue: Promise<MaterialCatalogue>): Promise<AnalysisGraph> {
  const started = performance.now();
  const [chain, materials] = await Promise.all([loadChain(ds, ability, productGroupId), catalogue]);
  const queried = performance.now();
  const graph = buildChainGraph(
    {
      items: platformsFirstByName(chain.items),
      compositions: chain.compositions,
      itemMaterials: chain.itemMaterials,
      supplyLinks: chain.supplyLinks,
      materials: materials.materials,
      exportRestrictions: materials.exportRestrictions,
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

async function loadChain(ds: DataSource, ability: AppAbility, productGroupId: string): Promise<ChainRows> {
  const scope = { productGroupId };
  const item = accessibleWhere(ability, 'read', 'Item', 'i', scope);
  const parent = accessibleWhere(ability, 'read', 'Item', 'c_parent', scope);
  const child = accessibleWhere(ability, 'read', 'Item', 'c_child', scope);
  const edge = accessibleWhere(ability, 'read', 'Composition', 'c', scope);
  const link = accessibleWhere(ability, 'read', 'SupplyLink', 'sl', scope);
  const supplierKnown = accessibleWhere(
    createMongoAbility(ability.rulesFor('read', 'SupplyLink', 'supplierName').map((rule) => rule.origin)) as AppAbility,
    'read',
    'SupplyLink',
    'sl',
    scope,
  );
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

function platformsFirstByName(items: AnalysisItem[]): AnalysisItem[] {
  const platforms = items.filter((i) => i.kind === 'PLATFORM').sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return [...platforms, ...items.filter((i) => i.kind !== 'PLATFORM')];
}
