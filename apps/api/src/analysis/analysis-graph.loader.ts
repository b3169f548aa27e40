import { performance } from 'node:perf_hooks';
import { createMongoAbility } from '@casl/ability';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import {
  buildChainGraphFromColumns,
  type AnalysisItem,
  type AnalysisItemKind,
  type AnalysisMaterial,
  type AnalysisMaterialSupply,
  type AnalysisSupplyLink,
  type ChainGraph,
  type ChainGraphColumns,
  patchChainGraph,
  type ExportRestriction,
  gather,
  type InheritableInput,
  type SupplyLinkColumns,
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
 * Every rule is `accessibleWhere` in SQL; rows that hang off items are kept only with their items
 * (`loadChainColumns`), before the graph is built, so the engine never holds a row the viewer may not
 * see and two viewers can get different results. Field rules apply too: a supply link's supplier is
 * compared (for "one supplier on record") only where the viewer may read who the supplier is;
 * elsewhere each link counts as a supplier of its own, so the analysis reveals nothing about a
 * hidden field. Four statements whatever the size of the chain (see `loadChainColumns`); the
 * catalogue loads alongside the chain.
 */
export async function loadAnalysisGraph(
  ds: DataSource,
  ability: AppAbility,
  productGroupId: string,
  catalogue?: Promise<MaterialCatalogue>,
): Promise<AnalysisGraph> {
  const started = performance.now();
  const [chain, materials] = await Promise.all([loadChainColumns(ds, ability, productGroupId), catalogue ?? loadMaterialCatalogue(ds, ability)]);
  const queried = performance.now();
  const graph = buildChainGraphFromColumns(toColumns(chain, materials), { dropDanglingReferences: true, breakCycles: true });
  return {
    productGroupId,
    graph,
    counts: {
      items: chain.items.id.length,
      compositions: chain.compositions.parent.length,
      itemMaterials: chain.itemMaterials.item.length,
      supplyLinks: chain.supplyLinks.id.length,
      materials: materials.materials.length,
      materialSupplies: materials.supplyRows,
    },
    timings: { queryMs: queried - started, buildMs: performance.now() - queried },
  };
}

/**
 * The chain as columns: `items` in the order of their numbers, every other table referring to items
 * by position in `items` (-1: an item outside the readable ones, which the joins do not let through).
 */
export interface ChainColumns {
  items: { id: string[]; name: string[]; kind: AnalysisItemKind[] };
  compositions: { parent: Int32Array; child: Int32Array; quantity: number[]; unit: string[] };
  itemMaterials: { item: Int32Array; material: string[]; quantityKg: (number | null)[] };
  /**
   * The engine's link columns (`supplierKey`: who the supplier is, where the viewer may compare it;
   * null: the link counts as a supplier of its own) with each link's item position.
   */
  supplyLinks: SupplyLinkColumns & { item: Int32Array };
}

/** Item numbers whose rows one result row of a chain statement holds (see `loadChainColumns`). */
const ITEMS_PER_RESULT_ROW = 2048;

/**
 * Four statements on two connections that share one snapshot (the first exports it, the second
 * imports it), so they read the same state of the chain: the readable items, then the readable
 * supply links of the product group on the first connection; its assembly edges (the largest table,
 * three per item), then its item materials on the second. PostgreSQL runs each connection's
 * statements in one process, so on two cores they take about as long as the longer connection
 * alone; and the items are parsed here while the other tables are still being read.
 *
 * Each statement returns its table as a few rows with a column per field holding the text of a JSON
 * array: `JSON.parse` reads those natively, which costs a fraction of turning 5 x 10^5 rows into
 * objects with uuid strings. A result row holds the rows of `ITEMS_PER_RESULT_ROW` consecutive item
 * numbers (some 10 to 100 KB of text per column), not the whole table: as one value of 10 MB per statement,
 * PostgreSQL grew and copied each column in one piece, and the client copied it into ever larger
 * buffers and decoded it into fresh memory, whose first touch costs most on the benchmark machine.
 * In pieces, a cold load took a third less CPU in PostgreSQL and here.
 *
 * Rows refer to items by their number (`item.seq`), which edges, materials and links carry along
 * with their product group (migration 1764002000000), so no statement joins items per row: the item
 * condition is applied once, to the items, and the loader keeps an edge, material or link only when
 * its items are among the readable ones of that snapshot (`keptRows`), before anything is built from
 * it. (Joining 3 x 10^5 edges to the readable items at both ends, and materials and links at one, was
 * two thirds of the statements' time.) A link's own rules (visibility, sharing, who may compare its
 * supplier) and an edge's, where they differ from its parent item's (`sameRowRules`), are conditions
 * of the statements as before.
 *
 * The conditions are scoped to the product group, which looks the product group's roadmaps up once
 * per statement rather than once per row.
 * Nested loops are off: the planner cannot estimate how many rows a permission condition keeps (it
 * guesses about 1%) and picks per-row index lookups for what is in fact the whole product group.
 * Parallel workers are off: the two connections already keep both cores busy, and workers competing
 * with them made the pair slower. Each statement may use 64 MB per hash table instead of 4 (the
 * edge rule's join of parent items).
 */
export async function loadChainColumns(ds: DataSource, ability: AppAbility, productGroupId: string): Promise<ChainColumns> {
  const scope = { productGroupId };
  const item = accessibleWhere(ability, 'read', 'Item', 'i', scope);
  // Edges and links are kept only where their items are readable items of the product group (see
  // above): only their own rules are left to check per row.
  const joined = { ...scope, itemsJoinedReadable: true };
  const edge = accessibleWhere(ability, 'read', 'Composition', 'c', joined);
  const link = accessibleWhere(ability, 'read', 'SupplyLink', 'sl', joined);
  const supplierKnown = accessibleWhere(fieldAbility(ability, 'SupplyLink', 'supplierName'), 'read', 'SupplyLink', 'sl', joined);
  // Each column as the text of a JSON array: string_agg of numbers and uuids costs a fraction of
  // json_agg (which inspects every value's type); json_agg only for free text. Numeric columns go as
  // their own text (plain decimals, which JSON.parse rounds to the nearest double as a float8 cast
  // would), a tenth cheaper than converting them to float8 first.
  const numbers = (expr: string) => `'[' || COALESCE(string_agg(COALESCE((${expr})::text, 'null'), ','), '') || ']'`;
  const quoted = (expr: string) => `'[' || COALESCE(string_agg(COALESCE('"' || (${expr})::text || '"', 'null'), ','), '') || ']'`;
  const texts = (expr: string) => `COALESCE(json_agg(${expr})::text, '[]')`;
  const flags = (expr: string) => `'[' || COALESCE(string_agg(CASE WHEN ${expr} THEN 'true' ELSE 'false' END, ','), '') || ']'`;
  // Rows in pieces of consecutive item numbers (see above); in the order of the pieces, so that the
  // engine gets the same input each time.
  const inPieces = (seq: string) => `GROUP BY ${seq} / ${ITEMS_PER_RESULT_ROW} ORDER BY ${seq} / ${ITEMS_PER_RESULT_ROW}`;
  const itemsSql = `
    SELECT ${numbers('i.seq')} AS "items.seq", ${quoted('i.id')} AS "items.id", ${texts('i.name')} AS "items.name", ${quoted('i.kind')} AS "items.kind"
    FROM item i WHERE (${item.sql}) ${inPieces('i.seq')}`;
  const linksSql = `
    SELECT ${quoted('sl.id')} AS "supplyLinks.id", ${numbers('sl.item_seq')} AS "supplyLinks.item",
           ${texts(`CASE WHEN (${supplierKnown.sql}) THEN COALESCE('org:' || sl.supplier_org_id::text, 'name:' || lower(btrim(sl.supplier_name))) END`)} AS "supplyLinks.supplierKey",
           ${quoted('sl.country')} AS "supplyLinks.country", ${numbers('sl.share')} AS "supplyLinks.share",
           ${numbers('sl.tier')} AS "supplyLinks.tier", ${numbers('sl.lead_time_weeks')} AS "supplyLinks.leadTimeWeeks",
           ${numbers('sl.stock_months')} AS "supplyLinks.stockMonths", ${flags('sl.single_source')} AS "supplyLinks.singleSource"
    FROM supply_link sl WHERE sl.product_group_id = CAST(:chainProductGroupId AS uuid) AND (${link.sql}) ${inPieces('sl.item_seq')}`;
  // An edge's own rule is its parent item's (owner, visibility, sharing): where the reader's rules for
  // edges and items are the same, keeping edges whose parent is readable is that rule; otherwise the
  // statement joins the parent to check it.
  const edgeRule = sameRowRules(ability, 'Composition', 'Item')
    ? null
    : { join: 'JOIN item c_parent ON c_parent.id = c.parent_id', where: `AND (${edge.sql})`, params: edge.params };
  const compositionsSql = `
    SELECT ${numbers('c.parent_seq')} AS "compositions.parent", ${numbers('c.child_seq')} AS "compositions.child",
           ${numbers('c.quantity')} AS "compositions.quantity", ${texts('c.unit')} AS "compositions.unit"
    FROM composition c ${edgeRule?.join ?? ''}
    WHERE c.product_group_id = CAST(:chainProductGroupId AS uuid) ${edgeRule?.where ?? ''} ${inPieces('c.parent_seq')}`;
  const materialsSql = `
    SELECT ${numbers('im.item_seq')} AS "itemMaterials.item", ${quoted('im.material_id')} AS "itemMaterials.material",
           ${numbers('im.quantity_kg')} AS "itemMaterials.quantityKg"
    FROM item_material im WHERE im.product_group_id = CAST(:chainProductGroupId AS uuid) ${inPieces('im.item_seq')}`;
  const group = { chainProductGroupId: productGroupId };

  return inSharedSnapshot(ds, async (first, second) => {
    // The first connection reads the items, then the links (sent at once, run one after the other),
    // the second the edges, then the materials, so the items are parsed here while the other tables
    // are still being read; each other table is parsed and mapped to positions once it and the items
    // are here.
    const read = (on: EntityManager, sql: string, params: Record<string, unknown>) => queryNamed<Record<string, string>>(on, sql, params).then(parseColumns);
    const items = read(first, itemsSql, { ...item.params, ...group }).then(itemColumnsOf);
    const positioned = <T>(columns: Promise<Columns>, columnsOf: (columns: Columns, positionOf: (seq: number) => number) => T) =>
      columns.then(async (parsed) => columnsOf(parsed, (await items).positionOf));
    const [{ columns }, supplyLinks, compositions, itemMaterials] = await Promise.all([
      items,
      positioned(read(first, linksSql, { ...link.params, ...supplierKnown.params, ...group }), linkColumnsOf),
      positioned(read(second, compositionsSql, { ...edgeRule?.params, ...group }), compositionColumnsOf),
      positioned(read(second, materialsSql, group), materialColumnsOf),
    ]);
    return { ...columns, supplyLinks, compositions, itemMaterials };
  });
}

/**
 * Runs `work` with two connections in read-only transactions that see the same snapshot, with the
 * planner settings the chain statements need (see `loadChainColumns`).
 *
 * The pair is taken from the pool under a lock: loads that each held one connection while waiting
 * for a second could otherwise take the whole pool between them and wait for each other forever.
 */
async function inSharedSnapshot<T>(ds: DataSource, work: (first: EntityManager, second: EntityManager) => Promise<T>): Promise<T> {
  const settings = "SET LOCAL enable_nestloop = off; SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL work_mem = '64MB'";
  const runners = await afterPairsTaken(async () => {
    const first = ds.createQueryRunner();
    const second = ds.createQueryRunner();
    await first.connect();
    try {
      await second.connect();
    } catch (error) {
      await first.release();
      throw error;
    }
    return [first, second] as const;
  });
  const [first, second] = runners;
  let begun = 0;
  try {
    await first.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${settings}`);
    begun = 1;
    const [{ snapshot }] = (await first.query('SELECT pg_export_snapshot() AS snapshot')) as { snapshot: string }[];
    await second.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    begun = 2;
    // A snapshot id is PostgreSQL's own text ("00000003-0000001B-1"); quoted as a literal all the same.
    await second.query(`SET TRANSACTION SNAPSHOT '${snapshot!.replace(/'/g, "''")}'; ${settings}`);
    const result = await work(first.manager, second.manager);
    await Promise.all([second.query('COMMIT'), first.query('COMMIT')]);
    return result;
  } catch (error) {
    await Promise.all(runners.slice(0, begun).map((runner) => runner.query('ROLLBACK').catch(() => undefined)));
    throw error;
  } finally {
    await Promise.all(runners.map((runner) => runner.release()));
  }
}

