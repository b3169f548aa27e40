import { describe, expect, it } from 'vitest';
import { changeOverPeriod, latest } from './trend';

const obs = [
  { date: '2025-03-01', value: 150 },
  { date: '2025-01-01', value: 100 },
  { date: '2025-02-01', value: 120 },
  { date: '2025-04-01', value: 0 },
];

describe('changeOverPeriod', () => {
  it('measures from the value as it stood when the window began to the latest in it', () => {
    expect(changeOverPeriod(obs, '2025-02-15', '2025-03-31')).toEqual({
      first: { date: '2025-02-01', value: 120 },
      last: { date: '2025-03-01', value: 150 },
      change: 30,
      percent: 25,
      observationsInWindow: 1,
    });
  });

  it('includes both ends of the window', () => {
    const r = changeOverPeriod(obs, '2025-01-01', '2025-03-01');
    expect([r?.first.date, r?.last.date, r?.percent, r?.observationsInWindow]).toEqual(['2025-01-01', '2025-03-01', 50, 3]);
  });

  it("compares a month's figure dated on its first day with the month before: that is what moved in the month", () => {
    const r = changeOverPeriod(obs, '2025-03-01', '2025-03-31');
    expect([r?.first.date, r?.last.date, r?.change, r?.percent]).toEqual(['2025-02-01', '2025-03-01', 30, 25]);
  });

  it('starts at the first observation in the window when the series starts inside it', () => {
    const r = changeOverPeriod(obs, '2024-12-01', '2025-02-28');
    expect([r?.first.date, r?.last.date, r?.change]).toEqual(['2025-01-01', '2025-02-01', 20]);
  });

  it('gives null when nothing falls in the window, and no percentage from zero', () => {
    expect(changeOverPeriod(obs, '2025-05-01', '2025-05-31')).toBeNull();
    expect(changeOverPeriod([], '2025-01-01', '2025-12-31')).toBeNull();
    expect(changeOverPeriod([...obs, { date: '2025-05-01', value: 10 }], '2025-04-15', '2025-05-31')?.percent).toBeNull();
    expect(changeOverPeriod(obs, '2025-03-15', '2025-04-30')?.percent).toBe(-100);
  });
});

describe('latest', () => {
  it('gives the latest observation whatever the order, or null', () => {
    expect(latest(obs)).toEqual({ date: '2025-04-01', value: 0 });
    expect(latest([])).toBeNull();
  });
});
