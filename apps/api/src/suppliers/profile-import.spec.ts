import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_PROFILE_COLUMNS } from '@routekaart/domain';
import { xlsxBase64 } from '../common/spreadsheet';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

type Answer<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer<unknown>) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

interface Report {
  applied: boolean;
  rows: number;
  errors: { sheet: string; row: number; column: string; code: string; params: string | null }[];
  profiles: { create: number; update: number; unchanged: number };
  changes: { row: number; kvkNumber: string; action: string; fields: string[] }[];
}
const REPORT = 'applied rows errors { sheet row column code params } profiles { create update unchanged } changes { row kvkNumber action fields }';

/** One row of the template by column key (Dutch headers); unnamed cells stay empty. */
type Row = Partial<Record<string, string>>;
const good = (kvk: string, more: Row = {}): Row => ({
  kvkNumber: kvk,
  name: `Lid ${kvk} B.V.`,
  province: 'Gelderland',
  sizeClass: 'klein',
  category: 'C',
  capabilities: '5-assig verspanen; lassen EN 1090-2 EXC3',
  certifications: 'ISO 9001',
  capacityHoursPerMonth: '400',
  capacityFrom: '2027-03-01',
  ...more,
});
const workbook = (rows: readonly Row[]) =>
  xlsxBase64([{ name: 'Leveranciers', header: MEMBER_PROFILE_COLUMNS.map((c) => c.header.nl), rows: rows.map((r) => MEMBER_PROFILE_COLUMNS.map((c) => r[c.key] ?? '')) }]);

/**
 * A trade association's bulk import of member profiles over GraphQL, on the demo data: Metaalunie
 * (leden@metaalunie.example) keeps the demo's potential suppliers in metalworking; the demo companies
 * (shipyard, radar maker, magnet maker) keep their own profiles, with their KvK numbers public.
 */
