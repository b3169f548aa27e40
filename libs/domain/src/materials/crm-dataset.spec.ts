import { describe, expect, it } from 'vitest';
import { CRM_LIST_MATERIALS, resolveMaterialName } from './crm-materials';
import { parseCrmDataset, type CrmDatasetInput } from './crm-dataset';

const LIST_HEADER =
  'material,strategic(CRMA AnnexI),global_top_E,global_top_P,EU_sourcing_top_E,EU_sourcing_top_P,SR_2023,EI_2023,SR_bottleneck_stage(CritMAT),IR_%_E/P(CritMAT),EoL-RIR_%(CritMAT)';

// A small, hand-checked extract in the files' own shapes.
const input = (overrides: Partial<CrmDatasetInput> = {}): CrmDatasetInput => ({
  crmList: [
    LIST_HEADER,
    'Gallium,SRM,,China 93.8%,,China 69%,3.9,3.7,Processing,/98,0',
    'Cobalt,SRM,"Congo, D.R. 62.8%",China 59.6%,,Finland 62%,2.8,6.8,Extraction,81/1,22',
    'LREE,SRM,Neodymium: China 68.3%,,,,3.7,5.9,Processing,80/100,1',
    'Arsenic,,,China 44.3%,,,1.9,2.9,Processing,/39,0',
  ].join('\r\n'),
  globalSupply: [
    'Material,Stage,Country,Share,t',
    'Gallium,P,China,93.8%,1.0',
    'Gallium,P,Japan,6.2%,1.0',
    'Cobalt,E,"Congo, D.R.",62.8%,1.0',
    'Cobalt,E,Other,37.2%,1.0',
    'Neodymium,E,China,68.3%,1.1',
    'Neodymium,E,Myanmar,<0.1%,1.0',
    'Gypsum,E,Afghanistan,<0.1%,1.0',
    'Gypsum,E,Albania,0.1%,1.0',
    'Galium,P,China,50%,1.0',
    'Gallium,X,China,1%,1.0',
    'Gallium,P,Atlantis,1%,1.0',
    'Gallium,P,China,93.8%,1.0',
    'Arsenic,P,China,44.3%',
  ].join('\r\n'),
  euSourcing: ['Material,Stage,Country,Share,t', 'Gallium,P,China,69%,1', 'Gallium,P,Germany,6,0.8', 'Cobalt,P,Finland,-,1'].join('\n'),
  scoresOverTime: [
    'Material,Year,SR,EI',
    'Gallium,2023,3.9,3.7',
    'Gallium,2011,2.5,6.5',
    'Arsenic,2011,-,-',
    '"Natural Teak\nwood",2023,1.7,2.4',
    'Gallium,twenty,1,1',
  ].join('\r\n'),
  ...overrides,
});

