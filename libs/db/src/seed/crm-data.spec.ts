import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chemicalSymbolOf, countryName, materialCodeOf, materialLabelOf, CRM_DATASET_FILES, decodeText, isCurrentCountryCode, resolveCountry } from '@routekaart/domain';
import { CRM_DATA_DIR, loadCrmDataset } from './crm-data';
import { loadMaterialNames } from './material-names';

// Counted without the CSV parser under test: physical lines, and for the score table (whose
// 'Natural Teak\nwood' spans two lines) the lines that end a record with 'year,SR,EI'.
const bytesOf = (file: string) => readFileSync(join(CRM_DATA_DIR, file));
const lines = (file: string) => bytesOf(file).toString('latin1').split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
const independentRowCount: Record<string, () => number> = {
  [CRM_DATASET_FILES.crmList]: () => lines(CRM_DATASET_FILES.crmList).length - 1,
  [CRM_DATASET_FILES.globalSupply]: () => lines(CRM_DATASET_FILES.globalSupply).length - 1,
  [CRM_DATASET_FILES.euSourcing]: () => lines(CRM_DATASET_FILES.euSourcing).length - 1,
  [CRM_DATASET_FILES.scoresOverTime]: () => lines(CRM_DATASET_FILES.scoresOverTime).filter((l) => /,\d{4},[^,]*,[^,]*$/.test(l)).length,
};