describe('importing member profiles as a trade association', () => {
  let t: TestPlatform;
  let association: string;
  let yard: string;
  let defence: string;
  let associationId: string;

  const run = (token: string, rows: readonly Row[], apply: boolean, fileName = 'leden.xlsx') =>
    workbook(rows).then((content) =>
      t.gql<{ importMemberProfiles: Report }>(
        `mutation($f: String!, $c: String!, $a: Boolean!) { importMemberProfiles(fileName: $f, contentBase64: $c, apply: $a) { ${REPORT} } }`,
        { f: fileName, c: content, a: apply },
        token,
      ),
    );
  const keptCount = async () =>
    ((await t.platform.dataSource.query('SELECT count(*)::int AS n FROM supplier_profile WHERE kept_by_org_id = $1', [associationId])) as [{ n: number }])[0].n;

  beforeAll(async () => {
    t = await startTestPlatform();
    [association, yard, defence] = await Promise.all(['leden@metaalunie.example', 'keten@werf.example', 'beleid@defensie.example'].map((e) => t.login(e)));
    associationId = ((await t.platform.dataSource.query(`SELECT id FROM organisation WHERE name = 'Metaalunie'`)) as { id: string }[])[0]!.id;
  });
  afterAll(() => t?.close());

  it('reports every bad row of a dry run with its row, column and code, and writes nothing', async () => {
    const before = await keptCount();
    const res = await run(
      association,
      [
        good('30000001', { capabilities: '5-assig verspanen; telepathie' }),
        good('3000002'),
        good('30000003', { province: 'Brabant', capacityHoursPerMonth: 'veel' }),
        good('30000001'),
        good('30000005', { capacityHoursPerMonth: '12,5', 'visibility.CAPACITY': 'alleen overheid' }),
        good('30000006'),
      ],
      false,
    );
    const report = res.data!.importMemberProfiles;
    expect(report.applied).toBe(false);
    expect(report.rows).toBe(6);
    expect(report.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Leveranciers', 2, 'Capaciteiten', 'UNKNOWN_VALUE'],
      ['Leveranciers', 3, 'KvK-nummer', 'BAD_KVK'],
      ['Leveranciers', 4, 'Capaciteit (uur per maand)', 'NOT_A_NUMBER'],
      ['Leveranciers', 4, 'Provincie', 'UNKNOWN_VALUE'],
      ['Leveranciers', 5, 'KvK-nummer', 'DUPLICATE_KVK'],
      ['Leveranciers', 6, 'Capaciteit (uur per maand)', 'NOT_A_WHOLE_NUMBER'],
    ]);
    expect(JSON.parse(report.errors[0]!.params!)).toEqual({ value: 'telepathie', vocabulary: 'capabilities' });
    expect(report.profiles).toEqual({ create: 1, update: 0, unchanged: 0 });

    const applied = await run(association, [good('30000001', { capabilities: 'telepathie' }), good('30000006')], true);
    expect(errorOf(applied)).toEqual(['BAD_USER_INPUT', 'file']);
    expect(applied.errors![0]!.extensions!['rows']).toEqual([expect.objectContaining({ row: 2, column: 'Capaciteiten', code: 'UNKNOWN_VALUE' })]);
    expect(await keptCount()).toBe(before);
  });

  it('creates new profiles kept by the association, shown in the directory and its list, audited', async () => {
    const before = await keptCount();
    const rows = [good('31000001', { name: 'Gieterij Oost B.V.', 'visibility.CAPACITY': 'alleen overheid' }), good('31000002', { name: 'Laswerk West B.V.' })];
    const dry = (await run(association, rows, false)).data!.importMemberProfiles;
    expect(dry).toMatchObject({ applied: false, errors: [], profiles: { create: 2, update: 0, unchanged: 0 } });
    expect(await keptCount()).toBe(before);

    const applied = (await run(association, rows, true)).data!.importMemberProfiles;
    expect(applied).toMatchObject({ applied: true, errors: [], profiles: { create: 2, update: 0, unchanged: 0 } });
    expect(await keptCount()).toBe(before + 2);

    // In the directory for everyone, as the association chose: capacity for government only.
    const dir = await t.gql<{ supplierProfiles: { profiles: { name: string; kvkNumber: string | null; capacityHoursPerMonth: number | null; organisation: null }[] } }>(
      '{ supplierProfiles(search: "Gieterij Oost") { profiles { name kvkNumber capacityHoursPerMonth organisation { name } } } }',
      {},
      yard,
    );
    expect(dir.data!.supplierProfiles.profiles).toEqual([{ name: 'Gieterij Oost B.V.', kvkNumber: '31000001', capacityHoursPerMonth: null, organisation: null }]);
    // The association sees all of what it keeps, with its visibility choices.
    const mine = await t.gql<{ memberProfiles: { total: number; profiles: { name: string; capacityHoursPerMonth: number | null; governmentOnly: string[] }[] } }>(
      '{ memberProfiles(search: "Gieterij Oost") { total profiles { name capacityHoursPerMonth governmentOnly } } }',
      {},
      association,
    );
    expect(mine.data!.memberProfiles).toEqual({ total: 1, profiles: [{ name: 'Gieterij Oost B.V.', capacityHoursPerMonth: 400, governmentOnly: ['CAPACITY'] }] });
    // …and so in the directory, where every other company finds the capacity hidden.
    const inDirectory = await t.gql<{ supplierProfiles: { profiles: { capacityHoursPerMonth: number | null; hiddenFromYou: string[]; governmentOnly: string[] | null }[] } }>(
      '{ supplierProfiles(search: "Gieterij Oost") { profiles { capacityHoursPerMonth hiddenFromYou governmentOnly } } }',
      {},
      association,
    );
    expect(inDirectory.data!.supplierProfiles.profiles).toEqual([{ capacityHoursPerMonth: 400, hiddenFromYou: [], governmentOnly: ['CAPACITY'] }]);

    const [audit] = (await t.platform.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'supplierProfile.import' AND actor_organisation_id = $1 ORDER BY id DESC LIMIT 1`,
      [associationId],
    )) as { changes: { fileName: string; created: string[]; profiles: unknown } }[];
    expect(audit!.changes).toMatchObject({ fileName: 'leden.xlsx', created: ['31000001', '31000002'], profiles: { create: 2, update: 0, unchanged: 0 } });
  });

  it('changes one profile it keeps in the profile form, which needs its KvK number, unique among its own; a company may not', async () => {
    await run(association, [good('31000011', { name: 'Draaierij Noord B.V.' }), good('31000012', { name: 'Freesbedrijf Zuid B.V.' })], true);
    const find = async (token: string) =>
      (
        await t.gql<{ supplierProfiles: { profiles: { id: string; keptByYou: boolean; isOwn: boolean }[] } }>(
          '{ supplierProfiles(search: "Draaierij Noord") { profiles { id keptByYou isOwn } } }',
          {},
          token,
        )
      ).data!.supplierProfiles.profiles[0]!;
    const kept = await find(association);
    expect(kept).toMatchObject({ keptByYou: true, isOwn: false });
    expect(await find(yard)).toMatchObject({ keptByYou: false, isOwn: false });

    const update = 'mutation($id: ID!, $i: SupplierProfileInput!) { updateSupplierProfile(id: $id, input: $i) { name kvkNumber capacityHoursPerMonth governmentOnly keptByYou } }';
    const input = { name: 'Draaierij Noord B.V.', kvkNumber: '31000011', province: 'GELDERLAND', sizeClass: 'SMALL', category: 'C', capabilities: ['FIVE_AXIS_MACHINING'], capacityHoursPerMonth: 650, governmentOnly: ['CAPACITY'] };
    const changed = await t.gql<{ updateSupplierProfile: unknown }>(update, { id: kept.id, i: input }, association);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateSupplierProfile).toEqual({ name: 'Draaierij Noord B.V.', kvkNumber: '31000011', capacityHoursPerMonth: 650, governmentOnly: ['CAPACITY'], keptByYou: true });
    // The next import finds it by its KvK number: it must keep one, and not one of its other members'.
    expect(errorOf(await t.gql(update, { id: kept.id, i: { ...input, kvkNumber: null } }, association))).toEqual(['BAD_USER_INPUT', 'kvkNumber']);
    expect(errorOf(await t.gql(update, { id: kept.id, i: { ...input, kvkNumber: '31000012' } }, association))).toEqual(['BAD_USER_INPUT', 'kvkNumber']);
    expect(errorOf(await t.gql(update, { id: kept.id, i: input }, yard))).toEqual(['FORBIDDEN', undefined]);
  });

  it('updates a profile it keeps, matched by KvK number, and leaves unchanged rows alone', async () => {
    const rows = [good('32000001', { name: 'Plaatwerk Noord B.V.' }), good('32000002')];
    await run(association, rows, true);
    const again = (await run(association, [good('32000001', { name: 'Plaatwerk Noord Groep B.V.', sizeClass: 'middelgroot' }), good('32000002')], true)).data!.importMemberProfiles;
    expect(again.profiles).toEqual({ create: 0, update: 1, unchanged: 1 });
    expect(again.changes).toEqual([{ row: 2, kvkNumber: '32000001', action: 'UPDATE', fields: ['name', 'sizeClass'] }]);
    const stored = (await t.platform.dataSource.query(`SELECT name, size_class AS "sizeClass" FROM supplier_profile WHERE kvk_number = '32000001'`)) as unknown[];
    expect(stored).toEqual([{ name: 'Plaatwerk Noord Groep B.V.', sizeClass: 'MEDIUM' }]);
  });

  it("refuses, per row, to overwrite a profile a company keeps itself, and writes nothing of the file", async () => {
    // 16345678 is the magnet maker's own profile, its KvK number public in the directory.
    const before = await keptCount();
    const rows = [good('33000001'), good('16345678', { name: 'Brabant Magneettechniek B.V.' })];
    const dry = (await run(association, rows, false)).data!.importMemberProfiles;
    expect(dry.errors.map((e) => [e.row, e.column, e.code])).toEqual([[3, 'KvK-nummer', 'SELF_MANAGED']]);
    expect(errorOf(await run(association, rows, true))).toEqual(['BAD_USER_INPUT', 'file']);
    expect(await keptCount()).toBe(before);
    const magnet = (await t.platform.dataSource.query(`SELECT name, organisation_id IS NOT NULL AS own FROM supplier_profile WHERE kvk_number = '16345678'`)) as unknown[];
    expect(magnet).toEqual([{ name: 'Brabant Magneettechniek B.V.', own: true }]);
  });

  it('answers a KvK number a company keeps for government exactly as one nobody has', async () => {
    // The radar maker hides its KvK number from non-government readers: the report must not tell.
    const radar = '17234567';
    const unknown = '34000009';
    await t.platform.dataSource.query(`UPDATE supplier_profile SET government_only = array_append(government_only, 'KVK') WHERE kvk_number = $1`, [radar]);
    const hidden = (await run(association, [good(radar, { name: 'Lid X B.V.' })], false)).data!.importMemberProfiles;
    const none = (await run(association, [good(unknown, { name: 'Lid X B.V.' })], false)).data!.importMemberProfiles;
    const withoutKvk = (r: Report) => ({ ...r, changes: r.changes.map(({ kvkNumber: _k, ...c }) => c) });
    expect(withoutKvk(hidden)).toEqual(withoutKvk(none));
    expect(hidden.errors).toEqual([]);
  });

  it('refuses users of organisations that are no trade association', async () => {
    const content = await workbook([good('35000001')]);
    for (const token of [yard, defence]) {
      const res = await t.gql(`mutation($c: String!) { importMemberProfiles(fileName: "x.xlsx", contentBase64: $c, apply: true) { applied } }`, { c: content }, token);
      expect(errorOf(res)[0]).toBe('FORBIDDEN');
      expect(errorOf(await t.gql('{ memberProfiles { total } }', {}, token))[0]).toBe('FORBIDDEN');
      expect(errorOf(await t.gql('{ memberProfileImportTemplate { filename } }', {}, token))[0]).toBe('FORBIDDEN');
    }
    const written = (await t.platform.dataSource.query(`SELECT count(*)::int AS n FROM supplier_profile WHERE kvk_number = '35000001'`)) as [{ n: number }];
    expect(written[0].n).toBe(0);
  });

  it('imports a file of 3,000 rows in one transaction: all of it, or — with one bad row — none of it', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => good(String(40_000_000 + i), { name: `Groot bestand ${i} B.V.` }));
    const before = await keptCount();
    const bad = [...rows.slice(0, 2999), good('40002999', { province: 'Atlantis' })];
    const refused = await run(association, bad, true);
    expect(errorOf(refused)).toEqual(['BAD_USER_INPUT', 'file']);
    expect(refused.errors![0]!.extensions!['rows']).toEqual([expect.objectContaining({ row: 3001, column: 'Provincie', code: 'UNKNOWN_VALUE' })]);
    expect(await keptCount()).toBe(before);

    const started = Date.now();
    const applied = (await run(association, rows, true)).data!.importMemberProfiles;
    const ms = Date.now() - started;
    console.log(`member profile import: 3,000 rows applied in ${ms} ms`);
    expect(applied).toMatchObject({ applied: true, rows: 3000, errors: [], profiles: { create: 3000, update: 0, unchanged: 0 } });
    expect(applied.changes).toHaveLength(500);
    expect(await keptCount()).toBe(before + 3000);
  }, 120_000);

  it('exports what the association keeps in the template format, and the template lists the vocabularies', async () => {
    const exported = await t.gql<{ exportMemberProfiles: { filename: string; base64: string } }>('mutation { exportMemberProfiles { filename base64 } }', {}, association);
    expect(exported.data!.exportMemberProfiles.filename).toMatch(/^leveranciersprofielen-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // Importing the export back changes nothing.
    const back = await t.gql<{ importMemberProfiles: Report }>(
      `mutation($c: String!) { importMemberProfiles(fileName: "export.xlsx", contentBase64: $c) { ${REPORT} } }`,
      { c: exported.data!.exportMemberProfiles.base64 },
      association,
    );
    const report = back.data!.importMemberProfiles;
    expect(report.errors).toEqual([]);
    expect(report.profiles).toEqual({ create: 0, update: 0, unchanged: await keptCount() });

    const template = await t.gql<{ memberProfileImportTemplate: { filename: string; base64: string } }>('{ memberProfileImportTemplate(language: en) { filename base64 } }', {}, association);
    expect(template.data!.memberProfileImportTemplate.filename).toBe('supplier-profiles-template.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.data!.memberProfileImportTemplate.base64, 'base64') as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Suppliers', 'Vocabulary', 'Explanation']);
    expect(book.getWorksheet('Suppliers')!.getRow(1).getCell(1).value).toBe('KvK number');
    const vocabulary = book.getWorksheet('Vocabulary')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1, 3) : []));
    expect(vocabulary).toContainEqual(['Capabilities', 'FIVE_AXIS_MACHINING']);
    expect(vocabulary).toContainEqual(['Provinces', 'NOORD_BRABANT']);
  });
});
