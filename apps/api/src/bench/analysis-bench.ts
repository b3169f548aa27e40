import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { defineAbilityFor } from '@routekaart/access';
import { createDataSource, openAndMigrate } from '@routekaart/db';
import { explodeProductGroup, platformsAbove, topDependencies, type ChainGraphInput } from '@routekaart/domain';
// The generator lives with the engine's tests and is not part of the domain library's public API.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { generateChainGraph } from '../../../../libs/domain/src/analysis/testing/generate-chain-graph';
import { loadMaterialCatalogue } from '../analysis/analysis-graph.loader';
import { startHeapKeeper } from '../common/heap-keeper';
import { AnalysisService } from '../analysis/analysis.service';
import { loadAnalysisGraphFromRows } from './row-analysis-loader';
import { databaseCpuSeconds, freshDatabase } from './bench-database';
import type { ScenarioSpec } from '../analysis/analysis.inputs';

/**
 * `npm run bench:analysis`: generates a product group of 10^5 items and 3 x 10^5 composition edges
 * (fixed seed) in a fresh database, then times the analysis through the same service code the API
 * uses: loading the chain with a viewer's permissions (SQL filters), explosion + scoring of every
 * platform, and a 3-event scenario. Uses DATABASE_URL's server (a new database, dropped afterwards)
 * or an embedded PostgreSQL in a temporary folder.
 */

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 3 * ITEMS);
const PLATFORMS = 10;
const MATERIALS = 60;
const SEED = 2026;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BATCH = 10_000;

