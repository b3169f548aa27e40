import { describe, expect, it } from 'vitest';
import { alertsWithoutCrossing, detectCrossings, newCrossings, validateThreshold, type DatedValue, type Threshold } from './thresholds';

const series = (...values: number[]): DatedValue[] => values.map((value, i) => ({ date: `2024-${String(i + 1).padStart(2, '0')}-01`, value }));
const above = (value: number): Threshold => ({ kind: 'ABOVE', value, severity: 'WARNING' });
const below = (value: number): Threshold => ({ kind: 'BELOW', value, severity: 'INFO' });
const change = (percent: number, periods: number): Threshold => ({ kind: 'CHANGE', percent, periods, severity: 'CRITICAL' });
const dates = (obs: DatedValue[], t: Threshold) => detectCrossings(obs, t).map((c) => c.date);

describe('validateThreshold', () => {
  it('accepts ABOVE, BELOW and CHANGE thresholds', () => {
    expect(validateThreshold({ kind: 'ABOVE', value: 500, severity: 'WARNING' })).toEqual({ ok: true, value: above(500) });
    expect(validateThreshold({ kind: 'BELOW', value: -2, severity: 'INFO', percent: null })).toEqual({ ok: true, value: below(-2) });
    expect(validateThreshold({ kind: 'CHANGE', percent: 25, periods: 3, severity: 'CRITICAL' })).toEqual({ ok: true, value: change(25, 3) });
  });

  it.each([
    [{ kind: 'ABOVE', severity: 'WARNING' }, ['value:REQUIRED']],
    [{ kind: 'ABOVE', value: Number.NaN, severity: 'WARNING' }, ['value:REQUIRED']],
    [{ kind: 'BELOW', value: 1, percent: 5, periods: 1, severity: 'HIGH' }, ['severity:UNKNOWN_VALUE', 'percent:NOT_ALLOWED', 'periods:NOT_ALLOWED']],
    [{ kind: 'CHANGE', severity: 'INFO' }, ['percent:REQUIRED', 'periods:REQUIRED']],
    [{ kind: 'CHANGE', percent: 0, periods: 0, severity: 'INFO' }, ['percent:OUT_OF_RANGE', 'periods:OUT_OF_RANGE']],
    [{ kind: 'CHANGE', percent: 10, periods: 1.5, value: 3, severity: 'INFO' }, ['periods:OUT_OF_RANGE', 'value:NOT_ALLOWED']],
    [{ kind: 'BETWEEN', value: 1, severity: 'INFO' }, ['kind:UNKNOWN_VALUE']],
  ])('refuses %o', (input, expected) => {
    const r = validateThreshold(input);
    expect(r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });
});

describe('detectCrossings', () => {
  it('raises one crossing per run beyond the line, not one per observation', () => {
    const crossings = detectCrossings(series(1, 5, 6, 7, 2, 8, 9), above(4));
    expect(crossings).toEqual([
      { date: '2024-02-01', value: 5, previousDate: '2024-01-01', lastDate: '2024-04-01', ongoing: false },
      { date: '2024-06-01', value: 8, previousDate: '2024-05-01', lastDate: '2024-07-01', ongoing: true },
    ]);
  });

  it('takes the first observation when the condition holds from the start', () => {
    expect(detectCrossings(series(1, 2, 9), below(3))).toEqual([
      { date: '2024-01-01', value: 1, previousDate: null, lastDate: '2024-02-01', ongoing: false },
    ]);
  });

  it('does not count a value equal to the threshold as crossing it, for ABOVE and BELOW', () => {
    expect(dates(series(3, 4, 4, 3), above(4))).toEqual([]);
    expect(dates(series(5, 4, 4, 5), below(4))).toEqual([]);
    // Touching the line ends a run: 5 > 4, then 4 is not, then 5 is again.
    expect(dates(series(5, 4, 5), above(4))).toEqual(['2024-01-01', '2024-03-01']);
  });

  it('sorts unsorted input by date, so the order given does not matter', () => {
    const obs = series(1, 5, 6, 2, 8);
    const shuffled = [obs[3], obs[0], obs[4], obs[2], obs[1]];
    expect(detectCrossings(shuffled, above(4))).toEqual(detectCrossings(obs, above(4)));
    expect(dates(shuffled, above(4))).toEqual(['2024-02-01', '2024-05-01']);
  });

  it('compares CHANGE with the observation `periods` earlier, in either direction, strictly more than percent', () => {
    // Two back: 125 vs 100 (+25%), 125 vs 110 (+13.6%), 80 vs 125 (-36%), 80 vs 125 (-36%): one run from March.
    const crossings = detectCrossings(series(100, 110, 125, 125, 80, 80), change(10, 2));
    expect(crossings.map((c) => [c.date, c.comparedWith?.date, Math.round(c.comparedWith?.changePercent ?? 0)])).toEqual([['2024-03-01', '2024-01-01', 25]]);
    expect([crossings[0].lastDate, crossings[0].ongoing]).toEqual(['2024-06-01', true]);
    // One back: 110 vs 100 is +10%, exactly the limit, so not a crossing.
    expect(dates(series(100, 110, 125, 125, 80, 80), change(10, 1))).toEqual(['2024-03-01', '2024-05-01']);
  });

  it('never crosses a CHANGE threshold with fewer than periods + 1 observations', () => {
    expect(dates(series(1, 100, 1000), change(10, 3))).toEqual([]);
    expect(dates(series(1, 100, 1000, 1), change(10, 3))).toEqual([]); // 1 -> 1 is no change
    expect(dates(series(1, 100, 1000, 2), change(10, 3))).toEqual(['2024-04-01']);
    expect(dates([], above(0))).toEqual([]);
  });

  it('treats a change from zero as not holding (no relative change)', () => {
    expect(dates(series(0, 5, 5), change(10, 1))).toEqual([]);
  });
});

describe('re-evaluation', () => {
  const t = above(4);

  it('is idempotent: alerts raised once are not raised again, and new observations only add new runs', () => {
    const obs = series(1, 5, 6, 2);
    const raised = newCrossings([], detectCrossings(obs, t)).map((c) => c.date);
    expect(raised).toEqual(['2024-02-01']);
    expect(newCrossings(raised, detectCrossings(obs, t))).toEqual([]);
    // A later observation still beyond the line extends the run: nothing new.
    const more = [...obs.slice(0, 3), { date: '2024-04-01', value: 7 }];
    expect(newCrossings(raised, detectCrossings(more, t))).toEqual([]);
    // Back under and beyond again: one new crossing.
    const again = [...obs, { date: '2024-05-01', value: 9 }, { date: '2024-06-01', value: 9 }];
    expect(newCrossings(raised, detectCrossings(again, t)).map((c) => c.date)).toEqual(['2024-05-01']);
  });

  it('raises nothing when an inserted past observation makes an alerted run start earlier', () => {
    const obs = series(1, 2, 6, 7); // run from March, alerted
    const inserted = [...obs, { date: '2024-02-15', value: 5 }];
    expect(dates(inserted, t)).toEqual(['2024-02-15']);
    expect(newCrossings(['2024-03-01'], detectCrossings(inserted, t))).toEqual([]);
    expect(alertsWithoutCrossing(['2024-03-01'], detectCrossings(inserted, t))).toEqual([]);
  });

  it('raises the later half when an inserted past observation splits an alerted run', () => {
    const obs = series(1, 5, 6, 7); // run from February, alerted
    const inserted = [...obs, { date: '2024-03-15', value: 3 }];
    expect(newCrossings(['2024-02-01'], detectCrossings(inserted, t)).map((c) => [c.date, c.previousDate])).toEqual([['2024-04-01', '2024-03-15']]);
  });

  it('lists alerts no run holds any more after a correction', () => {
    const corrected = series(1, 2, 3, 2); // February used to be 5 and was alerted
    expect(alertsWithoutCrossing(['2024-02-01', '2024-02-01'], detectCrossings(corrected, t))).toEqual(['2024-02-01']);
    expect(newCrossings(['2024-02-01'], detectCrossings(corrected, t))).toEqual([]);
  });
});
