import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CRM_DATA_DIR } from '@routekaart/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

// Concentration and supply risk of the catalogue, checked against the EU CRM 2023 files themselves:
// the CSV rows are read here with csv-parse (not the seed's parser) and the files' material names are
// mapped to catalogue keys by a table of this test, so the expected figures owe nothing to the code
// under test.

type Stage = 'EXTRACTION' | 'PROCESSING';
type Scope = 'GLOBAL' | 'EU_SOURCING';
interface RawGroup {
  shares: number[];
  countries: string[];
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** "62.8%" -> 0.628, "<0.1%" -> 0.001 (its bound), "6" -> 0.06 (one row prints no % sign), "-" -> null. */
function share(text: string): number | null {
  const match = /^<?\s*(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  return match ? Number(match[1]) / 100 : null;
}

/** The supply tables' names where they differ from the catalogue's English name (other names match it, ignoring case). */
const SOURCE_NAMES: Record<string, string> = {
  aluminium: 'Al',
  barytes: 'BARYTE',
  borate: 'B',
  'heavy rare earths elements': 'HREE',
  'iron ore': 'Fe',
  kaolin: 'KAOLIN',
  phosphorous: 'P',
  titanium: 'TITANIUM_ORES',
};

/** Raw rows per material key, stage and scope; `keyOfName` maps a catalogue name (lower case) to its key. */
function rawGroups(keyOfName: Map<string, string>): { groups: Map<string, RawGroup>; unknownNames: string[] } {
  const groups = new Map<string, RawGroup>();
  const unknownNames = new Set<string>();
  for (const [file, scope] of [
    ['global-supply-shares.csv', 'GLOBAL'],
    ['eu-sourcing-shares.csv', 'EU_SOURCING'],
  ] as const) {
    const rows: Record<string, string>[] = parse(decode(readFileSync(join(CRM_DATA_DIR, file))), { columns: true, skip_empty_lines: true });
    expect(Object.keys(rows[0]!)).toEqual(['Material', 'Stage', 'Country', 'Share', 't']);
    for (const row of rows) {
      const name = row.Material!.replace(/\s+/g, ' ').trim().toLowerCase();
      const symbol = SOURCE_NAMES[name] ?? keyOfName.get(name);
      const value = share(row.Share!);
      if (!symbol) unknownNames.add(name);
      if (!symbol || value === null) continue;
      const key = `${symbol}|${row.Stage === 'E' ? 'EXTRACTION' : 'PROCESSING'}|${scope}`;
      const group = groups.get(key) ?? { shares: [], countries: [] };
      group.shares.push(value);
      group.countries.push(row.Country!);
      groups.set(key, group);
    }
  }
  return { groups, unknownNames: [...unknownNames] };
}

interface Concentration {
  hhi: number;
  hhiNormalised: number;
  points: number;
  band: string;
  stage: string;
  scope: string;
  rescaledFrom: number | null;
}

const STAGES: Stage[] = ['EXTRACTION', 'PROCESSING'];
const SCOPES: Scope[] = ['GLOBAL', 'EU_SOURCING'];
const ALIASES = STAGES.flatMap((stage) => SCOPES.map((scope) => ({ alias: `${stage[0]}_${scope}`, stage, scope })));

describe('concentration and supply risk of the materials catalogue', () => {
  let t: TestPlatform;
  let nmo: string;
  let materials: ({ id: string; symbol: string; name: string } & Record<string, Concentration | null>)[];

  beforeAll(async () => {
    t = await startTestPlatform();
    nmo = await t.login('analist@nmo.example');
    const fields = ALIASES.map((a) => `${a.alias}: concentration(stage: ${a.stage}, scope: ${a.scope}) { hhi hhiNormalised points band stage scope rescaledFrom }`).join(' ');
    const res = await t.gql<{ materials: { nodes: typeof materials } }>(`{ materials(first: 200) { nodes { id symbol name ${fields} } } }`, {}, nmo);
    expect(res.errors).toBeUndefined();
    materials = res.data!.materials.nodes;
  });
  afterAll(async () => t?.close());

  it('gives the plain HHI of every material, stage and scope as the sum of squared shares of the raw EU rows', async () => {
    const { groups: raw, unknownNames } = rawGroups(new Map(materials.map((m) => [m.name.toLowerCase(), m.symbol])));
    expect(unknownNames, 'material names of the files that are not in the catalogue').toEqual([]);
    const seen = new Set<string>();
    let checked = 0;
    let normalisedDiffers = 0;
    for (const m of materials) {
      for (const { alias, stage, scope } of ALIASES) {
        const key = `${m.symbol}|${stage}|${scope}`;
        const got = m[alias] as Concentration | null;
        const rows = raw.get(key);
        if (!rows) {
          expect(got, `${key} has no rows in the files`).toBeNull();
          continue;
        }
        seen.add(key);
        expect(new Set(rows.countries).size, `${key}: one row per country`).toBe(rows.countries.length);
        const sum = rows.shares.reduce((a, b) => a + b, 0);
        // Plain (JRC): the shares as published, bounds at their bound, never divided by their sum.
        const expected = rows.shares.reduce((a, b) => a + b * b, 0);
        expect(got, key).not.toBeNull();
        expect(got!.hhi.toFixed(3), key).toBe(expected.toFixed(3));
        expect(got!.hhi, key).toBeCloseTo(expected, 12);
        expect(got!.points, key).toBeCloseTo(expected * 10_000, 8);
        // The normalised one, kept for comparison, divides by the sum where that exceeds 100%.
        const normalised = sum > 1 + 1e-6 ? expected / (sum * sum) : expected;
        expect(got!.hhiNormalised, key).toBeCloseTo(normalised, 12);
        if (normalised.toFixed(3) !== expected.toFixed(3)) normalisedDiffers++;
        if (sum > 1 + 1e-6) expect(got!.rescaledFrom!, key).toBeCloseTo(sum, 12);
        else expect(got!.rescaledFrom, key).toBeNull();
        expect(got!.band, key).toBe(expected > 0.25 ? 'HIGH' : expected >= 0.15 ? 'MODERATE' : 'UNCONCENTRATED');
        expect({ stage: got!.stage, scope: got!.scope }).toEqual({ stage, scope });
        checked++;
      }
    }
    expect([...raw.keys()].filter((k) => !seen.has(k)), 'raw groups without a material in the catalogue').toEqual([]);
    expect(checked).toBe(raw.size);
    expect(checked).toBe(218);
    expect(normalisedDiffers).toBeGreaterThan(0);
  });

  it("computes gallium's supply risk after the EU formula from the rows on record, without governance data", async () => {
    const res = await t.gql<{
      material: {
        id: string;
        supplyRisk: number;
        importReliance: number;
        eolRecyclingRate: number;
        computedSupplyRisk: { value: number; stage: string; method: string; inputsUsed: string[]; inputsMissing: string[]; published: number; notes: string[]; stages: { stage: string; hhiGlobal: number | null; hhiEu: number | null; blend: string | null }[] };
      };
    }>(
      '{ material(symbol: "Ga") { id supplyRisk importReliance eolRecyclingRate computedSupplyRisk { value stage method inputsUsed inputsMissing published notes stages { stage hhiGlobal hhiEu blend } } } }',
      {},
      nmo,
    );
    const ga = res.data!.material;
    const rows: { scope: Scope; share: string; t: string }[] = await t.platform.dataSource.query(
      `SELECT scope, share, t FROM material_supply WHERE material_id = $1 AND stage = 'PROCESSING'`,
      [ga.id],
    );
    // Shares as published (plain, JRC): not divided by their sum where that exceeds 100%.
    const weighted = (scope: Scope) => rows.filter((r) => r.scope === scope).reduce((n, r) => n + Number(r.share) ** 2 * Number(r.t), 0);
    const ir = ga.importReliance;
    const expected = (weighted('GLOBAL') * (ir / 2) + weighted('EU_SOURCING') * (1 - ir / 2)) * (1 - ga.eolRecyclingRate);
    const sr = ga.computedSupplyRisk;
    expect(sr.stage).toBe('PROCESSING');
    expect(sr.value).toBeCloseTo(expected, 12);
    expect(sr.stages.find((s) => s.stage === 'PROCESSING')!.blend).toBe('IR_WEIGHTED');
    expect(sr.method).toBe('UNWEIGHTED_SR');
    expect(sr.inputsMissing.sort()).toEqual(['SUBSTITUTION_INDEX', 'WGI']);
    expect(sr.inputsUsed.sort()).toEqual(['EOL_RIR', 'EU_SOURCING', 'GLOBAL_SUPPLY', 'IMPORT_RELIANCE', 'TRADE_FACTOR_T']);
    expect(sr.published).toBe(ga.supplyRisk);
    expect(sr.notes.join(' ')).toMatch(/No governance \(WGI\) data/);
  });

  it('takes the riskiest element of a group published per element, and says so', async () => {
    const res = await t.gql<{
      material: { computedSupplyRisk: { value: number; basedOn: { symbol: string; computedSupplyRisk: { value: number } } | null; notes: string[] }; members: { symbol: string; computedSupplyRisk: { value: number | null } }[] };
    }>('{ material(symbol: "LREE") { computedSupplyRisk { value notes basedOn { symbol computedSupplyRisk { value } } } members { symbol computedSupplyRisk { value } } } }', {}, nmo);
    const lree = res.data!.material;
    const highest = Math.max(...lree.members.map((m) => m.computedSupplyRisk.value ?? -1));
    expect(lree.computedSupplyRisk.value).toBeCloseTo(highest, 12);
    expect(lree.computedSupplyRisk.basedOn!.computedSupplyRisk.value).toBeCloseTo(highest, 12);
    expect(lree.computedSupplyRisk.notes[0]).toMatch(new RegExp(`LREE is published per element.*${lree.computedSupplyRisk.basedOn!.symbol}`));
  });

  it("gives an item's supplier-country concentration over the links the viewer reads, and others' only where the aggregate rule allows it", async () => {
    const [board] = await t.platform.dataSource.query(`SELECT id FROM item WHERE name = 'Besturingsprintplaat (geassembleerd)'`);
    const [magnet] = await t.platform.dataSource.query(`SELECT id FROM item WHERE name = 'Gesinterde NdFeB-magneet (N42SH)'`);
    const q = 'query($id: ID!) { item(id: $id) { supplierConcentration { includesOthers concentration { hhi band scope stage shares { country share } } } } }';
    const [magneet, radar, werf] = await Promise.all([t.login('verkoop@magneet.example'), t.login('inkoop@radar.example'), t.login('keten@werf.example')]);
    type Answer = { item: { supplierConcentration: { includesOthers: boolean; concentration: { hhi: number; scope: string; stage: string | null } | null } } };
    const ask = async (id: string, token: string) => (await t.gql<Answer>(q, { id }, token)).data!.item.supplierConcentration;
    // Control boards: the shipyard's NL 0.45 link and the radar maker's NL 0.25 and (OWNER) MY 0.3.
    // The radar maker reads all three.
    const forRadar = await ask(board.id, radar);
    expect(forRadar).toMatchObject({ includesOthers: false, concentration: { scope: 'ITEM_SUPPLIERS', stage: null } });
    expect(forRadar.concentration!.hhi).toBeCloseTo(0.7 ** 2 + 0.3 ** 2, 12);
    // The magnet maker reads the two NL links (0.7 of the supply); the MY link is one organisation's: left out.
    const forMagnetMaker = await ask(board.id, magneet);
    expect(forMagnetMaker.includesOthers).toBe(false);
    expect(forMagnetMaker.concentration!.hhi).toBeCloseTo(0.7 ** 2, 12);
    // Magnets: the shipyard's own two links (NL 0.35, CN 0.65); the magnet maker reads only the NL one.
    expect((await ask(magnet.id, werf)).concentration!.hhi).toBeCloseTo(0.35 ** 2 + 0.65 ** 2, 12);
    const magnetForMagnetMaker = await ask(magnet.id, magneet);
    expect(magnetForMagnetMaker.includesOthers).toBe(false);
    expect(magnetForMagnetMaker.concentration!.hhi).toBeCloseTo(0.35 ** 2, 12);
  });

  it('loads the catalogue once per request, however many materials are asked, and keeps it until it changes', async () => {
    const ask = () => t.gql('{ materials(first: 200) { nodes { symbol computedSupplyRisk { value } concentration(stage: PROCESSING) { hhi } } } }', {}, nmo);
    const catalogueLoads = (statements: string[]) => statements.filter((s) => /FROM material_supply ms/.test(s));
    await t.platform.dataSource.query(`UPDATE material SET name = name WHERE symbol = 'Ga'`);
    const statements = await t.countQueries(ask);
    expect(catalogueLoads(statements)).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(9);
    expect(catalogueLoads(await t.countQueries(ask))).toHaveLength(0);
  });
});
