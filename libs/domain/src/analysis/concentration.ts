import type { AnalysisMaterial, AnalysisSupplyLink, AnalysisSupplyScope, AnalysisSupplyStage } from './analysis-types';

/** Concentration bands of the Dutch government letter on value-chain vulnerabilities. */
export type ConcentrationBand = 'UNCONCENTRATED' | 'MODERATE' | 'HIGH';

/** HHI from which a supply counts as moderately concentrated (inclusive). */
export const HHI_MODERATE_FROM = 0.15;
/** HHI above which a supply counts as highly concentrated. */
export const HHI_HIGH_ABOVE = 0.25;

const SHARE_TOLERANCE = 1e-9;

function assertShare(share: number, where: string): void {
  if (!Number.isFinite(share) || share < 0 || share > 1 + SHARE_TOLERANCE) {
    throw new RangeError(`${where}: share ${share} is not a fraction between 0 and 1`);
  }
}

/**
 * Herfindahl-Hirschman index: the sum of squared shares, shares as fractions (0..1).
 * Strict: every share must be a fraction and together they may not exceed 1.
 * @example hhi([0.5, 0.35, 0.15]) // 0.395
 */
export function hhi(shares: readonly number[]): number {
  let sum = 0;
  let squares = 0;
  for (const share of shares) {
    assertShare(share, 'hhi');
    sum += share;
    squares += share * share;
  }
  if (sum > 1 + 1e-6) throw new RangeError(`hhi: shares add up to ${sum}, more than 1`);
  return squares;
}

/** The same index on the 0..10,000 scale (shares in percent). */
export function hhiPoints(hhiValue: number): number {
  return hhiValue * 10_000;
}

/** Band of an HHI (0..1): < 0.15 unconcentrated, 0.15-0.25 moderate, > 0.25 high. */
export function concentrationBand(hhiValue: number): ConcentrationBand {
  if (hhiValue > HHI_HIGH_ABOVE) return 'HIGH';
  if (hhiValue >= HHI_MODERATE_FROM) return 'MODERATE';
  return 'UNCONCENTRATED';
}

/**
 * One party of a supply: a country, or a supplier. Parties with the same key are added up before
 * squaring (e.g. two suppliers in one country); a `null` key is a party of unknown identity that stays
 * on its own.
 */
export interface ShareParty {
  key: string | null;
  /** Fraction 0..1; `null` when the share is not on record. */
  share: number | null;
  /** The share is an upper bound (printed as "<0.1%"): the true share lies between 0 and `share`. */
  upperBound?: boolean;
}

/** A party's share after grouping, with whether it rests on an assumption. */
export interface GroupShare {
  key: string | null;
  share: number;
  /** Part of the share is an equal split of the remainder among parties without a share on record. */
  estimated: boolean;
}

/** Concentration of one supply, with the assumptions that went into it. */
export interface ConcentrationResult {
  /**
   * Plain HHI, 0..1: the sum of the squared shares as published (JRC method; rules in
   * {@link concentration}), not divided by their sum where the shares add up to more than 1.
   */
  hhi: number;
  /**
   * Normalised HHI: the same after dividing every share by their sum where that exceeds 1 (rounding and
   * upper bounds in the source); equal to `hhi` when the shares add up to 1 or less.
   */
  hhiNormalised: number;
  hhiPoints: number;
  band: ConcentrationBand;
  /** Highest HHI the data allows: the whole remainder in the one party where it weighs most. */
  hhiUpper: number;
  bandUpper: ConcentrationBand;
  /** Shares per key after grouping, largest first. */
  shares: GroupShare[];
  /** Part of the supply with a share on record (upper bounds counted at their bound), 0..1. */
  coverage: number;
  /** Remainder that no party claims; the estimate treats it as spread thinly over many others. */
  unattributedShare: number;
  partiesWithoutShare: number;
  upperBoundParties: number;
  /** When the shares on record added up to more than 1: that sum (`hhiNormalised` divides every share by it). */
  rescaledFrom: number | null;
}