/** The pair being taken from the pool, if any: the next load takes its pair after it (see `inSharedSnapshot`). */
let pairTaken: Promise<unknown> = Promise.resolve();

function afterPairsTaken<T>(take: () => Promise<T>): Promise<T> {
  const taken = pairTaken.then(take);
  pairTaken = taken.catch(() => undefined);
  return taken;
}

/**
 * The items' columns (`items.<column>`), in the order of their numbers (the order they were added:
 * the same every load, which keeps ties in the engine's rankings where they were), and the position
 * of an item number.
 */
function itemColumnsOf({ column }: Columns): { columns: Pick<ChainColumns, 'items'>; positionOf: (seq: number) => number } {
  const { order, positionOf } = positionsOf(column<number>('items.seq'));
  // Rows usually come in the order of their numbers already (items are numbered as they are added).
  const ordered = <T>(values: T[]): T[] => (order.every((row, at) => row === at) ? values : gather(values, order));
  const items: ChainColumns['items'] = { id: ordered(column('items.id')), name: ordered(column('items.name')), kind: ordered(column('items.kind')) };
  return { positionOf, columns: { items } };
}

/** The supply links' columns, items referred to by position; links of items that are not readable are left out. */
function linkColumnsOf(columns: Columns, positionOf: (seq: number) => number): ChainColumns['supplyLinks'] {
  const item = columns.positions('supplyLinks.item', positionOf);
  const kept = keptRows(item);
  const column = <T>(name: string): T[] => pick(columns.column<T>(`supplyLinks.${name}`), kept);
  return {
    id: column('id'),
    item: pick(item, kept),
    supplierKey: column('supplierKey'),
    country: column('country'),
    share: column('share'),
    tier: column('tier'),
    leadTimeWeeks: column('leadTimeWeeks'),
    stockMonths: column('stockMonths'),
    singleSource: column('singleSource'),
  };
}

