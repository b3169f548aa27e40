import { describe, expect, it } from 'vitest';
import { INDICATOR_KINDS, SERIES_FREQUENCIES, SUBJECT_KINDS, validateSeriesInput, type SeriesInput } from './indicators';

const base: SeriesInput = {
  name: ' Galliumprijs ',
  indicator: 'PRICE',
  unit: 'USD/kg',
  frequency: 'MONTHLY',
  source: 'NMO, afgeleid van Fastmarkets',
  subjectKind: 'MATERIAL',
  subjectId: 'mat-ga',
};

const codes = (input: SeriesInput) => {
  const r = validateSeriesInput(input);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe('indicator series definitions', () => {
  it('lists the kinds, frequencies and subjects', () => {
    expect(INDICATOR_KINDS).toContain('PMI_DELIVERY_TIMES');
    expect(INDICATOR_KINDS).toHaveLength(8);
    expect(SERIES_FREQUENCIES).toEqual(['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY']);
    expect(SUBJECT_KINDS).toEqual(['MATERIAL', 'ITEM', 'COUNTRY', 'NONE']);
  });

  it('accepts a complete series and trims it', () => {
    expect(validateSeriesInput({ ...base, licence: '  ' })).toEqual({
      ok: true,
      value: { ...base, name: 'Galliumprijs', customName: null, licence: null },
    });
  });

  it('reports every missing or too long field at once', () => {
    expect(codes({ ...base, name: ' ', unit: '', source: null })).toEqual(['name:REQUIRED', 'unit:REQUIRED', 'source:REQUIRED']);
    expect(codes({ ...base, name: 'x'.repeat(201), unit: 'x'.repeat(41), source: 'x'.repeat(301), licence: 'x'.repeat(301) })).toEqual([
      'name:TOO_LONG',
      'unit:TOO_LONG',
      'source:TOO_LONG',
      'licence:TOO_LONG',
    ]);
    expect(codes({ ...base, name: 'é'.repeat(200), unit: 'x'.repeat(40), source: 'x'.repeat(300), licence: 'x'.repeat(300) })).toEqual([]);
  });

  it('needs a custom name for CUSTOM only, and drops it for the other kinds', () => {
    expect(codes({ ...base, indicator: 'CUSTOM' })).toEqual(['customName:REQUIRED']);
    const custom = validateSeriesInput({ ...base, indicator: 'CUSTOM', customName: ' Recyclinggraad ' });
    expect(custom.ok && custom.value.customName).toBe('Recyclinggraad');
    const price = validateSeriesInput({ ...base, customName: 'ignored' });
    expect(price.ok && price.value.customName).toBeNull();
  });

  it('refuses unknown kinds, frequencies and subject kinds', () => {
    expect(codes({ ...base, indicator: 'PRIJS', frequency: 'HOURLY', subjectKind: 'PERSON' })).toEqual([
      'indicator:UNKNOWN_VALUE',
      'frequency:UNKNOWN_VALUE',
      'subjectKind:UNKNOWN_VALUE',
    ]);
  });

  it('needs a subject id except for NONE, which may not have one', () => {
    expect(codes({ ...base, subjectId: ' ' })).toEqual(['subjectId:REQUIRED']);
    expect(codes({ ...base, subjectKind: 'COUNTRY', subjectId: null })).toEqual(['subjectId:REQUIRED']);
    expect(codes({ ...base, indicator: 'PMI_DELIVERY_TIMES', subjectKind: 'NONE', subjectId: 'mat-ga' })).toEqual(['subjectId:NOT_ALLOWED']);
    expect(codes({ ...base, indicator: 'PMI_DELIVERY_TIMES', subjectKind: 'NONE', subjectId: null })).toEqual([]);
  });
});
