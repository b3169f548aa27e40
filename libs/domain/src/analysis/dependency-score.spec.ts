import { describe, expect, it } from 'vitest';
import { type FactorInput, type ScoreFactorKey, scoreDependency } from './dependency-score';

const known = (normalized: number): FactorInput => ({ raw: normalized, normalized, source: null });
const unknown: FactorInput = { raw: null, normalized: null, source: null };

describe('scoreDependency', () => {
  it.each([
    {
      case: 'all factors known',
      inputs: { concentration: known(1), singleSource: known(0), stockCoverage: known(0.5), exportRestriction: known(0), supplyRisk: known(0.4) },
      value: 44, // 100 * (0.3*1 + 0.2*0.5 + 0.1*0.4)
      coverage: 1,
    },
    {
      case: 'stock and supply risk unknown: the rest scaled up',
      inputs: { concentration: known(1), singleSource: known(1), stockCoverage: unknown, exportRestriction: known(0), supplyRisk: unknown },
      value: 78.571429, // 100 * (0.3 + 0.25) / 0.7
      coverage: 0.7,
    },
    {
      case: 'only export restrictions known',
      inputs: { concentration: unknown, singleSource: unknown, stockCoverage: unknown, exportRestriction: known(0.9), supplyRisk: unknown },
      value: 90,
      coverage: 0.15,
    },
  ])('weights the known factors when $case', ({ inputs, value, coverage }) => {
    const score = scoreDependency(inputs as Record<ScoreFactorKey, FactorInput>);
    expect(score.value).toBeCloseTo(value, 5);
    expect(score.coverage).toBeCloseTo(coverage, 12);
    expect(score.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(value, 5);
  });

  it('has no score when nothing is known', () => {
    const score = scoreDependency({ concentration: unknown, singleSource: unknown, stockCoverage: unknown, exportRestriction: unknown, supplyRisk: unknown });
    expect(score).toMatchObject({ value: null, coverage: 0 });
    expect(score.factors.map((f) => [f.key, f.available, f.contribution])).toEqual([
      ['concentration', false, 0],
      ['singleSource', false, 0],
      ['stockCoverage', false, 0],
      ['exportRestriction', false, 0],
      ['supplyRisk', false, 0],
    ]);
  });

  it('refuses a normalized value outside 0..1', () => {
    expect(() => scoreDependency({ concentration: known(1.5), singleSource: unknown, stockCoverage: unknown, exportRestriction: unknown, supplyRisk: unknown })).toThrow(RangeError);
  });
});