/**
 * The rows to keep of a table whose rows refer to items by position (-1: not a readable item of the
 * product group): those whose every item is readable, as row indexes; null when that is all of them.
 */
export function keptRows(...positions: readonly ArrayLike<number>[]): Int32Array | null {
  const n = positions[0]?.length ?? 0;
  let count = 0;
  const kept = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let readable = true;
    for (const column of positions) if (column[k]! < 0) readable = false;
    if (readable) kept[count++] = k;
  }
  return count === n ? null : kept.subarray(0, count);
}

/** A column's kept rows (see `keptRows`). */
export function pick<T>(column: T[], kept: Int32Array | null): T[];
export function pick(column: Int32Array, kept: Int32Array | null): Int32Array;
export function pick<T>(column: T[] | Int32Array, kept: Int32Array | null): T[] | Int32Array {
  if (kept === null) return column;
  return column instanceof Int32Array ? kept.map((row) => column[row]!) : gather(column, kept);
}

/**
 * Positions for item numbers: `order` lists the rows by ascending number, `positionOf` gives a
 * number's place in that order (-1 for a number not among them). Numbers are dense enough to be an
 * array index (identity values of one database: a product group's are a range of them, with gaps
 * where other groups' items or deleted ones were); a Map only where they are spread out further.
 */
