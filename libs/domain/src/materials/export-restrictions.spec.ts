import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertIsoDate, isIsoDate } from '../dates';
import { isExportRestrictionActive, parseExportRestrictions } from './export-restrictions';

const KNOWN = new Set(['Ga', 'Ge', 'Ni', 'GRAPHITE']);
const HEADER = 'country,materials,measure,since,until,description,source';
const parse = (...lines: string[]) => parseExportRestrictions([HEADER, ...lines].join('\n'), KNOWN);

describe('parseExportRestrictions', () => {
  it('reads a good file, one row per material of a line, with the line it came from', () => {
    const { rows, problems } = parse(
      'CN,Ga;Ge,LICENSING,2023-08-01,,"Export licence for gallium and germanium (metals, wafers)",MOFCOM No. 23 of 2023',
      'ID, Ni ,BAN,2020-01-01,2030-12-31,Ban on exports of nickel ore,Regulation No. 11 of 2019',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { materialSymbol: 'Ga', country: 'CN', measure: 'LICENSING', since: '2023-08-01', until: null, description: 'Export licence for gallium and germanium (metals, wafers)', source: 'MOFCOM No. 23 of 2023', line: 2 },
      { materialSymbol: 'Ge', country: 'CN', measure: 'LICENSING', since: '2023-08-01', until: null, description: 'Export licence for gallium and germanium (metals, wafers)', source: 'MOFCOM No. 23 of 2023', line: 2 },
      { materialSymbol: 'Ni', country: 'ID', measure: 'BAN', since: '2020-01-01', until: '2030-12-31', description: 'Ban on exports of nickel ore', source: 'Regulation No. 11 of 2019', line: 3 },
    ]);
  });

  it('reads the columns by name, in any order, and accepts until equal to since', () => {
    const text = 'source,description,until,since,measure,materials,country\nS,D,2024-01-01,2024-01-01,QUOTA,GRAPHITE,CN\n';
    expect(parseExportRestrictions(text, KNOWN)).toEqual({
      rows: [{ materialSymbol: 'GRAPHITE', country: 'CN', measure: 'QUOTA', since: '2024-01-01', until: '2024-01-01', description: 'D', source: 'S', line: 2 }],
      problems: [],
    });
  });

  it.each([
    ['an unknown material symbol', 'CN,Ga;Xx,LICENSING,2023-08-01,,d,s', 'unknown material symbol(s) Xx'],
    ['a symbol in the wrong case', 'CN,ga,LICENSING,2023-08-01,,d,s', 'unknown material symbol(s) ga'],
    ['no material at all', 'CN,;,LICENSING,2023-08-01,,d,s', 'no material symbol in materials'],
    ['a material listed twice', 'CN,Ga;Ga,LICENSING,2023-08-01,,d,s', 'material symbol(s) listed twice: Ga'],
    ['a lower-case country', 'cn,Ga,LICENSING,2023-08-01,,d,s', 'country "cn" must be upper case (CN)'],
    ['a country name', 'China,Ga,LICENSING,2023-08-01,,d,s', 'country "China" is a name; write its ISO 3166-1 alpha-2 code (CN)'],
    ['a code that is no country', 'XX,Ga,LICENSING,2023-08-01,,d,s', 'country "XX" is not an ISO 3166-1 alpha-2 code'],
    ['a region', 'EU,Ga,LICENSING,2023-08-01,,d,s', 'country "EU" is not an ISO 3166-1 alpha-2 code'],
    ['an unknown measure', 'CN,Ga,EMBARGO,2023-08-01,,d,s', 'measure "EMBARGO" is not one of LICENSING, BAN, QUOTA, EXPORT_TAX'],
    ['a measure in lower case', 'CN,Ga,licensing,2023-08-01,,d,s', 'measure "licensing" is not one of LICENSING, BAN, QUOTA, EXPORT_TAX'],
    ['a since in another format', 'CN,Ga,LICENSING,01-08-2023,,d,s', 'since "01-08-2023" is not a date written YYYY-MM-DD'],
    ['a since that is no date', 'CN,Ga,LICENSING,2023-02-30,,d,s', 'since "2023-02-30" is not a date written YYYY-MM-DD'],
    ['an empty since', 'CN,Ga,LICENSING,,,d,s', 'since "" is not a date written YYYY-MM-DD'],
    ['an until that is no date', 'CN,Ga,LICENSING,2023-08-01,2024-13-01,d,s', 'until "2024-13-01" is not a date written YYYY-MM-DD'],
    ['an until before since', 'CN,Ga,LICENSING,2023-08-01,2023-07-31,d,s', 'until 2023-07-31 is before since 2023-08-01'],
    ['an empty description', 'CN,Ga,LICENSING,2023-08-01,,  ,s', 'description is empty'],
    ['a description too long', `CN,Ga,LICENSING,2023-08-01,,${'x'.repeat(1001)},s`, 'description is longer than 1000 characters'],
    ['an empty source', 'CN,Ga,LICENSING,2023-08-01,,d,', 'source is empty'],
    ['a source too long', `CN,Ga,LICENSING,2023-08-01,,d,${'x'.repeat(301)}`, 'source is longer than 300 characters'],
    ['too few fields', 'CN,Ga,LICENSING,2023-08-01,,d', 'expected 7 fields, found 6'],
    ['too many fields', 'CN,Ga,LICENSING,2023-08-01,,d,s,extra', 'expected 7 fields, found 8'],
    ['an unterminated quote', 'CN,Ga,LICENSING,2023-08-01,,"d,s', 'unterminated quoted field'],
  ])('reports %s as a problem of its line and keeps the good lines', (_kind, bad, reason) => {
    const good = 'ID,Ni,BAN,2020-01-01,,Ban on exports of nickel ore,Regulation No. 11 of 2019';
    const { rows, problems } = parse(good, bad);
    expect(problems).toEqual([{ line: 3, raw: bad, reason }]);
    expect(rows.map((r) => `${r.materialSymbol} ${r.line}`)).toEqual(['Ni 2']);
  });

  it('takes a line whole or not at all, naming every fault of it', () => {
    const { rows, problems } = parse('cn,Ga;Xx,BAN,2023-08-01,2023-01-01,,s');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        line: 2,
        raw: 'cn,Ga;Xx,BAN,2023-08-01,2023-01-01,,s',
        reason: 'country "cn" must be upper case (CN); unknown material symbol(s) Xx; until 2023-01-01 is before since 2023-08-01; description is empty',
      },
    ]);
  });

  it('reports a second line with the same material, country, measure and since', () => {
    const { rows, problems } = parse('CN,Ga;Ge,LICENSING,2023-08-01,,d,s', 'CN,Ge,LICENSING,2023-08-01,,again,s', 'CN,Ge,BAN,2023-08-01,,d,s');
    expect(rows.map((r) => `${r.materialSymbol} ${r.measure} ${r.line}`)).toEqual(['Ga LICENSING 2', 'Ge LICENSING 2', 'Ge BAN 4']);
    expect(problems).toEqual([{ line: 3, raw: 'CN,Ge,LICENSING,2023-08-01,,again,s', reason: 'Ge CN LICENSING since 2023-08-01 is already on line 2' }]);
  });

  it('reports a header without the expected columns and reads nothing', () => {
    const { rows, problems } = parseExportRestrictions('country,material,measure,since,description,source\nCN,Ga,LICENSING,2023-08-01,d,s', KNOWN);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 1, raw: 'country,material,measure,since,description,source', reason: 'the header lacks the column(s) materials, until' }]);
  });

  it('reports an empty file', () => {
    expect(parseExportRestrictions('', KNOWN)).toEqual({ rows: [], problems: [{ line: 1, raw: '', reason: 'the file is empty; expected a header line' }] });
  });

  it('reads a header alone as no restrictions, and skips blank lines and a BOM', () => {
    expect(parseExportRestrictions(`\ufeff${HEADER}\r\n\r\n`, KNOWN)).toEqual({ rows: [], problems: [] });
  });
});

describe('isIsoDate and assertIsoDate', () => {
  it.each([
    ['2023-08-01', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-8-1', false],
    ['2023-08-01T00:00:00Z', false],
    ['', false],
  ])('%j is a date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('answers BAD_USER_INPUT on the field for a non-date', () => {
    expect(assertIsoDate(' 2023-08-01 ', 'since')).toBe('2023-08-01');
    expect(() => assertIsoDate('1 August 2023', 'since')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'since' }) as DomainError);
  });
});

describe('isExportRestrictionActive', () => {
  it.each([
    ['2023-07-31', null, false],
    ['2023-08-01', null, true],
    ['2030-01-01', null, true],
    ['2024-12-31', '2024-12-31', true],
    ['2025-01-01', '2024-12-31', false],
  ])('on %s, with until %s: %s', (on, until, expected) => {
    expect(isExportRestrictionActive({ since: '2023-08-01', until }, on)).toBe(expected);
  });
});