// Country column of the supply tables, read with a pattern rather than the CSV parser ("Congo, D.R." is quoted).
const supplyCountryNames = (file: string) =>
  lines(file)
    .slice(1)
    .map((l) => /^[^,]*,[^,]*,("[^"]*"|[^,]*),/.exec(decodeText(Buffer.from(l, 'latin1')).text)?.[1].replace(/^"|"$/g, ''));

describe('loadCrmDataset (EU CRM 2023 extract)', () => {
  const d = loadCrmDataset();

  it.each([
    [CRM_DATASET_FILES.crmList, 34, 34, 0],
    [CRM_DATASET_FILES.globalSupply, 2561, 2561, 0],
    [CRM_DATASET_FILES.euSourcing, 907, 907, 0],
    [CRM_DATASET_FILES.scoresOverTime, 355, 355, 0],
  ])('accounts for every data row of %s: %i rows = %i parsed + %i skipped + problems', (file, rows, parsed, skipped) => {
    expect(independentRowCount[file]()).toBe(rows);
    const count = d.fileCounts.find((c) => c.file === file);
    expect(count).toEqual({ file, rows, parsed, skipped, problems: 0 });
    expect(d.skipped.filter((s) => s.file === file).reduce((n, s) => n + s.rows, 0)).toBe(skipped);
    expect(d.problems.filter((p) => p.file === file)).toHaveLength(0);
  });

  it('decodes the Windows-1252 supply tables and the UTF-8 list without mojibake', () => {
    expect(d.encodings).toEqual({
      'crm-list-2023.csv': 'utf-8',
      'global-supply-shares.csv': 'windows-1252',
      'eu-sourcing-shares.csv': 'windows-1252',
      'crm-scores-over-time.csv': 'utf-8',
    });
    expect(d.supplies.filter((s) => s.sourceCountryName === 'Türkiye').length).toBeGreaterThan(0);
    // material-use-shares.csv is shipped but not imported; its header's \x80 is the euro sign.
    expect(decodeText(bytesOf('material-use-shares.csv')).text.split(/\r?\n/)[0]).toBe(
      'Material,Application,Share,NACE sector,VA in million €',
    );
  });

  it('has exactly the 34 materials of the 2023 CRM list, plus the individually reported REEs and PGMs', () => {
    const listed = d.materials.filter((m) => m.listing === 'LISTED');
    expect(listed).toHaveLength(34);
    expect(listed.filter((m) => m.crmStatus === 'STRATEGIC').map((m) => m.symbol).sort()).toEqual(
      ['Al', 'B', 'Bi', 'Co', 'Cu', 'Ga', 'Ge', 'HREE', 'LREE', 'Li', 'Mg', 'Mn', 'GRAPHITE', 'Ni', 'PGM', 'Si', 'Ti', 'W'].sort(),
    );
    const members = d.materials.filter((m) => m.listing === 'GROUP_MEMBER');
    expect(members.map((m) => `${m.symbol}:${m.groupSymbol}:${m.crmStatus}`)).toEqual([
      'La:LREE:CRITICAL', 'Ce:LREE:STRATEGIC', 'Pr:LREE:STRATEGIC', 'Nd:LREE:STRATEGIC', 'Sm:LREE:STRATEGIC',
      'Y:HREE:CRITICAL', 'Eu:HREE:CRITICAL', 'Gd:HREE:STRATEGIC', 'Tb:HREE:STRATEGIC', 'Dy:HREE:STRATEGIC',
      'Ho:HREE:CRITICAL', 'Er:HREE:CRITICAL', 'Tm:HREE:CRITICAL', 'Yb:HREE:CRITICAL', 'Lu:HREE:CRITICAL',
      'Pt:PGM:STRATEGIC', 'Pd:PGM:STRATEGIC', 'Rh:PGM:STRATEGIC', 'Ru:PGM:STRATEGIC', 'Ir:PGM:STRATEGIC',
    ]);
    expect(new Set(d.materials.map((m) => m.symbol)).size).toBe(d.materials.length);
    expect(new Set(d.materials.map((m) => m.name)).size).toBe(d.materials.length);
  });

  it.each([
    ['Sb', { supplyRisk: 1.8, economicImportance: 5.4, eolRecyclingRate: 0.28, importRelianceExtraction: 1, importRelianceProcessing: 0.47, bottleneckStage: 'EXTRACTION' }],
    ['Al', { listName: 'Bauxite/alumina/aluminium', supplyRisk: 1.1, importRelianceExtraction: 0.89, importRelianceProcessing: 0.58 }],
    ['W', { crmStatus: 'STRATEGIC', supplyRisk: 1.2, economicImportance: 8.7, eolRecyclingRate: 0.42, importRelianceExtraction: 0.21 }],
    ['Nb', { crmStatus: 'CRITICAL', supplyRisk: 4.4, importRelianceExtraction: null, importRelianceProcessing: 1 }],
    ['Sr', { importRelianceExtraction: 0, importRelianceProcessing: null, substitutionIndex: null }],
  ])('reads the list row of %s', (symbol, expected) => {
    expect(d.materials.find((m) => m.symbol === symbol)).toMatchObject({ listYear: 2023, ...expected });
  });

  it('loads every material of the 2023 assessment: the 34 listed, 20 group elements and 36 assessed as not critical', () => {
    expect(d.materials).toHaveLength(90);
    const notCritical = d.materials.filter((m) => m.crmStatus === 'NONE');
    expect(notCritical.every((m) => m.listing === 'ASSESSED')).toBe(true);
    expect(notCritical.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Aggregates', 'Bentonite', 'Gypsum', 'Kaolin clay', 'Limestone', 'Potash', 'Talc', 'Titanium ores', 'Natural rubber']),
    );
    expect(notCritical).toHaveLength(36);
  });

  it.each([
    ['Fe', 'Iron ore', 0.5, 7.2],
    ['Cr', 'Chromium', 0.7, 7.2],
    ['Mo', 'Molybdenum', 0.8, 6.7],
    ['Sn', 'Tin', 0.9, 4.5],
    ['GYPSUM', 'Gypsum', 0.6, 2.7],
    ['NATURAL_RUBBER', 'Natural rubber', 0.9, 6],
  ])('keeps %s (assessed as %s, not critical) with its 2023 SR %d and EI %d and its supply shares', (symbol, assessedAs, sr, ei) => {
    const m = d.materials.find((x) => x.symbol === symbol);
    expect(m).toMatchObject({ listing: 'ASSESSED', crmStatus: 'NONE', listYear: null, supplyRisk: sr, economicImportance: ei });
    const rawRows = lines(CRM_DATASET_FILES.globalSupply).filter((l) => l.startsWith(`${assessedAs},`));
    expect(d.supplies.filter((s) => s.materialSymbol === symbol && s.scope === 'GLOBAL')).toHaveLength(rawRows.length);
  });

  it('shows China first for gallium processing, globally at 93.8%', () => {
    const ga = d.supplies
      .filter((s) => s.materialSymbol === 'Ga' && s.scope === 'GLOBAL' && s.stage === 'PROCESSING')
      .sort((a, b) => b.share - a.share);
    expect(ga.map((s) => [s.country, s.share])).toEqual([
      ['CN', 0.938],
      ['UA', 0.022],
      ['RU', 0.019],
      ['JP', 0.01],
      ['KR', 0.009],
      ['DE', 0.003],
    ]);
  });

  it('keeps the 514 "<0.1%" rows of the global table as 0.001 flagged upper bound, all of them catalogue rows', () => {
    const raw = lines(CRM_DATASET_FILES.globalSupply).filter((l) => l.includes(',<0.1%,'));
    expect(raw).toHaveLength(514);
    const bounds = d.supplies.filter((s) => s.shareIsUpperBound);
    expect(bounds.every((s) => s.share === 0.001 && s.scope === 'GLOBAL')).toBe(true);
    expect(bounds).toHaveLength(514);
    expect(d.supplies.find((s) => s.materialSymbol === 'Co' && s.stage === 'PROCESSING' && s.country === 'CD')).toMatchObject({
      share: 0.001,
      shareIsUpperBound: true,
      sourceCountryName: 'Congo, D.R.',
    });
  });

  it('maps every country name of the supply tables and the list to a current ISO 3166 code through the library, or an explicit non-country', () => {
    const names = new Set([...supplyCountryNames(CRM_DATASET_FILES.globalSupply), ...supplyCountryNames(CRM_DATASET_FILES.euSourcing)]);
    expect(names.has(undefined)).toBe(false);
    expect(names.size).toBe(169);
    // The source names no current ISO 3166 code stands for: none in this extract.
    const unknown = [...names].filter((n) => resolveCountry(n ?? '').kind === 'UNKNOWN');
    expect(unknown).toEqual([]);
    expect(d.unmappedCountryNames).toEqual([]);
    // Every code is current (no DD, UK, ZR ...) and named in Dutch and English.
    const codes = new Set(d.supplies.map((s) => s.country));
    for (const code of codes) expect([code, isCurrentCountryCode(code ?? ''), !!countryName(code ?? '', 'nl')]).toEqual([code, true, true]);
    // The list's top-supplier cells name countries too: an unknown one would be a warning.
    expect(d.materials.flatMap((m) => m.topSuppliers).filter((t) => t.country === null)).toEqual([]);
    expect(d.supplies.filter((s) => s.country === null)).toEqual([]); // this extract has no 'Other' rows
  });

  it('maps the other tables names for listed materials and group elements', () => {
    const symbolsOf = (sourceName: string) => [...new Set(d.supplies.filter((s) => s.sourceMaterialName === sourceName).map((s) => s.materialSymbol))];
    expect(symbolsOf('Aluminium')).toEqual(['Al']);
    expect(symbolsOf('Barytes')).toEqual(['BARYTE']);
    expect(symbolsOf('Borate')).toEqual(['B']);
    expect(symbolsOf('Heavy Rare earths Elements')).toEqual(['HREE']);
    expect(symbolsOf('Titanium metal')).toEqual(['Ti']);
    expect(symbolsOf('Neodymium')).toEqual(['Nd']);
    expect(symbolsOf('Titanium')).toEqual(['TITANIUM_ORES']);
    expect(symbolsOf('Titanium ores')).toEqual(['TITANIUM_ORES']);
    expect(symbolsOf('Kaolin')).toEqual(['KAOLIN']);
    expect(d.skipped).toEqual([]);
    expect(d.scores.filter((s) => s.materialSymbol === 'Al' && s.year === 2023).map((s) => [s.assessedName, s.supplyRisk])).toEqual([
      ['Aluminium', 1.1],
      ['Bauxite', null],
    ]);
  });

  it('finds the CRM list consistent with the supply and score tables, except one share printed without %', () => {
    expect(d.warnings.map((w) => [w.file, w.line, w.raw, w.reason])).toEqual([
      ['eu-sourcing-shares.csv', 712, 'Silicon metal,P,Germany,6,0.8', "share '6' has no percent sign; read as 6% like the rest of the column"],
    ]);
  });

  it('reports the material stages whose shares cannot add up to 100%, all of them below', () => {
    const off = d.shareTotals.filter((t) => t.status !== 'OK').map((t) => `${t.materialSymbol} ${t.scope} ${t.stage} ${t.status} ${t.printedSum}`);
    expect(off.sort()).toEqual([
      'B EU_SOURCING EXTRACTION BELOW 0.99',
      'B GLOBAL PROCESSING BELOW 0.956',
      'COKING_COAL EU_SOURCING EXTRACTION BELOW 0.93',
      'Co GLOBAL EXTRACTION BELOW 0.986',
      'Co GLOBAL PROCESSING BELOW 0.988',
      'Cr EU_SOURCING EXTRACTION BELOW 0.09',
      'Cr EU_SOURCING PROCESSING BELOW 0.89',
      'H EU_SOURCING PROCESSING BELOW 0.95',
      'He EU_SOURCING PROCESSING BELOW 0.96',
      'KAOLIN EU_SOURCING PROCESSING BELOW 0.97',
      'Mo EU_SOURCING EXTRACTION BELOW 0.91',
      'Mo EU_SOURCING PROCESSING BELOW 0.9',
      'Ne EU_SOURCING PROCESSING BELOW 0.9401',
      'Ni EU_SOURCING EXTRACTION BELOW 0.95',
      'Ni EU_SOURCING PROCESSING BELOW 0.89',
      'Ni GLOBAL EXTRACTION BELOW 0.913',
      'Ni GLOBAL PROCESSING BELOW 0.959',
      'PERLITE EU_SOURCING EXTRACTION BELOW 0.95',
      'ROUNDWOOD EU_SOURCING EXTRACTION BELOW 0.75',
      'S EU_SOURCING PROCESSING BELOW 0.93',
      'SAPELE_WOOD EU_SOURCING EXTRACTION BELOW 0.4',
      'Sb EU_SOURCING PROCESSING BELOW 0.93',
      'Sc EU_SOURCING PROCESSING BELOW 0.96',
      'Sr EU_SOURCING EXTRACTION BELOW 0.99',
      'TITANIUM_ORES EU_SOURCING PROCESSING BELOW 0.93',
      'TITANIUM_ORES GLOBAL PROCESSING BELOW 0.92',
      'V GLOBAL PROCESSING BELOW 0.887',
      'W EU_SOURCING EXTRACTION BELOW 0.77',
      'W EU_SOURCING PROCESSING BELOW 0.91',
    ]);
    expect(d.shareTotals.filter((t) => t.status === 'OK').length).toBeGreaterThan(80);
  });
});

describe('the material name table (data/material-names.csv)', () => {
  const names = loadMaterialNames();
  const d = loadCrmDataset();

  it('names every material of the catalogue in English (as the EU study) and in Dutch, and nothing else', () => {
    expect([...names.keys()].sort()).toEqual(d.materials.map((m) => m.symbol).sort());
    for (const m of d.materials) expect([m.symbol, names.get(m.symbol)!.en]).toEqual([m.symbol, m.name]);
    expect(new Set([...names.values()].map((n) => n.nl.toLowerCase())).size).toBe(names.size);
    expect(names.get('W')!.nl).toBe('Wolfraam');
    expect(names.get('HREE')!.nl).toBe('Zware zeldzame aardmetalen');
  });

  it('shows a chemical symbol only for elements', () => {
    const symbols = d.materials.map((m) => chemicalSymbolOf(m.symbol)).filter(Boolean);
    expect(symbols).toContain('W');
    expect(symbols).toContain('Nd');
    for (const code of ['BARYTE', 'COKING_COAL', 'HREE', 'PGM', 'GYPSUM', 'TITANIUM_ORES']) expect(chemicalSymbolOf(code)).toBeNull();
    // Beside a name: the symbol, a listed group's abbreviation, nothing for a material that is no element.
    expect(['W', 'LREE', 'HREE', 'PGM', 'BARYTE', 'GRAPHITE'].map(materialCodeOf)).toEqual(['W', 'LREE', 'HREE', 'PGM', null, null]);
    expect(materialLabelOf({ symbol: 'W', name: 'Wolfraam' })).toBe('Wolfraam (W)');
    expect(materialLabelOf({ symbol: 'GRAPHITE', name: 'Natuurlijk grafiet' })).toBe('Natuurlijk grafiet');
  });
});