describe('parseCrmDataset', () => {
  const d = parseCrmDataset(input());

  it('reads the CRM list rows into materials with status, scores, fractions and import reliance per stage', () => {
    const ga = d.materials.find((m) => m.symbol === 'Ga');
    expect(ga).toMatchObject({
      name: 'Gallium',
      listName: 'Gallium',
      listing: 'LISTED',
      crmStatus: 'STRATEGIC',
      listYear: 2023,
      supplyRisk: 3.9,
      economicImportance: 3.7,
      eolRecyclingRate: 0,
      importRelianceExtraction: null,
      importRelianceProcessing: 0.98,
      substitutionIndex: null,
      bottleneckStage: 'PROCESSING',
    });
    const co = d.materials.find((m) => m.symbol === 'Co');
    expect(co).toMatchObject({ eolRecyclingRate: 0.22, importRelianceExtraction: 0.81, importRelianceProcessing: 0.01 });
    expect(co?.topSuppliers[0]).toEqual({
      scope: 'GLOBAL',
      stage: 'EXTRACTION',
      materialSymbol: 'Co',
      country: 'CD',
      countryName: 'Democratic Republic of the Congo',
      share: 0.628,
      shareIsUpperBound: false,
    });
    expect(d.materials.find((m) => m.symbol === 'As')?.crmStatus).toBe('CRITICAL');
  });

  it('adds the elements of a listed group as members, strategic only where the strategic listing covers them', () => {
    const lree = d.materials.filter((m) => m.groupSymbol === 'LREE').map((m) => [m.symbol, m.crmStatus]);
    expect(lree).toEqual([
      ['La', 'CRITICAL'],
      ['Ce', 'STRATEGIC'],
      ['Pr', 'STRATEGIC'],
      ['Nd', 'STRATEGIC'],
      ['Sm', 'STRATEGIC'],
    ]);
    // The list's 'Neodymium: China 68.3%' belongs to Nd, not to the group.
    expect(d.materials.find((m) => m.symbol === 'Nd')?.topSuppliers.map((t) => t.materialSymbol)).toEqual(['Nd']);
    // No HREE or PGM row in this extract, so no members for them either.
    expect(d.materials.some((m) => m.groupSymbol === 'HREE' || m.groupSymbol === 'PGM')).toBe(false);
  });

  it('keeps a residual with country null, and a <x% share as its bound flagged upper bound', () => {
    expect(d.supplies.find((s) => s.materialSymbol === 'Co' && s.country === null)).toMatchObject({
      countryName: 'Other',
      sourceCountryName: 'Other',
      share: 0.372,
      shareIsUpperBound: false,
    });
    expect(d.supplies.find((s) => s.materialSymbol === 'Nd' && s.country === 'MM')).toMatchObject({
      share: 0.001,
      shareIsUpperBound: true,
      t: 1,
      stage: 'EXTRACTION',
      scope: 'GLOBAL',
      line: 7,
    });
  });

  it('reports each row it cannot read or map, with file, line, text and reason', () => {
    const rowProblems = d.problems.filter((p) => p.line > 0);
    expect(rowProblems.map((p) => [p.file, p.line, p.reason])).toEqual([
      ['global-supply-shares.csv', 10, "unknown material 'Galium' (neither a CRM nor a known non-critical material)"],
      ['global-supply-shares.csv', 11, "unknown stage 'X' (expected E or P)"],
      ['global-supply-shares.csv', 12, "unknown country 'Atlantis'"],
      ['global-supply-shares.csv', 13, 'duplicate of line 2: Ga PROCESSING China listed twice'],
      ['global-supply-shares.csv', 14, 'expected 5 fields, found 4'],
      ['eu-sourcing-shares.csv', 4, 'no share given'],
      ['crm-scores-over-time.csv', 7, "year 'twenty' is not a year"],
    ]);
    expect(rowProblems[0].raw).toBe('Galium,P,China,50%,1.0');
  });

  it('reports each CRM list material the list file has no row for', () => {
    const missing = d.problems.filter((p) => p.line === 0).map((p) => p.reason);
    expect(missing).toHaveLength(34 - 4);
    expect(missing).toContain('CRM list has no row for Bauxite/alumina/aluminium');
    expect(missing).not.toContain('CRM list has no row for Gallium');
  });

  it('reads a bare number in a percent column as percent, with a warning', () => {
    expect(d.warnings.filter((w) => w.file === 'eu-sourcing-shares.csv').map((w) => [w.line, w.reason])).toEqual([
      [3, "share '6' has no percent sign; read as 6% like the rest of the column"],
    ]);
    expect(d.supplies.find((s) => s.scope === 'EU_SOURCING' && s.country === 'DE')?.share).toBe(0.06);
  });

  it('loads the materials the 2023 study assessed as not critical, with their rows, and skips nothing', () => {
    expect(d.skipped).toEqual([]);
    expect(d.supplies.filter((s) => s.materialSymbol === 'GYPSUM').map((s) => [s.country, s.share, s.shareIsUpperBound])).toEqual([
      ['AF', 0.001, true],
      ['AL', 0.001, false],
    ]);
    expect(d.materials.find((m) => m.symbol === 'TEAK_WOOD')).toMatchObject({ crmStatus: 'NONE', listing: 'ASSESSED', supplyRisk: 1.7, economicImportance: 2.4 });
  });

  it('lists the country names it cannot map, each once', () => {
    expect(d.unmappedCountryNames).toEqual(['Atlantis']);
  });

  it('accounts for every data row of every file as parsed, skipped or a problem', () => {
    expect(d.fileCounts).toEqual([
      { file: 'crm-list-2023.csv', rows: 4, parsed: 4, skipped: 0, problems: 0 },
      { file: 'global-supply-shares.csv', rows: 13, parsed: 8, skipped: 0, problems: 5 },
      { file: 'eu-sourcing-shares.csv', rows: 3, parsed: 2, skipped: 0, problems: 1 },
      { file: 'crm-scores-over-time.csv', rows: 5, parsed: 4, skipped: 0, problems: 1 },
    ]);
  });

  it('keeps "-" scores as not assessed', () => {
    expect(d.scores.map((s) => [s.materialSymbol, s.year, s.supplyRisk, s.economicImportance])).toEqual([
      ['Ga', 2023, 3.9, 3.7],
      ['Ga', 2011, 2.5, 6.5],
      ['As', 2011, null, null],
      ['TEAK_WOOD', 2023, 1.7, 2.4],
    ]);
  });

  it('sums shares per material, scope and stage with the rounding and bounds as an interval', () => {
    const totals = Object.fromEntries(d.shareTotals.map((t) => [`${t.materialSymbol} ${t.scope} ${t.stage}`, t]));
    expect(totals['Ga GLOBAL PROCESSING']).toEqual({
      materialSymbol: 'Ga',
      scope: 'GLOBAL',
      stage: 'PROCESSING',
      rows: 2,
      printedSum: 1,
      sumMin: 0.999,
      sumMax: 1.001,
      status: 'OK',
    });
    // 68.3% plus a bound below 0.1%: at most 68.45%, so countries are missing.
    expect(totals['Nd GLOBAL EXTRACTION']).toMatchObject({ printedSum: 0.684, sumMin: 0.6825, sumMax: 0.6845, status: 'BELOW' });
    expect(totals['Ga EU_SOURCING PROCESSING']).toMatchObject({ printedSum: 0.75, status: 'BELOW' });
  });

  it('says ABOVE when the shares cannot add up to 100% even at their lowest', () => {
    const over = parseCrmDataset(
      input({ globalSupply: 'Material,Stage,Country,Share,t\nGallium,P,China,93.8%,1\nGallium,P,Japan,7.0%,1\nGallium,P,"Korea, South",<0.1%,1' }),
    );
    // 93.8% + 7.0% is at least 100.7% whatever the rounding; the bound can only add to it.
    expect(over.shareTotals.filter((t) => t.scope === 'GLOBAL')).toEqual([
      { materialSymbol: 'Ga', scope: 'GLOBAL', stage: 'PROCESSING', rows: 3, printedSum: 1.009, sumMin: 1.007, sumMax: 1.01, status: 'ABOVE' },
    ]);
  });

  it('turns every row of a file with an unknown header into a problem, so none goes missing', () => {
    const bad = parseCrmDataset(input({ euSourcing: 'Mat,Stage,Country,Share\nGallium,P,China,69%' }));
    expect(bad.problems.filter((p) => p.file === 'eu-sourcing-shares.csv').map((p) => [p.line, p.reason])).toEqual([
      [1, 'header not recognised, expected: Material,Stage,Country,Share,t'],
      [2, 'not read: the file header is not recognised'],
    ]);
    expect(bad.fileCounts.find((c) => c.file === 'eu-sourcing-shares.csv')).toEqual({
      file: 'eu-sourcing-shares.csv',
      rows: 1,
      parsed: 0,
      skipped: 0,
      problems: 1,
    });
  });

  it('reports a CRM list row that is not on the list, and list materials with no row', () => {
    const d2 = parseCrmDataset(input({ crmList: `${LIST_HEADER}\nGold,,,,,,0.4,2.4,,,` }));
    expect(d2.problems.filter((p) => p.file === 'crm-list-2023.csv')).toHaveLength(1 + CRM_LIST_MATERIALS.length);
    expect(d2.problems[0]).toMatchObject({ line: 2, reason: "'Gold' is not one of the 34 materials of the 2023 CRM list" });
  });

  it('warns when the CRM list disagrees with the supply or score tables it was compiled from', () => {
    const d3 = parseCrmDataset(
      input({
        crmList: `${LIST_HEADER}\nGallium,SRM,,Japan 6.2%,,China 70%,3.8,3.7,Processing,/98,0`,
      }),
    );
    expect(d3.warnings.filter((w) => w.file === 'crm-list-2023.csv').every((w) => w.line === 2)).toBe(true);
    expect(d3.warnings.filter((w) => w.file === 'crm-list-2023.csv').map((w) => w.reason)).toEqual([
      'Ga: SR 3.8 / EI 3.7 differ from the score table (Gallium SR 3.9 EI 3.7)',
      "Ga GLOBAL PROCESSING top supplier Japan 6.2%: the supply table's largest is China 93.8%",
      'Ga EU_SOURCING PROCESSING top supplier China 70%: the supply table says 69%',
    ]);
  });
});

