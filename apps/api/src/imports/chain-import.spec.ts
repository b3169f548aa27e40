import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

interface Report {
  applied: boolean;
  errors: { sheet: string; row: number; column: string; code: string }[];
  items: Counts;
  compositions: Counts;
  itemMaterials: Counts;
  supplyLinks: Counts;
  changes: { entity: string; action: string; label: string; fields: string[] }[];
}
interface Counts {
  create: number;
  update: number;
  unchanged: number;
}
const REPORT = `applied errors { sheet row column code } items { create update unchanged } compositions { create update unchanged }
  itemMaterials { create update unchanged } supplyLinks { create update unchanged } changes { entity action label fields }`;

/** A workbook as a company keeps it: sheets of rows under Dutch headers. */
async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

const ITEMS = ['referentie', 'naam', 'soort', 'omschrijving', 'zichtbaarheid', 'gedeeld met'];
const COMPOSITION = ['ouder', 'kind', 'aantal', 'eenheid'];
const MATERIALS = ['onderdeel', 'grondstof', 'kg per stuk'];
const LINKS = ['referentie', 'onderdeel', 'leverancier', 'land', 'aandeel %', 'tier', 'levertijd weken', 'voorraad maanden', 'enige bron', 'zichtbaarheid', 'gedeeld met'];

/** 500 supply links over 100 items, two of them made bad on request. */
function bigFile(bad: boolean): Record<string, (string | number)[][]> {
  const items: (string | number)[][] = [ITEMS, ['IMP-SYS', 'Importsysteem', 'Systeem', '', 'Routekaart', '']];
  const composition: (string | number)[][] = [COMPOSITION];
  const links: (string | number)[][] = [LINKS];
  for (let i = 0; i < 100; i++) {
    items.push([`IMP-${i}`, `Geïmporteerd onderdeel ${i}`, 'Component', '', 'Alleen eigen organisatie', '']);
    composition.push(['IMP-SYS', `IMP-${i}`, 2, 'stuks']);
    for (let j = 0; j < 5; j++) links.push([`L-${i}-${j}`, `IMP-${i}`, `Leverancier ${i}.${j}`, 'DE', '20', 1, 12, 3, 'nee', 'Overheid', '']);
  }
  if (bad) {
    links[10]![4] = '150'; // row 11: a share of 150%
    links[200]![3] = 'Atlantis'; // row 201: an unknown country
    composition[50]![2] = 0; // row 51: a quantity of 0
  }
  return { Onderdelen: items, Samenstelling: composition, Leveranciers: links };
}

