export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// Windows-1252 differs from ISO-8859-1 only in 0x80..0x9F; undefined bytes there map to U+FFFD.
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Decodes Windows-1252 by table, so the result does not depend on the runtime's ICU build. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b);
  return out;
}

/**
 * Decodes a data file whose encoding is not declared. The EU CRM extracts mix UTF-8 (crm-list) with
 * Windows-1252 exports (supply shares: `T\xFCrkiye`; material use: `\x80` in its header), so: strict UTF-8
 * when the bytes are valid UTF-8 (a Windows-1252 text with non-ASCII bytes almost never is), else
 * Windows-1252. A UTF-8 BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
