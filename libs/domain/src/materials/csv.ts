/** One CSV record with where it came from, so a validation report can point at it. */
export interface CsvRecord {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
  /** The record's source text, without its line break (may span lines when a quoted field does). */
  raw: string;
}

export interface CsvError {
  line: number;
  raw: string;
  reason: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: CsvError[];
}

/**
 * RFC 4180 CSV: comma separated, fields optionally quoted with `"`, `""` for a quote inside quotes,
 * line breaks (CRLF, LF or lone CR: the EU files mix them) allowed inside quoted fields.
 * Lenient where the RFC is silent: a leading BOM is dropped, blank lines are skipped, a quote inside an
 * unquoted field is kept as text. An unterminated quote is an error, not a silently swallowed file tail.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  let line = 1;
  let i = 0;
  while (i < src.length) {
    const startLine = line;
    const start = i;
    const fields: string[] = [];
    let field = '';
    let quoted = false; // inside a quoted section
    let end = -1; // index just past the record's text (before its line break)
    let unterminated = false;

    for (;;) {
      if (i >= src.length) {
        if (quoted) unterminated = true;
        end = i;
        break;
      }
      const c = src[i];
      if (quoted) {
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
        continue;
      }
      if (c === '"' && field === '') {
        quoted = true;
        i++;
      } else if (c === ',') {
        fields.push(field);
        field = '';
        i++;
      } else if (c === '\r' || c === '\n') {
        end = i;
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      } else {
        field += c;
        i++;
      }
    }
    fields.push(field);
    const raw = src.slice(start, end);
    if (unterminated) {
      errors.push({ line: startLine, raw, reason: 'unterminated quoted field' });
    } else if (raw.trim() !== '') {
      records.push({ line: startLine, fields, raw });
    }
  }
  return { records, errors };
}
