/**
 * A share as printed in the EU CRM tables, as a fraction 0..1.
 * - `62.8%` -> 0.628, exact to the printed digits; `rounding` is half the last printed digit (0.0005).
 * - `<0.1%` -> 0.001 with `isUpperBound: true`: we store the bound itself, so sums over a material stay
 *   an upper bound and nothing is invented; the true value lies in [0, 0.001). `rounding` is 0.
 * - `-` (or an en dash) -> null: not given.
 * - a bare number such as `6` is ambiguous (6% or 6?) and refused, unless the caller knows the column
 *   holds percentages and passes `bareNumber: 'percent'`; the result then says it assumed so.
 */
export type ShareParse =
  | { ok: true; share: number; isUpperBound: boolean; rounding: number; assumedPercent: boolean }
  | { ok: true; share: null; isUpperBound: false; rounding: 0; assumedPercent: false }
  | { ok: false; reason: string };

export interface ParseShareOptions {
  bareNumber?: 'reject' | 'percent';
}

const PERCENT = /^(<)?\s*(\d+(?:\.(\d+))?)\s*%$/;
const BARE = /^(\d+(?:\.(\d+))?)$/;

export function parseShare(raw: string, options: ParseShareOptions = {}): ShareParse {
  const text = raw.trim();
  if (text === '-' || text === '–') return { ok: true, share: null, isUpperBound: false, rounding: 0, assumedPercent: false };
  if (text === '') return { ok: false, reason: 'empty share' };

  let digits: string;
  let decimals: string | undefined;
  let isUpperBound = false;
  let assumedPercent = false;
  const pct = PERCENT.exec(text);
  if (pct) {
    isUpperBound = pct[1] === '<';
    digits = pct[2];
    decimals = pct[3];
  } else {
    const bare = BARE.exec(text);
    if (!bare) return { ok: false, reason: `share '${raw}' is not a percentage` };
    if (options.bareNumber !== 'percent') return { ok: false, reason: `share '${raw}' has no percent sign` };
    digits = bare[1];
    decimals = bare[2];
    assumedPercent = true;
  }
  // Shifting the exponent in the string keeps 62.8% at exactly the double nearest 0.628.
  const share = Number(`${digits}e-2`);
  if (share > 1) return { ok: false, reason: `share '${raw}' is above 100%` };
  const rounding = isUpperBound ? 0 : Number(`5e-${(decimals?.length ?? 0) + 3}`);
  return { ok: true, share, isUpperBound, rounding, assumedPercent };
}
