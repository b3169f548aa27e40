import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { DISRUPTION_CAUSES, DISRUPTION_MEASURES, disruptionClusters, quarterOf, validateDisruptionReport, type DisruptionReportInput } from './disruptions';

const report: DisruptionReportInput = {
  materialId: 'Nd',
  startedOn: '2025-04-14',
  durationWeeks: 12,
  delayWeeks: 8,
  priceEffectPercent: 35,
  cause: 'GEOPOLITICAL',
  measures: ['OWN_STOCK', 'ACCEPT_LATER_DELIVERY', 'OWN_STOCK'],
  description: ' Magneten vertraagd door Chinese exportvergunningen. ',
};
const codes = (input: DisruptionReportInput, today?: string) => {
  const r = validateDisruptionReport(input, { today });
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe('validateDisruptionReport', () => {
  it('lists the causes and measures', () => {
    expect(DISRUPTION_CAUSES).toEqual(['NATURAL', 'GEOPOLITICAL', 'MALICIOUS', 'IDIOSYNCRATIC']);
    expect(DISRUPTION_MEASURES).toHaveLength(12);
  });

  it('accepts a complete report, trims it and orders the measures without repeats', () => {
    const r = validateDisruptionReport(report, { today: '2025-06-01' });
    expect(r).toEqual({
      ok: true,
      value: {
        materialId: 'Nd',
        itemId: null,
        startedOn: '2025-04-14',
        durationWeeks: 12,
        delayWeeks: 8,
        priceEffectPercent: 35,
        cause: 'GEOPOLITICAL',
        measures: ['ACCEPT_LATER_DELIVERY', 'OWN_STOCK'],
        description: 'Magneten vertraagd door Chinese exportvergunningen.',
      },
    });
  });

  it('accepts an item instead of a material, and leaves the optional figures out', () => {
    expect(codes({ materialId: null, itemId: 'C_GAN_MMIC', startedOn: '2024-01-10', cause: 'NATURAL', measures: ['NONE'] })).toEqual([]);
    expect(codes({ ...report, priceEffectPercent: -100, durationWeeks: 0, delayWeeks: 0 })).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(
      codes({
        materialId: ' ',
        startedOn: '2025-02-30',
        durationWeeks: -1,
        delayWeeks: Number.NaN,
        priceEffectPercent: -101,
        cause: '',
        measures: [],
        description: 'x'.repeat(2001),
      }),
    ).toEqual([
      'materialId:REQUIRED',
      'startedOn:INVALID_DATE',
      'durationWeeks:OUT_OF_RANGE',
      'delayWeeks:OUT_OF_RANGE',
      'priceEffectPercent:OUT_OF_RANGE',
      'cause:REQUIRED',
      'measures:REQUIRED',
      'description:TOO_LONG',
    ]);
  });

  it('refuses NONE with other measures, unknown measures and causes, and a start after today', () => {
    expect(codes({ ...report, measures: ['NONE', 'OWN_STOCK'] })).toEqual(['measures:NOT_ALLOWED']);
    expect(codes({ ...report, measures: ['HOPE'] })).toEqual(['measures:UNKNOWN_VALUE']);
    expect(codes({ ...report, cause: 'WEATHER' })).toEqual(['cause:UNKNOWN_VALUE']);
    expect(codes(report, '2025-04-13')).toEqual(['startedOn:IN_FUTURE']);
    expect(codes(report, '2025-04-14')).toEqual([]);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2025-01-01', '2025-Q1'],
    ['2025-03-31', '2025-Q1'],
    ['2025-04-01', '2025-Q2'],
    ['2025-09-30', '2025-Q3'],
    ['2025-12-31', '2025-Q4'],
  ])('puts %s in %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('refuses a date that does not exist', () => {
    expect(() => quarterOf('2025-13-01')).toThrow(DomainError);
  });
});

describe('disruptionClusters', () => {
  const r = (materialId: string, startedOn: string, id: string) => ({ materialId, startedOn, id });

  it('makes one cluster per burst, not one per report', () => {
    const reports = [
      r('Nd', '2025-04-10', 'a'),
      r('Nd', '2025-04-20', 'b'),
      r('Nd', '2025-05-05', 'c'),
      r('Nd', '2025-05-15', 'd'), // within 30 days of b: the same burst
      r('Nd', '2025-06-30', 'x'), // 30+ days after c and d: not in a window of three
      r('Nd', '2025-11-01', 'e'), // alone, long after
      r('Ga', '2025-04-12', 'f'), // another material, alone
    ];
    const clusters = disruptionClusters(reports, 30, 3);
    expect(clusters.map((c) => ({ ...c, reports: c.reports.map((x) => x.id) }))).toEqual([
      { materialId: 'Nd', from: '2025-04-10', to: '2025-05-15', signalledOn: '2025-05-05', reports: ['a', 'b', 'c', 'd'] },
    ]);
  });

  it('counts the window with both ends included, and keeps separate bursts apart', () => {
    const reports = [r('Co', '2025-01-01', 'a'), r('Co', '2025-01-31', 'b'), r('Co', '2025-06-01', 'c'), r('Co', '2025-06-02', 'd')];
    expect(disruptionClusters(reports, 30, 2).map((c) => c.reports.map((x) => x.id))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(disruptionClusters(reports, 29, 2).map((c) => c.reports.map((x) => x.id))).toEqual([['c', 'd']]);
  });

  it('is deterministic whatever the input order, and sorted by first start then material', () => {
    const reports = [r('W', '2024-03-01', 'a'), r('Ni', '2024-03-01', 'b'), r('W', '2024-03-02', 'c'), r('Ni', '2024-03-03', 'd')];
    const one = disruptionClusters(reports, 7, 2);
    expect(disruptionClusters([...reports].reverse(), 7, 2)).toEqual(one);
    expect(one.map((c) => c.materialId)).toEqual(['Ni', 'W']);
  });

  it('gives nothing below the minimum and refuses nonsense parameters', () => {
    expect(disruptionClusters([r('Ga', '2024-01-01', 'a')], 30, 2)).toEqual([]);
    expect(disruptionClusters([], 30, 2)).toEqual([]);
    expect(() => disruptionClusters([], -1, 2)).toThrow(DomainError);
    expect(() => disruptionClusters([], 30, 0)).toThrow(DomainError);
    expect(() => disruptionClusters([r('Ga', '2024-1-1', 'a')], 30, 1)).toThrow(DomainError);
  });
});
