import { describe, expect, it } from 'vitest';
import { csvField, csvFile } from './csv';

describe('CSV fields and files', () => {
  it('quotes separators, quotes and line breaks, and leaves plain text and numbers as they are', () => {
    expect(csvField('Noordzee Marinewerf')).toBe('Noordzee Marinewerf');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    for (const text of ['=1+1', '+31', '-x', '@SUM(A1)']) expect(csvField(text)).toBe(`'${text}`);
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(csvFile(['a', 'b'], [[1, 'x,y'], [null, 'z']])).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
    // Semicolons for Dutch Excel: a decimal comma stays bare, a semicolon or quote in a field is quoted.
    expect(csvFile(['a', 'b'], [['2,5', 'x;y'], ['zei "ja"', '']], ';')).toBe('a;b\r\n2,5;"x;y"\r\n"zei ""ja""";\r\n');
  });
});
