import { describe, expect, it } from 'vitest';
import { parseImport, resolveImportCountry, splitSharedWith, type ImportSheetInput } from './parse';

const catalogue = {
  materials: [
    { id: 'mat-ga', symbol: 'Ga', name: 'Gallium' },
    { id: 'mat-co', symbol: 'Co', name: 'Cobalt' },
    { id: 'mat-ni', symbol: 'Ni', name: 'Nickel' },
  ],
};

const item = (ref: string, extra: Record<string, string> = {}) => ({ referentie: ref, naam: `Onderdeel ${ref}`, soort: 'Component', ...extra });
const link = (ref: string, itemRef: string, extra: Record<string, string> = {}) => ({
  referentie: ref,
  onderdeel: itemRef,
  leverancier: 'Pompen Holland B.V.',
  land: 'NL',
  'aandeel %': '50',
  ...extra,
});

const parse = (sheets: ImportSheetInput[], decimalSeparator?: ',' | '.') => parseImport(sheets, { catalogue, decimalSeparator });
const errorsOf = (sheets: ImportSheetInput[]) => parse(sheets).errors.map((e) => [e.sheet, e.row, e.column, e.code]);

describe('parseImport', () => {
  it('reads the four sheets with Dutch headers, Dutch labels and decimal commas', () => {
    const { data, errors } = parse([
      {
        name: 'Onderdelen',
        rows: [
          { referentie: 'SYS', naam: 'Koelsysteem', soort: 'Systeem', omschrijving: '', zichtbaarheid: 'Overheid', 'gedeeld met': 'Damen; TNO ;damen' },
          { referentie: 'PMP', naam: 'Pomp', soort: 'Halffabricaat', omschrijving: 'Centrifugaal', zichtbaarheid: '', 'gedeeld met': '' },
        ],
      },
      { name: 'Samenstelling', rows: [{ ouder: 'SYS', kind: 'PMP', aantal: '2,5', eenheid: '' }] },
      { name: 'Materialen', rows: [{ onderdeel: 'PMP', grondstof: 'Ga', 'kg per stuk': '0,35' }] },
      {
        name: 'Leveranciers',
        rows: [link('L1', 'PMP', { land: 'Duitsland', 'aandeel %': '62,5%', tier: '2', 'levertijd weken': '12', 'voorraad maanden': '1,5', 'enige bron': 'ja', zichtbaarheid: 'Routekaart' })],
      },
    ]);
    expect(errors).toEqual([]);
    expect(data.items).toEqual([
      { sheet: 'Onderdelen', row: 2, ref: 'SYS', name: 'Koelsysteem', kind: 'SYSTEM', description: null, visibility: 'GOVERNMENT', sharedWith: ['Damen', 'TNO'] },
      { sheet: 'Onderdelen', row: 3, ref: 'PMP', name: 'Pomp', kind: 'SEMI_FINISHED', description: 'Centrifugaal', visibility: 'OWNER', sharedWith: [] },
    ]);
    expect(data.compositions).toEqual([{ sheet: 'Samenstelling', row: 2, parentRef: 'SYS', childRef: 'PMP', quantity: 2.5, unit: 'stuks' }]);
    expect(data.itemMaterials).toEqual([{ sheet: 'Materialen', row: 2, itemRef: 'PMP', materialId: 'mat-ga', kgPerUnit: 0.35 }]);
    expect(data.supplyLinks).toEqual([
      {
        sheet: 'Leveranciers',
        row: 2,
        ref: 'L1',
        itemRef: 'PMP',
        supplierName: 'Pompen Holland B.V.',
        country: 'DE',
        share: 0.625,
        tier: 2,
        leadTimeWeeks: 12,
        stockMonths: 1.5,
        singleSource: true,
        visibility: 'ROADMAP',
        sharedWith: [],
      },
    ]);
  });

  it('reads English sheet names, English headers in any case, enum codes and decimal points; the default unit is pcs', () => {
    const { data, errors } = parse([
      { name: 'Items', rows: [{ ' Reference ': 'A', NAME: 'Hull', Kind: 'PLATFORM', Visibility: 'government' }, { ' Reference ': 'B', NAME: 'Plate', Kind: 'semi-finished product', Visibility: 'OWNER' }] },
      { name: 'Composition', rows: [{ Parent: 'A', Child: 'B', Quantity: '1,250.5', Unit: '' }] },
      { name: 'Materials', rows: [{ Item: 'B', Material: 'cobalt', 'KG per unit': '' }] },
      { name: 'Suppliers', rows: [{ Reference: 'L', Item: 'B', Supplier: 'Acme', Country: 'United States', 'Share %': '12.5', 'Single source': 'no' }] },
    ]);
    expect(errors).toEqual([]);
    expect(data.items.map((i) => [i.kind, i.visibility])).toEqual([
      ['PLATFORM', 'GOVERNMENT'],
      ['SEMI_FINISHED', 'OWNER'],
    ]);
    expect(data.compositions[0]).toMatchObject({ quantity: 1250.5, unit: 'pcs' });
    expect(data.itemMaterials[0]).toMatchObject({ materialId: 'mat-co', kgPerUnit: null });
    expect(data.supplyLinks[0]).toMatchObject({ country: 'US', share: 0.125, singleSource: false, tier: null });
  });

  it('ignores unknown sheets and blank rows, and numbers rows as the spreadsheet does', () => {
    const { data, errors } = parse([
      { name: 'Toelichting', rows: [{ x: 'whatever' }] },
      { name: 'Onderdelen', rows: [item('A'), { referentie: '', naam: ' ', soort: '' }, item('B', { soort: 'Boot' })] },
    ]);
    expect(data.items.map((i) => i.ref)).toEqual(['A']);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([[4, 'soort', 'UNKNOWN_VALUE']]);
  });

  it('reports a missing required column once, on row 1, by its Dutch header, and reads no rows of that sheet', () => {
    const { data, errors } = parse([{ name: 'Suppliers', rows: [{ Reference: 'L', Supplier: 'Acme' }] }]);
    expect(errors).toEqual([
      expect.objectContaining({ sheet: 'Suppliers', row: 1, column: 'onderdeel', code: 'MISSING_COLUMN', message: 'Add a column "onderdeel" (or "item")' }),
    ]);
    expect(data.supplyLinks).toEqual([]);
  });

  it('reports a sheet given twice', () => {
    expect(errorsOf([{ name: 'Onderdelen', rows: [item('A')] }, { name: 'Items', rows: [item('B')] }])).toEqual([['Items', 1, '', 'DUPLICATE_SHEET']]);
  });

  it('reports every problem of every row of an item sheet with the column as written', () => {
    expect(
      errorsOf([
        {
          name: 'Onderdelen',
          rows: [
            { Referentie: 'A', Naam: 'Romp', Soort: 'Platform', Zichtbaarheid: '' },
            { Referentie: 'A', Naam: '', Soort: 'Boot', Zichtbaarheid: 'Iedereen' },
            { Referentie: 'x'.repeat(101), Naam: 'y'.repeat(201), Soort: 'Component', Zichtbaarheid: '' },
          ],
        },
      ]),
    ).toEqual([
      ['Onderdelen', 3, 'Naam', 'REQUIRED'],
      ['Onderdelen', 3, 'Soort', 'UNKNOWN_VALUE'],
      ['Onderdelen', 3, 'Zichtbaarheid', 'UNKNOWN_VALUE'],
      ['Onderdelen', 3, 'Referentie', 'DUPLICATE'],
      ['Onderdelen', 4, 'Referentie', 'TOO_LONG'],
      ['Onderdelen', 4, 'Naam', 'TOO_LONG'],
    ]);
  });

  it('reports duplicate references with the row they repeat', () => {
    const { errors } = parse([{ name: 'Onderdelen', rows: [item('A'), item('B'), item('A')] }]);
    expect(errors).toEqual([expect.objectContaining({ row: 4, code: 'DUPLICATE', message: 'The reference "A" is also on row 2', params: { otherRow: 2 } })]);
  });

  it('reports composition to an unknown reference, a duplicate pair and a quantity of 0 or less', () => {
    expect(
      errorsOf([
        { name: 'Onderdelen', rows: [item('A'), item('B')] },
        {
          name: 'Samenstelling',
          rows: [
            { ouder: 'A', kind: 'B', aantal: '1' },
            { ouder: 'A', kind: 'B', aantal: '2' },
            { ouder: 'Q', kind: 'B', aantal: '0' },
            { ouder: 'A', kind: 'Z', aantal: 'twee' },
          ],
        },
      ]),
    ).toEqual([
      ['Samenstelling', 3, 'kind', 'DUPLICATE'],
      ['Samenstelling', 4, 'aantal', 'OUT_OF_RANGE'],
      ['Samenstelling', 4, 'ouder', 'UNKNOWN_REFERENCE'],
      ['Samenstelling', 5, 'aantal', 'NOT_A_NUMBER'],
      ['Samenstelling', 5, 'kind', 'UNKNOWN_REFERENCE'],
    ]);
  });

  it('accepts references to items already stored', () => {
    const { errors } = parseImport([{ name: 'Samenstelling', rows: [{ ouder: 'OLD-1', kind: 'OLD-2', aantal: '1' }] }], {
      catalogue,
      existingItemRefs: ['OLD-1', 'OLD-2'],
    });
    expect(errors).toEqual([]);
  });

  it('does not repeat an item row problem on the rows that refer to that item', () => {
    expect(
      errorsOf([
        { name: 'Onderdelen', rows: [item('A', { soort: '?' })] },
        { name: 'Leveranciers', rows: [link('L1', 'A')] },
      ]),
    ).toEqual([['Onderdelen', 2, 'soort', 'UNKNOWN_VALUE']]);
  });

  it('resolves materials by symbol (case only when unambiguous) or name, and reports an unknown one', () => {
    const { data, errors } = parse([
      { name: 'Onderdelen', rows: [item('A')] },
      {
        name: 'Materialen',
        rows: [
          { onderdeel: 'A', grondstof: 'GA', 'kg per stuk': '1' },
          { onderdeel: 'A', grondstof: 'Nikkel', 'kg per stuk': '1' },
          { onderdeel: 'A', grondstof: 'nickel', 'kg per stuk': '-1' },
          { onderdeel: 'A', grondstof: 'Gallium', 'kg per stuk': '2' },
        ],
      },
    ]);
    expect(data.itemMaterials.map((m) => m.materialId)).toEqual(['mat-ga']);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'grondstof', 'UNKNOWN_MATERIAL'],
      [4, 'kg per stuk', 'OUT_OF_RANGE'],
      [5, 'grondstof', 'DUPLICATE'],
    ]);
  });

  it('reports an unknown country, a share outside 0..100, a bad tier, bad numbers and a bad yes/no, all on one row', () => {
    const { errors } = parse([
      { name: 'Onderdelen', rows: [item('A')] },
      {
        name: 'Leveranciers',
        rows: [link('L1', 'A', { land: 'Atlantis', 'aandeel %': '120', tier: '1,5', 'levertijd weken': '-2', 'voorraad maanden': 'veel', 'enige bron': 'misschien' })],
      },
    ]);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'land', 'UNKNOWN_COUNTRY'],
      [2, 'aandeel %', 'OUT_OF_RANGE'],
      [2, 'tier', 'OUT_OF_RANGE'],
      [2, 'levertijd weken', 'OUT_OF_RANGE'],
      [2, 'voorraad maanden', 'NOT_A_NUMBER'],
      [2, 'enige bron', 'UNKNOWN_VALUE'],
    ]);
  });

  it('reports the row that takes an item over 100% of shares, allowing rounding', () => {
    const { data, errors } = parse([
      { name: 'Onderdelen', rows: [item('A'), item('B')] },
      {
        name: 'Leveranciers',
        rows: [
          link('L1', 'A', { 'aandeel %': '33,4' }),
          link('L2', 'A', { 'aandeel %': '33,3' }),
          link('L3', 'A', { 'aandeel %': '33,6' }),
          link('L4', 'B', { 'aandeel %': '60' }),
          link('L5', 'B', { 'aandeel %': '41' }),
          link('L6', 'B', { 'aandeel %': '10' }),
        ],
      },
    ]);
    expect(errors).toEqual([expect.objectContaining({ row: 6, column: 'aandeel %', code: 'SHARE_TOTAL', params: { item: 'B', total: '101%' } })]);
    expect(data.supplyLinks.map((l) => l.ref)).toEqual(['L1', 'L2', 'L3', 'L4', 'L6']);
  });

  it('refuses a number the file cannot tell how to read, and reads it once the separator is chosen', () => {
    const sheets = [
      { name: 'Onderdelen', rows: [item('A')] },
      { name: 'Samenstelling', rows: [{ ouder: 'A', kind: 'A', aantal: '1.500' }] },
    ];
    expect(parse(sheets).errors.map((e) => e.code)).toEqual(['AMBIGUOUS_NUMBER']);
    expect(parse(sheets, ',').data.compositions[0]!.quantity).toBe(1500);
    expect(parse(sheets, '.').data.compositions[0]!.quantity).toBe(1.5);
  });

  it('takes the decimal separator from other numbers in the file', () => {
    const { data, errors } = parse([
      { name: 'Onderdelen', rows: [item('A')] },
      { name: 'Samenstelling', rows: [{ ouder: 'A', kind: 'A', aantal: '1.500' }] },
      { name: 'Leveranciers', rows: [link('L1', 'A', { 'aandeel %': '12,5' })] },
    ]);
    expect(errors).toEqual([]);
    expect(data.compositions[0]!.quantity).toBe(1500);
  });

  it('finds exactly the 3 bad rows among 500, with their columns', () => {
    const items = Array.from({ length: 100 }, (_, i) => item(`IT-${i}`));
    const links = Array.from({ length: 400 }, (_, i) => link(`L-${i}`, `IT-${i % 100}`, { 'aandeel %': '20' }));
    links[17] = link('L-17', 'IT-17', { land: 'Narnia', 'aandeel %': '20' });
    links[250] = link('L-250', 'IT-50', { 'aandeel %': '20', tier: '11' });
    items[42] = item('IT-42', { soort: 'Onderzeeër' });
    const { data, errors } = parse([
      { name: 'Onderdelen', rows: items },
      { name: 'Leveranciers', rows: links },
    ]);
    expect(errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Onderdelen', 44, 'soort', 'UNKNOWN_VALUE'],
      ['Leveranciers', 19, 'land', 'UNKNOWN_COUNTRY'],
      ['Leveranciers', 252, 'tier', 'OUT_OF_RANGE'],
    ]);
    expect(data.items).toHaveLength(99);
    expect(data.supplyLinks).toHaveLength(398);
  });
});

describe('resolveImportCountry', () => {
  it.each([
    ['NL', 'NL'],
    ['de', 'DE'],
    ['UK', 'GB'],
    ['Tsjechië', 'CZ'],
    ['Nederland', 'NL'],
    ['Verenigde Staten', 'US'],
    ['Zuid-Korea', 'KR'],
    ['Germany', 'DE'],
    ['the netherlands', 'NL'],
    ['Côte d’Ivoire', 'CI'],
    ['Atlantis', null],
    ['XX', null],
  ])('%s -> %s', (text, code) => expect(resolveImportCountry(text)).toBe(code));
});

describe('splitSharedWith', () => {
  it('splits on ;, trims, drops empties and repeats', () => {
    expect(splitSharedWith(' Damen ;;TNO; damen ')).toEqual(['Damen', 'TNO']);
  });
});
