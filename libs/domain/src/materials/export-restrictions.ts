import { isIsoDate } from '../dates';
import { isCurrentCountryCode, resolveCountry } from './countries';
import { parseCsv } from './csv';

/** How a country restricts exports of a material. */
export const EXPORT_RESTRICTION_MEASURES = ['LICENSING', 'BAN', 'QUOTA', 'EXPORT_TAX'] as const;
export type ExportRestrictionMeasure = (typeof EXPORT_RESTRICTION_MEASURES)[number];

/** Longest description and source text a restriction may carry (the API and the file reader agree). */
export const EXPORT_RESTRICTION_DESCRIPTION_MAX = 1000;
export const EXPORT_RESTRICTION_SOURCE_MAX = 300;

/** The columns of the reference file `export-restrictions.csv`, in order. */
export const EXPORT_RESTRICTION_COLUMNS = ['country', 'materials', 'measure', 'since', 'until', 'description', 'source'] as const;

/** One material of one line of the file: a line listing `Ga;Ge` becomes two rows with the same line. */
export interface ExportRestrictionRecord {
  materialSymbol: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  measure: ExportRestrictionMeasure;
  /** YYYY-MM-DD. */
  since: string;
  /** YYYY-MM-DD, or null while in force. */
  until: string | null;
  description: string;
  source: string;
  line: number;
}

export interface ExportRestrictionProblem {
  line: number;
  raw: string;
  reason: string;
}

export interface ParsedExportRestrictions {
  rows: ExportRestrictionRecord[];
  problems: ExportRestrictionProblem[];
}


/** In force on `on` (YYYY-MM-DD): from `since` through `until`, both days included. */
export function isExportRestrictionActive(restriction: { since: string; until: string | null }, on: string): boolean {
  // YYYY-MM-DD strings compare like the dates they write.
  return restriction.since <= on && (restriction.until === null || restriction.until >= on);
}

/** What is wrong with a country cell, or null when it is an upper-case ISO 3166-1 alpha-2 code. */
function countryProblem(cell: string): string | null {
  if (isCurrentCountryCode(cell)) return null;
  if (isCurrentCountryCode(cell.toUpperCase())) return `country "${cell}" must be upper case (${cell.toUpperCase()})`;
  const byName = resolveCountry(cell);
  if (byName.kind === 'COUNTRY') return `country "${cell}" is a name; write its ISO 3166-1 alpha-2 code (${byName.iso2})`;
  return `country "${cell}" is not an ISO 3166-1 alpha-2 code`;
}

/**
 * Reads `export-restrictions.csv` (columns `EXPORT_RESTRICTION_COLUMNS`; `materials` is a
 * `;`-separated list of catalogue symbols). A line is taken whole or not at all: every line with
 * something wrong comes back as one problem naming all its faults, so nothing is dropped silently.
 * A second line with the same material, country, measure and since is a problem too.
 */
export function parseExportRestrictions(text: string, knownSymbols: ReadonlySet<string>): ParsedExportRestrictions {
  const { records, errors } = parseCsv(text);
  const problems: ExportRestrictionProblem[] = errors.map((e) => ({ line: e.line, raw: e.raw, reason: e.reason }));
  const rows: ExportRestrictionRecord[] = [];
  const [header, ...data] = records;
  if (!header) return { rows, problems: [...problems, { line: 1, raw: '', reason: 'the file is empty; expected a header line' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = EXPORT_RESTRICTION_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    problems.push({ line: header.line, raw: header.raw, reason: `the header lacks the column(s) ${missing.join(', ')}` });
    return { rows, problems };
  }
  const column = Object.fromEntries(EXPORT_RESTRICTION_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof EXPORT_RESTRICTION_COLUMNS)[number], number>;
  const firstLineOf = new Map<string, number>();

  for (const record of data) {
    if (record.fields.length !== names.length) {
      problems.push({ line: record.line, raw: record.raw, reason: `expected ${names.length} fields, found ${record.fields.length}` });
      continue;
    }
    const cell = (c: keyof typeof column) => record.fields[column[c]].trim();
    const reasons: string[] = [];

    const country = cell('country');
    const badCountry = countryProblem(country);
    if (badCountry) reasons.push(badCountry);

    const symbols = cell('materials').split(';').map((s) => s.trim()).filter((s) => s !== '');
    if (symbols.length === 0) reasons.push('no material symbol in materials');
    const unknown = symbols.filter((s) => !knownSymbols.has(s));
    if (unknown.length > 0) reasons.push(`unknown material symbol(s) ${unknown.join(', ')}`);
    const repeated = symbols.filter((s, i) => symbols.indexOf(s) !== i);
    if (repeated.length > 0) reasons.push(`material symbol(s) listed twice: ${[...new Set(repeated)].join(', ')}`);

    const measure = cell('measure');
    if (!(EXPORT_RESTRICTION_MEASURES as readonly string[]).includes(measure)) {
      reasons.push(`measure "${measure}" is not one of ${EXPORT_RESTRICTION_MEASURES.join(', ')}`);
    }

    const since = cell('since');
    if (!isIsoDate(since)) reasons.push(`since "${since}" is not a date written YYYY-MM-DD`);
    const until = cell('until') || null;
    if (until !== null && !isIsoDate(until)) reasons.push(`until "${until}" is not a date written YYYY-MM-DD`);
    else if (until !== null && isIsoDate(since) && until < since) reasons.push(`until ${until} is before since ${since}`);

    const description = cell('description');
    if (!description) reasons.push('description is empty');
    else if (description.length > EXPORT_RESTRICTION_DESCRIPTION_MAX) reasons.push(`description is longer than ${EXPORT_RESTRICTION_DESCRIPTION_MAX} characters`);
    const source = cell('source');
    if (!source) reasons.push('source is empty');
    else if (source.length > EXPORT_RESTRICTION_SOURCE_MAX) reasons.push(`source is longer than ${EXPORT_RESTRICTION_SOURCE_MAX} characters`);

    if (reasons.length === 0) {
      const duplicates = symbols.flatMap((s) => {
        const first = firstLineOf.get([s, country, measure, since].join('|'));
        return first === undefined ? [] : [`${s} ${country} ${measure} since ${since} is already on line ${first}`];
      });
      reasons.push(...duplicates);
    }
    if (reasons.length > 0) {
      problems.push({ line: record.line, raw: record.raw, reason: reasons.join('; ') });
      continue;
    }
    for (const materialSymbol of symbols) {
      firstLineOf.set([materialSymbol, country, measure, since].join('|'), record.line);
      rows.push({ materialSymbol, country, measure: measure as ExportRestrictionMeasure, since, until, description, source, line: record.line });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}
