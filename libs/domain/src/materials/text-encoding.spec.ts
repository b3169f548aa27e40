import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './text-encoding';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeText', () => {
  it.each([
    ['ASCII', bytes(0x61, 0x2c, 0x62), 'a,b', 'utf-8'],
    ['UTF-8 ü', bytes(0x54, 0xc3, 0xbc, 0x72), 'Tür', 'utf-8'],
    ['UTF-8 with a BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'a', 'utf-8'],
    // The supply tables: 'T\xFCrkiye' is not valid UTF-8.
    ['Windows-1252 ü', bytes(0x54, 0xfc, 0x72), 'Tür', 'windows-1252'],
    // material-use-shares.csv header: 'VA in million \x80'.
    ['Windows-1252 euro sign', bytes(0x6d, 0x20, 0x80), 'm €', 'windows-1252'],
  ])('decodes %s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding });
  });
});

describe('decodeWindows1252', () => {
  it.each([
    [0x80, '€'],
    [0x93, '“'],
    [0x9f, 'Ÿ'],
    [0xa0, '\u00a0'],
    [0xe9, 'é'],
    [0x81, '\ufffd'],
  ])('maps byte %s to %j', (b, ch) => {
    expect(decodeWindows1252(bytes(b))).toBe(ch);
  });
});
