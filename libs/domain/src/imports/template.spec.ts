import { describe, expect, it } from 'vitest';
import { parseImport } from './parse';
import { IMPORT_SHEETS, matchImportSheet, templateRows } from './template';

const catalogue = { materials: [{ id: 'mat-ni', symbol: 'Ni', name: 'Nickel' }] };

/** The template's example rows as a file in one language. */
const exampleFile = (language: 'nl' | 'en') =>
  IMPORT_SHEETS.map((sheet) => {
    const [headers, ...examples] = templateRows(sheet, language);
    return { name: sheet.name[language], rows: examples.map((example) => Object.fromEntries(headers!.map((h, i) => [h, example[i]!]))) };
  });

describe('IMPORT_SHEETS', () => {
  it('names four sheets, each column in both languages with an explanation in both', () => {
    expect(IMPORT_SHEETS.map((s) => s.key)).toEqual(['items', 'compositions', 'itemMaterials', 'supplyLinks']);
    for (const sheet of IMPORT_SHEETS) {
      for (const column of sheet.columns) {
        expect(column.header.nl && column.header.en && column.help.nl && column.help.en).toBeTruthy();
      }
    }
  });

  it('has no two columns of a sheet sharing a header', () => {
    for (const sheet of IMPORT_SHEETS) {
      const headers = sheet.columns.flatMap((c) => [...new Set([c.header.nl, c.header.en])]);
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it.each(['nl', 'en'] as const)('gives example rows (%s) that the parser reads without errors, each referring to an example item', (language) => {
    const { data, errors } = parseImport(exampleFile(language), { catalogue });
    expect(errors).toEqual([]);
    expect(data.items.map((i) => i.ref)).toEqual(['SYS-10', 'PMP-100']);
    expect(data.compositions).toHaveLength(1);
    expect(data.itemMaterials).toHaveLength(1);
    expect(data.supplyLinks[0]).toMatchObject({ country: 'DE', share: 0.625, stockMonths: 1.5, visibility: 'GOVERNMENT', singleSource: false });
  });

  it('recognises sheet names in either language, in any case, and CSV file names', () => {
    expect(matchImportSheet(' onderdelen ')?.sheet.key).toBe('items');
    expect(matchImportSheet('Suppliers.csv')).toMatchObject({ sheet: { key: 'supplyLinks' }, language: 'en' });
    expect(matchImportSheet('Blad1')).toBeNull();
  });
});