describe('resolveMaterialName', () => {
  it.each([
    ['Aluminium', 'Al'],
    ['Bauxite', 'Al'],
    ['Barytes', 'BARYTE'],
    ['Borate', 'B'],
    ['Boron', 'B'],
    ['Natural Graphite', 'GRAPHITE'],
    ['Phosphate Rock', 'PHOSPHATE_ROCK'],
    ['Phosphorous', 'P'],
    ['Heavy Rare earths Elements', 'HREE'],
    ['HREEs', 'HREE'],
    ['LREEs', 'LREE'],
    ['PGMs', 'PGM'],
    ['Titanium metal', 'Ti'],
    ['Neodymium', 'Nd'],
    ['Dysprosium', 'Dy'],
    ['Iridium', 'Ir'],
    ['Iron ore', 'Fe'],
    ['Tin', 'Sn'],
  ])('maps %j to %s', (name, symbol) => {
    const r = resolveMaterialName(name);
    expect(r.kind === 'CATALOGUE' && r.definition.symbol).toBe(symbol);
  });

  it('keeps assessed non-critical metals in the catalogue, without CRM status', () => {
    const tin = resolveMaterialName('Tin');
    expect(tin.kind === 'CATALOGUE' && tin.definition.listing).toBe('ASSESSED');
  });

  it.each([
    ['Titanium', 'TITANIUM_ORES'],
    ['Titanium ores', 'TITANIUM_ORES'],
    ['Natural Teak\nwood', 'TEAK_WOOD'],
    ['Kaolin clay', 'KAOLIN'],
    ['Kaolin', 'KAOLIN'],
    ['Gypsum', 'GYPSUM'],
    ['Sulphur', 'S'],
  ])('keeps the assessed non-critical material %j in the catalogue as %s', (name, symbol) => {
    const r = resolveMaterialName(name);
    expect(r.kind === 'CATALOGUE' && [r.definition.symbol, r.definition.listing]).toEqual([symbol, 'ASSESSED']);
  });

  it('has 34 list materials with unique symbols', () => {
    expect(CRM_LIST_MATERIALS).toHaveLength(34);
    expect(new Set(CRM_LIST_MATERIALS.map((m) => m.symbol)).size).toBe(34);
  });
});
