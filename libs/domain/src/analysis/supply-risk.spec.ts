import { describe, expect, it } from 'vitest';
import type { AnalysisMaterialSupply } from './analysis-types';
import { supplyRisk } from './supply-risk';
import { material } from './testing/hand-checked-graph';

const row = (stage: 'EXTRACTION' | 'PROCESSING', scope: 'GLOBAL' | 'EU_SOURCING', country: string, share: number, t: number | null = 1): AnalysisMaterialSupply => ({
  stage,
  scope,
  country,
  share,
  t,
});

/** Every input of the EU formula present. */
const complete = material('X', {
  importReliance: 0.8,
  eolRecyclingRate: 0.1,
  substitutionIndex: 0.9,
  supplies: [
    row('EXTRACTION', 'GLOBAL', 'CN', 0.6, 1.1),
    row('EXTRACTION', 'GLOBAL', 'AU', 0.4, 1),
    row('EXTRACTION', 'EU_SOURCING', 'CN', 0.5, 1.1),
    row('EXTRACTION', 'EU_SOURCING', 'NO', 0.5, 1),
    row('PROCESSING', 'GLOBAL', 'CN', 1, 1.2),
    row('PROCESSING', 'EU_SOURCING', 'CN', 0.8, 1.2),
    row('PROCESSING', 'EU_SOURCING', 'NO', 0.2, 1),
  ],
});
const governance = { CN: 6, AU: 2, NO: 1 };

describe('supplyRisk', () => {
  it('applies the JRC formula per stage and takes the worse stage', () => {
    const result = supplyRisk(complete, governance);
    // Extraction: GS 0.36*6*1.1 + 0.16*2 = 2.696, EU 0.25*6*1.1 + 0.25*1 = 1.9,
    //   (2.696*0.4 + 1.9*0.6) * 0.9 * 0.9 = 1.796904
    // Processing: GS 1*6*1.2 = 7.2, EU 0.64*6*1.2 + 0.04*1 = 4.648,
    //   (7.2*0.4 + 4.648*0.6) * 0.81 = 4.591728
    expect(result.stages.map((s) => [s.stage, s.value])).toEqual([
      ['EXTRACTION', expect.closeTo(1.796904, 9)],
      ['PROCESSING', expect.closeTo(4.591728, 9)],
    ]);
    expect(result.value).toBeCloseTo(4.591728, 9);
    expect(result.stage).toBe('PROCESSING');
    expect(result.method).toBe('JRC_SR');
    expect(result.inputsMissing).toEqual([]);
    expect(new Set(result.inputsUsed)).toEqual(
      new Set(['GLOBAL_SUPPLY', 'EU_SOURCING', 'WGI', 'TRADE_FACTOR_T', 'IMPORT_RELIANCE', 'EOL_RIR', 'SUBSTITUTION_INDEX']),
    );
    expect(result.scaleMax).toBe(10);
  });

  it('falls back to unweighted HHIs without governance data and says so', () => {
    const result = supplyRisk(complete);
    // Processing: GS 1*1.2 = 1.2, EU 0.64*1.2 + 0.04 = 0.808, (1.2*0.4 + 0.808*0.6) * 0.81 = 0.781488
    expect(result.value).toBeCloseTo(0.781488, 9);
    expect(result.method).toBe('UNWEIGHTED_SR');
    expect(result.inputsMissing).toEqual(['WGI']);
    expect(result.inputsUsed).not.toContain('WGI');
    expect(result.scaleMax).toBe(1);
    expect(result.notes[0]).toMatch(/No governance \(WGI\) data/);
  });

  it('does not weight by governance when a supplying country lacks a value', () => {
    const result = supplyRisk(complete, { CN: 6, AU: 2 });
    expect(result.method).toBe('UNWEIGHTED_SR');
    expect(result.value).toBeCloseTo(0.781488, 9);
    expect(result.notes[0]).toContain('NO');
  });

  it('reports every missing input and uses plain HHI of global supply when that is all there is', () => {
    const sparse = material('Y', { supplies: [row('PROCESSING', 'GLOBAL', 'CN', 0.7, null), row('PROCESSING', 'GLOBAL', 'US', 0.3)] });
    const result = supplyRisk(sparse);
    expect(result.value).toBeCloseTo(0.58, 12); // 0.49 + 0.09, nothing else applies
    expect(result.stage).toBe('PROCESSING');
    expect(result.method).toBe('UNWEIGHTED_SR');
    expect(result.inputsUsed).toEqual(['GLOBAL_SUPPLY']);
    expect(new Set(result.inputsMissing)).toEqual(
      new Set(['WGI', 'TRADE_FACTOR_T', 'EU_SOURCING', 'IMPORT_RELIANCE', 'EOL_RIR', 'SUBSTITUTION_INDEX']),
    );
    expect(result.stages[0]).toEqual({ stage: 'EXTRACTION', value: null, hhiGlobal: null, hhiEu: null, blend: null });
    expect(result.notes).toContain('No extraction supply shares: that stage is not assessed.');
  });

  it('takes the highest value over all import reliances when IR is unknown', () => {
    const noIr = material('Z', {
      eolRecyclingRate: 0.2,
      substitutionIndex: 1,
      supplies: [row('EXTRACTION', 'GLOBAL', 'CN', 1), row('EXTRACTION', 'EU_SOURCING', 'NO', 0.5), row('EXTRACTION', 'EU_SOURCING', 'SE', 0.5)],
    });
    const result = supplyRisk(noIr);
    // GS 1, EU 0.5: max(0.5, (1 + 0.5) / 2) = 0.75, times (1 - 0.2) = 0.6
    expect(result.value).toBeCloseTo(0.6, 12);
    expect(result.stages[0]!.blend).toBe('IR_UPPER_BOUND');
    expect(result.inputsMissing).toContain('IMPORT_RELIANCE');
    expect(result.inputsUsed).not.toContain('IMPORT_RELIANCE');
  });

  it('is partial but governance-weighted when only the substitution index is missing', () => {
    const result = supplyRisk({ ...complete, substitutionIndex: null }, governance);
    expect(result.method).toBe('JRC_SR_PARTIAL');
    expect(result.inputsMissing).toEqual(['SUBSTITUTION_INDEX']);
    expect(result.value).toBeCloseTo(4.591728 / 0.9, 9);
  });

  it('has no value without supply shares', () => {
    const result = supplyRisk(material('W', { importReliance: 0.5 }));
    expect(result.value).toBeNull();
    expect(result.method).toBe('NO_DATA');
    expect(result.inputsMissing).toEqual(expect.arrayContaining(['GLOBAL_SUPPLY', 'EU_SOURCING']));
  });

  it('refuses an import reliance given in percent', () => {
    expect(() => supplyRisk({ ...complete, importReliance: 80 })).toThrow(RangeError);
  });
});