export function positionsOf(seq: readonly number[]): { order: Int32Array; positionOf: (seq: number) => number } {
  const n = seq.length;
  let min = Infinity;
  let max = -Infinity;
  for (const s of seq) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  if (n > 0 && max - min < 8 * n + 1024) {
    const rowAt = new Int32Array(max - min + 1).fill(-1);
    for (let k = 0; k < n; k++) rowAt[seq[k]! - min] = k;
    const order = new Int32Array(n);
    const position = new Int32Array(max - min + 1).fill(-1);
    let at = 0;
    for (let s = 0; s < rowAt.length; s++) {
      if (rowAt[s]! < 0) continue;
      order[at] = rowAt[s]!;
      position[s] = at++;
    }
    return { order, positionOf: (s) => (s >= min && s <= max ? position[s - min]! : -1) };
  }
  const order = Int32Array.from(seq.keys()).sort((a, b) => seq[a]! - seq[b]!);
  const position = new Map<number, number>();
  order.forEach((k, at) => position.set(seq[k]!, at));
  return { order, positionOf: (s) => position.get(s) ?? -1 };
}

/**
 * A statement's columns by name, each parsed when it is read, piece by piece (a piece per result
 * row): `column` joins a column's pieces into one array; `positions` reads a column of item numbers
 * straight into their positions, without an array of numbers in between. Parsed when read, the pieces
 * die young: parsed all at once on arrival, they lived through the collections that ran until every
 * column was read, which copied them (a fifth less time in scavenges per cold load). A column of a
 * statement that returned no rows is empty.
 */
