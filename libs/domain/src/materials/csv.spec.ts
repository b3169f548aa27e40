import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['a comma inside quotes', 'Cobalt,"Congo, D.R. 62.8%",x', [['Cobalt', 'Congo, D.R. 62.8%', 'x']]],
    ['a doubled quote inside quotes', '"say ""hi""",2', [['say "hi"', '2']]],
    ['empty fields, also at the end', ',a,,\n', [['', 'a', '', '']]],
    ['CRLF line breaks', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a lone CR as line break', 'a,b\rc,d', [['a', 'b'], ['c', 'd']]],
    ['a line break inside quotes', '"Natural Teak\nwood",2023\nx,y', [['Natural Teak\nwood', '2023'], ['x', 'y']]],
    ['a BOM before the first field', '\ufeffMaterial,Year\n', [['Material', 'Year']]],
    ['blank lines', 'a\n\n\r\nb\n', [['a'], ['b']]],
    ['a stray quote in an unquoted field kept as text', 'ab"c,d', [['ab"c', 'd']]],
    ['no final line break', 'a,b', [['a', 'b']]],
  ])('reads %s', (_name, text, expected) => {
    const { records, errors } = parseCsv(text);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual(expected);
  });

  it('numbers each record by the physical line it starts on, counting line breaks inside quotes', () => {
    const { records } = parseCsv('Material,Year\r\n"Natural Teak\nwood",2023\r\nZinc,2023\r\n\r\nTin,2023');
    expect(records.map((r) => [r.line, r.raw])).toEqual([
      [1, 'Material,Year'],
      [2, '"Natural Teak\nwood",2023'],
      [4, 'Zinc,2023'],
      [6, 'Tin,2023'],
    ]);
  });

  it('reports an unterminated quote with its line instead of swallowing the rest of the file', () => {
    const { records, errors } = parseCsv('a,b\n"open,c\nd,e');
    expect(records.map((r) => r.fields)).toEqual([['a', 'b']]);
    expect(errors).toEqual([{ line: 2, raw: '"open,c\nd,e', reason: 'unterminated quoted field' }]);
  });
});
