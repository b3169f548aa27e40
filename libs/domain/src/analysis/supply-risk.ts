import type { AnalysisMaterial, AnalysisMaterialSupply, GovernanceIndex, AnalysisSupplyScope, AnalysisSupplyStage } from './analysis-types';

/** Inputs of the EU (JRC) supply-risk formula, as reported in `inputsUsed` / `inputsMissing`. */
export type SupplyRiskInput =
  | 'GLOBAL_SUPPLY'
  | 'EU_SOURCING'
  | 'WGI'
  | 'TRADE_FACTOR_T'
  | 'IMPORT_RELIANCE'
  | 'EOL_RIR'
  | 'SUBSTITUTION_INDEX';

/**
 * - `JRC_SR`: the full formula, every input present.
 * - `JRC_SR_PARTIAL`: governance-weighted (same 0..10-ish scale as published SR values), some other
 *   input missing and left out.
 * - `UNWEIGHTED_SR`: no governance data, so the HHIs are not weighted by WGI; the value is on a 0..1
 *   scale and not comparable with published SR values (the EU threshold SR >= 1 does not apply).
 * - `NO_DATA`: no supply shares for any stage.
 */
export type SupplyRiskMethod = 'JRC_SR' | 'JRC_SR_PARTIAL' | 'UNWEIGHTED_SR' | 'NO_DATA';

/** How the global and EU-sourcing HHIs of a stage were combined. */
export type SupplyRiskBlend = 'IR_WEIGHTED' | 'IR_UPPER_BOUND' | 'GLOBAL_ONLY' | 'EU_ONLY';

export interface StageSupplyRisk {
  stage: AnalysisSupplyStage;
  /** Supply risk of this stage, `null` when the stage has no supply shares. */
  value: number | null;
  /** HHI of global supply (weighted by WGI and t where used). */
  hhiGlobal: number | null;
  /** HHI of EU sourcing (weighted by WGI and t where used). */
  hhiEu: number | null;
  blend: SupplyRiskBlend | null;
}

export interface SupplyRiskResult {
  /** Supply risk of the worse stage; `null` without any supply shares. */
  value: number | null;
  /** The stage that counts (the worse one). */
  stage: AnalysisSupplyStage | null;
  inputsUsed: SupplyRiskInput[];
  inputsMissing: SupplyRiskInput[];
  method: SupplyRiskMethod;
  /** Nominal maximum of `value` for this method (10 governance-weighted, 1 unweighted; t > 1 may exceed it). */
  scaleMax: number;
  stages: StageSupplyRisk[];
  /** Plain-language notes on every fallback taken. */
  notes: string[];
}

const STAGES: readonly AnalysisSupplyStage[] = ['EXTRACTION', 'PROCESSING'];

function rowsOf(material: AnalysisMaterial, stage: AnalysisSupplyStage, scope: AnalysisSupplyScope): AnalysisMaterialSupply[] {
  return material.supplies.filter((s) => s.stage === stage && s.scope === scope && s.share > 0);
}

/**
 * sum_c share_c^2 * WGI_c * t_c, shares added up per country and used as published (the JRC method
 * does not divide them by their sum where rounding or upper bounds take it past 1).
 */
function weightedHhi(
  rows: readonly AnalysisMaterialSupply[],
  governance: GovernanceIndex | undefined,
  useWgi: boolean,
  useT: boolean,
): number {
  const byCountry = new Map<string, { share: number; t: number | null }>();
  for (const row of rows) {
    const entry = byCountry.get(row.country);
    if (entry) entry.share += row.share;
    else byCountry.set(row.country, { share: row.share, t: row.t });
  }
  let sum = 0;
  for (const [country, { share: s, t }] of byCountry) {
    sum += s * s * (useWgi ? governance![country]! : 1) * (useT ? t! : 1);
  }
  return sum;
}

function checkFraction(value: number | null, what: string): void {
  if (value !== null && (!Number.isFinite(value) || value < 0 || value > 1)) {
    throw new RangeError(`${what} ${value} is not a fraction between 0 and 1`);
  }
}

/**
 * Supply risk of a material after the EU (JRC) CRM methodology:
 * SR = [HHI_WGI,GS * IR/2 + HHI_WGI,EU * (1 - IR/2)] * (1 - EoL_RIR) * SI_SR,
 * HHI_WGI,t = sum_c share_c^2 * WGI_c * t_c, computed per stage; the worse stage counts.
 *
 * Missing inputs are reported, never invented:
 * - WGI is used only when every country with a share has a governance value (a mixed HHI would
 *   mix scales); otherwise the HHIs are unweighted (`UNWEIGHTED_SR`).
 * - t is used only when every row with a share has one; otherwise it is left out.
 * - IR unknown with both scopes present: the highest value the formula can take for IR in [0, 1],
 *   max(HHI_EU, (HHI_GS + HHI_EU) / 2).
 * - Only one scope present: that scope's HHI alone (IR cannot be applied).
 * - EoL-RIR or SI unknown: that factor is left out (as if no recycling / no substitute), the
 *   cautious reading.
 */
