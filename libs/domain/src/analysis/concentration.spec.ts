import { describe, expect, it } from 'vitest';
import { concentration, concentrationBand, hhi, hhiPoints, materialConcentration, type ShareParty, supplierCountryConcentration } from './concentration';
import { link, material } from './testing/hand-checked-graph';

describe('hhi', () => {
  it.each([
    { case: 'the BHOS letter example 50/35/15', shares: [0.5, 0.35, 0.15], expected: 0.395, points: 3950, band: 'HIGH' },
    { case: 'a monopoly', shares: [1], expected: 1, points: 10_000, band: 'HIGH' },
    { case: 'ten equal suppliers', shares: Array(10).fill(0.1), expected: 0.1, points: 1000, band: 'UNCONCENTRATED' },
    { case: 'five equal suppliers', shares: Array(5).fill(0.2), expected: 0.2, points: 2000, band: 'MODERATE' },
    { case: 'no supply', shares: [], expected: 0, points: 0, band: 'UNCONCENTRATED' },
  ])('is $expected for $case', ({ shares, expected, points, band }) => {
    const value = hhi(shares);
    expect(value).toBeCloseTo(expected, 12);
    expect(hhiPoints(value)).toBeCloseTo(points, 6);
    expect(concentrationBand(value)).toBe(band);
  });

  it.each([
    { hhi: 0.1499, band: 'UNCONCENTRATED' },
    { hhi: 0.15, band: 'MODERATE' },
    { hhi: 0.25, band: 'MODERATE' },
    { hhi: 0.2501, band: 'HIGH' },
  ])('puts $hhi in band $band', ({ hhi: value, band }) => {
    expect(concentrationBand(value)).toBe(band);
  });

  it('refuses shares given in percent', () => {
    expect(() => hhi([50, 35, 15])).toThrow(RangeError);
  });

  it('refuses shares that add up to more than 1', () => {
    expect(() => hhi([0.6, 0.6])).toThrow(/add up to 1.2/);
  });
});