interface Columns {
  column<T>(name: string): T[];
  positions(name: string, positionOf: (seq: number) => number): Int32Array;
}

/** A statement's rows of JSON array texts (see `Columns`). */
function parseColumns(rows: readonly Record<string, string>[]): Columns {
  const pieces = <T>(name: string): T[][] => rows.map((row) => JSON.parse(row[name]!) as T[]);
  return {
    column: <T>(name: string): T[] => {
      const parts = pieces<T>(name);
      // `concat` copies the pieces natively (`flat` took seven times as long).
      return parts.length === 1 ? parts[0]! : ([] as T[]).concat(...parts);
    },
    positions: (name, positionOf) => {
      const parts = pieces<number>(name);
      const out = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
      let at = 0;
      for (const part of parts) for (let k = 0; k < part.length; k++) out[at++] = positionOf(part[k]!);
      return out;
    },
  };
}

/** The edges, items referred to by position; edges with an end that is not a readable item are left out. */
function compositionColumnsOf({ column, positions }: Columns, positionOf: (seq: number) => number): ChainColumns['compositions'] {
  const parent = positions('compositions.parent', positionOf);
  const child = positions('compositions.child', positionOf);
  const edges = keptRows(parent, child);
  return {
    parent: pick(parent, edges),
    child: pick(child, edges),
    quantity: pick(column('compositions.quantity'), edges),
    unit: pick(column('compositions.unit'), edges),
  };
}

/** The item materials, items referred to by position; those of items that are not readable are left out. */
function materialColumnsOf({ column, positions }: Columns, positionOf: (seq: number) => number): ChainColumns['itemMaterials'] {
  const item = positions('itemMaterials.item', positionOf);
  const kept = keptRows(item);
  return { item: pick(item, kept), material: pick(column('itemMaterials.material'), kept), quantityKg: pick(column('itemMaterials.quantityKg'), kept) };
}

