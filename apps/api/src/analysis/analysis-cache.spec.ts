import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

// Graphs are kept between requests (ANALYSIS_CACHE_GRAPHS, default 4), per product group and per
// set of permission rules, and tagged with the chain data version: what a user sees must be exactly
// what a fresh load would give, after any change, whoever made it.

const GALLIUM = `query($item: ID) { dependencies(itemId: $item, kind: MATERIAL, first: 100) {
  nodes { target { symbol } quantity { value } pathCount score { value } } } }`;
const EVERYTHING = `query($pg: ID) { dependencies(productGroupId: $pg, first: 200) {
  totalCount nodes { key score { value factors { key raw source { supplyLinkId item { id } } } } quantity { value } paths { items { id } } } } }`;

interface Page {
  dependencies: { totalCount: number; nodes: { target: { symbol: string }; quantity: { value: number }; pathCount: number; score: { value: number } }[] };
}

const LCF = 'Luchtverdedigings- en commandofregat (LCF-vervanger)';
const TMGA = 'Trimethylgallium-precursor (6N)';

describe('analysis graphs kept between requests', () => {
  let t: TestPlatform;
  let werf: string;
  let magneet: string;
  let pg: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestPlatform();
    [werf, magneet] = await Promise.all([t.login('keten@werf.example'), t.login('verkoop@magneet.example')]);
    [{ id: pg }] = await t.platform.dataSource.query(`SELECT id FROM product_group`);
    const items: { id: string; name: string }[] = await t.platform.dataSource.query('SELECT id, name FROM item');
    ids = Object.fromEntries(items.map((r) => [r.name, r.id]));
  });
  afterAll(async () => t?.close());

  const gallium = async (token: string) => {
    const res = await t.gql<Page>(GALLIUM, { item: ids[LCF] }, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.dependencies.nodes.find((d) => d.target.symbol === 'Ga')!;
  };
  const everything = async (token: string) => {
    const res = await t.gql(EVERYTHING, { pg }, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };
  /** A change of a chain row that no analysis result depends on. */
  const touchChain = () => t.platform.dataSource.query(`UPDATE material SET name = name WHERE symbol = 'Ga'`);

  it('answers a repeated request from the kept graph, without reading the chain again', async () => {
    await touchChain();
    const first = await t.countQueries(() => gallium(werf));
    const again = await t.countQueries(() => gallium(werf));
    // (The item asked about is still looked up, with the viewer's rules, on every request.)
    const readsChain = (sql: string) => /\bFROM (supply_link|item_material|composition|material_supply)\b|SELECT i\.id, i\.name, i\.kind FROM item/.test(sql);
    expect(first.some(readsChain)).toBe(true);
    expect(again.filter(readsChain)).toEqual([]);
    expect(again.some((sql) => sql.includes('chain_data_version'))).toBe(true);
    expect(again.length).toBeLessThan(first.length);
  });

  it('shows a change made through the API in the next answer', async () => {
    const before = await gallium(werf);
    expect(before.pathCount).toBe(3);
    const added = await t.gql(
      `mutation($input: AddCompositionInput!) { addComposition(input: $input) { quantity } }`,
      { input: { parentId: ids[LCF], childId: ids[TMGA], quantity: 1, unit: 'kg' } },
      werf,
    );
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    const after = await gallium(werf);
    expect(after.pathCount).toBe(4);
    expect(after.quantity.value).toBeCloseTo(before.quantity.value + 0.607, 9); // 1 kg of TMGa holds 0.607 kg Ga
  });

  it('shows a change made outside this process (another replica, a script) in the next answer', async () => {
    const before = await gallium(werf);
    await t.platform.dataSource.query(
      `UPDATE item_material SET quantity_kg = quantity_kg * 2 WHERE item_id = $1 AND material_id = (SELECT id FROM material WHERE symbol = 'Ga')`,
      [ids[TMGA]],
    );
    const after = await gallium(werf);
    expect(after.quantity.value).toBeCloseTo(2 * before.quantity.value, 9);
  });

  it('counts an export restriction recorded by a knowledge institute in the next answer', async () => {
    const exportFactor = async (symbol: string) => {
      const res = await t.gql<{ dependencies: { nodes: { target: { symbol: string }; score: { factors: { key: string; raw: number }[] } }[] } }>(
        `query($item: ID) { dependencies(itemId: $item, kind: MATERIAL, first: 100) { nodes { target { symbol } score { factors { key raw } } } } }`,
        { item: ids[LCF] },
        werf,
      );
      return res.data!.dependencies.nodes.find((d) => d.target.symbol === symbol)!.score.factors.find((f) => f.key === 'EXPORT_RESTRICTION')!.raw;
    };
    expect(await exportFactor('Cr')).toBe(0);
    const nmo = await t.login('analist@nmo.example');
    const [{ id: chromium }] = await t.platform.dataSource.query(`SELECT id FROM material WHERE symbol = 'Cr'`);
    const recorded = await t.gql(
      `mutation($input: RecordExportRestrictionInput!) { recordExportRestriction(input: $input) { id } }`,
      { input: { materialId: chromium, country: 'ZA', measure: 'EXPORT_TAX', since: '2024-01-01', description: 'test: export tax on chrome ore', source: 'test' } },
      nmo,
    );
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    expect(await exportFactor('Cr')).toBeGreaterThan(0.3); // South Africa's share of chromium supply
  });

  it('never answers one viewer from a graph loaded for another', async () => {
    await touchChain();
    const ownFirst = await everything(magneet); // loaded with the magnet maker's rules
    await touchChain();
    const shipyard = await everything(werf); // loaded with the shipyard's rules, kept
    const afterShipyard = await everything(magneet);
    expect(afterShipyard).toEqual(ownFirst);
    expect(shipyard).not.toEqual(ownFirst);
  });

  it('loads for every request when the cache is off', async () => {
    const off = await startTestPlatform({ ANALYSIS_CACHE_GRAPHS: '0' });
    try {
      const token = await off.login('keten@werf.example');
      const ask = () => off.gql(GALLIUM, { item: ids[LCF] }, token);
      await ask();
      const again = await off.countQueries(ask);
      expect(again.some((sql) => /\bFROM supply_link\b/.test(sql))).toBe(true);
    } finally {
      await off.close();
    }
  });
});
