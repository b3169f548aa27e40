import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertCountry, assertShare, assertShareTotal, isIsoCountryCode } from './chain-validation';

describe('chain validation', () => {
  it.each([
    ['NL', true],
    ['CN', true],
    ['CD', true],
    ['XX', false],
    ['nl', false],
    ['NLD', false],
    ['EU', false],
  ])('isIsoCountryCode(%s) is %s', (code, expected) => {
    expect(isIsoCountryCode(code)).toBe(expected);
  });

  it.each([-0.01, 1.01, 62, Number.NaN])('rejects share %s as a field error on that field', (share) => {
    try {
      assertShare(share, 'share');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'share' });
    }
  });

  it.each([0, 0.5, 1, null])('accepts share %s', (share) => {
    expect(() => assertShare(share, 'share')).not.toThrow();
  });

  it('refuses shares that add up to more than 100%, saying by how much', () => {
    expect(() => assertShareTotal([0.6, 0.5], 'share', "this item's supply links")).toThrow(
      "the shares of this item's supply links would add up to 110%, more than 100%",
    );
  });

  it('allows published rounding up to half a percent over 100% and treats unknown shares as 0', () => {
    expect(() => assertShareTotal([0.504, 0.5, null], 'share', 'x')).not.toThrow();
  });

  it('names the field for a made-up country code', () => {
    expect(() => assertCountry('XX', 'country')).toThrow(/country must be an ISO 3166-1 alpha-2 country code/);
  });
});
