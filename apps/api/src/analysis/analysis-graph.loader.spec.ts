import { createMongoAbility } from '@casl/ability';
import { defineAbilityFor, type AppAbility } from '@routekaart/access';
import { createDataSource } from '@routekaart/db';
import { explodeProductGroup, supplyLinksOf } from '@routekaart/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService } from '../auth/auth.service';
import { loadAnalysisGraphFromRows } from '../bench/row-analysis-loader';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { keptRows, loadAnalysisGraph, loadChainColumns, loadMaterialCatalogue, pick, positionsOf, sameRowRules, type AnalysisGraph } from './analysis-graph.loader';
import { AnalysisService } from './analysis.service';

// The columnar loader (two statements in one snapshot, items by number, the graph built from positions) must give
// exactly the analysis the row-by-row loader gave, for viewers who see different parts of the chain.

/** The full load's compositions statement (an update reads the changed items' edges as objects). */
const isFullLoad = (sql: string): boolean => sql.includes('"compositions.parent"');

describe('the analysis graph loader', () => {
  let t: TestPlatform;
  let service: AnalysisService;
  let pg: string;
  const abilities: Record<string, AppAbility> = {};

  beforeAll(async () => {
    t = await startTestPlatform();
    service = t.platform.app.get(AnalysisService);
    [{ id: pg }] = await t.platform.dataSource.query(`SELECT id FROM product_group`);
    for (const email of ['keten@werf.example', 'verkoop@magneet.example', 'beleid@defensie.example']) {
      const actor = await t.platform.app.get(AuthService).actorForToken(await t.login(email));
      abilities[email] = defineAbilityFor(actor!);
    }
  });
  afterAll(async () => t?.close());

  /** Every dependency of every platform, as the API computes it from a graph. */
  const analysis = (loaded: AnalysisGraph) => ({
    platforms: explodeProductGroup(loaded.graph, { maxPathsPerDependency: 5 }).map((e) => ({ id: e.platformId, items: e.itemCount, dependencies: e.dependencies })),
    heatmap: service.heatmapIn(loaded.graph),
    counts: loaded.counts,
    warnings: loaded.graph.warnings,
  });

  it.each(['keten@werf.example', 'verkoop@magneet.example', 'beleid@defensie.example'])('gives %s the same analysis as the row loader', async (email) => {
    const ability = abilities[email]!;
    const catalogue = loadMaterialCatalogue(t.platform.dataSource, ability);
    const columns = await loadAnalysisGraph(t.platform.dataSource, ability, pg, catalogue);
    const rows = await loadAnalysisGraphFromRows(t.platform.dataSource, ability, pg, catalogue);
    expect(columns.counts.items).toBeGreaterThan(0);
    expect(analysis(columns)).toEqual(analysis(rows));
    expect(columns.graph.items.map((i) => i.id).sort()).toEqual(rows.graph.items.map((i) => i.id).sort());
  });

  it('loads several graphs at once from a pool of two connections (each load takes two) without waiting forever', async () => {
    const url = (t.platform.dataSource.options as { url: string }).url;
    const small = createDataSource({ url, poolSize: 2 });
    await small.initialize();
    try {
      const ability = abilities['keten@werf.example']!;
      const expected = (await loadChainColumns(t.platform.dataSource, ability, pg)).items.id.length;
      const loads = await Promise.all([1, 2, 3, 4].map(() => loadChainColumns(small, ability, pg)));
      expect(expected).toBeGreaterThan(0);
      expect(loads.map((l) => l.items.id.length)).toEqual([expected, expected, expected, expected]);
    } finally {
      await small.destroy();
    }
  }, 30_000);

  it("reads an edge by its parent item's rule only when the reader's rules for both are the same", async () => {
    // Every demo reader's are (the matrix gives Composition read the rows of Item read), so the load
    // joins no parent item of its own; the comparisons above check that the analysis stays the same.
    for (const ability of Object.values(abilities)) expect(sameRowRules(ability, 'Composition', 'Item')).toBe(true);
    // Edges of the magnet maker's parts only, every item: the edges are filtered by their own condition.
    const [{ id: magnets }] = await t.platform.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'verkoop@magneet.example'`);
    const differing = createMongoAbility([
      { action: 'read', subject: 'Item' },
      { action: 'read', subject: 'Composition', conditions: { ownerOrgId: magnets } },
    ]) as AppAbility;
    expect(sameRowRules(differing, 'Composition', 'Item')).toBe(false);
    const columns = await loadChainColumns(t.platform.dataSource, differing, pg);
    const [{ own, all }] = await t.platform.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.owner_org_id = $2)::int AS own, count(*)::int AS "all"
       FROM composition c JOIN item p ON p.id = c.parent_id WHERE p.product_group_id = $1`,
      [pg, magnets],
    );
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(all);
    expect(columns.compositions.parent.length).toBe(own);
    // Same rules, but naming a column only items have: not the parent's condition either.
    const byId = createMongoAbility([
      { action: 'read', subject: 'Item', conditions: { id: 'x' } },
      { action: 'read', subject: 'Composition', conditions: { id: 'x' } },
    ]) as AppAbility;
    expect(sameRowRules(byId, 'Composition', 'Item')).toBe(false);
  });

  it("keeps edges, materials and links only with their items, whose numbers and product group the database keeps on them", async () => {
    const db = t.platform.dataSource;
    const keys = async () =>
      (await db.query(
        `SELECT
           (SELECT count(*) FROM composition c JOIN item p ON p.id = c.parent_id JOIN item ch ON ch.id = c.child_id
            WHERE c.product_group_id IS DISTINCT FROM p.product_group_id OR c.parent_seq IS DISTINCT FROM p.seq OR c.child_seq IS DISTINCT FROM ch.seq)::int AS edges,
           (SELECT count(*) FROM item_material im JOIN item i ON i.id = im.item_id
            WHERE im.product_group_id IS DISTINCT FROM i.product_group_id OR im.item_seq IS DISTINCT FROM i.seq)::int AS materials,
           (SELECT count(*) FROM supply_link sl JOIN item i ON i.id = sl.item_id
            WHERE sl.product_group_id IS DISTINCT FROM i.product_group_id OR sl.item_seq IS DISTINCT FROM i.seq)::int AS links`,
      ))[0];
    // The demo data went in through the API's and the seed's own inserts: every row has its keys.
    expect(await keys()).toEqual({ edges: 0, materials: 0, links: 0 });
    // A link moved to another item, that item moved to another product group: the rows follow. Rolled
    // back, so the demo data stays as it was.
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      const [link] = await runner.query(`SELECT id, item_id FROM supply_link LIMIT 1`);
      const [other] = await runner.query(`SELECT id, seq FROM item WHERE id <> $1 AND product_group_id = $2 AND EXISTS (SELECT 1 FROM item_material im WHERE im.item_id = item.id) LIMIT 1`, [link.item_id, pg]);
      await runner.query(`UPDATE supply_link SET item_id = $2 WHERE id = $1`, [link.id, other.id]);
      const [group] = await runner.query(`INSERT INTO product_group (name) VALUES ('Verplaatst') RETURNING id`);
      await runner.query(`UPDATE item SET product_group_id = $1 WHERE id = $2`, [group.id, other.id]);
      expect(await runner.query(`SELECT product_group_id AS "group", item_seq AS seq FROM supply_link WHERE id = $1`, [link.id])).toEqual([{ group: group.id, seq: other.seq }]);
      const materials = await runner.query(`SELECT DISTINCT product_group_id AS "group" FROM item_material WHERE item_id = $1`, [other.id]);
      expect(materials).toEqual([{ group: group.id }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await keys()).toEqual({ edges: 0, materials: 0, links: 0 });
  });

  describe('a kept graph updated after a write', () => {
    const email = 'keten@werf.example';
    /**
     * The analysis with numbers to 10 digits, in key order and without ranks among equals. Which of an
     * item's many paths are shown as the (at most 5) examples follows the order items are numbered in,
     * which a reload may change (an updated row moves in the table): compared by count.
     */
    const comparable = (loaded: AnalysisGraph) => {
      const round = (value: unknown): unknown =>
        typeof value === 'number'
          ? Number(value.toPrecision(10))
          : Array.isArray(value)
            ? value.map(round)
            : value && typeof value === 'object'
              ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'rank').map(([k, v]) => [k, round(v)]))
              : value;
      return explodeProductGroup(loaded.graph, { maxPathsPerDependency: 5 }).map((e) => ({
        id: e.platformId,
        name: e.platformName,
        items: e.itemCount,
        dependencies: e.dependencies
          .map((d) => round({ ...d, paths: d.paths.length }) as { key: string })
          .sort((a, b) => (a.key < b.key ? -1 : 1)),
      }));
    };

    /** Applies `write`, then asks the service (which updates its kept graph) and a full load, and compares. */
    async function afterWrite(write: (graph: AnalysisGraph) => Promise<void>) {
      const ability = abilities[email]!;
      const kept = await service.graph(ability, pg);
      // The explosions are kept with the graph and carried over by the update.
      service.dependenciesIn(kept.graph, { productGroupId: pg, first: 50 });
      await write(kept);
      let updated!: AnalysisGraph;
      const statements = await t.countQueries(async () => {
        updated = await service.graph(ability, pg);
      });
      const full = await loadAnalysisGraph(t.platform.dataSource, ability, pg);
      expect(updated.graph).not.toBe(kept.graph);
      expect(comparable(updated)).toEqual(comparable(full));
      expect(service.dependenciesIn(updated.graph, { productGroupId: pg, first: 200 }).nodes.map((n) => n.key).sort()).toEqual(
        service.dependenciesIn(full.graph, { productGroupId: pg, first: 200 }).nodes.map((n) => n.key).sort(),
      );
      // Updated from the change log, not loaded again.
      expect(statements.some(isFullLoad)).toBe(false);
      expect(statements.some((sql) => sql.includes(`'parentId', c.parent_id`))).toBe(true);
      return { kept, updated, full };
    }

    const db = () => t.platform.dataSource;

    it('renames an item', async () => {
      const { updated } = await afterWrite(async ({ graph }) => {
        const component = graph.items.find((i) => i.kind === 'COMPONENT')!;
        await db().query(`UPDATE item SET name = name || ' (herzien)' WHERE id = $1`, [component.id]);
      });
      expect(updated.graph.items.some((i) => i.name.endsWith(' (herzien)'))).toBe(true);
    });

    it("changes a supply link's share", async () => {
      await afterWrite(async ({ graph }) => {
        const link = graph.items.flatMap((_, i) => supplyLinksOf(graph, i)).find((l) => l.share !== null && l.share > 0.2 && l.share < 0.9)!;
        await db().query(`UPDATE supply_link SET share = share - 0.15 WHERE id = $1`, [link.id]);
      });
    });

    it('changes the kg of an item material', async () => {
      const { updated, kept } = await afterWrite(async ({ graph }) => {
        const item = graph.items.findIndex((_, v) => graph.materialStart[v + 1]! > graph.materialStart[v]! && graph.materialKg[graph.materialStart[v]!]! > 0);
        const material = graph.materials[graph.materialOf[graph.materialStart[item]!]!]!;
        await db().query(`UPDATE item_material SET quantity_kg = quantity_kg * 2 WHERE item_id = $1 AND material_id = $2`, [graph.items[item]!.id, material.id]);
      });
      // The kg changed in place: where each item's materials are listed stays as it was.
      expect(updated.graph.materialKg).not.toBe(kept.graph.materialKg);
      expect(updated.graph.materialOf).toBe(kept.graph.materialOf);
    });

    it('adds a composition edge', async () => {
      const { updated, kept } = await afterWrite(async ({ graph }) => {
        // A parent above its new child in the kept numbering, as a new edge within the chain usually is.
        const n = graph.items.length;
        let pair: [number, number] | null = null;
        for (let p = 0; p < n && !pair; p++) {
          if (graph.items[p]!.kind !== 'SYSTEM') continue;
          const children = new Set(graph.childItem.subarray(graph.childStart[p]!, graph.childStart[p + 1]!));
          for (let c = p + 1; c < n && !pair; c++) if (graph.items[c]!.kind === 'MATERIAL_FORM' && !children.has(c)) pair = [p, c];
        }
        const [p, c] = pair!;
        await db().query(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 3, $3)`, [
          graph.items[p]!.id,
          graph.items[c]!.id,
          graph.itemUnit[c],
        ]);
      });
      expect(updated.graph.childItem.length).toBe(kept.graph.childItem.length + 1);
    });

    it("changes a composition's quantity: the kept explosions are worked out again below it and rank as a fresh load's", async () => {
      const { updated, full, kept } = await afterWrite(async ({ graph }) => {
        const parent = graph.items.findIndex((item, v) => item.kind === 'SYSTEM' && graph.childStart[v + 1]! > graph.childStart[v]!);
        const child = graph.childItem[graph.childStart[parent]!]!;
        await db().query(`UPDATE composition SET quantity = quantity * 3 WHERE parent_id = $1 AND child_id = $2`, [graph.items[parent]!.id, graph.items[child]!.id]);
      });
      // Quantities patched into a copy; the edges stay where they were.
      expect(updated.graph.childItem).toBe(kept.graph.childItem);
      expect(updated.graph.childQuantity).not.toBe(kept.graph.childQuantity);
      const page = (loaded: AnalysisGraph) =>
        service.dependenciesIn(loaded.graph, { productGroupId: pg, first: 30 }).nodes.map((n) => ({ key: n.key, score: n.score.value?.toPrecision(10), quantity: n.quantity.value.toPrecision(10) }));
      expect(page(updated)).toEqual(page(full));
    });

    it('deletes a supply link', async () => {
      const { updated, kept } = await afterWrite(async ({ graph }) => {
        const link = graph.items.flatMap((_, i) => supplyLinksOf(graph, i)).find((l) => l.country !== null)!;
        await db().query(`DELETE FROM supply_link WHERE id = $1`, [link.id]);
      });
      expect(updated.counts.supplyLinks).toBe(kept.counts.supplyLinks - 1);
    });

    it('loads again when a roadmap changes (who may read what), and for a change in another product group keeps the graph', async () => {
      const ability = abilities[email]!;
      const kept = await service.graph(ability, pg);
      const [other] = await db().query(`INSERT INTO product_group (name) VALUES ('Onderzeeboten') RETURNING id`);
      const [yard] = await db().query(`SELECT owner_org_id AS id FROM item LIMIT 1`);
      await db().query(`INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) VALUES ($1, 'PLATFORM', 'Walrus-vervanger', $2, 'ROADMAP')`, [
        other.id,
        yard.id,
      ]);
      expect((await service.graph(ability, pg)).graph).toBe(kept.graph);
      await db().query(`INSERT INTO roadmap (product_group_id, title, phase) VALUES ($1, 'Tweede routekaart', 'SCOPING')`, [pg]);
      const statements = await t.countQueries(() => service.graph(ability, pg));
      expect(statements.some(isFullLoad)).toBe(true);
    });
  });
});

describe('positionsOf (item numbers to positions)', () => {
  it.each([
    ['close together', [12, 10, 15, 11]],
    ['spread out', [3_000_000, 7, 1_000_000, 15]],
  ])('orders the rows by number and finds each number when they are %s', (_, seq) => {
    const { order, positionOf } = positionsOf(seq);
    const ascending = [...seq].sort((a, b) => a - b);
    expect(Array.from(order, (k) => seq[k])).toEqual(ascending);
    expect(seq.map(positionOf)).toEqual(seq.map((s) => ascending.indexOf(s)));
    expect([9, 13, 0, 2_000_000].map(positionOf)).toEqual([-1, -1, -1, -1]);
  });

  it('has nothing to place without rows', () => {
    expect(Array.from(positionsOf([]).order)).toEqual([]);
    expect(positionsOf([]).positionOf(1)).toBe(-1);
  });
});

describe('keptRows and pick (rows kept with their items)', () => {
  it('keeps the rows whose every item has a position, in order', () => {
    const parent = [0, 1, -1, 2, 3];
    const child = [1, 2, 3, -1, 4];
    const kept = keptRows(parent, child);
    expect(Array.from(kept!)).toEqual([0, 1, 4]);
    expect(pick(['a', 'b', 'c', 'd', 'e'], kept)).toEqual(['a', 'b', 'e']);
  });

  it('hands the columns on as they are when every row is kept', () => {
    const column = [5, 6];
    expect(keptRows([0, 1], [1, 0])).toBeNull();
    expect(pick(column, null)).toBe(column);
    expect(keptRows()).toBeNull();
  });
});
