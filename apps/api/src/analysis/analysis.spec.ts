import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface Factor {
  key: string;
  available: boolean;
  raw: number | null;
  normalized: number | null;
  weight: number;
  effectiveWeight: number;
  contribution: number;
  source: { country: string | null; stage: string | null; supplyLinkId: string | null; item: { name: string } | null; material: { symbol: string } | null } | null;
}
interface Dependency {
  key: string;
  kind: string;
  rank: number;
  target: { id: string; name: string; symbol: string | null };
  platform: { id: string; name: string };
  score: { value: number | null; coverage: number; factors: Factor[] };
  weakestLink: { kind: string; value: number; contribution: number } | null;
  quantity: { value: number; unit: string; complete: boolean };
  itemCount: number;
  pathCount: number;
  paths: { quantity: number | null; items: { name: string }[] }[];
}
interface Page {
  dependencies: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Dependency[] };
}

const DEPENDENCY_FIELDS = `key kind rank target { id name symbol } platform { id name }
  score { value coverage factors { key available raw normalized weight effectiveWeight contribution
    source { country stage supplyLinkId item { name } material { symbol } } } }
  weakestLink { kind value contribution }
  quantity { value unit complete } itemCount pathCount paths { quantity items { name } }`;

const DEPENDENCIES = `query($pg: ID, $item: ID, $kind: DependencyKind, $first: Int, $after: String, $orderBy: DependencyOrder) {
  dependencies(productGroupId: $pg, itemId: $item, kind: $kind, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { endCursor hasNextPage } nodes { ${DEPENDENCY_FIELDS} } } }`;

const SCENARIO = `query($input: ScenarioInput!) { runScenario(input: $input) {
  months warnings shortItemCount
  events { id country cutFraction sourceShare supplyLoss stage from until material { symbol } item { name } }
  platforms { platform { name } firstShortfall worstAvailability shortItemCount timeline { month availability shortfall } shortItems { name } }
  items { item { name } supplyDropFrom shortfallFrom worstAvailability worstShortfall monthsShort recoveredFrom causes availability } } }`;

interface ScenarioItem {
  item: { name: string };
  supplyDropFrom: string;
  shortfallFrom: string;
  worstAvailability: number;
  worstShortfall: number;
  monthsShort: number;
  recoveredFrom: string | null;
  causes: string[];
  availability: number[];
}
interface ScenarioResult {
  runScenario: {
    months: string[];
    warnings: string[];
    shortItemCount: number;
    events: { id: string; country: string | null; cutFraction: number; sourceShare: number; supplyLoss: number; stage: string | null; from: string | null; until: string | null }[];
    platforms: {
      platform: { name: string };
      firstShortfall: string | null;
      worstAvailability: number;
      shortItemCount: number;
      timeline: { month: string; availability: number; shortfall: number }[];
      shortItems: { name: string }[];
    }[];
    items: ScenarioItem[];
  };
}

const LCF = 'Luchtverdedigings- en commandofregat (LCF-vervanger)';
const TMGA = 'Trimethylgallium-precursor (6N)';

