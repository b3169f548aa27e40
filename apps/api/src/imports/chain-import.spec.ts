import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
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

  it('exports everything a government reader and the magnet maker may see, in words and percentages, naming a contributor exactly where the identity rule allows', async () => {
    const HIDDEN = '—';
    for (const email of ['beleid@ez.example', 'verkoop@magneet.example']) {
      const token = await t.login(email);
      const [{ org }] = await t.platform.dataSource.query('SELECT organisation_id AS org FROM app_user WHERE email = $1', [email]);
      // What the reader may read through the API, and (from the database) who contributed it and with whom it is shared.
      const ids: string[] = [];
      for (let after: string | null = null; ; ) {
        const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
          await t.gql<{ supplyLinks: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
            'query($g: ID, $a: String) { supplyLinks(productGroupId: $g, first: 200, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }',
            { g: productGroupId, a: after },
            token,
          )
        ).data!.supplyLinks;
        ids.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const stored: { contributor: string; contributorId: string; sharedWith: string[]; share: number | null }[] = await t.platform.dataSource.query(
        `SELECT o.name AS contributor, o.id AS "contributorId", l.shared_with AS "sharedWith", l.share::float8 AS share
         FROM supply_link l JOIN organisation o ON o.id = l.contributed_by_org_id WHERE l.id = ANY($1)`,
        [ids],
      );
      const expectedOwners = stored.map((l) => (l.contributorId === org || l.sharedWith.includes(org) ? l.contributor : HIDDEN)).sort();
      expect(expectedOwners).toContain(HIDDEN);
      // The magnet maker knows who gave its own links and those shared with it.
      if (email === 'verkoop@magneet.example') expect(expectedOwners.some((o) => o !== HIDDEN)).toBe(true);

      const res = await t.gql<{ exportSupplyLinks: { filename: string; contentType: string; rows: number; base64: string } }>(
        'mutation($g: ID!) { exportSupplyLinks(productGroupId: $g) { filename contentType rows base64 } }',
        { g: productGroupId },
        token,
      );
      expect(res.errors).toBeUndefined();
      const file = res.data!.exportSupplyLinks;
      expect(file.filename).toMatch(/^ketendata-zichtbaar-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(file.rows).toBe(ids.length);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        'Onderdeel',
        'Soort onderdeel',
        'Leverancier',
        'Land',
        'Aandeel (%)',
        'Tier',
        'Levertijd (weken)',
        'Voorraad (maanden)',
        'Enige bron',
        'Zichtbaarheid',
        'Bijgedragen door',
      ]);
      expect(rows.map((r) => r[10]).sort()).toEqual(expectedOwners);
      // Shares in percent, words for kinds, yes/no and visibility, countries by name and code.
      expect(rows.map((r) => r[4] ?? null).sort()).toEqual(stored.map((l) => (l.share === null ? null : Math.round(l.share * 100 * 1e6) / 1e6)).sort());
      for (const r of rows) {
        expect(['Ja', 'Nee']).toContain(r[8]);
        expect(['Alleen eigen organisatie', 'Overheid', 'Routekaart']).toContain(r[9]);
        if (r[3]) expect(r[3]).toMatch(/^\S.* \([A-Z]{2}\)$/);
      }
      // A supplier's name shows only where the contributor does (the same field access).
      for (const r of rows) if (r[10] === HIDDEN) expect(r[2]).toBe(HIDDEN);
    }
  });

  it('exports the same in English and as CSV for Dutch Excel (semicolons, decimal commas), and records each export', async () => {
    const res = await t.gql<{ exportSupplyLinks: { filename: string; rows: number; base64: string } }>(
      'mutation($g: ID!) { exportSupplyLinks(productGroupId: $g, format: CSV) { filename rows base64 } }',
      { g: productGroupId },
      policy,
    );
    const text = Buffer.from(res.data!.exportSupplyLinks.base64, 'base64').toString('utf8');
    const [header, ...lines] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('Onderdeel;Soort onderdeel;Leverancier;Land;Aandeel (%);Tier;Levertijd (weken);Voorraad (maanden);Enige bron;Zichtbaarheid;Bijgedragen door');
    expect(lines).toHaveLength(res.data!.exportSupplyLinks.rows);
    expect(lines.some((l) => /;\d+,\d+;/.test(l) || /;\d+;/.test(l))).toBe(true);
    expect(lines.every((l) => !/;0\.\d/.test(l))).toBe(true);

    const en = await t.gql<{ exportSupplyLinks: { filename: string; base64: string } }>(
      'mutation($g: ID!) { exportSupplyLinks(productGroupId: $g, format: CSV, language: en) { filename base64 } }',
      { g: productGroupId },
      policy,
    );
    expect(en.data!.exportSupplyLinks.filename).toMatch(/^chain-data-visible-.*\.csv$/);
    expect(Buffer.from(en.data!.exportSupplyLinks.base64, 'base64').toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFFItem,Item kind,Supplier,Country,Share (%),Tier,Lead time (weeks),Stock (months),Single source,Visibility,Contributed by',
    );
    const audits = await t.platform.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'export' AND subject_type = 'SupplyLink' AND actor_user_id = (SELECT id FROM app_user WHERE email = 'beleid@ez.example') ORDER BY id`,
    );
    expect(audits.map((a: { changes: { format: string; language: string } }) => [a.changes.format, a.changes.language]).slice(-2)).toEqual([
      ['csv', 'nl'],
      ['csv', 'en'],
    ]);
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

  it('sends the steps of an import to the user who runs it, and nothing but WAITING to another user following the same id', async () => {
    const importId = randomUUID();
    const follow = (token: string) => {
      const client = createClient({ url: t.baseUrl.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      const steps: { phase: string; done: number; total: number; percent: number }[] = [];
      const stop = client.subscribe<{ chainImportProgress: { phase: string; done: number; total: number; percent: number } }>(
        { query: 'subscription($id: ID!) { chainImportProgress(importId: $id) { phase done total percent } }', variables: { id: importId } },
        { next: (r) => void (r.data ? steps.push(r.data.chainImportProgress) : steps.push({ phase: `ERROR ${JSON.stringify(r.errors)}`, done: 0, total: 0, percent: 0 })), error: () => undefined, complete: () => undefined },
      );
      return { steps, close: async () => { stop(); await client.dispose(); } };
    };
    const until = async (check: () => boolean) => {
      for (const deadline = Date.now() + 10_000; !check(); await new Promise((r) => setTimeout(r, 20))) if (Date.now() > deadline) throw new Error('timed out');
    };
    const own = follow(yard);
    const other = follow(await t.login('verkoop@magneet.example'));
    try {
      await until(() => own.steps.length > 0 && other.steps.length > 0);
      const file = await workbook({
        Onderdelen: [ITEMS, ['PRG-1', 'Voortgangsonderdeel', 'Component', '', 'Alleen eigen organisatie', '']],
        Leveranciers: [LINKS, ['PRG-L-1', 'PRG-1', 'Voortgang BV', 'NL', '50', 1, '', '', 'nee', 'Overheid', '']],
      });
      const res = await t.gql<{ importChainData: Report }>(
        `mutation($g: ID!, $c: String!, $id: ID) { importChainData(productGroupId: $g, fileName: "voortgang.xlsx", contentBase64: $c, apply: true, importId: $id) { ${REPORT} } }`,
        { g: productGroupId, c: file, id: importId },
        yard,
      );
      expect(res.data!.importChainData.applied).toBe(true);
      await until(() => own.steps.some((s) => s.phase === 'DONE'));
      expect([...new Set(own.steps.map((s) => s.phase))]).toEqual(['WAITING', 'READING', 'CHECKING', 'WRITING', 'DONE']);
      // Reading counts the rows as the file streams by (2 data rows) and says how much of the file it read.
      expect(own.steps.filter((s) => s.phase === 'READING').at(-1)).toEqual({ phase: 'READING', done: 2, total: 0, percent: 100 });
      expect(own.steps.filter((s) => s.phase === 'WRITING').map((s) => [s.done, s.total, s.percent])).toEqual([
        [0, 2, 0],
        [1, 2, 50],
        [2, 2, 100],
      ]);
      expect(own.steps.at(-1)).toEqual({ phase: 'DONE', done: 0, total: 0, percent: 100 });
      // The other user's subscription has seen nothing of it (a step would have arrived before DONE).
      expect(other.steps).toEqual([{ phase: 'WAITING', done: 0, total: 0, percent: 0 }]);
    } finally {
      await Promise.all([own.close(), other.close()]);
    }
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
