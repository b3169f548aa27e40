import { describe, expect, it } from 'vitest';
import { inferDecimalSeparator, parseLocaleNumber, parseObservationRows, validateObservation } from './observations';

const today = '2026-12-06';

describe('validateObservation', () => {
  it('accepts a real date up to one year from today, a finite value and a short note', () => {
    expect(validateObservation({ date: '2024-02-29', value: -1.5, note: ' revised ' }, { today })).toEqual({
      ok: true,
      value: { date: '2024-02-29', value: -1.5, note: 'revised' },
    });
    expect(validateObservation({ date: '2027-12-06', value: 1 }, { today }).ok).toBe(true);
  });

  it.each([
    [{ date: '2023-02-29', value: 1 }, 'date:INVALID_DATE'],
    [{ date: '2024-13-01', value: 1 }, 'date:INVALID_DATE'],
    [{ date: '1-3-2024', value: 1 }, 'date:INVALID_DATE'],
    [{ date: '2027-12-07', value: 1 }, 'date:TOO_FAR_IN_FUTURE'],
    [{ date: '2024-01-01', value: Number.NaN }, 'value:NOT_A_NUMBER'],
    [{ date: '2024-01-01', value: Number.POSITIVE_INFINITY }, 'value:NOT_A_NUMBER'],
    [{ date: '2024-01-01', value: 1, note: 'x'.repeat(501) }, 'note:TOO_LONG'],
  ])('refuses %o', (input, expected) => {
    const r = validateObservation(input, { today });
    expect(r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`)).toEqual([expected]);
  });

  it('handles 29 February as today', () => {
    expect(validateObservation({ date: '2029-02-28', value: 1 }, { today: '2028-02-29' }).ok).toBe(true);
    expect(validateObservation({ date: '2029-03-01', value: 1 }, { today: '2028-02-29' }).ok).toBe(false);
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1 234,5', 1234.5],
    ['-0,75', -0.75],
    ['+12', 12],
    ['0.5', 0.5],
    ['12,3456', 12.3456],
  ])('reads %s without being told the separator', (text, value) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: true, value });
  });

  it('refuses "1.234" and "1,234" as ambiguous unless the separator is known', () => {
    expect(parseLocaleNumber('1.234')).toEqual({ ok: false, code: 'AMBIGUOUS_NUMBER' });
    expect(parseLocaleNumber('1,234')).toEqual({ ok: false, code: 'AMBIGUOUS_NUMBER' });
    expect(parseLocaleNumber('1.234', ',')).toEqual({ ok: true, value: 1234 });
    expect(parseLocaleNumber('1.234', '.')).toEqual({ ok: true, value: 1.234 });
    expect(parseLocaleNumber('1,234', ',')).toEqual({ ok: true, value: 1.234 });
  });

  it.each(['', 'abc', '12a', '1,2,3', '1.2.3,4,5', '12,', ',5', '1.23,4', '--1', '1e5'])('refuses %j', (text) => {
    expect(parseLocaleNumber(text).ok).toBe(false);
  });

  it('refuses the other separator where it cannot group thousands', () => {
    expect(parseLocaleNumber('1234.5', ',').ok).toBe(false);
    expect(parseLocaleNumber('12.34,5', ',').ok).toBe(false);
  });

  it('infers a column separator only when the column agrees', () => {
    expect(inferDecimalSeparator(['1.234', '12,5'])).toBe(',');
    expect(inferDecimalSeparator(['1.234', '1.234,5'])).toBe(',');
    expect(inferDecimalSeparator(['1,234', '12.5'])).toBe('.');
    expect(inferDecimalSeparator(['1.234', '7'])).toBeNull();
    expect(inferDecimalSeparator(['12,5', '12.5'])).toBeNull();
  });
});

describe('parseObservationRows', () => {
  it('takes Dutch headers and Dutch numbers', () => {
    const rows = [
      { Datum: '2024-01-01', Waarde: '1.234,5', Toelichting: 'jan' },
      { Datum: '2024-02-01', Waarde: '1.250', Toelichting: '' },
      { Datum: '1-3-2024', Waarde: '980', Toelichting: '' },
    ];
    expect(parseObservationRows(rows, { today })).toEqual({
      observations: [
        { date: '2024-01-01', value: 1234.5, note: 'jan' },
        { date: '2024-02-01', value: 1250, note: null },
        { date: '2024-03-01', value: 980, note: null },
      ],
      errors: [],
    });
  });

  it('takes English headers and decimal points', () => {
    const rows = [
      { date: '2024-01-01', value: '1234.5', note: 'Jan' },
      { date: '2024-02-01', value: '1,250.25', note: '' },
    ];
    expect(parseObservationRows(rows, { today }).observations.map((o) => o.value)).toEqual([1234.5, 1250.25]);
  });

  it('uses the separator the user chose over the inference', () => {
    const rows = [{ date: '2024-01-01', value: '1.234' }];
    expect(parseObservationRows(rows, { today }).errors.map((e) => e.code)).toEqual(['AMBIGUOUS_NUMBER']);
    expect(parseObservationRows(rows, { today, decimalSeparator: ',' }).observations[0].value).toBe(1234);
    expect(parseObservationRows(rows, { today, decimalSeparator: '.' }).observations[0].value).toBe(1.234);
  });

  it('reports every bad row with the row number the spreadsheet shows, including duplicate dates', () => {
    const rows = [
      { datum: '2024-01-01', waarde: '10,5', toelichting: '' }, // row 2: fine
      { datum: '2024-02-30', waarde: '11', toelichting: '' }, // row 3: no such date
      { datum: '2024-03-01', waarde: 'n.b.', toelichting: '' }, // row 4: not a number
      { datum: '', waarde: '', toelichting: '' }, // row 5: blank, skipped
      { datum: '2024-01-01', waarde: '12', toelichting: '' }, // row 6: duplicate of row 2
      { datum: '2030-01-01', waarde: '13', toelichting: 'x'.repeat(501) }, // row 7: future and long note
      { datum: '', waarde: '14', toelichting: '' }, // row 8: no date
      { datum: '2024-04-01', waarde: '', toelichting: '' }, // row 9: no value
      { datum: '2024-05-01', waarde: '15', toelichting: '' }, // row 10: fine
      { datum: '2024-01-01', waarde: 'x', toelichting: '' }, // row 11: duplicate and not a number
    ];
    const result = parseObservationRows(rows, { today });
    expect(result.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '3:date:INVALID_DATE',
      '4:value:NOT_A_NUMBER',
      '6:date:DUPLICATE',
      '7:date:TOO_FAR_IN_FUTURE',
      '7:note:TOO_LONG',
      '8:date:REQUIRED',
      '9:value:REQUIRED',
      '11:value:NOT_A_NUMBER',
      '11:date:DUPLICATE',
    ]);
    expect(result.errors.find((e) => e.row === 6)?.message).toContain('row 2');
    expect(result.observations.map((o) => o.date)).toEqual(['2024-01-01', '2024-05-01']);
  });

  it('reports a missing date or value column once, on the header row', () => {
    const result = parseObservationRows([{ dag: '2024-01-01', bedrag: '1' }], { today });
    expect(result.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual(['1:date:MISSING_COLUMN', '1:value:MISSING_COLUMN']);
    expect(result.observations).toEqual([]);
  });

  it('takes a file without a note column', () => {
    expect(parseObservationRows([{ ' DATE ': '2024-01-01', Value: '3' }], { today }).observations).toEqual([{ date: '2024-01-01', value: 3, note: null }]);
  });
});