describe('concentration', () => {
  const cases: { case: string; parties: ShareParty[]; hhi: number; hhiUpper: number; coverage: number; unattributed: number }[] = [
    {
      case: 'adds up parties with the same key before squaring',
      parties: [{ key: 'NL', share: 0.3 }, { key: 'NL', share: 0.2 }, { key: 'CN', share: 0.5 }],
      hhi: 0.5, // 0.5^2 + 0.5^2
      hhiUpper: 0.5,
      coverage: 1,
      unattributed: 0,
    },
    {
      case: 'splits the remainder equally among parties without a share',
      parties: [{ key: 'CN', share: 0.6 }, { key: 'US', share: null }, { key: 'DE', share: null }],
      hhi: 0.44, // 0.36 + 0.2^2 + 0.2^2
      hhiUpper: 0.52, // 0.36 + 0.4^2
      coverage: 0.6,
      unattributed: 0,
    },
    {
      case: 'gives a single party without a share the whole supply',
      parties: [{ key: 'CN', share: null }],
      hhi: 1,
      hhiUpper: 1,
      coverage: 0,
      unattributed: 0,
    },
    {
      case: 'treats an unclaimed remainder as dispersed, with the worst case in the largest party',
      parties: [{ key: 'CN', share: 0.5 }, { key: 'US', share: 0.2 }],
      hhi: 0.29, // 0.25 + 0.04
      hhiUpper: 0.68, // (0.5 + 0.3)^2 + 0.04
      coverage: 0.7,
      unattributed: 0.3,
    },
    {
      case: 'counts an upper-bound share at its bound',
      parties: [{ key: 'CN', share: 0.9 }, { key: 'US', share: 0.001, upperBound: true }],
      hhi: 0.810001,
      hhiUpper: 0.998002, // (0.9 + 0.099)^2 + 0.001^2
      coverage: 0.901,
      unattributed: 0.099,
    },
    {
      case: 'keeps shares that add up to more than 1 as given (plain HHI)',
      parties: [{ key: 'CN', share: 0.8 }, { key: 'US', share: 0.4 }],
      hhi: 0.8, // 0.64 + 0.16
      hhiUpper: 0.8,
      coverage: 1,
      unattributed: 0,
    },
    {
      case: 'keeps a zero share as a party that adds nothing',
      parties: [{ key: 'DE', share: 1 }, { key: 'FR', share: 0 }],
      hhi: 1,
      hhiUpper: 1,
      coverage: 1,
      unattributed: 0,
    },
    {
      case: 'keeps parties of unknown identity apart',
      parties: [{ key: null, share: 0.5 }, { key: null, share: 0.5 }],
      hhi: 0.5,
      hhiUpper: 0.5,
      coverage: 1,
      unattributed: 0,
    },
  ];
  it.each(cases)('$case', ({ parties, hhi: expected, hhiUpper, coverage, unattributed }) => {
    const result = concentration(parties)!;
    expect(result.hhi).toBeCloseTo(expected, 9);
    expect(result.hhiUpper).toBeCloseTo(hhiUpper, 9);
    expect(result.coverage).toBeCloseTo(coverage, 9);
    expect(result.unattributedShare).toBeCloseTo(unattributed, 9);
  });

  it('reports the assumptions it made', () => {
    const result = concentration([
      { key: 'CN', share: 0.8 },
      { key: 'US', share: 0.4 },
      { key: 'DE', share: null },
      { key: 'JP', share: 0.001, upperBound: true },
    ])!;
    expect(result.rescaledFrom).toBeCloseTo(1.201, 9);
    // Plain: 0.64 + 0.16 + 0.000001; normalised: the same divided by 1.201^2.
    expect(result.hhi).toBeCloseTo(0.800001, 12);
    expect(result.hhiNormalised).toBeCloseTo(0.800001 / 1.201 ** 2, 12);
    expect(result.partiesWithoutShare).toBe(1);
    expect(result.upperBoundParties).toBe(1);
    expect(result.shares.find((s) => s.key === 'DE')).toEqual({ key: 'DE', share: 0, estimated: false });
  });

  it('gives the normalised HHI equal to the plain one when the shares add up to 1 or less', () => {
    const result = concentration([{ key: 'CN', share: 0.6 }, { key: 'US', share: 0.3 }])!;
    expect(result.hhi).toBeCloseTo(0.45, 12);
    expect(result.hhiNormalised).toBe(result.hhi);
    expect(result.rescaledFrom).toBeNull();
  });

  it('marks shares that rest on the equal split as estimated', () => {
    const result = concentration([{ key: 'CN', share: 0.6 }, { key: 'US', share: null }])!;
    expect(result.shares).toEqual([
      { key: 'CN', share: 0.6, estimated: false },
      { key: 'US', share: expect.closeTo(0.4, 12), estimated: true },
    ]);
    expect(result.band).toBe('HIGH');
  });

  it('returns null without parties', () => {
    expect(concentration([])).toBeNull();
  });

  it('refuses a negative share', () => {
    expect(() => concentration([{ key: 'CN', share: -0.1 }])).toThrow(RangeError);
  });
});

describe('supplierCountryConcentration', () => {
  it('adds up supply-link shares per country first', () => {
    const result = supplierCountryConcentration([
      link('a', 'I', { country: 'NL', share: 0.3 }),
      link('b', 'I', { country: 'NL', share: 0.3 }),
      link('c', 'I', { country: 'CN', share: 0.4 }),
    ])!;
    expect(result.hhi).toBeCloseTo(0.52, 12); // 0.6^2 + 0.4^2
    expect(result.shares.map((s) => [s.key, s.share])).toEqual([
      ['NL', 0.6],
      ['CN', 0.4],
    ]);
  });
});

describe('materialConcentration', () => {
  const gallium = material('Ga', {
    supplies: [
      { stage: 'PROCESSING', scope: 'GLOBAL', country: 'CN', share: 0.938, t: 1.1 },
      { stage: 'PROCESSING', scope: 'GLOBAL', country: 'JP', share: 0.031, t: 1 },
      { stage: 'PROCESSING', scope: 'EU_SOURCING', country: 'CN', share: 0.69, t: 1.1 },
      { stage: 'PROCESSING', scope: 'EU_SOURCING', country: 'DE', share: 0.31, t: 0.8 },
    ],
  });

  it.each([
    { scope: 'GLOBAL' as const, expected: 0.938 ** 2 + 0.031 ** 2 },
    { scope: 'EU_SOURCING' as const, expected: 0.69 ** 2 + 0.31 ** 2 },
  ])('uses only the rows of the stage and scope ($scope)', ({ scope, expected }) => {
    expect(materialConcentration(gallium, 'PROCESSING', scope)!.hhi).toBeCloseTo(expected, 12);
  });

  it('returns null for a stage without rows', () => {
    expect(materialConcentration(gallium, 'EXTRACTION')).toBeNull();
  });
});
