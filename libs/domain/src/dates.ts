import { badInput } from './errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD ("2023-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A YYYY-MM-DD date, or BAD_USER_INPUT on `field`. */
export function assertIsoDate(value: string, field: string): string {
  const text = value.trim();
  if (!isIsoDate(text)) throw badInput(field, `${field} must be a date written YYYY-MM-DD, such as 2023-08-01, got "${value}"`);
  return text;
}