/** INSERT ... SELECT FROM unnest(arrays): one statement per batch, one parameter per column. */
async function insertColumns(ds: DataSource, table: string, columns: Record<string, { type: string; values: unknown[] }>): Promise<void> {
  const names = Object.keys(columns);
  const count = columns[names[0]!]!.values.length;
  for (let from = 0; from < count; from += BATCH) {
    const params = names.map((n) => columns[n]!.values.slice(from, from + BATCH));
    const select = names.map((n, i) => `$${i + 1}::${columns[n]!.type}[]`).join(', ');
    await ds.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${select})`, params);
  }
}

interface Seeded {
  productGroupId: string;
  roadmapId: string;
  viewerOrgId: string;
  materialIds: Map<string, string>;
  itemIds: Map<string, string>;
  input: ChainGraphInput;
}

/**
 * The generated chain in the database: items visible to the roadmap, supply links with mixed
 * visibility (70% ROADMAP, 20% GOVERNMENT, 10% OWNER of another organisation), so the viewer's
 * filters do real work.
 */
async function seed(ds: DataSource): Promise<Seeded> {
  const input = generateChainGraph({ platforms: PLATFORMS, items: ITEMS, edges: EDGES, materials: MATERIALS, seed: SEED });
  const [ministry] = await ds.query(`INSERT INTO organisation (name, kind) VALUES ('Bench Ministry', 'GOVERNMENT') RETURNING id`);
  const [yard] = await ds.query(`INSERT INTO organisation (name, kind) VALUES ('Bench Shipyard', 'INDUSTRY') RETURNING id`);
  const [supplier] = await ds.query(`INSERT INTO organisation (name, kind) VALUES ('Bench Supplier', 'INDUSTRY') RETURNING id`);
  const [group] = await ds.query(`INSERT INTO product_group (name) VALUES ('Bench product group') RETURNING id`);
  const [roadmap] = await ds.query(`INSERT INTO roadmap (product_group_id, title, phase) VALUES ($1, 'Bench roadmap', 'RISK_ANALYSIS') RETURNING id`, [group.id]);
  await ds.query(
    `INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, 'LEAD'), ($1, $3, 'MEMBER'), ($1, $4, 'MEMBER')`,
    [roadmap.id, ministry.id, yard.id, supplier.id],
  );

  const materialIds = new Map(input.materials.map((m) => [m.id, randomUUID()]));
  await insertColumns(ds, 'material', {
    id: { type: 'uuid', values: input.materials.map((m) => materialIds.get(m.id)) },
    name: { type: 'text', values: input.materials.map((m) => `Bench ${m.name}`) },
    symbol: { type: 'text', values: input.materials.map((m) => `B_${m.symbol}`) },
    crm_status: { type: 'text', values: input.materials.map(() => 'CRITICAL') },
    eol_recycling_rate: { type: 'numeric', values: input.materials.map((m) => m.eolRecyclingRate) },
    substitution_index: { type: 'numeric', values: input.materials.map((m) => m.substitutionIndex) },
    import_reliance: { type: 'numeric', values: input.materials.map((m) => m.importReliance) },
  });
  const supplies = input.materials.flatMap((m) => m.supplies.map((s) => ({ ...s, materialId: materialIds.get(m.id) })));
  await insertColumns(ds, 'material_supply', {
    material_id: { type: 'uuid', values: supplies.map((s) => s.materialId) },
    stage: { type: 'text', values: supplies.map((s) => s.stage) },
    scope: { type: 'text', values: supplies.map((s) => s.scope) },
    country: { type: 'text', values: supplies.map((s) => s.country) },
    country_name: { type: 'text', values: supplies.map((s) => s.country) },
    share: { type: 'numeric', values: supplies.map((s) => s.share) },
    source: { type: 'text', values: supplies.map(() => 'generated') },
    t: { type: 'numeric', values: supplies.map((s) => s.t) },
  });

  const itemIds = new Map(input.items.map((i) => [i.id, randomUUID()]));
  await insertColumns(ds, 'item', {
    id: { type: 'uuid', values: input.items.map((i) => itemIds.get(i.id)) },
    product_group_id: { type: 'uuid', values: input.items.map(() => group.id) },
    kind: { type: 'text', values: input.items.map((i) => i.kind) },
    name: { type: 'text', values: input.items.map((i) => i.name) },
    owner_org_id: { type: 'uuid', values: input.items.map(() => yard.id) },
    visibility: { type: 'text', values: input.items.map(() => 'ROADMAP') },
  });
  // The generator builds a DAG by levels (and the analysis checks it again).
  await insertColumns(ds, 'composition', {
    parent_id: { type: 'uuid', values: input.compositions.map((c) => itemIds.get(c.parentId)) },
    child_id: { type: 'uuid', values: input.compositions.map((c) => itemIds.get(c.childId)) },
    quantity: { type: 'numeric', values: input.compositions.map((c) => c.quantity) },
    unit: { type: 'text', values: input.compositions.map((c) => c.unit) },
  });
  // Two lines of one material in one item are one row in the database (the engine adds them up too).
  const lines = new Map<string, { itemId: string; materialId: string; kg: number | null }>();
  for (const m of input.itemMaterials) {
    const key = `${m.itemId}|${m.materialId}`;
    const line = lines.get(key);
    if (!line) lines.set(key, { itemId: m.itemId, materialId: m.materialId, kg: m.quantityKg });
    else line.kg = line.kg === null || m.quantityKg === null ? null : line.kg + m.quantityKg;
  }
  const itemMaterials = [...lines.values()];
  await insertColumns(ds, 'item_material', {
    item_id: { type: 'uuid', values: itemMaterials.map((m) => itemIds.get(m.itemId)) },
    material_id: { type: 'uuid', values: itemMaterials.map((m) => materialIds.get(m.materialId)) },
    quantity_kg: { type: 'numeric', values: itemMaterials.map((m) => m.kg) },
  });
  const links = input.supplyLinks;
  const visibility = (k: number) => (k % 10 === 0 ? 'OWNER' : k % 10 < 3 ? 'GOVERNMENT' : 'ROADMAP');
  await insertColumns(ds, 'supply_link', {
    item_id: { type: 'uuid', values: links.map((l) => itemIds.get(l.itemId)) },
    supplier_name: { type: 'text', values: links.map((l) => `Supplier ${l.supplierKey}`) },
    country: { type: 'text', values: links.map((l) => l.country) },
    share: { type: 'numeric', values: links.map((l) => l.share) },
    tier: { type: 'int', values: links.map((l) => l.tier) },
    lead_time_weeks: { type: 'numeric', values: links.map((l) => l.leadTimeWeeks) },
    stock_months: { type: 'numeric', values: links.map((l) => l.stockMonths) },
    single_source: { type: 'boolean', values: links.map((l) => l.singleSource) },
    visibility: { type: 'text', values: links.map((_, k) => visibility(k)) },
    contributed_by_org_id: { type: 'uuid', values: links.map((_, k) => (visibility(k) === 'OWNER' ? supplier.id : yard.id)) },
  });
  await ds.query('ANALYZE');
  return { productGroupId: group.id, roadmapId: roadmap.id, viewerOrgId: ministry.id, materialIds, itemIds, input };
}

/**
 * JavaScript heap and the typed arrays' buffers (held outside it), after a collection. The event loop
 * turns between collections, so that buffers freed by one are counted as freed (once, the previous
 * approach's graph measured 0 MB: the buffers of the graphs before it were still counted).
 */
async function heapUsedMb(): Promise<number> {
  for (let k = 0; k < 3; k++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(0).padStart(5)} ms  (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}, ${samples.length} runs)`;
}

