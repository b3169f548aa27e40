import { badInput } from '../errors';
import { currentCountryCode, isCurrentCountryCode } from '../materials/countries';

/**
 * True for a current ISO 3166-1 alpha-2 code (upper case; XK for Kosovo), e.g. "NL"; false for "XX", "nl"
 * and obsolete codes such as DD or UK (ISO 3166 through `i18n-iso-countries`, see materials/countries).
 */
export function isIsoCountryCode(code: string): boolean {
  return isCurrentCountryCode(code);
}

/** Shares are fractions of a whole; rounding in published data is allowed for up to this much over 1. */
export const SHARE_TOLERANCE = 0.005;

/** A share must be a fraction 0..1 (62% is 0.62); anything else is an error on `field`. */
export function assertShare(value: number | null | undefined, field: string): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw badInput(field, `${field} must be a fraction from 0 to 1 (62% is 0.62), got ${value}`);
  }
}

/** Shares of one item's supply, or of one material's stage, may not add up to more than 100%. */
export function assertShareTotal(shares: readonly (number | null)[], field: string, what: string): void {
  const total = shares.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  if (total > 1 + SHARE_TOLERANCE) {
    throw badInput(field, `the shares of ${what} would add up to ${formatPercent(total)}, more than 100%`);
  }
}

export function assertCountry(code: string | null | undefined, field: string): void {
  if (code === null || code === undefined) return;
  if (isIsoCountryCode(code)) return;
  const current = /^[A-Z]{2}$/.test(code) ? currentCountryCode(code) : null;
  if (current) throw badInput(field, `${field}: "${code}" is an obsolete country code; use ${current}`);
  throw badInput(field, `${field} must be an ISO 3166-1 alpha-2 country code such as NL or CN, got "${code}"`);
}

export function assertNonNegative(value: number | null | undefined, field: string): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0) throw badInput(field, `${field} may not be negative, got ${value}`);
}

export function assertText(value: string | null | undefined, field: string, max = 300): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, `${field} may not be empty`);
  if (text.length > max) throw badInput(field, `${field} may be at most ${max} characters`);
  return text;
}

export const formatPercent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

// Dates are checked the same way everywhere (export restrictions, monitoring, imports).
export { assertIsoDate, isIsoDate } from '../dates';
