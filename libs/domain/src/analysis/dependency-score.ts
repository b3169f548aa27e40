import type { AnalysisSupplyStage } from './analysis-types';

/** The factors of a dependency score, the same for every kind of dependency. */
export type ScoreFactorKey = 'concentration' | 'singleSource' | 'stockCoverage' | 'exportRestriction' | 'supplyRisk';

/**
 * Weights of the score factors (sum 1). Concentration and single sourcing weigh most: they are
 * the structural weak links the government letter names; stock coverage is what buys time;
 * export restrictions are an event already on record; supply risk is the EU's own material score
 * and overlaps with concentration, so it weighs least.
 */
export const SCORE_WEIGHTS: Readonly<Record<ScoreFactorKey, number>> = {
  concentration: 0.3,
  singleSource: 0.25,
  stockCoverage: 0.2,
  exportRestriction: 0.15,
  supplyRisk: 0.1,
};

export const SCORE_FACTOR_KEYS: readonly ScoreFactorKey[] = ['concentration', 'singleSource', 'stockCoverage', 'exportRestriction', 'supplyRisk'];

/** Where a factor's value comes from, so the UI can point at it. */
export interface FactorSource {
  itemId?: string;
  materialId?: string;
  country?: string;
  stage?: AnalysisSupplyStage;
  linkId?: string;
}

/**
 * One factor's value before weighting; `normalized: null` means no data for it. There is no
 * prose here on purpose: the UI words each factor in the user's language from key, raw and source.
 */
export interface FactorInput {
  /** The value in its own unit (an HHI or share, a share of the quantity exposed, a supply risk). */
  raw: number | null;
  /** 0..1, higher = riskier; `null` when the factor has no data for this dependency. */
  normalized: number | null;
  /** The item, material, country (and stage, supply link) the value comes from. */
  source: FactorSource | null;
}

export interface ScoreFactor extends FactorInput {
  key: ScoreFactorKey;
  available: boolean;
  /** Nominal weight from {@link SCORE_WEIGHTS}. */
  weight: number;
  /** Weight after leaving out factors without data (sums to 1 over available factors). */
  effectiveWeight: number;
  /** Points this factor adds to the 0-100 score; contributions sum to the score. */
  contribution: number;
}

export interface DependencyScore {
  /** 0-100; `null` when no factor has data. */
  value: number | null;
  /** Sum of the nominal weights of the factors with data (1 = all factors known). */
  coverage: number;
  factors: ScoreFactor[];
}

// A factor without data is the same for every dependency: share one frozen object per key.
const NO_DATA = Object.fromEntries(
  SCORE_FACTOR_KEYS.map((key) => [
    key,
    Object.freeze({ key, raw: null, normalized: null, source: null, available: false, weight: SCORE_WEIGHTS[key], effectiveWeight: 0, contribution: 0 }),
  ]),
) as Record<ScoreFactorKey, ScoreFactor>;

/** A factor with its nominal weight; `combineFactors` fills in effective weight and contribution. */
export function scoreFactor(key: ScoreFactorKey, raw: number | null, normalized: number | null, source: FactorSource | null): ScoreFactor {
  if (normalized === null && raw === null && source === null) return NO_DATA[key];
  if (normalized !== null && (!Number.isFinite(normalized) || normalized < 0 || normalized > 1 + 1e-9)) {
    throw new RangeError(`Score factor ${key}: normalized value ${normalized} is outside 0..1`);
  }
  return {
    key,
    raw,
    normalized: normalized === null ? null : Math.min(1, normalized),
    source,
    available: normalized !== null,
    weight: SCORE_WEIGHTS[key],
    effectiveWeight: 0,
    contribution: 0,
  };
}

/**
 * Weighted sum of normalized factors on 0-100 (fills in each factor's effective weight and
 * contribution). Factors without data are left out and the other weights scaled up, so a gap in
 * the data neither hides a risk nor invents one; `coverage` says how much of the score had data.
 */
export function combineFactors(factors: ScoreFactor[]): DependencyScore {
  let coverage = 0;
  for (const f of factors) if (f.available) coverage += f.weight;
  let value = 0;
  for (const f of factors) {
    if (!f.available) continue;
    f.effectiveWeight = f.weight / coverage;
    f.contribution = 100 * f.effectiveWeight * f.normalized!;
    value += f.contribution;
  }
  return { value: coverage > 0 ? value : null, coverage, factors };
}

/** Scores a dependency from its five factors; see {@link combineFactors}. */
export function scoreDependency(inputs: Readonly<Record<ScoreFactorKey, FactorInput>>): DependencyScore {
  return combineFactors(SCORE_FACTOR_KEYS.map((key) => scoreFactor(key, inputs[key].raw, inputs[key].normalized, inputs[key].source)));
}
