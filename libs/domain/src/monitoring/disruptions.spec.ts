import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { DISRUPTION_CAUSES, DISRUPTION_MEASURES, quarterOf, validateDisruptionReport, type DisruptionReportInput } from './disruptions';

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
