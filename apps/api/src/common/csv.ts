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

/** A CSV file from a header and rows: comma-separated, CRLF line ends. */
export function csvFile(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