describe('importing a company’s chain data from a spreadsheet', () => {
  let t: TestPlatform;
  let yard: string;
  let policy: string;
  let productGroupId: string;

  const run = (content: string, apply: boolean, token = yard, fileName = 'ketendata.xlsx') =>
    t.gql<{ importChainData: Report }>(
      `mutation($g: ID!, $f: String!, $c: String!, $a: Boolean!) { importChainData(productGroupId: $g, fileName: $f, contentBase64: $c, apply: $a) { ${REPORT} } }`,
      { g: productGroupId, f: fileName, c: content, a: apply },
      token,
    );
  const count = async (sql: string) => Number((await t.platform.dataSource.query(sql))[0].n);
  const importedLinks = () => count(`SELECT count(*) AS n FROM supply_link WHERE external_ref LIKE 'L-%'`);

  beforeAll(async () => {
    t = await startTestPlatform();
    [yard, policy] = await Promise.all([t.login('keten@werf.example'), t.login('beleid@ez.example')]);
    const [group] = await t.platform.dataSource.query(`SELECT id FROM product_group WHERE name = 'Militaire schepen'`);
    productGroupId = group.id;
  });
  afterAll(() => t?.close());

  it('reports exactly the 3 bad rows among 500 with their sheets and columns, and writes nothing — not even when asked to apply', async () => {
    const bad = await workbook(bigFile(true));
    const dry = await run(bad, false);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importChainData.applied).toBe(false);
    expect(dry.data!.importChainData.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Leveranciers', 11, 'aandeel %', 'OUT_OF_RANGE'],
      ['Leveranciers', 201, 'land', 'UNKNOWN_COUNTRY'],
      ['Samenstelling', 51, 'aantal', 'OUT_OF_RANGE'],
    ]);
    const applied = await run(bad, true);
    expect(errorOf(applied)).toEqual(['BAD_USER_INPUT', 'file']);
    expect((applied.errors![0]!.extensions!.rows as unknown[]).length).toBe(3);
    expect(await importedLinks()).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM item WHERE external_ref LIKE 'IMP-%'`)).toBe(0);
  });

  it('applies the fixed file in one go, and applying it again changes nothing', async () => {
    const good = await workbook(bigFile(false));
    const dry = (await run(good, false)).data!.importChainData;
    expect(dry.errors).toEqual([]);
    expect(dry.items).toEqual({ create: 101, update: 0, unchanged: 0 });
    expect(dry.supplyLinks).toEqual({ create: 500, update: 0, unchanged: 0 });
    expect(await importedLinks()).toBe(0);

    const applied = (await run(good, true)).data!.importChainData;
    expect(applied).toMatchObject({ applied: true, items: { create: 101 }, compositions: { create: 100 }, supplyLinks: { create: 500 } });
    expect(await importedLinks()).toBe(500);
    const [stored] = await t.platform.dataSource.query(
      `SELECT l.share::float8 AS share, l.country, l.visibility, l.lead_time_weeks::float8 AS lead, i.name FROM supply_link l JOIN item i ON i.id = l.item_id WHERE l.external_ref = 'L-7-3'`,
    );
    expect(stored).toEqual({ share: 0.2, country: 'DE', visibility: 'GOVERNMENT', lead: 12, name: 'Geïmporteerd onderdeel 7' });

    const again = (await run(good, true)).data!.importChainData;
    expect(again).toMatchObject({ applied: true, items: { create: 0, update: 0, unchanged: 101 }, supplyLinks: { create: 0, update: 0, unchanged: 500 } });
    expect(again.changes).toEqual([]);
    expect(await importedLinks()).toBe(500);
  });

  it('changes what changed in a monthly update, and reports a cycle and a share total on their rows', async () => {
    const file = bigFile(false);
    file.Leveranciers![1]![4] = '15'; // L-0-0: 20% → 15%
    const update = (await run(await workbook(file), false)).data!.importChainData;
    expect(update.supplyLinks).toEqual({ create: 0, update: 1, unchanged: 499 });
    expect(update.changes).toEqual([{ entity: 'SUPPLY_LINK', action: 'UPDATE', label: 'L-0-0 — Leverancier 0.0', fields: ['share'] }]);

    const cyclic = await workbook({ Samenstelling: [COMPOSITION, ['IMP-0', 'IMP-SYS', 1, 'stuks']], Leveranciers: [LINKS, ['L-0-9', 'IMP-0', 'Extra', 'NL', '10', 1, '', '', 'nee', 'Overheid', '']] });
    const problems = (await run(cyclic, false)).data!.importChainData.errors.map((e) => [e.sheet, e.row, e.code]);
    expect(problems).toEqual([
      ['Leveranciers', 2, 'SHARE_TOTAL'],
      ['Samenstelling', 2, 'CYCLE'],
    ]);
  });

  it("exports the company's own data in the template's format, which imports back changing nothing — XLSX and CSV", async () => {
    const exported = async (format: string) =>
      (await t.gql<{ exportChainData: { filename: string; base64: string } }>(
        'mutation($g: ID!, $f: ChainDataExportFormat!) { exportChainData(productGroupId: $g, format: $f) { filename base64 } }',
        { g: productGroupId, f: format },
        yard,
      )).data!.exportChainData;
    const xlsx = await exported('XLSX');
    const back = (await run(xlsx.base64, false, yard, xlsx.filename)).data!.importChainData;
    expect(back.errors).toEqual([]);
    expect(back.changes).toEqual([]);
    // The demo's own items of the shipyard (made without references) and the imported ones.
    expect(back.items.unchanged).toBeGreaterThan(101);
    expect(back.supplyLinks.unchanged).toBeGreaterThanOrEqual(500);

    const csv = await exported('CSV');
    expect(csv.filename).toBe('Leveranciers.csv');
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFreferentie;onderdeel;leverancier;land;aandeel %;tier;levertijd weken;voorraad maanden;enige bron;zichtbaarheid;gedeeld met');
    expect(text).toContain('L-7-3;IMP-7;Leverancier 7.3;DE;20;1;12;3;nee;Overheid;');
    const fromCsv = (await run(csv.base64, false, yard, csv.filename)).data!.importChainData;
    expect(fromCsv.errors).toEqual([]);
    expect(fromCsv.supplyLinks.create + fromCsv.supplyLinks.update).toBe(0);
  });

  it('imports item materials, names an unknown material and an unknown organisation to share with on their cells', async () => {
    const file = await workbook({
      Materialen: [MATERIALS, ['IMP-1', 'Ga', '0,25'], ['IMP-2', 'Unobtainium', '1']],
      Onderdelen: [ITEMS, ['IMP-3', 'Geïmporteerd onderdeel 3', 'Component', '', 'Alleen eigen organisatie', 'Bestaat Niet B.V.']],
    });
    const report = (await run(file, false)).data!.importChainData;
    expect(report.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Materialen', 3, 'grondstof', 'UNKNOWN_MATERIAL'],
      ['Onderdelen', 2, 'gedeeld met', 'UNKNOWN_VALUE'],
    ]);
  });

  it('refuses a ministry, which contributes no chain data, and offers the template in both languages to everyone', async () => {
    expect(errorOf(await run(await workbook(bigFile(false)), false, policy))).toEqual(['FORBIDDEN', undefined]);
    for (const language of ['nl', 'en']) {
      const res = await t.gql<{ chainImportTemplate: { filename: string; base64: string } }>(
        'query($l: ImportLanguage!) { chainImportTemplate(language: $l) { filename base64 } }',
        { l: language },
        policy,
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(res.data!.chainImportTemplate.base64, 'base64') as unknown as ArrayBuffer);
      expect(book.worksheets.map((s) => s.name)).toEqual(
        language === 'nl' ? ['Onderdelen', 'Samenstelling', 'Materialen', 'Leveranciers', 'Toelichting'] : ['Items', 'Composition', 'Materials', 'Suppliers', 'Explanation'],
      );
    }
    // The template itself imports cleanly: its example rows are valid.
    const template = await t.gql<{ chainImportTemplate: { base64: string } }>('{ chainImportTemplate { base64 } }', {}, yard);
    expect((await run(template.data!.chainImportTemplate.base64, false)).data!.importChainData.errors).toEqual([]);
  });
});
