import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRM_DATA_DIR, loadCrmDataset } from '@routekaart/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

// Concentration and supply risk of the catalogue, checked against the EU CRM 2023 files themselves:
// the CSV rows are read here with a few lines of code of their own (not the seed's parser), and the
// loaded dataset is used only to map the files' material names to our symbols.

type Stage = 'EXTRACTION' | 'PROCESSING';
type Scope = 'GLOBAL' | 'EU_SOURCING';
interface RawGroup {
  shares: number[];
  countries: string[];
}

/** Splits one CSV text into records (quoted fields may hold commas and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (record.some((f) => f !== '')) records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  record.push(field);
  if (record.some((f) => f !== '')) records.push(record);
  return records;
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

/** Raw rows per material symbol, stage and scope. */
function rawGroups(): Map<string, RawGroup> {
  const symbolOf = new Map(loadCrmDataset().supplies.map((s) => [s.sourceMaterialName, s.materialSymbol]));
  const groups = new Map<string, RawGroup>();
  for (const [file, scope] of [
    ['global-supply-shares.csv', 'GLOBAL'],
    ['eu-sourcing-shares.csv', 'EU_SOURCING'],
  ] as const) {
    const [header, ...rows] = csvRecords(decode(readFileSync(join(CRM_DATA_DIR, file))));
    expect(header).toEqual(['Material', 'Stage', 'Country', 'Share', 't']);
    for (const [name, stage, country, printed] of rows) {
      const symbol = symbolOf.get(name!);
      const value = share(printed!);
      if (!symbol || value === null) continue; // not a CRM (or no share printed)
      const key = `${symbol}|${stage === 'E' ? 'EXTRACTION' : 'PROCESSING'}|${scope}`;
      const group = groups.get(key) ?? { shares: [], countries: [] };
      group.shares.push(value);
      group.countries.push(country!);
      groups.set(key, group);
    }
  }
  return groups;
}

interface Concentration {
  hhi: number;
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
  let materials: ({ id: string; symbol: string } & Record<string, Concentration | null>)[];

  beforeAll(async () => {
    t = await startTestPlatform();
    nmo = await t.login('analist@nmo.example');
    const fields = ALIASES.map((a) => `${a.alias}: concentration(stage: ${a.stage}, scope: ${a.scope}) { hhi points band stage scope rescaledFrom }`).join(' ');
    const res = await t.gql<{ materials: { nodes: typeof materials } }>(`{ materials(first: 200) { nodes { id symbol ${fields} } } }`, {}, nmo);
    expect(res.errors).toBeUndefined();
    materials = res.data!.materials.nodes;
  });
  afterAll(async () => t?.close());

  it('gives the HHI of every material, stage and scope as the sum of squared shares of the raw EU rows', async () => {
    const raw = rawGroups();
    const seen = new Set<string>();
    let checked = 0;
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
        const squares = rows.shares.reduce((a, b) => a + b * b, 0);
        // Tables that add up to a bit more than 100% (rounding) are divided by their sum first;
        // a remainder below 100% ("others") counts as dispersed and adds nothing.
        const expected = sum > 1 + 1e-6 ? squares / (sum * sum) : squares;
        expect(got, key).not.toBeNull();
        expect(got!.hhi, key).toBeCloseTo(expected, 12);
        expect(got!.points, key).toBeCloseTo(expected * 10_000, 8);
        if (sum > 1 + 1e-6) expect(got!.rescaledFrom!, key).toBeCloseTo(sum, 12);
        else expect(got!.rescaledFrom, key).toBeNull();
        expect(got!.band, key).toBe(expected > 0.25 ? 'HIGH' : expected >= 0.15 ? 'MODERATE' : 'UNCONCENTRATED');
        expect({ stage: got!.stage, scope: got!.scope }).toEqual({ stage, scope });
        checked++;
      }
    }
    expect([...raw.keys()].filter((k) => !seen.has(k)), 'raw groups without a material in the catalogue').toEqual([]);
    expect(checked).toBe(raw.size);
    expect(checked).toBeGreaterThan(120);
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
    const weighted = (scope: Scope) => {
      const of = rows.filter((r) => r.scope === scope);
      const total = Math.max(1, of.reduce((n, r) => n + Number(r.share), 0));
      return of.reduce((n, r) => n + (Number(r.share) / total) ** 2 * Number(r.t), 0);
    };
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