/**
 * Concentration of a supply given as parties with shares, handling imperfect data openly:
 * - shares on record are used as given (the plain HHI of the JRC method); an upper-bound share counts
 *   at its bound (never more);
 * - if the shares on record add up to more than 1, `hhiNormalised` divides them by their sum
 *   (`rescaledFrom`); `hhi` and `shares` keep them as given;
 * - the remainder (1 - sum) is split equally among the parties without a share on record; with no
 *   such party it stays unattributed and counts as dispersed (adds nothing), like "others" in the
 *   published country tables;
 * - `hhiUpper` puts the whole remainder in one party instead (the largest one that may take it),
 *   so the true HHI lies between `hhi` and `hhiUpper` as far as the data tells.
 * A single party without a share therefore has the whole supply (HHI 1). Returns `null` for no parties.
 */
export function concentration(parties: readonly ShareParty[]): ConcentrationResult | null {
  if (parties.length === 0) return null;
  let given = 0;
  let withoutShare = 0;
  let upperBounds = 0;
  for (const party of parties) {
    if (party.share === null) {
      withoutShare++;
      continue;
    }
    assertShare(party.share, `concentration of ${party.key ?? 'an unnamed party'}`);
    given += party.share;
    if (party.upperBound) upperBounds++;
  }
  const rescaledFrom = given > 1 + 1e-6 ? given : null;
  const remainder = Math.max(0, 1 - given);
  const perUnknown = withoutShare > 0 ? remainder / withoutShare : 0;

  // Group by key; null keys each form their own group.
  const known = new Map<string | null | number, { key: string | null; fixed: number; unknownParties: number }>();
  let anonymous = 0;
  for (const party of parties) {
    const groupKey = party.key ?? anonymous++;
    let group = known.get(groupKey);
    if (!group) {
      group = { key: party.key, fixed: 0, unknownParties: 0 };
      known.set(groupKey, group);
    }
    if (party.share === null) group.unknownParties++;
    else group.fixed += party.share;
  }

  let estimate = 0;
  const shares: GroupShare[] = [];
  let upperBase = 0;
  let upperTarget = -1;
  for (const group of known.values()) {
    const share = group.fixed + group.unknownParties * perUnknown;
    estimate += share * share;
    shares.push({ key: group.key, share, estimated: group.unknownParties > 0 && perUnknown > 0 });
    upperBase += group.fixed * group.fixed;
    // The remainder may go to a party without a share, or (when all have one) to any party.
    const mayTakeRemainder = withoutShare > 0 ? group.unknownParties > 0 : true;
    if (mayTakeRemainder && group.fixed > upperTarget) upperTarget = group.fixed;
  }
  // Shares over 1 in total leave no remainder, so the estimate is the plain sum of squares; divided by
  // the total squared it is the normalised one.
  const normalised = rescaledFrom === null ? estimate : estimate / (rescaledFrom * rescaledFrom);
  // An index of 1 means a single supplier; only a share of (nearly) 1 printed beside others can pass it.
  estimate = Math.min(1, estimate);
  const upper = upperBase - upperTarget * upperTarget + (upperTarget + remainder) * (upperTarget + remainder);
  shares.sort((a, b) => b.share - a.share);
  return {
    hhi: estimate,
    hhiNormalised: normalised,
    hhiPoints: hhiPoints(estimate),
    band: concentrationBand(estimate),
    hhiUpper: Math.min(1, Math.max(estimate, upper)),
    bandUpper: concentrationBand(Math.min(1, Math.max(estimate, upper))),
    shares,
    coverage: Math.min(1, given),
    unattributedShare: withoutShare > 0 ? 0 : remainder,
    partiesWithoutShare: withoutShare,
    upperBoundParties: upperBounds,
    rescaledFrom,
  };
}

/** Concentration of a material's supply over countries, for one stage and scope (null: no rows). */
export function materialConcentration(
  material: AnalysisMaterial,
  stage: AnalysisSupplyStage,
  scope: AnalysisSupplyScope = 'GLOBAL',
): ConcentrationResult | null {
  const parties: ShareParty[] = [];
  for (const supply of material.supplies) {
    if (supply.stage === stage && supply.scope === scope) {
      parties.push({ key: supply.country, share: supply.share, upperBound: supply.shareIsUpperBound });
    }
  }
  return concentration(parties);
}

/**
 * Concentration of an item's supply over supplier countries: supply-link shares are added up per
 * country first; a link without a country is a party of its own (it may be anywhere).
 */
export function supplierCountryConcentration(links: readonly AnalysisSupplyLink[]): ConcentrationResult | null {
  return concentration(links.map((link) => ({ key: link.country, share: link.share })));
}