describe('dependency analysis and scenarios over GraphQL (demo fleet)', () => {
  let t: TestPlatform;
  let werf: string;
  let defensie: string;
  let pg: string;
  let ids: Record<string, string>;
  let material: Record<string, string>;

  beforeAll(async () => {
    t = await startTestPlatform();
    [werf, defensie] = await Promise.all([t.login('keten@werf.example'), t.login('beleid@defensie.example')]);
    [{ id: pg }] = await t.platform.dataSource.query(`SELECT id FROM product_group`);
    const items: { id: string; name: string }[] = await t.platform.dataSource.query('SELECT id, name FROM item');
    ids = Object.fromEntries(items.map((r) => [r.name, r.id]));
    const materials: { id: string; symbol: string }[] = await t.platform.dataSource.query('SELECT id, symbol FROM material');
    material = Object.fromEntries(materials.map((r) => [r.symbol, r.id]));
  });
  afterAll(async () => t?.close());

  const dependencies = async (variables: Record<string, unknown>, token: string) => {
    const res = await t.gql<Page>(DEPENDENCIES, variables, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.dependencies;
  };

  describe('dependencies', () => {
    it('finds that the air-defence frigate depends on gallium through its AESA radar, with hand-checked quantities', async () => {
      const page = await dependencies({ item: ids[LCF], kind: 'MATERIAL', first: 100 }, defensie);
      const ga = page.nodes.find((d) => d.target.symbol === 'Ga')!;
      expect(ga.platform.name).toBe(LCF);
      // GaN MMICs: AESA 1 x 192 tiles x 16 T/R modules x 2 = 6144, two navigation radars 2 x 8 = 16,
      // two CIWS 2 x 8 = 16; wafers 0.004 per MMIC, TMGa 0.002 kg per wafer, 60.7% Ga in TMGa.
      expect(ga.quantity.value).toBeCloseTo((6144 + 16 + 16) * 0.004 * 0.002 * 0.607, 12);
      expect(ga.quantity).toMatchObject({ unit: 'kg', complete: true });
      expect(ga.itemCount).toBe(1); // only the TMGa precursor contains gallium
      expect(ga.pathCount).toBe(3); // via the AESA, the navigation radar and the CIWS
      const viaAesa = ga.paths.find((p) => p.items.some((i) => i.name.startsWith('AESA')))!;
      expect(viaAesa.items[0].name).toBe(LCF);
      expect(viaAesa.items.at(-1)!.name).toBe(TMGA);
      expect(viaAesa.quantity).toBeCloseTo(6144 * 0.004 * 0.002 * 0.607, 12);
    });

    it('finds neodymium and dysprosium dependencies through the NdFeB magnets of the propulsion motors', async () => {
      const page = await dependencies({ pg, kind: 'MATERIAL', first: 200 }, werf);
      for (const symbol of ['Nd', 'Dy']) {
        const found = page.nodes.filter((d) => d.target.symbol === symbol);
        expect(found.map((d) => d.platform.name).sort(), symbol).toEqual(['ASW-fregat', 'Combat Support Ship', LCF]);
        for (const d of found) {
          expect(d.paths.some((p) => p.items.some((i) => i.name.startsWith('Gesinterde NdFeB-magneet'))), `${symbol} via magnet`).toBe(true);
        }
      }
    });

    it('ranks by score and explains every score with factors, weights and contributions that add up', async () => {
      const page = await dependencies({ pg, first: 50 }, werf);
      expect(page.totalCount).toBeGreaterThan(50);
      const scores = page.nodes.map((d) => d.score.value ?? -1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const d of page.nodes) {
        expect(d.score.factors.map((f) => f.key)).toEqual(['CONCENTRATION', 'SINGLE_SOURCE', 'STOCK_COVERAGE', 'EXPORT_RESTRICTION', 'SUPPLY_RISK']);
        const available = d.score.factors.filter((f) => f.available);
        expect(d.score.coverage).toBeCloseTo(available.reduce((n, f) => n + f.weight, 0), 12);
        expect(available.reduce((n, f) => n + f.effectiveWeight, 0)).toBeCloseTo(1, 12);
        expect(d.score.value!).toBeCloseTo(d.score.factors.reduce((n, f) => n + f.contribution, 0), 9);
        for (const f of available) expect(f.contribution).toBeCloseTo(100 * (f.weight / d.score.coverage) * f.normalized!, 9);
        // Export restrictions are on record (for materials restricted nowhere the factor is 0).
        if (d.kind !== 'ITEM') expect(d.score.factors.find((f) => f.key === 'EXPORT_RESTRICTION')!.available).toBe(true);
      }
    });

    it('ranks the materials a policy officer worries about above the bulk metals, on every platform', async () => {
      const page = await dependencies({ pg, kind: 'MATERIAL', first: 200 }, defensie);
      const byPlatform = new Map<string, Dependency[]>();
      for (const d of page.nodes) byPlatform.set(d.platform.name, [...(byPlatform.get(d.platform.name) ?? []), d]);
      expect(byPlatform.size).toBe(3);
      for (const [platform, deps] of byPlatform) {
        const score = (symbol: string) => deps.find((d) => d.target.symbol === symbol)?.score.value ?? null;
        // Gallium, germanium and the magnet rare earths: concentrated in one country, on the CRM list.
        const critical = ['Ga', 'Ge', 'Nd', 'Pr', 'Dy'].map(score).filter((v): v is number => v !== null);
        // Iron, copper, aluminium, nickel, manganese, tin: widely produced, used by the tonne.
        const bulk = ['Fe', 'Cu', 'Al', 'Ni', 'Mn', 'Sn'].map(score).filter((v): v is number => v !== null);
        expect(critical.length, platform).toBeGreaterThanOrEqual(3);
        expect(bulk.length, platform).toBeGreaterThanOrEqual(3);
        expect(Math.min(...critical), `${platform}: ${JSON.stringify(deps.map((d) => [d.target.symbol, d.score.value]))}`).toBeGreaterThan(Math.max(...bulk));
      }
    });

    it('spreads the scores over the range: a few at the top, the dependencies a policy officer worries about first', async () => {
      const all: Dependency[] = [];
      for (const kind of ['MATERIAL', 'COUNTRY', 'ITEM']) {
        const page = await dependencies({ pg, kind, first: 200 }, defensie);
        expect(page.pageInfo.hasNextPage).toBe(false);
        all.push(...page.nodes);
      }
      const scores = all.map((d) => d.score.value!).sort((a, b) => a - b);
      const quantile = (q: number) => scores[Math.round(q * (scores.length - 1))];
      // The stock factor grades uncovered lead time as u / (u + 12 months) and never reaches 1, so no
      // dependency with a stock factor scores 100; "a few" at the top: at most 2% at 95 or more.
      for (const d of all) if (d.score.factors.find((f) => f.key === 'STOCK_COVERAGE')!.available) expect(d.score.value, d.key).toBeLessThan(100);
      expect(scores.filter((v) => v >= 95).length).toBeLessThanOrEqual(Math.floor(0.02 * scores.length));
      const items = all.filter((d) => d.kind === 'ITEM').map((d) => d.score.value!);
      expect(items.filter((v) => v >= 95).length).toBeLessThanOrEqual(2);
      // Spread: the middle half of the scores covers at least 15 points, all of them at least 60.
      expect(quantile(0.75) - quantile(0.25)).toBeGreaterThanOrEqual(15);
      expect(scores.at(-1)! - scores[0]).toBeGreaterThanOrEqual(60);

      // The air-defence frigate's five riskiest materials: the magnet and laser rare earths, gallium,
      // germanium and tungsten (concentrated in China, under its export licensing, on the CRM list).
      const lcfMaterials = all.filter((d) => d.kind === 'MATERIAL' && d.platform.name === LCF).sort((a, b) => b.score.value! - a.score.value!);
      expect(lcfMaterials.slice(0, 5).map((d) => d.target.symbol).sort()).toEqual(['Dy', 'Ga', 'Ge', 'W', 'Y']);

      // Three single-sourced systems alike in every factor but their lead time without stock rank by it:
      // CIWS (130 weeks) above the IRST (60 weeks) above the navigation radar (52 weeks), on the frigate.
      const item = (name: string) => all.find((d) => d.kind === 'ITEM' && d.platform.name === LCF && d.target.name.startsWith(name))!.score.value!;
      expect(item('Close-in weapon system')).toBeGreaterThan(item('Infrarood zoek- en volgsysteem'));
      expect(item('Infrarood zoek- en volgsysteem')).toBeGreaterThan(item('Navigatie- en oppervlakteradar'));
    });

    it("counts China's export licensing of gallium (2023) as a weak link, and none for iron", async () => {
      const page = await dependencies({ item: ids[LCF], kind: 'MATERIAL', first: 100 }, defensie);
      const factor = (symbol: string) => page.nodes.find((d) => d.target.symbol === symbol)!.score.factors.find((f) => f.key === 'EXPORT_RESTRICTION')!;
      // China's 93.8% of global gallium processing is under licence since 2023-08-01 (the share as
      // published: the printed shares add up to 100.1%, and are no longer divided by that total).
      expect(factor('Ga')).toMatchObject({ available: true, raw: expect.closeTo(0.938, 9), source: { country: 'CN', stage: 'PROCESSING', material: { symbol: 'Ga' } } });
      expect(factor('Fe')).toMatchObject({ available: true, raw: 0 });
      const ga = page.nodes.find((d) => d.target.symbol === 'Ga')!;
      const weak = await t.gql<{ dependencies: { nodes: { target: { symbol: string }; weakLinks: { kind: string; country: string | null }[] }[] } }>(
        `query($item: ID) { dependencies(itemId: $item, kind: MATERIAL, first: 100) { nodes { target { symbol } weakLinks { kind country } } } }`,
        { item: ids[LCF] },
        defensie,
      );
      expect(weak.data!.dependencies.nodes.find((d) => d.target.symbol === 'Ga')!.weakLinks).toContainEqual({ kind: 'EXPORT_RESTRICTION', country: 'CN' });
      expect(ga.score.coverage).toBeCloseTo(1, 12);
    });

    it("uses the material's computed supply risk as the supply-risk factor", async () => {
      const page = await dependencies({ item: ids[LCF], kind: 'MATERIAL', first: 100 }, werf);
      const ga = page.nodes.find((d) => d.target.symbol === 'Ga')!;
      const res = await t.gql<{ material: { computedSupplyRisk: { value: number; method: string } } }>(
        '{ material(symbol: "Ga") { computedSupplyRisk { value method } } }',
        {},
        werf,
      );
      const sr = ga.score.factors.find((f) => f.key === 'SUPPLY_RISK')!;
      expect(res.data!.material.computedSupplyRisk.method).toBe('UNWEIGHTED_SR');
      expect(sr.raw).toBeCloseTo(res.data!.material.computedSupplyRisk.value, 12);
      expect(sr.normalized).toBeCloseTo(res.data!.material.computedSupplyRisk.value, 12); // unweighted SR is on 0..1
      expect(sr.source!.material!.symbol).toBe('Ga');
    });

    it('pages with cursors through every dependency once, in each order', async () => {
      for (const orderBy of ['SCORE', 'QUANTITY', 'NAME']) {
        const seen: string[] = [];
        let after: string | null = null;
        let total = 0;
        for (;;) {
          const page: Page['dependencies'] = await dependencies({ pg, first: 40, after, orderBy }, werf);
          total = page.totalCount;
          seen.push(...page.nodes.map((d) => d.key));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(new Set(seen).size, orderBy).toBe(total);
        expect(seen, orderBy).toHaveLength(total);
      }
      const byName = await dependencies({ pg, kind: 'MATERIAL', first: 200, orderBy: 'NAME' }, werf);
      const names = byName.nodes.map((d) => d.target.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    });

    it('answers one dependency by its key exactly as the list gives it, and null for none', async () => {
      const page = await dependencies({ pg, first: 200 }, werf);
      const one = (key: string, token = werf) => t.gql<{ dependency: Dependency | null }>(`query($key: String!) { dependency(key: $key) { ${DEPENDENCY_FIELDS} } }`, { key }, token);
      for (const kind of ['MATERIAL', 'COUNTRY', 'ITEM']) {
        const listed = page.nodes.find((d) => d.kind === kind)!;
        const res = await one(listed.key);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(res.data!.dependency).toEqual(listed);
      }
      expect((await one(`${ids[LCF]}|MATERIAL|${material['Sc']}`)).data!.dependency).toBeNull(); // no scandium in the frigate
      expect((await one(`${ids[LCF]}|COUNTRY|ZZ`)).data!.dependency).toBeNull();
      expect((await one('not a key')).errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'key' });
      expect((await one(`00000000-0000-0000-0000-000000000000|MATERIAL|${material['Ga']}`)).errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'key' });
    });

    it('counts a shared component once per platform and lists a dependency per platform', async () => {
      const page = await dependencies({ pg, kind: 'ITEM', first: 200 }, werf);
      const keys = page.nodes.map((d) => d.key);
      expect(new Set(keys).size).toBe(keys.length);
      // The AESA radar is single-sourced and used by two frigates: one ITEM dependency each, quantity 1.
      const aesa = page.nodes.filter((d) => d.target.name.startsWith('AESA'));
      expect(aesa.map((d) => d.platform.name).sort()).toEqual(['ASW-fregat', LCF]);
      for (const d of aesa) expect(d.quantity.value).toBe(1);
    });

    it('returns a heatmap of platforms x materials whose cells match the dependencies', async () => {
      const res = await t.gql<{
        dependencyHeatmap: { platforms: { id: string }[]; materials: { id: string; symbol: string }[]; cells: { platformId: string; materialId: string; row: number; column: number; score: number; quantityKg: number; weakestLink: string | null }[] };
      }>(
        'query($pg: ID!) { dependencyHeatmap(productGroupId: $pg) { platforms { id } materials { id symbol } cells { platformId materialId row column score quantityKg weakestLink } } }',
        { pg },
        werf,
      );
      expect(res.errors).toBeUndefined();
      const heatmap = res.data!.dependencyHeatmap;
      expect(heatmap.platforms).toHaveLength(3);
      const page = await dependencies({ pg, kind: 'MATERIAL', first: 200 }, werf);
      expect(heatmap.cells).toHaveLength(page.totalCount);
      for (const cell of heatmap.cells) {
        expect(heatmap.platforms[cell.row].id).toBe(cell.platformId);
        expect(heatmap.materials[cell.column].id).toBe(cell.materialId);
        const d = page.nodes.find((n) => n.platform.id === cell.platformId && n.target.id === cell.materialId)!;
        expect(cell.score).toBeCloseTo(d.score.value!, 9);
        expect(cell.quantityKg).toBeCloseTo(d.quantity.value, 9);
        expect(cell.weakestLink).toBe(d.weakestLink?.kind ?? null);
      }
    });

    it('answers in a bounded number of statements, whatever the page size', async () => {
      // Material dependencies name items and materials on every page, so both pages load both.
      // A chain change before each request: both load the chain (the kept graph is out of date).
      const count = async (first: number) => {
        await t.platform.dataSource.query(`UPDATE material SET name = name WHERE symbol = 'Ga'`);
        return (await t.countQueries(() => dependencies({ pg, kind: 'MATERIAL', first }, werf))).length;
      };
      const small = await count(50);
      const large = await count(200);
      expect(small).toBe(large);
      // session + participations (3), product group, data version, catalogue (3), the chain in one
      // snapshot (9: four statements with BEGIN, SET and COMMIT), then one batch each for the items and
      // materials named.
      expect(large).toBeLessThanOrEqual(19);
    });

    it('refuses unclear arguments with a field error and unknown ids with NOT_FOUND', async () => {
      const both = await t.gql(DEPENDENCIES, { pg, item: ids[LCF] }, werf);
      expect(both.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'productGroupId' });
      const page = await t.gql('query($pg: ID) { dependencies(productGroupId: $pg, first: 201) { totalCount } }', { pg }, werf);
      expect(page.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      const cursor = await t.gql(DEPENDENCIES, { pg, after: 'nonsense' }, werf);
      expect(cursor.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      const group = await t.gql(DEPENDENCIES, { pg: '00000000-0000-0000-0000-000000000000' }, werf);
      expect(group.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'productGroupId' });
      const item = await t.gql(DEPENDENCIES, { item: 'not-an-id' }, werf);
      expect(item.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'itemId' });
    });

    it('asks for a login first', async () => {
      const res = await t.gql(DEPENDENCIES, { pg });
      expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('scenarios', () => {
    const gaCut = (extra: Record<string, unknown> = {}) => ({
      id: 'ga',
      country: 'CN',
      materialId: material.Ga,
      cutPercent: 50,
      start: '2027-01-01',
      durationMonths: 6,
      ...extra,
    });
    const run = async (input: Record<string, unknown>, token = defensie) => {
      const res = await t.gql<ScenarioResult>(SCENARIO, { input: { productGroupId: pg, horizonMonths: 24, ...input } }, token);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!.runScenario;
    };
    // China's share of global gallium processing as published (93.8%; the plain share, as the JRC method reads it).
    const chinaGalliumShare = async () => {
      const rows: { country: string; share: string }[] = await t.platform.dataSource.query(
        `SELECT country, share FROM material_supply WHERE material_id = $1 AND stage = 'PROCESSING' AND scope = 'GLOBAL'`,
        [material.Ga],
      );
      return Number(rows.find((r) => r.country === 'CN')!.share);
    };

    it('"CN cuts Ga by 50% from 2027-01-01 for 6 months": the precursor falls short late and briefly, the stocks below absorb the rest', async () => {
      const result = await run({ events: [gaCut()] });
      expect(result.months).toHaveLength(24);
      expect(result.months[0]).toBe('2027-01');
      const loss = 0.5 * (await chinaGalliumShare());
      expect(result.events[0]).toMatchObject({ id: 'ga', country: 'CN', cutFraction: 0.5, stage: 'PROCESSING', from: '2027-01', until: '2027-07' });
      expect(result.events[0].supplyLoss).toBeCloseTo(loss, 12);

      // TMGa, hand-checked: 26 weeks = 6 months of lead time, so deliveries drop in months 6-11
      // (2027-07 .. 2027-12). Its 2 months of stock absorb the deficit of months 6-9 in full and
      // soften month 10; month 11 is short by the whole loss; from month 12 (2028-01) the pipeline is full again.
      const tmga = result.items.find((i) => i.item.name === TMGA)!;
      const left = 2 - 4 * loss;
      expect(tmga.availability.slice(0, 10)).toEqual(new Array(10).fill(1));
      expect(tmga.availability[10]).toBeCloseTo(1 - (loss - left), 12);
      expect(tmga.availability[11]).toBeCloseTo(1 - loss, 12);
      expect(tmga.availability.slice(12)).toEqual(new Array(12).fill(1));
      expect(tmga).toMatchObject({ supplyDropFrom: '2027-07', shortfallFrom: '2027-11', monthsShort: 2, recoveredFrom: '2028-01', causes: ['ga'] });
      expect(tmga.worstShortfall).toBeCloseTo(loss, 12);

      // What TMGa misses, (loss - left) + loss = 0.81 of a month, is less than the 2 months of stock on
      // the GaN wafer link that Defence reads: no wafer, radar or platform falls short.
      expect(result.items.map((i) => i.item.name)).toEqual([TMGA]);
      expect(result.platforms.map((p) => p.platform.name).sort()).toEqual(['ASW-fregat', 'Combat Support Ship', LCF]);
      for (const platform of result.platforms) {
        expect(platform.firstShortfall, platform.platform.name).toBeNull();
        expect(platform.timeline.map((m) => m.month)).toEqual(result.months);
        expect(platform.timeline.every((m) => m.availability === 1 && m.shortfall === 0)).toBe(true);
        // Every platform has GaN radars, so the precursor is among its short parts; the platform itself never is.
        expect(platform.shortItems.map((i) => i.name)).toEqual([TMGA]);
        expect(platform.shortItemCount).toBe(1);
      }
    });

    it('a pulse in gives a pulse out: with the stocks it cannot see, the shipyard sees the Ga pulse reach every platform and end before the horizon', async () => {
      const result = await run({ horizonMonths: 36, events: [gaCut()] }, werf);
      const tmga = result.items.find((i) => i.item.name === TMGA)!.availability;
      // The shipyard reads only the French precursor link: 20 weeks = 4.615 months of lead time and 2 months of stock.
      expect(tmga.findIndex((a) => a < 1)).toBe(8);
      expect(tmga.slice(11)).toEqual(new Array(25).fill(1));
      // No stock on the way up that the shipyard can see: the radars deliver the precursor's shortfall
      // shifted by their lead times, 52 weeks (navigation radar: all three platforms) and 104 weeks (AESA: the frigates).
      const shifted = (by: number, t: number) => (t >= by ? tmga[t - by] : 1);
      const byName = new Map(result.platforms.map((p) => [p.platform.name, p]));
      for (const [name, radars] of [
        ['ASW-fregat', [12, 24]],
        [LCF, [12, 24]],
        ['Combat Support Ship', [12]],
      ] as const) {
        const platform = byName.get(name)!;
        const expected = platform.timeline.map((_, t) => Math.min(...radars.map((by) => shifted(by, t))));
        platform.timeline.forEach((m, t) => expect(m.availability, `${name} ${m.month}`).toBeCloseTo(expected[t], 12));
        expect(platform.firstShortfall, name).toBe('2028-09');
        expect(platform.worstAvailability).toBeLessThan(1);
        // Over before the horizon: every platform is back at 100%.
        expect(platform.timeline.at(-1)!.availability, name).toBe(1);
        expect(platform.shortItems.map((i) => i.name)).not.toContain(name);
      }
      for (const item of result.items) expect(item.recoveredFrom, item.item.name).not.toBeNull();
    });

    it('combines events: two cuts of one material multiply, and more events never make a month better', async () => {
      const loss = 0.5 * (await chinaGalliumShare());
      const twice = await run({ events: [gaCut(), gaCut({ id: 'ga-again' })] });
      const tmga = twice.items.find((i) => i.item.name === TMGA)!;
      expect(tmga.worstAvailability).toBeCloseTo((1 - loss) ** 2, 12);
      expect(tmga.causes).toEqual(['ga', 'ga-again']);

      const dy = { id: 'dy', country: 'CN', materialId: material.Dy, cutFraction: 1, start: '2027-03-01', durationMonths: 3 };
      const motor = { id: 'motor', itemId: ids['Permanentmagneet-voortstuwingsmotor 9 MW'], cutPercent: 100, start: '2027-06-01', durationMonths: 2 };
      const startDate = '2027-01-01'; // the same timeline for all four
      const single = await Promise.all([run({ startDate, events: [gaCut()] }), run({ startDate, events: [dy] }), run({ startDate, events: [motor] })]);
      const combined = await run({ startDate, events: [gaCut(), dy, motor] });
      for (const platform of combined.platforms) {
        for (const alone of single) {
          const other = alone.platforms.find((p) => p.platform.name === platform.platform.name)!;
          platform.timeline.forEach((month, i) => expect(month.availability).toBeLessThanOrEqual(other.timeline[i].availability + 1e-12));
        }
      }
      const causes = new Set(combined.items.flatMap((i) => i.causes));
      expect([...causes].sort()).toEqual(['dy', 'ga', 'motor']);
      // The motor's own cut does not reach the parts below it: what is short there is short because of Dy alone.
      const dyOnly = combined.items.filter((i) => i.causes.join() === 'dy').map((i) => i.item.name);
      expect(dyOnly.length).toBeGreaterThan(0);
      for (const name of ['Gesinterde NdFeB-magneet', 'Dysprosium-ijzerlegering']) {
        const part = combined.items.find((i) => i.item.name.startsWith(name));
        if (part) expect(part.causes, name).toEqual(['dy']);
      }
    });

    it('computes with what the viewer may see: the shipyard sees fewer stocks and lead times than Defence', async () => {
      // Government participants read the GOVERNMENT-visible Chinese precursor link (26 weeks lead
      // time); the shipyard only sees the French one (20 weeks), so its TMGa recovers a month sooner.
      const seenByShipyard = await run({ events: [gaCut()] }, werf);
      const seenByDefence = await run({ events: [gaCut()] }, defensie);
      expect(seenByDefence.items.find((i) => i.item.name === TMGA)!.recoveredFrom).toBe('2028-01');
      expect(seenByShipyard.items.find((i) => i.item.name === TMGA)!.recoveredFrom).toBe('2027-12');
      // Defence also reads the stock on the GaN wafer link (GOVERNMENT) and on the MMIC link the radar
      // maker shares with it, which absorb the pulse; the shipyard reads neither, so its frigate runs
      // short when the navigation radar's 52 weeks have passed the precursor's shortfall on.
      const lcf = (result: typeof seenByShipyard) => result.platforms.find((p) => p.platform.name === LCF)!.firstShortfall;
      expect(lcf(seenByDefence)).toBeNull();
      expect(lcf(seenByShipyard)).toBe('2028-09');
    });

    it('warns when an event cannot take effect and starts the timeline where asked', async () => {
      const result = await run({ startDate: '2026-11-15', events: [gaCut({ country: 'NL' })] });
      expect(result.months[0]).toBe('2026-11');
      expect(result.events[0]).toMatchObject({ sourceShare: 0, supplyLoss: 0, from: '2027-01', until: '2027-07' });
      expect(result.warnings.join(' ')).toMatch(/no GLOBAL share of NL in Ga/);
      expect(result.shortItemCount).toBe(0);
      for (const platform of result.platforms) expect(platform.firstShortfall).toBeNull();
    });

    it.each([
      [{ events: [{ materialId: 'x', cutPercent: 150, start: '2027-01-01', durationMonths: 1 }] }, 'events[0].cutPercent'],
      [{ events: [{ materialId: 'x', cutFraction: 1.5, start: '2027-01-01', durationMonths: 1 }] }, 'events[0].cutFraction'],
      [{ events: [{ materialId: 'x', cutPercent: 10, cutFraction: 0.1, start: '2027-01-01', durationMonths: 1 }] }, 'events[0].cutPercent'],
      [{ events: [{ cutPercent: 10, start: '2027-01-01', durationMonths: 1 }] }, 'events[0].materialId'],
      [{ events: [{ materialId: 'x', cutPercent: 10, start: '2027-02-30', durationMonths: 1 }] }, 'events[0].start'],
      [{ events: [{ materialId: 'x', cutPercent: 10, start: '2027-01-01', durationMonths: 0 }] }, 'events[0].durationMonths'],
      [{ events: [{ materialId: 'x', country: 'China', cutPercent: 10, start: '2027-01-01' }] }, 'events[0].country'],
      [{ horizonMonths: 61, events: [{ materialId: 'x', cutPercent: 10, start: '2027-01-01' }] }, 'horizonMonths'],
      [{ events: [] }, 'events'],
      [{ events: [{ materialId: '00000000-0000-0000-0000-000000000000', cutPercent: 10, start: '2027-01-01' }] }, 'events[0].materialId'],
      [{ events: [{ itemId: '00000000-0000-0000-0000-000000000000', cutPercent: 10, start: '2027-01-01' }] }, 'events[0].itemId'],
    ])('refuses %j naming the field %s', async (input, field) => {
      const res = await t.gql(SCENARIO, { input: { productGroupId: pg, ...input } }, defensie);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    });

    it('answers NOT_FOUND for an unknown product group', async () => {
      const res = await t.gql(SCENARIO, { input: { productGroupId: '00000000-0000-0000-0000-000000000000', events: [gaCut()] } }, defensie);
      expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'productGroupId' });
    });
  });
});
