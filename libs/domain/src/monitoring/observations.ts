import { isIsoDate } from '../chain/chain-validation';
import { addYears, textLength, trimmedOrNull, type MonitoringErrorCode, type MonitoringFieldError, type MonitoringValidation } from './validation';

/**
 * Observations of an indicator series, typed in one by one or imported from a spreadsheet.
 *
 * Why the import is lenient about layout but strict about values: institutes export from Dutch and
 * English spreadsheets, so headers come in either language and numbers with a decimal comma or point.
 * A number is never guessed, though: "1.234" is 1234 to a Dutch reader and 1.234 to an English one, so
 * when the file itself does not tell which separator it uses (another value such as "1.234,5" or
 * "12,5" does) the row is refused as ambiguous. Every bad row is reported, with the row number the
 * user sees in the spreadsheet (the header is row 1), so one round of corrections suffices.
 */
export const OBSERVATION_NOTE_MAX = 500;

export interface ObservationInput {
  date: string;
  value: number;
  note?: string | null;
}

export interface Observation {
  /** YYYY-MM-DD. */
  date: string;
  value: number;
  note: string | null;
}

export interface ObservationOptions {
  /** Today as YYYY-MM-DD; a date more than a year after it is refused as a typo. */
  today: string;
}

/** Checks one observation: a real calendar date not beyond `today` + 1 year, a finite value, a short note. */
export function validateObservation(input: ObservationInput, options: ObservationOptions): MonitoringValidation<Observation> {
  const errors: MonitoringFieldError[] = [];
  const date = input.date.trim();
  if (!isIsoDate(date)) errors.push({ field: 'date', code: 'INVALID_DATE', message: 'Give a date that exists, written YYYY-MM-DD' });
  else if (date > addYears(options.today, 1)) {
    errors.push({ field: 'date', code: 'TOO_FAR_IN_FUTURE', message: 'Give a date at most one year from today' });
  }
  if (typeof input.value !== 'number' || !Number.isFinite(input.value)) {
    errors.push({ field: 'value', code: 'NOT_A_NUMBER', message: 'Give a number' });
  }
  const note = trimmedOrNull(input.note);
  if (note !== null && textLength(note) > OBSERVATION_NOTE_MAX) {
    errors.push({ field: 'note', code: 'TOO_LONG', message: `Use at most ${OBSERVATION_NOTE_MAX} characters` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { date, value: input.value, note } };
}

export type DecimalSeparator = ',' | '.';

export type NumberParse = { ok: true; value: number } | { ok: false; code: Extract<MonitoringErrorCode, 'NOT_A_NUMBER' | 'AMBIGUOUS_NUMBER'> };

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * A number as written in a Dutch or English spreadsheet: "1.234,5", "1234,5", "1,234.5", "1234.5",
 * "-0,75", "1 234,5". With `decimal` known, the other separator may only group thousands (in threes).
 * Without it, the text must tell by itself: both separators present (the last one is the decimal
 * one), a separator used more than once (it groups thousands), or one not followed by exactly three
 * digits (decimal). "1.234" and "1,234" do not tell, and are AMBIGUOUS_NUMBER.
 */
export function parseLocaleNumber(raw: string, decimal: DecimalSeparator | null = null): NumberParse {
  const text = raw.trim().replace(SPACES, '');
  const m = /^([+-]?)(\d[\d.,]*)$/.exec(text);
  if (!m || /[.,]$/.test(m[2])) return { ok: false, code: 'NOT_A_NUMBER' };
  const body = m[2];
  const sep = decimal ?? decimalSeparatorOf(body);
  if (sep === 'ambiguous') return { ok: false, code: 'AMBIGUOUS_NUMBER' };
  const group = sep === ',' ? '.' : ',';
  const lastDecimal = sep === null ? -1 : body.lastIndexOf(sep);
  if (sep !== null && body.indexOf(sep) !== lastDecimal) return { ok: false, code: 'NOT_A_NUMBER' };
  const intPart = lastDecimal === -1 ? body : body.slice(0, lastDecimal);
  const fraction = lastDecimal === -1 ? '' : body.slice(lastDecimal + 1);
  if (fraction.includes(group)) return { ok: false, code: 'NOT_A_NUMBER' };
  if (intPart.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart)) return { ok: false, code: 'NOT_A_NUMBER' };
  const value = Number(`${m[1]}${intPart.split(group).join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, code: 'NOT_A_NUMBER' };
}

/** The decimal separator a number's digits reveal: null for none (a whole number), or 'ambiguous'. */
function decimalSeparatorOf(body: string): DecimalSeparator | null | 'ambiguous' {
  const commas = body.split(',').length - 1;
  const points = body.split('.').length - 1;
  if (commas > 0 && points > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  if (commas === 0 && points === 0) return null;
  const sep: DecimalSeparator = commas > 0 ? ',' : '.';
  if (commas + points > 1) return sep === ',' ? '.' : ',';
  return /^\d{1,3}[.,]\d{3}$/.test(body) ? 'ambiguous' : sep;
}

/** The decimal separator a whole column reveals, or null when it reveals none or contradicts itself. */
export function inferDecimalSeparator(values: readonly string[]): DecimalSeparator | null {
  const seen = new Set<DecimalSeparator>();
  for (const raw of values) {
    const body = raw.trim().replace(SPACES, '').replace(/^[+-]/, '');
    if (!/^\d[\d.,]*$/.test(body)) continue;
    const sep = decimalSeparatorOf(body);
    if (sep === ',' || sep === '.') seen.add(sep);
  }
  return seen.size === 1 ? [...seen][0] : null;
}

/** Header names accepted for each field, in Dutch and English (compared trimmed, case-insensitively). */
export const OBSERVATION_HEADERS: Readonly<Record<'date' | 'value' | 'note', readonly string[]>> = {
  date: ['datum', 'date'],
  value: ['waarde', 'value'],
  note: ['toelichting', 'note', 'opmerking', 'notes'],
};

export interface ObservationRowError extends MonitoringFieldError {
  /** The row as the user sees it in the spreadsheet: the header is row 1, the first data row is 2. */
  row: number;
}

export interface ParseObservationRowsOptions extends ObservationOptions {
  /** The file's decimal separator when the user chose it; otherwise it is inferred from the values. */
  decimalSeparator?: DecimalSeparator;
}

export interface ParsedObservations {
  /** The rows without problems, in file order; of rows sharing a date only the first is kept. */
  observations: Observation[];
  /** Every problem of every row, in row order. */
  errors: ObservationRowError[];
}

/**
 * Imported rows (header -> cell text, as a spreadsheet reader gives them) to observations. Blank rows
 * are skipped; a missing date or value column is one error on row 1 (the header). Dates are
 * YYYY-MM-DD, or D-M-YYYY as a Dutch spreadsheet shows them.
 */
export function parseObservationRows(rows: readonly Record<string, string>[], options: ParseObservationRowsOptions): ParsedObservations {
  const errors: ObservationRowError[] = [];
  const headers = new Set(rows.flatMap((r) => Object.keys(r)));
  const columnFor = (field: keyof typeof OBSERVATION_HEADERS) =>
    [...headers].find((h) => OBSERVATION_HEADERS[field].includes(h.trim().toLowerCase())) ?? null;
  const dateCol = columnFor('date');
  const valueCol = columnFor('value');
  const noteCol = columnFor('note');
  if (!dateCol) errors.push({ row: 1, field: 'date', code: 'MISSING_COLUMN', message: 'Add a column "datum" (or "date")' });
  if (!valueCol) errors.push({ row: 1, field: 'value', code: 'MISSING_COLUMN', message: 'Add a column "waarde" (or "value")' });
  if (!dateCol || !valueCol) return { observations: [], errors };

  const decimal = options.decimalSeparator ?? inferDecimalSeparator(rows.map((r) => r[valueCol] ?? ''));
  const observations: Observation[] = [];
  const firstRowOfDate = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (Object.values(cells).every((c) => (c ?? '').trim() === '')) return;
    const rowErrors: ObservationRowError[] = [];
    const rawDate = (cells[dateCol] ?? '').trim();
    const rawValue = (cells[valueCol] ?? '').trim();
    const date = toIsoDate(rawDate);
    if (rawDate === '') rowErrors.push({ row, field: 'date', code: 'REQUIRED', message: 'Give a date' });
    else if (date === null) rowErrors.push({ row, field: 'date', code: 'INVALID_DATE', message: `"${rawDate}" is not a date (write YYYY-MM-DD)` });
    let value = Number.NaN;
    if (rawValue === '') rowErrors.push({ row, field: 'value', code: 'REQUIRED', message: 'Give a value' });
    else {
      const parsed = parseLocaleNumber(rawValue, decimal);
      if (parsed.ok) value = parsed.value;
      else if (parsed.code === 'AMBIGUOUS_NUMBER') {
        rowErrors.push({ row, field: 'value', code: 'AMBIGUOUS_NUMBER', message: `"${rawValue}" can be read two ways; write it without a thousands separator` });
      } else rowErrors.push({ row, field: 'value', code: 'NOT_A_NUMBER', message: `"${rawValue}" is not a number` });
    }
    if (date !== null) {
      const first = firstRowOfDate.get(date);
      if (first !== undefined) rowErrors.push({ row, field: 'date', code: 'DUPLICATE', message: `${date} is also on row ${first}` });
      else firstRowOfDate.set(date, row);
    }
    // The remaining checks (future date, note length) are validateObservation's; a value that did not
    // parse is passed as 0 so they still run, and its error is already on the list.
    const checked = validateObservation({ date: date ?? '', value: Number.isFinite(value) ? value : 0, note: noteCol ? cells[noteCol] : null }, options);
    if (!checked.ok) rowErrors.push(...checked.errors.filter((e) => e.field !== 'date' || date !== null).map((e) => ({ row, ...e })));
    if (rowErrors.length === 0 && checked.ok) observations.push(checked.value);
    errors.push(...rowErrors);
  });
  return { observations, errors };
}

/** YYYY-MM-DD as is, D-M-YYYY (Dutch) rewritten; null when neither or not a real date. */
function toIsoDate(text: string): string | null {
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