export function supplyRisk(material: AnalysisMaterial, governance?: GovernanceIndex): SupplyRiskResult {
  const { importReliance: ir, eolRecyclingRate: eol, substitutionIndex: si } = material;
  checkFraction(ir, `${material.symbol}: import reliance`);
  checkFraction(eol, `${material.symbol}: end-of-life recycling input rate`);
  if (si !== null && (!Number.isFinite(si) || si < 0)) throw new RangeError(`${material.symbol}: substitution index ${si} is negative`);

  const used = material.supplies.filter((s) => s.share > 0);
  const notes: string[] = [];
  const missing = new Set<SupplyRiskInput>();
  const usedInputs = new Set<SupplyRiskInput>();

  const countriesWithoutWgi = [...new Set(used.filter((s) => !Number.isFinite(governance?.[s.country])).map((s) => s.country))];
  const useWgi = used.length > 0 && governance !== undefined && countriesWithoutWgi.length === 0;
  if (!useWgi) {
    missing.add('WGI');
    notes.push(
      governance === undefined
        ? 'No governance (WGI) data: HHIs are not governance-weighted.'
        : `No governance (WGI) value for ${countriesWithoutWgi.join(', ')}: HHIs are not governance-weighted.`,
    );
  }
  const useT = used.length > 0 && used.every((s) => s.t !== null && Number.isFinite(s.t));
  if (!useT) {
    missing.add('TRADE_FACTOR_T');
    notes.push('Trade-related factor t missing for some supply rows: left out.');
  }
  if (!used.some((s) => s.scope === 'GLOBAL')) missing.add('GLOBAL_SUPPLY');
  if (!used.some((s) => s.scope === 'EU_SOURCING')) missing.add('EU_SOURCING');
  if (ir === null) missing.add('IMPORT_RELIANCE');
  if (eol === null) missing.add('EOL_RIR');
  if (si === null) missing.add('SUBSTITUTION_INDEX');

  const factor = (eol === null ? 1 : 1 - eol) * (si ?? 1);
  const stages: StageSupplyRisk[] = [];
  let worst: StageSupplyRisk | null = null;
  for (const stage of STAGES) {
    const gsRows = rowsOf(material, stage, 'GLOBAL');
    const euRows = rowsOf(material, stage, 'EU_SOURCING');
    const hhiGlobal = gsRows.length > 0 ? weightedHhi(gsRows, governance, useWgi, useT) : null;
    const hhiEu = euRows.length > 0 ? weightedHhi(euRows, governance, useWgi, useT) : null;
    let base: number | null = null;
    let blend: SupplyRiskBlend | null = null;
    if (hhiGlobal !== null && hhiEu !== null) {
      if (ir !== null) {
        base = hhiGlobal * (ir / 2) + hhiEu * (1 - ir / 2);
        blend = 'IR_WEIGHTED';
      } else {
        base = Math.max(hhiEu, (hhiGlobal + hhiEu) / 2);
        blend = 'IR_UPPER_BOUND';
      }
    } else if (hhiGlobal !== null) {
      base = hhiGlobal;
      blend = 'GLOBAL_ONLY';
    } else if (hhiEu !== null) {
      base = hhiEu;
      blend = 'EU_ONLY';
    }
    const entry: StageSupplyRisk = { stage, value: base === null ? null : base * factor, hhiGlobal, hhiEu, blend };
    stages.push(entry);
    if (entry.value === null) notes.push(`No ${stage.toLowerCase()} supply shares: that stage is not assessed.`);
    else if (worst === null || entry.value! > worst.value!) worst = entry;
  }

  if (worst === null) {
    return {
      value: null,
      stage: null,
      inputsUsed: [],
      inputsMissing: [...missing],
      method: 'NO_DATA',
      scaleMax: useWgi ? 10 : 1,
      stages,
      notes,
    };
  }
  if (worst.hhiGlobal !== null) usedInputs.add('GLOBAL_SUPPLY');
  if (worst.hhiEu !== null) usedInputs.add('EU_SOURCING');
  if (worst.blend === 'IR_WEIGHTED') usedInputs.add('IMPORT_RELIANCE');
  if (worst.blend === 'IR_UPPER_BOUND') notes.push('Import reliance unknown: the highest value over IR in [0, 1] is used.');
  if (worst.blend === 'GLOBAL_ONLY' || worst.blend === 'EU_ONLY') {
    notes.push(`Only ${worst.blend === 'GLOBAL_ONLY' ? 'global supply' : 'EU sourcing'} shares for this stage: import reliance cannot be applied.`);
  }
  if (useWgi) usedInputs.add('WGI');
  if (useT) usedInputs.add('TRADE_FACTOR_T');
  if (eol !== null) usedInputs.add('EOL_RIR');
  if (si !== null) usedInputs.add('SUBSTITUTION_INDEX');

  const method: SupplyRiskMethod = !useWgi ? 'UNWEIGHTED_SR' : missing.size === 0 ? 'JRC_SR' : 'JRC_SR_PARTIAL';
  return {
    value: worst.value,
    stage: worst.stage,
    inputsUsed: [...usedInputs],
    inputsMissing: [...missing],
    method,
    scaleMax: useWgi ? 10 : 1,
    stages,
    notes,
  };
}