const KINDS: Record<AnalysisItemKind, AnalysisItemKind> = {
  PLATFORM: 'PLATFORM',
  SYSTEM: 'SYSTEM',
  COMPONENT: 'COMPONENT',
  SEMI_FINISHED: 'SEMI_FINISHED',
  MATERIAL_FORM: 'MATERIAL_FORM',
};

/**
 * The engine's input from the columns: platforms first by name (the engine reports platforms in
 * input order; sorting 10^5 rows in SQL only to order a handful of platforms would be wasted work),
 * then the other items as numbered. Kinds and units share one string each.
 */
function toColumns(chain: ChainColumns, catalogue: MaterialCatalogue): ChainGraphColumns {
  const { id, name, kind } = chain.items;
  const n = id.length;
  const platforms: number[] = [];
  for (let k = 0; k < n; k++) if (kind[k] === 'PLATFORM') platforms.push(k);
  platforms.sort((a, b) => name[a]!.localeCompare(name[b]!) || (id[a]! < id[b]! ? -1 : 1));
  // position[k]: where item number k goes in the engine's input.
  const position = new Int32Array(n);
  const items: AnalysisItem[] = new Array(n);
  let at = 0;
  const place = (k: number): void => {
    position[k] = at;
    items[at++] = { id: id[k]!, name: name[k]!, kind: KINDS[kind[k]!] ?? kind[k]! };
  };
  platforms.forEach(place);
  for (let k = 0; k < n; k++) if (kind[k] !== 'PLATFORM') place(k);
  const moved = (list: ArrayLike<number>): Int32Array => {
    const out = new Int32Array(list.length);
    for (let e = 0; e < list.length; e++) out[e] = position[list[e]!]!;
    return out;
  };
  const units = new Map<string, string>();
  const materialIndex = new Map(catalogue.materials.map((m, i) => [m.id, i]));
  return {
    items,
    compositions: {
      parent: moved(chain.compositions.parent),
      child: moved(chain.compositions.child),
      quantity: chain.compositions.quantity,
      unit: chain.compositions.unit.map((u) => units.get(u) ?? (units.set(u, u), u)),
    },
    itemMaterials: {
      item: moved(chain.itemMaterials.item),
      material: chain.itemMaterials.material.map((m) => materialIndex.get(m) ?? -1),
      quantityKg: chain.itemMaterials.quantityKg,
    },
    supplyLinks: { ...chain.supplyLinks, item: moved(chain.supplyLinks.item) },
    materials: catalogue.materials,
    exportRestrictions: catalogue.exportRestrictions,
    // Governance (WGI) data is not in the database: leaving it out makes the engine say so
    // (supply risk unweighted) instead of assuming a value.
  };
}

/** Changes logged since a graph's version that concern its product group (see migration 1764001500000). */
export interface ChainChanges {
  /** Items whose rows, edges, materials or links changed. */
  itemIds: string[];
}

/** At most this many changed items are applied to a kept graph; more load it again. */
export const MAX_UPDATED_ITEMS = 200;

/**
 * What changed in a product group's chain between two data versions, from the change log; null when
 * a kept graph cannot be updated from it and must be loaded again: the log does not reach back that
 * far, a change was not to a chain row of one item (catalogue, roadmaps, TRUNCATE, a deleted item,
 * a large import), or too many items changed.
 */
