/**
 * One CSV field (RFC 4180): quoted when it holds a separator, quote or line break; text that a
 * spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with a quote so it stays text.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file from a header and rows: comma-separated (or `;`, as Dutch Excel writes it), CRLF line ends. */
export function csvFile(header: readonly string[], rows: readonly (readonly unknown[])[], separator: ',' | ';' = ','): string {
  const field = (value: unknown) => {
    const text = csvField(value);
    return separator === ';' && /;/.test(text) && !text.startsWith('"') ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(separator)).join('\r\n') + '\r\n';
}
