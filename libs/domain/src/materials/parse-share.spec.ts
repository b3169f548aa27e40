import { describe, expect, it } from 'vitest';
import { parseShare } from './parse-share';

describe('parseShare', () => {
  it.each([
    ['62.8%', 0.628, false, 0.0005],
    ['100.0%', 1, false, 0.0005],
    ['4%', 0.04, false, 0.005],
    ['0.7%', 0.007, false, 0.0005],
    [' 33 % ', 0.33, false, 0.005],
    ['0%', 0, false, 0.005],
    // '<x%' keeps the bound x itself and flags it: the true share lies in [0, x).
    ['<0.1%', 0.001, true, 0],
    ['<1%', 0.01, true, 0],
    ['< 0.1%', 0.001, true, 0],
  ])('reads %s as %s (upper bound: %s, rounding %s)', (raw, share, isUpperBound, rounding) => {
    expect(parseShare(raw)).toEqual({ ok: true, share, isUpperBound, rounding, assumedPercent: false });
  });

  it.each(['-', '–', ' - '])('reads %s as not given', (raw) => {
    expect(parseShare(raw)).toEqual({ ok: true, share: null, isUpperBound: false, rounding: 0, assumedPercent: false });
  });

  it.each([
    ['', 'empty share'],
    ['6', "share '6' has no percent sign"],
    ['abc', "share 'abc' is not a percentage"],
    ['0,5%', "share '0,5%' is not a percentage"],
    ['-3%', "share '-3%' is not a percentage"],
    ['>5%', "share '>5%' is not a percentage"],
    ['100.1%', "share '100.1%' is above 100%"],
  ])('refuses %j: %s', (raw, reason) => {
    expect(parseShare(raw)).toEqual({ ok: false, reason });
  });

  it('reads a bare number as percent only when the caller says the column holds percentages, and says so', () => {
    expect(parseShare('6', { bareNumber: 'percent' })).toEqual({
      ok: true,
      share: 0.06,
      isUpperBound: false,
      rounding: 0.005,
      assumedPercent: true,
    });
  });
});