export async function readChainChanges(db: DataSource, productGroupId: string, fromVersion: string, toVersion: string): Promise<ChainChanges | null> {
  const [row] = await db.query<{ versions: number; reload: boolean; items: string[] | null }[]>(
    `SELECT count(DISTINCT version)::int AS versions,
            bool_or(item_id IS NULL) AS reload,
            array_remove(array_agg(DISTINCT item_id) FILTER (WHERE product_group_id = $3)
                      || array_agg(DISTINCT other_item_id) FILTER (WHERE product_group_id = $3), NULL)::text[] AS items
     FROM chain_data_change WHERE version > $1::bigint AND version <= $2::bigint`,
    [fromVersion, toVersion, productGroupId],
  );
  if (!row || row.reload || row.versions !== Number(toVersion) - Number(fromVersion)) return null;
  const itemIds = [...new Set(row.items ?? [])];
  return itemIds.length > MAX_UPDATED_ITEMS ? null : { itemIds };
}

interface ChangedRows {
  items: { id: string; name: string; kind: AnalysisItemKind }[] | null;
  compositions: { parentId: string; childId: string; quantity: number; unit: string }[] | null;
  itemMaterials: { itemId: string; materialId: string; quantityKg: number | null }[] | null;
  supplyLinks: (Omit<AnalysisSupplyLink, 'supplierKey'> & { supplier: string | null })[] | null;
}

/**
 * A kept graph brought up to date with the changed items' rows, read with the viewer's permission
 * filters exactly as a full load reads them (one statement): the items, every composition that has
 * one of them at either end, their materials and supply links. Null when the update cannot be done
 * in place (an item appeared, disappeared or changed kind, see `patchChainGraph`): load again.
 * `changed` lists the items whose figures changed (platforms above them need exploding again).
 */