async function main(): Promise<void> {
  const db = await freshDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 10 });
  let keeper: ReturnType<typeof startHeapKeeper> = null;
  try {
    await openAndMigrate(ds);
    const seedStarted = performance.now();
    const seeded = await seed(ds);
    const seedMs = performance.now() - seedStarted;

    // The heap keeper as the API runs it (main.ts; HEAP_KEEPER_MB, 0: off), so that the figures below
    // include what its full collections cost the analysis.
    const keeperMb = Number(process.env.HEAP_KEEPER_MB ?? 24);
    let keeperCollections = 0;
    keeper = startHeapKeeper({
      thresholdMb: keeperMb,
      onCollect: (reason) => {
        if (reason === 'growth') keeperCollections++;
      },
    });

    // A government participant of the roadmap: reads ROADMAP and GOVERNMENT links, not OWNER ones.
    const ability = defineAbilityFor({
      userId: randomUUID(),
      organisationId: seeded.viewerOrgId,
      organisationKind: 'GOVERNMENT',
      role: 'VIEWER',
      participations: [{ roadmapId: seeded.roadmapId, role: 'LEAD' }],
    });
    // Without the graph cache: every request loads the chain (what the first request after a change costs).
    const service = new AnalysisService(ds, { analysisCacheGraphs: 0 });
    const cached = new AnalysisService(ds, { analysisCacheGraphs: 4 });

    // Three events on the materials most items use (the generator's first materials are as
    // likely as any): two material cuts by their largest processing country, one item cut.
    const byUse = new Map<string, number>();
    for (const im of seeded.input.itemMaterials) byUse.set(im.materialId, (byUse.get(im.materialId) ?? 0) + 1);
    const [m1, m2] = [...byUse.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => seeded.input.materials.find((m) => m.id === id)!);
    const topCountry = (m: typeof m1) =>
      m!.supplies.filter((s) => s.stage === 'PROCESSING' && s.scope === 'GLOBAL').sort((a, b) => b.share - a.share)[0]!.country;
    const kindOf = new Map(seeded.input.items.map((i) => [i.id, i.kind]));
    const linked = seeded.input.supplyLinks.find((l) => l.country !== null && kindOf.get(l.itemId) === 'COMPONENT')!;
    const spec: ScenarioSpec = {
      productGroupId: seeded.productGroupId,
      name: 'bench',
      startDate: '2027-01-01',
      horizonMonths: 36,
      scope: 'GLOBAL',
      itemLimit: 100,
      events: [
        { id: 'a', country: topCountry(m1), materialId: seeded.materialIds.get(m1!.id)!, itemId: null, cutFraction: 0.5, start: '2027-01-01', durationMonths: 6 },
        { id: 'b', country: topCountry(m2), materialId: seeded.materialIds.get(m2!.id)!, itemId: null, cutFraction: 1, start: '2027-03-01', durationMonths: 3 },
        { id: 'c', country: linked.country, materialId: null, itemId: seeded.itemIds.get(linked.itemId)!, cutFraction: 0.8, start: '2027-02-01', durationMonths: 12 },
      ],
    };

    const oldLoad: number[] = [];
    const oldEndToEnd: number[] = [];
    const load: number[] = [];
    const query: number[] = [];
    const build: number[] = [];
    const explode: number[] = [];
    const heatmap: number[] = [];
    const scenario: number[] = [];
    const endToEnd: number[] = [];
    // CPU per cold request, of this process and of PostgreSQL: steadier than wall time when the
    // machine's speed drifts (it moved by half within an hour on the benchmark machine).
    const cpu = { now: { node: [] as number[], db: [] as number[] }, old: { node: [] as number[], db: [] as number[] } };
    const cpuOf = async (into: { node: number[]; db: number[] }, work: () => Promise<unknown>) => {
      const node = process.cpuUsage();
      const db = databaseCpuSeconds();
      await work();
      const used = process.cpuUsage(node);
      into.node.push((used.user + used.system) / 1000);
      into.db.push((databaseCpuSeconds() - db) * 1000);
    };
    let last: Awaited<ReturnType<AnalysisService['graph']>> | null = null;
    let page: ReturnType<AnalysisService['dependenciesIn']> | null = null;
    let result: ReturnType<AnalysisService['scenarioIn']> | null = null;
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      last = await service.graph(ability, seeded.productGroupId);
      load.push(performance.now() - t);
      query.push(last.timings.queryMs);
      build.push(last.timings.buildMs);

      t = performance.now();
      page = service.dependenciesIn(last.graph, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
      explode.push(performance.now() - t);

      t = performance.now();
      service.heatmapIn(last.graph);
      heatmap.push(performance.now() - t);

      t = performance.now();
      result = service.scenarioIn(last.graph, spec);
      scenario.push(performance.now() - t);

      t = performance.now();
      await cpuOf(cpu.now, () => service.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' }));
      endToEnd.push(performance.now() - t);

      // The previous approach right after, so that both see the same load on the machine: four
      // statements of row objects with uuid strings, the graph built through id lookups.
      t = performance.now();
      await cpuOf(cpu.old, async () => {
        const old = await loadAnalysisGraphFromRows(ds, ability, seeded.productGroupId, loadMaterialCatalogue(ds, ability));
        oldLoad.push(performance.now() - t);
        service.dependenciesIn(old.graph, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
      });
      oldEndToEnd.push(performance.now() - t + 2); // + the version and product group reads (~2 ms)
    }

    // What the previous approach held per graph (after any write it loaded everything again).
    let heapAt = await heapUsedMb();
    const oldHeld = await (async () => {
      const old = await loadAnalysisGraphFromRows(ds, ability, seeded.productGroupId, loadMaterialCatalogue(ds, ability));
      const explosions = explodeProductGroup(old.graph, { maxPathsPerDependency: 5 });
      topDependencies(explosions, { by: 'score', limit: 51 });
      const held = (await heapUsedMb()) - heapAt;
      return { held, keep: [old, explosions] };
    })();

    // With the cache: the first request loads and explodes; the next ones (no chain change in
    // between) read the data version, find the graph and its explosions, and build one page.
    oldHeld.keep.length = 0;
    heapAt = await heapUsedMb();
    const heapBefore = heapAt;
    let t0 = performance.now();
    await cached.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
    const firstCached = performance.now() - t0;
    const heapHeld = (await heapUsedMb()) - heapBefore;
    const warm: number[] = [];
    const warmHeatmap: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      t0 = performance.now();
      await cached.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, after: null, orderBy: 'SCORE' });
      warm.push(performance.now() - t0);
      t0 = performance.now();
      await cached.heatmap(ability, seeded.productGroupId);
      warmHeatmap.push(performance.now() - t0);
    }
    // A chain write bumps the data version: the next request updates the kept graph from the
    // changed rows (a rename: no figure changes, so no platform is exploded again).
    const afterWrites: number[] = [];
    const updateSql: number[] = [];
    const updatePatch: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await ds.query(`UPDATE item SET name = name || ' ' WHERE id = $1`, [seeded.itemIds.get(seeded.input.items[PLATFORMS + run]!.id)]);
      t0 = performance.now();
      await cached.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
      afterWrites.push(performance.now() - t0);
      const { timings } = await cached.graph(ability, seeded.productGroupId);
      updateSql.push(timings.queryMs);
      updatePatch.push(timings.buildMs);
    }
    // A supply link's share changes, a different link each time: the kept graph is patched in place,
    // and every platform above the link's item works out the rows of the item's countries again.
    const afterShare: number[] = [];
    const sharePatch: number[] = [];
    const shared = await ds.query<{ id: string }[]>(
      `SELECT id FROM supply_link WHERE visibility = 'ROADMAP' AND share BETWEEN 0.2 AND 0.8 AND country IS NOT NULL ORDER BY id LIMIT $1`,
      [RUNS],
    );
    for (const { id } of shared) {
      await ds.query(`UPDATE supply_link SET share = share - 0.05 WHERE id = $1`, [id]);
      t0 = performance.now();
      await cached.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
      afterShare.push(performance.now() - t0);
      sharePatch.push((await cached.graph(ability, seeded.productGroupId)).timings.buildMs);
    }
    // An item material's kg changes, a different line each time: the material rows are worked out again.
    const afterKg: number[] = [];
    const kgPatch: number[] = [];
    const kgLines = await ds.query<{ itemId: string; materialId: string }[]>(
      `SELECT item_id AS "itemId", material_id AS "materialId" FROM item_material WHERE quantity_kg > 0 ORDER BY item_id, material_id LIMIT $1`,
      [RUNS],
    );
    for (const { itemId, materialId } of kgLines) {
      await ds.query(`UPDATE item_material SET quantity_kg = quantity_kg * 1.5 WHERE item_id = $1 AND material_id = $2`, [itemId, materialId]);
      t0 = performance.now();
      await cached.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
      afterKg.push(performance.now() - t0);
      kgPatch.push((await cached.graph(ability, seeded.productGroupId)).timings.buildMs);
    }
    // A composition's quantity changes, a different edge each time: that changes the walk below it,
    // so every platform above the edge works out again the rows of what lies below the edge
    // (docs/analysis.md §6, "After a write").
    const afterEdge: number[] = [];
    const edgeAbove: number[] = [];
    const edges = await ds.query<{ id: string; parentId: string }[]>(`SELECT id, parent_id AS "parentId" FROM composition ORDER BY id LIMIT $1`, [RUNS]);
    for (const { id, parentId } of edges) {
      await ds.query(`UPDATE composition SET quantity = quantity + 1 WHERE id = $1`, [id]);
      t0 = performance.now();
      await cached.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
      afterEdge.push(performance.now() - t0);
      const { graph } = await cached.graph(ability, seeded.productGroupId);
      edgeAbove.push(platformsAbove([graph], Int32Array.of(graph.itemIndex.get(parentId)!)).size);
    }
    // A new edge: a part that already sits one level further down becomes a direct part of an item too
    // (its edge from the part in between, its unit), a different item each time.
    const afterNewEdge: number[] = [];
    const newEdgePatch: number[] = [];
    const newEdges = await ds.query<{ parentId: string; childId: string; unit: string }[]>(
      `SELECT DISTINCT ON (a.id) a.parent_id AS "parentId", b.child_id AS "childId", b.unit
         FROM composition a JOIN composition b ON b.parent_id = a.child_id
        WHERE NOT EXISTS (SELECT 1 FROM composition c WHERE c.parent_id = a.parent_id AND c.child_id = b.child_id)
        ORDER BY a.id, b.id LIMIT $1`,
      [RUNS],
    );
    for (const { parentId, childId, unit } of newEdges) {
      await ds.query(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 2, $3)`, [parentId, childId, unit]);
      t0 = performance.now();
      await cached.dependencies(ability, { productGroupId: seeded.productGroupId, first: 50, orderBy: 'SCORE' });
      afterNewEdge.push(performance.now() - t0);
      newEdgePatch.push((await cached.graph(ability, seeded.productGroupId)).timings.buildMs);
    }
    const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
    const cpuTotal = (c: { node: number[]; db: number[] }) => median(c.node) + median(c.db);
    const cpuLine = (c: { node: number[]; db: number[] }) =>
      `median ${median(c.node).toFixed(0)} ms of this process (its collector's threads included) + ${median(c.db).toFixed(0)} ms of this machine's PostgreSQL (0 when the database runs elsewhere)`;
    const ratio = (now: number, before: number) => `${(now / before).toFixed(2)} x the previous approach (${before.toFixed(0)} ms)`;

    const g = last!.graph;
    const c = last!.counts;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const lines = [
      `Routekaart analysis benchmark (seed ${SEED})`,
      `machine            ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
      `generated          ${seeded.input.items.length} items, ${seeded.input.compositions.length} edges, ${seeded.input.supplyLinks.length} supply links, ${seeded.input.itemMaterials.length} item materials, ${PLATFORMS} platforms, ${MATERIALS} materials (seeded in ${(seedMs / 1000).toFixed(1)} s)`,
      `viewer sees        ${c.items} items, ${c.compositions} edges, ${c.supplyLinks} supply links (government participant; OWNER links of others hidden)`,
      `graph              ${g.items.length} items, ${g.childItem.length} edges, ${g.platformIndices.length} platforms`,
      `load (SQL + rows)  ${stats(query)}`,
      `build graph        ${stats(build)}`,
      `load total         ${stats(load)}`,
      `explosion+scoring  ${stats(explode)}   [every platform, every dependency scored and ranked, top 50 built; ${page!.totalCount} dependencies]`,
      `heatmap            ${stats(heatmap)}`,
      `3-event scenario   ${stats(scenario)}   [36 months; ${result!.shortItemCount} items fall short]`,
      `API path end to end ${stats(endToEnd)}  [dependencies(productGroupId, first: 50): load + build + explosion + scoring]`,
      `  CPU per request  ${cpuLine(cpu.now)}`,
      `with graph cache   first ${firstCached.toFixed(0)} ms, then ${stats(warm)}  [same request, chain unchanged]`,
      `  heatmap, cached  ${stats(warmHeatmap)}`,
      `  after a write    ${stats(afterWrites)}  [an item renamed: the kept graph updated from the change log]`,
      `    of which        changed rows read ${stats(updateSql)}; graph patched ${stats(updatePatch)}`,
      `  after a share    ${stats(afterShare)}  [a supply link's share changed, a different link each time: graph patched in place, the rows of its item and countries worked out again on each platform above it]`,
      `    of which        graph patched ${stats(sharePatch)}`,
      `  after a kg       ${stats(afterKg)}  [an item material's kg changed, a different line each time: graph patched, the material's rows worked out again on each platform above it]`,
      `    of which        graph patched ${stats(kgPatch)}`,
      `  after an edge    ${stats(afterEdge)}  [a composition's quantity changed, a different edge each time: graph patched; on the ${Math.min(...edgeAbove)} to ${Math.max(...edgeAbove)} platforms above it, the rows of what lies below it worked out again]`,
      `  after a new edge ${stats(afterNewEdge)}  [a part one level down also made a direct part of the item above it, a different item each time]`,
      `    of which        graph patched ${stats(newEdgePatch)}`,
      `  held per graph   ~${heapHeld.toFixed(0)} MB of heap and typed arrays (graph, catalogue and explosions)`,
      ``,
      `previous approach, timed in the same loop (row objects with uuid strings, graph built by id lookups, full reload after any write):`,
      `  load total       ${stats(oldLoad)}`,
      `  cold end to end  ${stats(oldEndToEnd)}  (load + explosion + scoring; after a write it was the same)`,
      `  CPU per request  ${cpuLine(cpu.old)}`,
      `  held per graph   ~${oldHeld.held.toFixed(0)} MB of heap`,
      `ratios (now / previous, ${availableParallelism()} cores):`,
      `  cold end to end  ${median(endToEnd).toFixed(0)} ms = ${ratio(median(endToEnd), median(oldEndToEnd))}`,
      `  cold, CPU        ${cpuTotal(cpu.now).toFixed(0)} ms = ${(cpuTotal(cpu.now) / cpuTotal(cpu.old)).toFixed(2)} x the previous approach (${cpuTotal(cpu.old).toFixed(0)} ms; this process and PostgreSQL, medians)`,
      `  after a write    ${median(afterWrites).toFixed(0)} ms = ${ratio(median(afterWrites), median(oldEndToEnd))}`,
      `  after a share    ${median(afterShare).toFixed(0)} ms = ${ratio(median(afterShare), median(oldEndToEnd))}`,
      `  after a kg       ${median(afterKg).toFixed(0)} ms = ${ratio(median(afterKg), median(oldEndToEnd))}`,
      `  after an edge    ${median(afterEdge).toFixed(0)} ms = ${ratio(median(afterEdge), median(oldEndToEnd))}`,
      `  after a new edge ${median(afterNewEdge).toFixed(0)} ms = ${ratio(median(afterNewEdge), median(oldEndToEnd))}`,
      // The previous loader builds today's graph and score tables, whose columns (supply links, slim
      // item rows) are what made a kept graph smaller; so this ratio shows only what the loader adds.
      `  held per graph   ${heapHeld.toFixed(0)} MB = ${(heapHeld / oldHeld.held).toFixed(2)} x the previous loader (${oldHeld.held.toFixed(0)} MB, with today's graph columns and score tables; 121-125 MB per kept graph when issue 20 was filed, docs/analysis.md §6)`,
      `peak RSS           ${rssMb.toFixed(0)} MB`,
      keeper
        ? `heap keeper        ${keeperCollections} full collections of its own after start (HEAP_KEEPER_MB=${keeperMb}, as the API runs it)`
        : `heap keeper        off (HEAP_KEEPER_MB=${keeperMb}${globalThis.gc ? '' : ', or node without --expose-gc'})`,
    ];
    console.log(lines.join('\n'));
  } finally {
    keeper?.stop();
    if (ds.isInitialized) await ds.destroy();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
