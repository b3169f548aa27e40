/**
 * One CSV field (RFC 4180): quoted when it holds a separator, quote or line break; text that a
 * spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with a quote so it stays text.
 */
export function csvField(value: unknown, separator: ',' | ';' = ','): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  const quote = separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return quote.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file from a header and rows: comma-separated (or `;`, as Dutch Excel writes it), CRLF line ends. */
export function csvFile(header: readonly string[], rows: readonly (readonly unknown[])[], separator: ',' | ';' = ','): string {
  // With `;` (Dutch Excel) a decimal comma is no separator: "2,5" stays unquoted.
  return [header, ...rows].map((row) => row.map((value) => csvField(value, separator)).join(separator)).join('\r\n') + '\r\n';
}
