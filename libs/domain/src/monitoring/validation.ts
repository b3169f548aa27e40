import { isIsoDate } from '../chain/chain-validation';

/**
 * The shape every monitoring validator answers with. Monitoring input arrives in batches (a series
 * form, an imported spreadsheet, a disruption report with a dozen fields), so the validators collect
 * every problem instead of throwing on the first one: the form can mark all fields at once and an
 * import report can list all bad rows. The API turns a failed result into one BAD_USER_INPUT whose
 * details carry the list.
 */
export const MONITORING_ERROR_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'NOT_ALLOWED',
  'UNKNOWN_VALUE',
  'INVALID_DATE',
  'TOO_FAR_IN_FUTURE',
  'IN_FUTURE',
  'NOT_A_NUMBER',
  'AMBIGUOUS_NUMBER',
  'OUT_OF_RANGE',
  'DUPLICATE',
  'MISSING_COLUMN',
] as const;
export type MonitoringErrorCode = (typeof MONITORING_ERROR_CODES)[number];

export interface MonitoringFieldError {
  field: string;
  code: MonitoringErrorCode;
  message: string;
}

export type MonitoringValidation<T> = { ok: true; value: T } | { ok: false; errors: MonitoringFieldError[] };

/** Characters as a person counts them (an emoji or an accented letter is one). */
export const textLength = (s: string): number => [...s].length;

/** Trimmed text, or null when empty or not given. */
export function trimmedOrNull(value: string | null | undefined): string | null {
  if (value == null) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (which the caller has checked). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The same calendar day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const candidate = `${String(y).padStart(4, '0')}-${md}`;
  return isIsoDate(candidate) ? candidate : `${String(y).padStart(4, '0')}-02-28`;
}