export async function updateAnalysisGraph(
  ds: DataSource,
  ability: AppAbility,
  loaded: AnalysisGraph,
  changes: ChainChanges,
): Promise<{ loaded: AnalysisGraph; changed: Int32Array } | null> {
  const started = performance.now();
  const { graph, productGroupId } = loaded;
  if (changes.itemIds.length === 0) return { loaded, changed: new Int32Array(0) };
  // A changed item the graph does not hold is new or was hidden: it may be in the chain now.
  if (changes.itemIds.some((id) => !graph.itemIndex.has(id))) return null;
  // Not scoped to the product group (that form reads the whole product group once per statement,
  // which pays off for all its rows, not for a few): the rows are picked by item, the items must be
  // in the product group, and an edge to an item outside the graph makes the caller load again.
  const item = accessibleWhere(ability, 'read', 'Item', 'i');
  const parent = accessibleWhere(ability, 'read', 'Item', 'c_parent');
  const child = accessibleWhere(ability, 'read', 'Item', 'c_child');
  const edge = accessibleWhere(ability, 'read', 'Composition', 'c');
  const link = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
  const supplierKnown = accessibleWhere(fieldAbility(ability, 'SupplyLink', 'supplierName'), 'read', 'SupplyLink', 'sl');
  const [rows] = await queryNamed<ChangedRows>(
    ds,
    `SELECT
       (SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'kind', i.kind))
        FROM item i WHERE i.id = ANY(CAST(:changed AS uuid[])) AND i.product_group_id = CAST(:productGroupId AS uuid) AND (${item.sql})) AS items,
       (SELECT json_agg(json_build_object('parentId', c.parent_id, 'childId', c.child_id, 'quantity', c.quantity::float8, 'unit', c.unit))
        FROM composition c JOIN item c_parent ON c_parent.id = c.parent_id JOIN item c_child ON c_child.id = c.child_id
        WHERE (c.parent_id = ANY(CAST(:changed AS uuid[])) OR c.child_id = ANY(CAST(:changed AS uuid[])))
          AND (${edge.sql}) AND (${parent.sql}) AND (${child.sql})) AS compositions,
       (SELECT json_agg(json_build_object('itemId', im.item_id, 'materialId', im.material_id, 'quantityKg', im.quantity_kg::float8))
        FROM item_material im JOIN item i ON i.id = im.item_id
        WHERE im.item_id = ANY(CAST(:changed AS uuid[])) AND (${item.sql})) AS "itemMaterials",
       (SELECT json_agg(json_build_object('id', sl.id, 'itemId', sl.item_id,
                 'supplier', CASE WHEN (${supplierKnown.sql})
                                  THEN COALESCE('org:' || sl.supplier_org_id::text, 'name:' || lower(btrim(sl.supplier_name))) END,
                 'country', sl.country, 'share', sl.share::float8, 'tier', sl.tier, 'leadTimeWeeks', sl.lead_time_weeks::float8,
                 'stockMonths', sl.stock_months::float8, 'singleSource', sl.single_source))
        FROM supply_link sl JOIN item i ON i.id = sl.item_id
        WHERE sl.item_id = ANY(CAST(:changed AS uuid[])) AND (${link.sql}) AND (${item.sql})) AS "supplyLinks"`,
    { ...item.params, ...parent.params, ...child.params, ...edge.params, ...link.params, ...supplierKnown.params, changed: changes.itemIds, productGroupId },
  );
  const queried = performance.now();
  const items = rows!.items ?? [];
  // A changed item the viewer may no longer read (or that is gone) leaves the chain: load again.
  if (items.length !== changes.itemIds.length) return null;
  const at = (id: string): number => graph.itemIndex.get(id) ?? -1;
  const compositions = (rows!.compositions ?? []).map((c) => ({ parent: at(c.parentId), child: at(c.childId), quantity: c.quantity, unit: c.unit }));
  // An edge to an item the graph does not hold: that item has just become readable.
  if (compositions.some((c) => c.parent < 0 || c.child < 0)) return null;
  const patched = patchChainGraph(graph, {
    items: items.map((i) => ({ index: at(i.id), name: i.name, kind: i.kind })),
    compositions,
    itemMaterials: (rows!.itemMaterials ?? []).map((m) => ({ item: at(m.itemId), material: graph.materialIndex.get(m.materialId) ?? -1, quantityKg: m.quantityKg })),
    supplyLinks: (rows!.supplyLinks ?? []).map(({ supplier, ...l }) => ({
      item: at(l.itemId),
      link: { ...l, itemId: graph.items[at(l.itemId)]!.id, supplierKey: supplier ?? l.id },
    })),
  });
  if (!patched) return null;
  const g = patched.graph;
  const supplyLinks = g.links.id.length;
  return {
    loaded: {
      productGroupId,
      graph: g,
      counts: { ...loaded.counts, compositions: g.childItem.length, itemMaterials: g.materialOf.length, supplyLinks },
      timings: { queryMs: queried - started, buildMs: performance.now() - queried },
    },
    changed: patched.changed,
  };
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
 * An ability with only the rules that reveal `field` of `subjectType`, so `accessibleWhere` on it
 * selects the rows where the viewer may read that field (the field lists live on the rules).
 */
/**
 * Whether the ability selects rows of two subjects by the same rules, which for an edge and its parent
 * item means the same condition on the same columns: a composition's rule columns are its parent
 * item's (libs/db accessible-where: `c_parent`), and neither subject's rules name a column the other
 * lacks (an item's id, an edge's parent or child). Allowed fields do not choose rows (rulesToSql
 * ignores them), except on a rule that forbids: those are compared with theirs.
 */
export function sameRowRules(ability: AppAbility, a: 'Composition', b: 'Item'): boolean {
  const named = (subject: 'Composition' | 'Item') =>
    JSON.stringify(ability.rulesFor('read', subject).map((rule) => [rule.inverted, rule.inverted ? (rule.fields ?? null) : null, rule.conditions ?? null]));
  const rules = named(a);
  return rules === named(b) && !/"(id|parentId|childId)"/.test(rules);
}

function fieldAbility(ability: AppAbility, subjectType: 'SupplyLink', field: string): AppAbility {
  return createMongoAbility(ability.rulesFor('read', subjectType, field).map((rule) => rule.origin)) as AppAbility;
}
